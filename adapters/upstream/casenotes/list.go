package casenotes

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/casenotes"
)

// CaseNotes implements ports.PrisonCaseNotes with GET /case-notes/{noms}: the
// first page, no page or size sent. The generated request builder cannot
// serialise this call's filter object (it holds a map), so the request is
// built here and the generated parser reads the answer.
func (c *Client) CaseNotes(ctx context.Context, nomsNumber string, q prison.CaseNoteQuery) ([]prison.CaseNote, error) {
	raw, ok := c.api.ClientInterface.(*api.Client)
	if !ok {
		return nil, fmt.Errorf("casenotes: unexpected generated client %T", c.api.ClientInterface)
	}
	query := url.Values{}
	if q.LocationID != "" {
		query.Set("locationId", q.LocationID)
	}
	// The filter takes date-times; a day runs from its first to its last second.
	if q.From != nil {
		query.Set("startDate", q.From.Format("2006-01-02")+"T00:00:00")
	}
	if q.To != nil {
		query.Set("endDate", q.To.Format("2006-01-02")+"T23:59:59")
	}
	target := strings.TrimSuffix(raw.Server, "/") + "/case-notes/" + url.PathEscape(nomsNumber)
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	httpResp, err := raw.Client.Do(req)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	defer func() { _ = httpResp.Body.Close() }() // the parser closes it too; closing twice is harmless
	resp, err := api.ParseGetCaseNotesResponse(httpResp)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse, http.StatusForbidden)
	}
	out := []prison.CaseNote{}
	if resp.JSON200.Content == nil {
		return out, nil
	}
	for _, n := range *resp.JSON200.Content {
		note := prison.CaseNote{
			ID: n.CaseNoteId, OffenderIdentifier: n.OffenderIdentifier,
			Type: n.Type, TypeDescription: n.TypeDescription, SubType: n.SubType, SubTypeDescription: n.SubTypeDescription,
			Created: n.CreationDateTime.Time, Occurred: n.OccurrenceDateTime.Time,
			Text: n.Text, Sensitive: n.Sensitive, Amendments: []prison.CaseNoteAmendment{},
		}
		if n.LocationId != nil {
			note.LocationID = *n.LocationId
		}
		for _, a := range n.Amendments {
			amendment := prison.CaseNoteAmendment{Text: a.AdditionalNoteText}
			if a.CreationDateTime != nil {
				t := a.CreationDateTime.Time
				amendment.Created = &t
			}
			note.Amendments = append(note.Amendments, amendment)
		}
		out = append(out, note)
	}
	return out, nil
}
