// Package visits adapts the manage-prison-visits orchestration API (generated
// client) to ports.Visits.
package visits

import (
	"context"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/visits"
)

// Source names this upstream in errors and logs.
const Source = "MANAGE_PRISON_VISITS"

// Client implements ports.Visits.
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

// Visit implements ports.Visits.
func (c *Client) Visit(ctx context.Context, reference string) (prison.Visit, error) {
	resp, err := c.api.GetVisitsByReferenceWithResponse(ctx, reference)
	if err != nil {
		return prison.Visit{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.Visit{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toVisit(*resp.JSON200), nil
}

// SearchVisits implements ports.Visits. The service pages from 0, so page 1
// is asked for as 0 (the original forwarded it unchanged and skipped the
// first page), and the Spring Page it answers is read by its real field names.
func (c *Client) SearchVisits(ctx context.Context, q prison.VisitQuery, page paging.Request) (paging.Page[prison.Visit], error) {
	params := &api.GetVisitsByFilterPageableParams{
		PrisonId:       &q.PrisonID,
		VisitStatus:    []string{q.Status},
		VisitStartDate: apiDate(q.From),
		VisitEndDate:   apiDate(q.To),
		Page:           int32(page.Page - 1),
		Size:           int32(page.PerPage),
	}
	if q.PrisonerID != "" {
		params.PrisonerId = &q.PrisonerID
	}
	resp, err := c.api.GetVisitsByFilterPageableWithResponse(ctx, params)
	if err != nil {
		return paging.Page[prison.Visit]{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return paging.Page[prison.Visit]{}, transport.Unexpected(Source, resp.HTTPResponse, http.StatusBadRequest)
	}
	return fromSpringPage(*resp.JSON200, page), nil
}

// fromSpringPage rebuilds our page from the upstream's own numbers: number is
// 0-based, size the page size it used. A page with no numbers (which the
// original rendered as all zeros) keeps the request's and counts its content.
func fromSpringPage(p api.PageVisitDto, asked paging.Request) paging.Page[prison.Visit] {
	out := paging.Page[prison.Visit]{Items: []prison.Visit{}, Request: asked}
	if p.Content != nil {
		for _, v := range *p.Content {
			out.Items = append(out.Items, toVisit(v))
		}
	}
	if p.Number != nil {
		out.Request.Page = int(*p.Number) + 1
	}
	if p.Size != nil && *p.Size > 0 {
		out.Request.PerPage = int(*p.Size)
	}
	out.Total = len(out.Items)
	if p.TotalElements != nil {
		out.Total = int(*p.TotalElements)
	}
	return out
}

// FutureVisits implements ports.Visits.
func (c *Client) FutureVisits(ctx context.Context, nomsNumber string) ([]prison.Visit, error) {
	resp, err := c.api.GetFutureVisitsForPrisonerWithResponse(ctx, nomsNumber)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]prison.Visit, 0, len(*resp.JSON200))
	for _, v := range *resp.JSON200 {
		out = append(out, toVisit(v))
	}
	return out, nil
}

// toVisit copies the visit field for field; only a visitor's nomisPersonId
// is renamed (contactId) on the way out.
func toVisit(v api.VisitDto) prison.Visit {
	out := prison.Visit{
		ApplicationReference:     v.ApplicationReference,
		Reference:                v.Reference,
		PrisonerID:               v.PrisonerId,
		PrisonID:                 v.PrisonId,
		PrisonName:               optional.String(v.PrisonName),
		SessionTemplateReference: optional.String(v.SessionTemplateReference),
		VisitRoom:                v.VisitRoom,
		VisitType:                string(v.VisitType),
		VisitStatus:              string(v.VisitStatus),
		VisitRestriction:         string(v.VisitRestriction),
		Start:                    v.StartTimestamp.Time,
		End:                      v.EndTimestamp.Time,
		Created:                  v.CreatedTimestamp.Time,
		Modified:                 v.ModifiedTimestamp.Time,
		Notes:                    []prison.VisitNote{},
		Visitors:                 []prison.Visitor{},
	}
	if v.OutcomeStatus != nil {
		out.OutcomeStatus = string(*v.OutcomeStatus)
	}
	if v.FirstBookedDateTime != nil {
		t := v.FirstBookedDateTime.Time
		out.FirstBooked = &t
	}
	if v.VisitContact != nil {
		out.Contact = prison.VisitContact{Name: v.VisitContact.Name, Telephone: optional.String(v.VisitContact.Telephone), Email: optional.String(v.VisitContact.Email)}
	}
	if v.VisitNotes != nil {
		for _, n := range *v.VisitNotes {
			out.Notes = append(out.Notes, prison.VisitNote{Type: string(n.Type), Text: n.Text})
		}
	}
	if v.Visitors != nil {
		for _, visitor := range *v.Visitors {
			out.Visitors = append(out.Visitors, prison.Visitor{ContactID: visitor.NomisPersonId, MainContact: visitor.VisitContact})
		}
	}
	if v.VisitorSupport != nil {
		out.VisitorSupport = v.VisitorSupport.Description
	}
	return out
}

func apiDate(t *time.Time) *openapi_types.Date {
	if t == nil {
		return nil
	}
	return &openapi_types.Date{Time: *t}
}
