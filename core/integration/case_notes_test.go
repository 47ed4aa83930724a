package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetCaseNotes(t *testing.T) {
	t.Parallel()
	q := prison.CaseNoteQuery{LocationID: "MDI", From: date(2024, 6, 1), To: date(2024, 6, 30)}
	page := paging.Request{Page: 2, PerPage: 1}
	cases := []struct {
		name     string
		id       string
		filters  access.Filters
		asked    bool
		upstream error
		items    int // on the page
		total    int
		kind     apperr.Kind
	}{
		{"one page of the first upstream page", "X00001", access.Unrestricted, true, nil, 1, 2, 0},
		{"unknown person: no case notes", "Z9999ZZ", access.Unrestricted, false, nil, 0, 0, 0},
		{"hidden by the prison filter: no case notes", "A1234AA", inLeedsOnly, false, nil, 0, 0, 0},
		{"probation only: no case notes", "X00002", access.Unrestricted, false, nil, 0, 0, 0},
		{"malformed", "bogus", access.Unrestricted, false, nil, 0, 0, apperr.Invalid},
		{"case notes 404", "A1234AA", access.Unrestricted, true, apperr.New(apperr.NotFound, "404"), 0, 0, apperr.NotFound},
		{"case notes 403", "A1234AA", access.Unrestricted, true, apperr.New(apperr.Forbidden, "403"), 0, 0, apperr.Forbidden},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			caseNotes := portsmocks.NewPrisonCaseNotes(t)
			if c.asked {
				caseNotes.EXPECT().CaseNotes(mock.Anything, "A1234AA", q).Return([]prison.CaseNote{{ID: "a"}, {ID: "b"}}, c.upstream).Once()
			}
			got, err := integration.NewGetCaseNotes(newWorld(t).resolver, caseNotes).Handle(context.Background(), c.filters, c.id, q, page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Len(t, got.Items, c.items)
			assert.Equal(t, c.total, got.Total)
		})
	}
}
