package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetReportedAdjudications implements GET /v1/persons/{hmppsId}/reported-adjudications.
func (s *Server) GetReportedAdjudications(ctx context.Context, req api.GetReportedAdjudicationsRequestObject) (api.GetReportedAdjudicationsResponseObject, error) {
	page, err := paging.NewRequest(req.Params.Page, req.Params.PerPage, integration.AdjudicationsPerPage, 0)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.PrisonRecords.Adjudications.Handle(ctx, filtersFrom(ctx), req.HmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetReportedAdjudications200JSONResponse{Data: mapItems(found.Items, toAdjudication), Pagination: paginationOf(found)}, nil
}

func toAdjudication(a prison.Adjudication) api.Adjudication {
	incidentAt := ukLocalTime(a.IncidentAt)
	code := float32(a.Offence.Code)
	youth := a.IsYouthOffender
	hearings := mapItems(a.Hearings, toHearing)
	outcomes := mapItems(a.Outcomes, func(o prison.OutcomeHistory) api.OutcomeHistoryDto {
		out := api.OutcomeHistoryDto{}
		if o.Hearing != nil {
			h := toHearing(*o.Hearing)
			out.Hearing = &h
		}
		if o.Outcome != nil || o.ReferralOutcome != nil {
			out.Outcome = &api.CombinedOutcomeDto{Outcome: toOutcome(o.Outcome), ReferralOutcome: toOutcome(o.ReferralOutcome)}
		}
		return out
	})
	punishments := mapItems(a.Punishments, func(p prison.Punishment) api.PunishmentDto {
		days := float32(p.Days)
		return api.PunishmentDto{
			Type: optString(p.Type), PrivilegeType: optString(p.PrivilegeType), OtherPrivilege: optString(p.OtherPrivilege),
			Schedule: &api.PunishmentScheduleDto{Days: &days, StartDate: optDateString(p.StartDate), EndDate: optDateString(p.EndDate), SuspendedUntil: optDateString(p.SuspendedUntil)},
		}
	})
	comments := mapItems(a.PunishmentComments, func(c prison.PunishmentComment) api.PunishmentCommentDto {
		return api.PunishmentCommentDto{Comment: optString(c.Comment), ReasonForChange: optString(c.ReasonForChange), DateTime: optUKLocalTime(c.At)}
	})
	role := &api.IncidentRoleDto{RoleCode: optString(a.Role.RoleCode)}
	if a.Role.ParagraphNumber != "" {
		role.OffenceRule = &api.OffenceRuleDetailsDto{ParagraphNumber: optString(a.Role.ParagraphNumber), ParagraphDescription: optString(a.Role.ParagraphDesc)}
	}
	return api.Adjudication{
		IncidentDetails: &api.IncidentDetailsDto{DateTimeOfIncident: &incidentAt},
		IncidentRole:    role,
		OffenceDetails: &api.OffenceDto{OffenceCode: &code, OffenceRule: &api.OffenceRuleDto{
			ParagraphNumber: optString(a.Offence.ParagraphNumber), ParagraphDescription: optString(a.Offence.ParagraphDesc)}},
		IsYouthOffender:    &youth,
		Hearings:           &hearings,
		Outcomes:           &outcomes,
		Punishments:        &punishments,
		PunishmentComments: &comments,
		Status:             optString(a.Status),
		StatusReason:       optString(a.StatusReason),
		StatusDetails:      optString(a.StatusDetails),
	}
}

func toHearing(h prison.Hearing) api.HearingDto {
	at := ukLocalTime(h.At)
	out := api.HearingDto{DateTimeOfHearing: &at, OicHearingType: optString(h.Type)}
	if o := h.Outcome; o != nil {
		out.Outcome = &api.HearingOutcomeDto{Code: optString(o.Code), Reason: optString(o.Reason), Details: optString(o.Details), Plea: optString(o.Plea)}
	}
	return out
}

func toOutcome(o *prison.Outcome) *api.OutcomeDto {
	if o == nil {
		return nil
	}
	canRemove := o.CanRemove
	return &api.OutcomeDto{Code: optString(o.Code), Reason: optString(o.Reason), Details: optString(o.Details), QuashedReason: optString(o.QuashedReason), CanRemove: &canRemove}
}

// optDateString renders a calendar date as the spec's plain string.
func optDateString(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}
