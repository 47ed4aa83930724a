package prisonapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/offending"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/prisonapi"
)

// BookingIDs implements ports.PrisonSentences with
// GET /api/offender-sentences?offenderNo={noms}: one entry per booking.
func (c *Client) BookingIDs(ctx context.Context, nomsNumber string) ([]int64, error) {
	resp, err := c.api.GetOffenderSentencesWithResponse(ctx, &api.GetOffenderSentencesParams{OffenderNo: &[]string{nomsNumber}})
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return nil, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := make([]int64, 0, len(*resp.JSON200))
	for _, b := range *resp.JSON200 {
		out = append(out, b.BookingId)
	}
	return out, nil
}

// BookingSentences implements ports.PrisonSentences with
// GET /api/offender-sentences/booking/{bookingId}/sentences-and-offences.
//
// The service answers a list (one entry per sentence line), but the spec we
// generate from declares one object, so the generated parser would reject
// the real answer. The body is decoded here instead, accepting either shape.
func (c *Client) BookingSentences(ctx context.Context, bookingID int64) ([]offending.Sentence, error) {
	resp, err := c.api.GetSentenceAndOffenceDetails(ctx, bookingID)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		return nil, transport.Unexpected(Source, resp)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	lines, err := decodeSentenceLines(body)
	if err != nil {
		return nil, transport.Failed(Source, err)
	}
	out := make([]offending.Sentence, 0, len(lines))
	for _, s := range lines {
		out = append(out, toSentence(s))
	}
	return out, nil
}

func decodeSentenceLines(body []byte) ([]api.OffenderSentenceAndOffences, error) {
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '{' {
		var one api.OffenderSentenceAndOffences
		if err := json.Unmarshal(trimmed, &one); err != nil {
			return nil, err
		}
		return []api.OffenderSentenceAndOffences{one}, nil
	}
	var lines []api.OffenderSentenceAndOffences
	if err := json.Unmarshal(body, &lines); err != nil {
		return nil, err
	}
	return lines, nil
}

// toSentence maps a NOMIS sentence line. NOMIS sentences are all reported
// as custodial, as the original reports them: the line carries no flag.
func toSentence(s api.OffenderSentenceAndOffences) offending.Sentence {
	out := offending.Sentence{
		Source: offending.NOMIS, DateOfSentencing: optional.Date(s.SentenceDate), Description: optional.String(s.SentenceTypeDescription),
		Active: offending.NomisSentenceActive(optional.String(s.SentenceStatus)), Custodial: true, FineAmount: s.FineAmount,
		Terms: []offending.Term{},
	}
	if s.Terms != nil {
		for _, t := range *s.Terms {
			out.Terms = append(out.Terms, offending.Term{
				Years: intOf(t.Years), Months: intOf(t.Months), Weeks: intOf(t.Weeks), Days: intOf(t.Days), Code: optional.String(t.Code),
			})
		}
	}
	return out
}

func intOf(n *int32) *int {
	if n == nil {
		return nil
	}
	v := int(*n)
	return &v
}
