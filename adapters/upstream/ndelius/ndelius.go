// Package ndelius adapts the probation-integration "external API and Delius"
// service (generated client) to ports.ProbationRecords.
package ndelius

import (
	"context"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/ndelius"
)

// Source names this upstream in errors and logs.
const Source = "NDELIUS"

// Client implements ports.ProbationRecords.
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

// Record implements ports.ProbationRecords with GET /case/{crn}/supervisions.
func (c *Client) Record(ctx context.Context, crn string) (probation.Record, error) {
	resp, err := c.api.SupervisionsWithResponse(ctx, crn)
	if err != nil {
		return probation.Record{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return probation.Record{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	body := resp.JSON200
	out := probation.Record{
		CommunityManager: toManager(body.CommunityManager),
		DynamicRisks:     []probation.Registration{},
		PersonStatus:     []probation.Registration{},
		Supervisions:     []probation.Supervision{},
	}
	if m := body.MappaDetail; m != nil {
		out.Mappa = probation.Mappa{
			Level: num(m.Level), LevelDescription: optional.String(m.LevelDescription),
			Category: num(m.Category), CategoryDescription: optional.String(m.CategoryDescription),
			StartDate: optional.Date(m.StartDate), ReviewDate: optional.Date(m.ReviewDate), Notes: optional.String(m.Notes),
		}
	}
	if body.DynamicRisks != nil {
		for _, r := range *body.DynamicRisks {
			out.DynamicRisks = append(out.DynamicRisks, probation.Registration{
				Code: optional.String(r.Code), Description: optional.String(r.Description), StartDate: optional.Date(r.StartDate), ReviewDate: optional.Date(r.ReviewDate), Notes: optional.String(r.Notes),
			})
		}
	}
	if body.PersonStatus != nil {
		for _, r := range *body.PersonStatus {
			out.PersonStatus = append(out.PersonStatus, probation.Registration{
				Code: optional.String(r.Code), Description: optional.String(r.Description), StartDate: optional.Date(r.StartDate), ReviewDate: optional.Date(r.ReviewDate), Notes: optional.String(r.Notes),
			})
		}
	}
	if body.Supervisions != nil {
		for _, s := range *body.Supervisions {
			out.Supervisions = append(out.Supervisions, toSupervision(s))
		}
	}
	return out, nil
}

func toManager(m *api.Manager) *probation.Manager {
	if m == nil {
		return nil
	}
	out := probation.Manager{Email: optional.String(m.Email), TelephoneNumber: optional.String(m.TelephoneNumber)}
	if m.Name != nil {
		out.Forename, out.Surname = optional.String(m.Name.Forename), optional.String(m.Name.Surname)
	}
	if t := m.Team; t != nil {
		out.Team = probation.Team{Code: optional.String(t.Code), Description: optional.String(t.Description), Email: optional.String(t.Email), TelephoneNumber: optional.String(t.TelephoneNumber)}
	}
	return &out
}

func toSupervision(s api.Supervision) probation.Supervision {
	out := probation.Supervision{Active: s.Active != nil && *s.Active, AdditionalOffences: []probation.Offence{}}
	if s.Number != nil {
		out.Number = int(*s.Number)
	}
	if s.MainOffence != nil {
		main := toOffence(*s.MainOffence)
		out.MainOffence = &main
	}
	if d := s.Sentence; d != nil {
		out.Sentence = &probation.Sentence{
			Description: optional.String(d.Description), Date: optional.Date(d.Date), Length: num(d.Length),
			Custodial: d.Custodial != nil && *d.Custodial,
		}
		if d.LengthUnits != nil {
			out.Sentence.LengthUnits = string(*d.LengthUnits)
		}
	}
	if s.AdditionalOffences != nil {
		for _, o := range *s.AdditionalOffences {
			out.AdditionalOffences = append(out.AdditionalOffences, toOffence(o))
		}
	}
	if s.CourtAppearances != nil {
		for _, a := range *s.CourtAppearances {
			appearance := probation.CourtAppearance{Court: optional.String(a.Court)}
			if a.Date != nil {
				// A hearing's day is its UK calendar day, whatever the offset sent.
				local := a.Date.In(localtime.London)
				d := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, time.UTC)
				appearance.Date = &d
			}
			out.CourtAppearances = append(out.CourtAppearances, appearance)
		}
	}
	return out
}

func toOffence(o api.Offence) probation.Offence {
	return probation.Offence{Code: optional.String(o.Code), Description: optional.String(o.Description), Date: optional.Date(o.Date)}
}

func num(n *int32) *int {
	if n == nil {
		return nil
	}
	v := int(*n)
	return &v
}
