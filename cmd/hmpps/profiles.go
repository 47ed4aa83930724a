package main

import (
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonapi"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// newProfiles wires the profile use case with the NOMIS reads of its sync:
// alerts and personal care needs from the Prison API, category and CSRA from
// Prisoner Search.
func newProfiles(cfg config, upstreamClient *http.Client, db *store.DB, prisoners ports.PrisonerSearch, clock ports.Clock, ids ports.IDGenerator) (*booking.Profiles, error) {
	nomis, err := prisonapi.New(cfg.Upstreams["prison-api"], upstreamClient)
	if err != nil {
		return nil, err
	}
	return booking.NewProfiles(store.NewProfiles(db), store.NewPeople(db), store.NewReferenceData(db),
		booking.NOMIS{Prisoners: prisoners, Alerts: nomis, CareNeeds: nomis}, clock, ids), nil
}
