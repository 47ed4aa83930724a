package basm

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// MoveUseCases are the move use cases the handlers call.
type MoveUseCases struct {
	Create *booking.CreateMove
	Get    *booking.GetMove
	Update *booking.UpdateMove
	List   *booking.ListMoves
	Record *booking.RecordMoveEvent
	// Relations side-loads what moves point at for include.
	Relations *booking.LoadMoveRelations
	// Idempotency guards createMove, updateMove and the move events (§5); nil turns the guard off.
	Idempotency *booking.GuardIdempotency
}

// The include paths of §3; every prefix of one is allowed too.
var (
	movesIncludes = []string{
		"profile.category", "profile.person.ethnicity", "profile.person.gender", "profile.person_escort_record.flags",
		"from_location", "to_location", "prison_transfer_reason", "supplier", "important_events", "timeline_events", "lodgings",
	}
	moveIncludes = moveIncludePaths()
)

func moveIncludePaths() []string {
	out := []string{"profile.documents", "profile.category", "profile.person.ethnicity", "profile.person.gender"}
	for _, assessment := range []string{"person_escort_record", "youth_risk_assessment"} {
		for _, sub := range []string{"flags", "framework", "prefill_source", "responses.nomis_mappings", "responses.question.descendants.**"} {
			out = append(out, "profile."+assessment+"."+sub)
		}
	}
	out = append(out, "from_location.suppliers", "to_location.suppliers", "prison_transfer_reason", "court_hearings",
		"allocation", "original_move", "supplier", "important_events",
		"timeline_events.eventable", "timeline_events.location", "timeline_events.court_location",
		"timeline_events.from_location", "timeline_events.to_location",
		"journeys.from_location", "journeys.to_location", "lodgings.location", "extradition_flight")
	return out
}

// toMove renders the v2 move; single-move documents also carry court_hearings and original_move.
func toMove(m *moves.Move, single bool) api.Move {
	s := m.Snapshot()
	out := api.Move{
		Id:   uuid.MustParse(s.ID),
		Type: "moves",
		Attributes: api.MoveAttributes{
			AdditionalInformation:     optional(s.AdditionalInformation),
			CancellationReasonComment: optional(s.CancellationReasonComment),
			CreatedAt:                 jsonTime(s.CreatedAt),
			Date:                      date(s.Date),
			DateFrom:                  date(s.DateFrom),
			DateTo:                    date(s.DateTo),
			IsLockout:                 s.IsLockout,
			MoveAgreed:                s.MoveAgreed,
			MoveAgreedBy:              optional(s.MoveAgreedBy),
			MoveType:                  api.MoveType(s.Type),
			RecallDate:                date(s.RecallDate),
			Reference:                 s.Reference,
			SectionFortySix:           s.SectionFortySix,
			Status:                    api.MoveStatus(s.Status),
			TimeDue:                   jsonTimePtr(s.TimeDue),
			UpdatedAt:                 jsonTime(s.UpdatedAt),
		},
		Relationships: api.MoveRelationships{
			Allocation:           api.ToOneRelationship{},
			FromLocation:         toOne(s.FromLocationID, "locations"),
			ToLocation:           toOne(s.ToLocationID, "locations"),
			Profile:              toOne(s.ProfileID, "profiles"),
			Supplier:             toOne(s.SupplierID, "suppliers"),
			PrisonTransferReason: toOne(s.PrisonTransferReasonID, "prison_transfer_reasons"),
		},
	}
	if s.CancellationReason != "" {
		v := api.MoveAttributesCancellationReason(s.CancellationReason)
		out.Attributes.CancellationReason = &v
	}
	if s.RejectionReason != "" {
		v := api.MoveAttributesRejectionReason(s.RejectionReason)
		out.Attributes.RejectionReason = &v
	}
	if single {
		out.Relationships.CourtHearings = &api.ToManyRelationship{Data: []api.ResourceIdentifier{}}
		original := toOne(s.OriginalMoveID, "moves")
		out.Relationships.OriginalMove = &original
	}
	return out
}

// moveIncluded side-loads what include asks for, each resource once, with a
// fixed number of lookups whatever the number of moves. Paths naming resources
// not built yet (journeys, events, allocations, person escort records…) are
// accepted and include nothing.
func (s *Server) moveIncluded(ctx context.Context, include map[string]bool, list ...*moves.Move) (*[]api.IncludedResource, error) {
	if len(include) == 0 {
		return nil, nil
	}
	wants := func(prefix string) bool {
		for p := range include {
			if p == prefix || strings.HasPrefix(p, prefix+".") {
				return true
			}
		}
		return false
	}
	kinds := booking.MoveRelationKinds{
		Locations: wants("from_location") || wants("to_location"), Suppliers: wants("supplier"),
		PrisonTransferReasons: wants("prison_transfer_reason"), Profiles: wants("profile"), People: wants("profile.person"),
	}
	rel, err := s.uc.Moves.Relations.Load(ctx, list, kinds)
	if err != nil {
		return nil, err
	}
	out := []api.IncludedResource{}
	seen := map[string]bool{}
	first := func(kind, id string) bool {
		if id == "" || seen[kind+id] {
			return false
		}
		seen[kind+id] = true
		return true
	}
	for _, m := range list {
		snap := m.Snapshot()
		for _, loc := range []struct{ path, id string }{{"from_location", snap.FromLocationID}, {"to_location", snap.ToLocationID}} {
			if l, ok := rel.Locations[loc.id]; ok && wants(loc.path) && first("locations", loc.id) {
				doc := toLocation(l)
				out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
			}
		}
		if sup, ok := rel.Suppliers[snap.SupplierID]; ok && first("suppliers", sup.ID) {
			out = append(out, api.IncludedResource{"id": sup.ID, "type": "suppliers", "attributes": map[string]any{"name": sup.Name, "key": sup.Key}})
		}
		if item, ok := rel.PrisonTransferReasons[snap.PrisonTransferReasonID]; ok && first("prison_transfer_reasons", item.ID) {
			out = append(out, api.IncludedResource{"id": item.ID, "type": "prison_transfer_reasons", "attributes": map[string]any{
				"key": item.Key, "title": item.Title, "disabled_at": jsonTimePtr(item.DisabledAt)}})
		}
		p, ok := rel.Profiles[snap.ProfileID]
		if !ok {
			continue
		}
		if first("profiles", p.ID) {
			doc := toProfile(p)
			out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
		}
		if person, ok := rel.People[p.PersonID]; ok && first("people", person.ID) {
			doc := toPerson(person, false)
			out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
		}
	}
	return &out, nil
}

// day reads an optional JSON:API date as the UTC midnight moves store.
func day(d interface{ Format(string) string }) *time.Time {
	t, err := time.Parse(time.DateOnly, d.Format(time.DateOnly))
	if err != nil {
		return nil
	}
	return &t
}

// parseDay reads a YYYY-MM-DD filter, failing in the params-validator form ("Invalid date_from").
func parseDay(attr string, v *string) (*time.Time, error) {
	if v == nil || *v == "" {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, *v)
	if err != nil {
		return nil, moves.ParamError(attr, humanise(attr)+" is not a valid date")
	}
	return &t, nil
}
