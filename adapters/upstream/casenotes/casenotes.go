// Package casenotes adapts the Case Notes API (generated client) to ports.CaseNotes.
package casenotes

import (
	"context"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Source names this upstream in errors and logs.
const Source = "CASE_NOTES"

var _ ports.CaseNotes = (*Client)(nil)

// Client implements ports.CaseNotes.
type Client struct {
	api     *api.ClientWithResponses // at the configured base URL, for searches
	http    *http.Client
	allowed detailurl.AllowList
}

// New builds a client for the API at baseURL, fetching detail URLs only on allowed origins.
func New(baseURL string, httpClient *http.Client, allowed detailurl.AllowList) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c, http: httpClient, allowed: allowed}, nil
}

// CaseNote implements ports.CaseNotes: GET {server}/case-notes/{person}/{id}
// where the detail URL names the server, once its origin is allowed.
func (c *Client) CaseNote(ctx context.Context, detailURL string) (casenotes.CaseNote, error) {
	u, err := c.allowed.Check(detailURL)
	if err != nil {
		return casenotes.CaseNote{}, err
	}
	server, rest, err := detailurl.Server(u, "/case-notes/")
	if err != nil {
		return casenotes.CaseNote{}, err
	}
	person, id, ok := strings.Cut(rest, "/")
	if !ok || person == "" || id == "" || strings.Contains(id, "/") {
		return casenotes.CaseNote{}, apperr.New(apperr.Invalid, "detail URL %s is not /case-notes/{person}/{id}", u.Redacted())
	}
	client, err := api.NewClientWithResponses(server, api.WithHTTPClient(c.http))
	if err != nil {
		return casenotes.CaseNote{}, err
	}
	resp, err := client.GetCaseNoteWithResponse(ctx, person, id, nil)
	if err != nil {
		return casenotes.CaseNote{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return casenotes.CaseNote{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	return toCaseNote(*resp.JSON200), nil
}

// Search implements ports.CaseNotes with one page holding everything, as the original asks.
func (c *Client) Search(ctx context.Context, noms string, types []casenotes.TypeOfInterest) ([]casenotes.CaseNote, error) {
	typeSubTypes := make([]api.TypeSubTypeRequest, len(types))
	for i, t := range types {
		typeSubTypes[i] = api.TypeSubTypeRequest{Type: t.Type, SubTypes: append([]string{}, t.SubTypes...)}
	}
	include, sort := true, "occurredAt,desc"
	resp, err := c.api.FindCaseNotesWithResponse(ctx, noms, api.SearchNotesRequest{
		TypeSubTypes: &typeSubTypes, IncludeSensitive: &include, Page: 1, Size: math.MaxInt32, Sort: &sort,
	})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]casenotes.CaseNote, len(resp.JSON200.Content))
	for i, n := range resp.JSON200.Content {
		out[i] = toCaseNote(n)
	}
	return out, nil
}

func toCaseNote(n api.CaseNote) casenotes.CaseNote {
	out := casenotes.CaseNote{
		ID: n.CaseNoteId, LegacyID: legacyID(n), OffenderIdentifier: n.OffenderIdentifier,
		Type: n.Type, SubType: n.SubType, CreatedAt: n.CreationDateTime.Time, OccurredAt: n.OccurrenceDateTime.Time,
		AuthorName: n.AuthorName, Text: n.Text, LocationID: casenotes.UnknownEstablishment,
	}
	if n.LocationId != nil && *n.LocationId != "" {
		out.LocationID = *n.LocationId
	}
	for _, a := range n.Amendments {
		var at *time.Time
		if a.CreationDateTime != nil {
			t := a.CreationDateTime.Time
			at = &t
		}
		out.Amendments = append(out.Amendments, casenotes.Amendment{CreatedAt: at, AuthorName: a.AuthorName, Text: a.AdditionalNoteText})
	}
	return out
}

// legacyID is the NOMIS id pre-DPS Delius contacts are keyed on: eventId, or
// its replacement legacyId. Zero means absent (a DPS-only note) and must not
// match contacts whose nomis_case_note_id happens to be 0.
func legacyID(n api.CaseNote) *int64 {
	id := n.EventId //nolint:staticcheck // deprecated upstream, but it is the key Delius holds
	if id == 0 {
		id = n.LegacyId //nolint:staticcheck // likewise
	}
	if id == 0 {
		return nil
	}
	return &id
}
