// Package plp adapts the learning-and-work-progress (personal learning plan)
// API (generated client) to ports.LearningAndWorkProgress.
package plp

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/plp"
)

// Source names this upstream in errors and logs.
const Source = "PLP"

// Client implements ports.LearningAndWorkProgress.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// InductionSchedule implements ports.LearningAndWorkProgress.
func (c *Client) InductionSchedule(ctx context.Context, nomsNumber string) (prison.InductionSchedule, error) {
	resp, err := c.api.GetInductionScheduleWithResponse(ctx, nomsNumber)
	if err != nil {
		return prison.InductionSchedule{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.InductionSchedule{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toSchedule(*resp.JSON200), nil
}

// InductionScheduleHistory implements ports.LearningAndWorkProgress. (The
// generator named the history call GetActionPlanReviewSchedules.)
func (c *Client) InductionScheduleHistory(ctx context.Context, nomsNumber string) ([]prison.InductionSchedule, error) {
	resp, err := c.api.GetActionPlanReviewSchedulesWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.InductionSchedule, 0, len(resp.JSON200.InductionSchedules))
	for _, s := range resp.JSON200.InductionSchedules {
		out = append(out, toSchedule(s))
	}
	return out, nil
}

func toSchedule(s api.InductionScheduleResponse) prison.InductionSchedule {
	deadline := s.DeadlineDate.Time
	out := prison.InductionSchedule{
		NomisNumber: s.PrisonNumber, DeadlineDate: &deadline,
		Status: string(s.ScheduleStatus), CalculationRule: string(s.ScheduleCalculationRule), ExemptionReason: optional.String(s.ExemptionReason),
		PerformedBy: optional.String(s.InductionPerformedBy), PerformedByRole: optional.String(s.InductionPerformedByRole),
		PerformedAtPrison: optional.String(s.InductionPerformedAtPrison),
		CreatedBy:         s.CreatedBy, CreatedAtPrison: s.CreatedAtPrison, CreatedAt: s.CreatedAt.Time,
		UpdatedBy: s.UpdatedBy, UpdatedAtPrison: s.UpdatedAtPrison, UpdatedAt: s.UpdatedAt.Time,
	}
	if s.InductionPerformedAt != nil {
		t := s.InductionPerformedAt.Time
		out.PerformedAt = &t
	}
	if s.Version != nil {
		v := int(*s.Version)
		out.Version = &v
	}
	return out
}

// ReviewSchedules implements ports.LearningAndWorkProgress. (The generator
// named the review-schedules call GetActionPlanReviewSchedules1.)
func (c *Client) ReviewSchedules(ctx context.Context, nomsNumber string) ([]prison.ReviewSchedule, error) {
	resp, err := c.api.GetActionPlanReviewSchedules1WithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.ReviewSchedule, 0, len(resp.JSON200.ReviewSchedules))
	for _, s := range resp.JSON200.ReviewSchedules {
		schedule := prison.ReviewSchedule{
			Reference: s.Reference.String(), CalculationRule: string(s.CalculationRule), Status: string(s.Status),
			ReviewDateFrom: s.ReviewDateFrom.Time, ReviewDateTo: s.ReviewDateTo.Time,
			CreatedBy: s.CreatedBy, CreatedByDisplayName: s.CreatedByDisplayName, CreatedAtPrison: s.CreatedAtPrison, CreatedAt: s.CreatedAt.Time,
			UpdatedBy: s.UpdatedBy, UpdatedByDisplayName: s.UpdatedByDisplayName, UpdatedAtPrison: s.UpdatedAtPrison, UpdatedAt: s.UpdatedAt.Time,
		}
		if s.Version != nil {
			schedule.Version = int(*s.Version)
		}
		out = append(out, schedule)
	}
	return out, nil
}

// CompletedReviews implements ports.LearningAndWorkProgress.
func (c *Client) CompletedReviews(ctx context.Context, nomsNumber string) ([]prison.CompletedReview, error) {
	resp, err := c.api.GetActionPlanReviewsWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.CompletedReview, 0, len(resp.JSON200.CompletedReviews))
	for _, r := range resp.JSON200.CompletedReviews {
		review := prison.CompletedReview{
			CompletedDate: r.CompletedDate.Time, ConductedBy: optional.String(r.ConductedBy), ConductedByRole: optional.String(r.ConductedByRole),
			RecordedBy: r.CreatedByDisplayName, PreRelease: r.PreRelease,
		}
		if r.UpdatedByDisplayName != nil && *r.UpdatedByDisplayName != "" {
			review.RecordedBy = *r.UpdatedByDisplayName
		}
		if r.ReviewScheduleReference != nil {
			review.ScheduleReference = r.ReviewScheduleReference.String()
		}
		out = append(out, review)
	}
	return out, nil
}
