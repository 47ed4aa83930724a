// Package adjudications adapts the manage-adjudications API (generated
// client) to ports.Adjudications.
package adjudications

import (
	"context"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/adjudications"
)

// Source names this upstream in errors and logs.
const Source = "ADJUDICATIONS"

// Client implements ports.Adjudications.
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

// ReportedAdjudications implements ports.Adjudications.
func (c *Client) ReportedAdjudications(ctx context.Context, nomsNumber string) ([]prison.Adjudication, error) {
	resp, err := c.api.GetAdjudicationsForPrisonerWithResponse(ctx, nomsNumber, nil)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.Adjudication, 0, len(*resp.JSON200))
	for _, a := range *resp.JSON200 {
		out = append(out, toAdjudication(a))
	}
	return out, nil
}

func toAdjudication(a api.ReportedAdjudicationDto) prison.Adjudication {
	out := prison.Adjudication{
		IncidentAt: a.IncidentDetails.DateTimeOfIncident.Time,
		Role:       prison.IncidentRole{RoleCode: optional.String(a.IncidentRole.RoleCode)},
		Offence: prison.Offence{
			Code:            int(a.OffenceDetails.OffenceCode),
			ParagraphNumber: a.OffenceDetails.OffenceRule.ParagraphNumber,
			ParagraphDesc:   a.OffenceDetails.OffenceRule.ParagraphDescription,
		},
		IsYouthOffender: a.IsYouthOffender,
		Status:          string(a.Status), StatusReason: optional.String(a.StatusReason), StatusDetails: optional.String(a.StatusDetails),
		Hearings: []prison.Hearing{}, Outcomes: []prison.OutcomeHistory{},
		Punishments: []prison.Punishment{}, PunishmentComments: []prison.PunishmentComment{},
	}
	if r := a.IncidentRole.OffenceRule; r != nil {
		out.Role.ParagraphNumber, out.Role.ParagraphDesc = r.ParagraphNumber, r.ParagraphDescription
	}
	for _, h := range a.Hearings {
		out.Hearings = append(out.Hearings, toHearing(h))
	}
	for _, o := range a.Outcomes {
		history := prison.OutcomeHistory{}
		if o.Hearing != nil {
			h := toHearing(*o.Hearing)
			history.Hearing = &h
		}
		if o.Outcome != nil {
			history.Outcome = toOutcome(&o.Outcome.Outcome)
			history.ReferralOutcome = toOutcome(o.Outcome.ReferralOutcome)
		}
		out.Outcomes = append(out.Outcomes, history)
	}
	for _, p := range a.Punishments {
		punishment := prison.Punishment{
			Type: string(p.Type), OtherPrivilege: optional.String(p.OtherPrivilege), Days: int(p.Schedule.Days),
			StartDate: optional.Date(p.Schedule.StartDate), EndDate: optional.Date(p.Schedule.EndDate), SuspendedUntil: optional.Date(p.Schedule.SuspendedUntil),
		}
		if p.PrivilegeType != nil {
			punishment.PrivilegeType = string(*p.PrivilegeType)
		}
		out.Punishments = append(out.Punishments, punishment)
	}
	for _, c := range a.PunishmentComments {
		comment := prison.PunishmentComment{Comment: c.Comment}
		if c.ReasonForChange != nil {
			comment.ReasonForChange = string(*c.ReasonForChange)
		}
		if c.DateTime != nil {
			t := c.DateTime.Time
			comment.At = &t
		}
		out.PunishmentComments = append(out.PunishmentComments, comment)
	}
	return out
}

func toHearing(h api.HearingDto) prison.Hearing {
	out := prison.Hearing{At: h.DateTimeOfHearing.Time, Type: string(h.OicHearingType)}
	if o := h.Outcome; o != nil {
		out.Outcome = &prison.HearingOutcome{Code: string(o.Code), Details: optional.String(o.Details)}
		if o.Reason != nil {
			out.Outcome.Reason = string(*o.Reason)
		}
		if o.Plea != nil {
			out.Outcome.Plea = string(*o.Plea)
		}
	}
	return out
}

func toOutcome(o *api.OutcomeDto) *prison.Outcome {
	if o == nil {
		return nil
	}
	out := &prison.Outcome{Code: string(o.Code), Details: optional.String(o.Details), CanRemove: o.CanRemove}
	if o.Reason != nil {
		out.Reason = string(*o.Reason)
	}
	if o.QuashedReason != nil {
		out.QuashedReason = string(*o.QuashedReason)
	}
	return out
}
