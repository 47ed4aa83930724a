package integration

import (
	"context"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetPlpInductionSchedule implements GET /v1/persons/{hmppsId}/plp-induction-schedule.
func (s *Server) GetPlpInductionSchedule(ctx context.Context, req api.GetPlpInductionScheduleRequestObject) (api.GetPlpInductionScheduleResponseObject, error) {
	schedule, err := s.uc.PrisonRecords.InductionSchedule.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetPlpInductionSchedule200JSONResponse{Data: toInductionSchedule(schedule)}, nil
}

// GetPlpInductionScheduleHistory implements GET /v1/persons/{hmppsId}/plp-induction-schedule/history.
func (s *Server) GetPlpInductionScheduleHistory(ctx context.Context, req api.GetPlpInductionScheduleHistoryRequestObject) (api.GetPlpInductionScheduleHistoryResponseObject, error) {
	history, err := s.uc.PrisonRecords.InductionScheduleHistory.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetPlpInductionScheduleHistory200JSONResponse{Data: api.InductionSchedules{InductionSchedules: mapItems(history, toInductionSchedule)}}, nil
}

// toInductionSchedule renders the audit times as instants (the spec's
// timestamps carry a zone), unlike the wall-clock times elsewhere.
func toInductionSchedule(s prison.InductionSchedule) api.InductionSchedule {
	instant := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		v := t.UTC().Format(time.RFC3339)
		return &v
	}
	return api.InductionSchedule{
		NomisNumber: optString(s.NomisNumber), DeadlineDate: optDate(s.DeadlineDate),
		Status: optString(s.Status), CalculationRule: optString(s.CalculationRule), ExemptionReason: optString(s.ExemptionReason),
		InductionPerformedBy: optString(s.PerformedBy), InductionPerformedByRole: optString(s.PerformedByRole),
		InductionPerformedAt: optDate(s.PerformedAt), InductionPerformedAtPrison: optString(s.PerformedAtPrison),
		SystemCreatedBy: optString(s.CreatedBy), SystemCreatedAt: instant(s.CreatedAt), SystemCreatedAtPrison: optString(s.CreatedAtPrison),
		SystemUpdatedBy: optString(s.UpdatedBy), SystemUpdatedAt: instant(s.UpdatedAt), SystemUpdatedAtPrison: optString(s.UpdatedAtPrison),
		Version: s.Version,
	}
}

// GetPlpReviewSchedule implements GET /v1/persons/{hmppsId}/plp-review-schedule.
func (s *Server) GetPlpReviewSchedule(ctx context.Context, req api.GetPlpReviewScheduleRequestObject) (api.GetPlpReviewScheduleResponseObject, error) {
	var statuses []string
	if req.Params.Statuses != nil {
		statuses = *req.Params.Statuses
	}
	schedules, err := s.uc.PrisonRecords.ReviewSchedule.Handle(ctx, filtersFrom(ctx), req.HmppsId, statuses)
	if err != nil {
		return nil, err
	}
	return api.GetPlpReviewSchedule200JSONResponse{Data: api.ReviewSchedules{ReviewSchedules: mapItems(schedules, toReviewSchedule)}}, nil
}

func toReviewSchedule(s prison.ReviewSchedule) api.ReviewSchedule {
	instant := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	out := api.ReviewSchedule{
		Reference: s.Reference, NomisNumber: optString(s.NomisNumber), CalculationRule: s.CalculationRule, Status: s.Status,
		ReviewDateFrom: openapi_types.Date{Time: s.ReviewDateFrom}, ReviewDateTo: openapi_types.Date{Time: s.ReviewDateTo},
		CreatedBy: s.CreatedBy, CreatedByDisplayName: s.CreatedByDisplayName, CreatedAtPrison: s.CreatedAtPrison, CreatedAt: instant(s.CreatedAt),
		UpdatedBy: s.UpdatedBy, UpdatedByDisplayName: s.UpdatedByDisplayName, UpdatedAtPrison: s.UpdatedAtPrison, UpdatedAt: instant(s.UpdatedAt),
		Version: s.Version,
	}
	if c := s.Completion; c != nil {
		out.ReviewCompletedBy, out.ReviewCompletedByRole = optString(c.By), optString(c.ByRole)
		out.ReviewCompletedAt = optDate(&c.At)
		out.ReviewType, out.ReviewReason = optString(c.Type), optString(c.Reason)
	}
	return out
}
