package basm

import (
	"context"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// EscortRecordUseCases are the person escort record use cases the handlers call.
type EscortRecordUseCases struct {
	Create *booking.CreatePersonEscortRecord
	Get    *booking.GetPersonEscortRecord
	Update *booking.UpdatePersonEscortRecord
}

// escortRecordIncludes are the include paths of §3 for person escort records.
// Only move is side-loaded; the others name framework resources not built yet
// and include nothing.
var escortRecordIncludes = []string{
	"move", "framework", "profile.person", "responses.question", "responses.nomis_mappings",
	"responses.question.descendants.**", "flags", "prefill_source",
}

func toEscortRecord(r booking.EscortRecord) api.PersonEscortRecord {
	s := r.Snapshot()
	out := api.PersonEscortRecord{Id: uuid.MustParse(s.ID), Type: "person_escort_records"}
	a := &out.Attributes
	a.Status = api.PersonEscortRecordStatus(s.Status)
	a.Version = s.Version
	a.Editable = r.Editable
	a.CompletedAt = jsonTimePtr(s.CompletedAt)
	a.ConfirmedAt = jsonTimePtr(s.ConfirmedAt)
	a.AmendedAt = jsonTimePtr(s.AmendedAt)
	a.NomisSyncStatus = []map[string]any{}
	a.HandoverDetails = s.HandoverDetails
	a.HandoverOccurredAt = jsonTimePtr(s.HandoverOccurredAt)
	a.CreatedAt = jsonTime(s.CreatedAt)
	a.UpdatedAt = jsonTime(s.UpdatedAt)
	out.Meta.SectionProgress = []api.SectionProgress{}
	out.Relationships.Profile = toOne(s.ProfileID, "profiles")
	out.Relationships.Move = toOne(s.MoveID, "moves")
	return out
}

// escortRecordIncluded side-loads the record's move when include asks for it.
func (s *Server) escortRecordIncluded(ctx context.Context, include map[string]bool, r booking.EscortRecord) (*[]api.IncludedResource, error) {
	if len(include) == 0 {
		return nil, nil
	}
	out := []api.IncludedResource{}
	if include["move"] {
		m, err := s.uc.Moves.Get.Get(ctx, r.Snapshot().MoveID)
		if err != nil {
			return nil, err
		}
		doc := toMove(m, true)
		out = append(out, api.IncludedResource{"id": doc.Id, "type": doc.Type, "attributes": doc.Attributes, "relationships": doc.Relationships})
	}
	return &out, nil
}
