package licences_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/licences"
)

func TestAllListsConditionsInTheDocumentedOrder(t *testing.T) {
	t.Parallel()
	got := licences.Conditions{
		APBespoke:     []string{"Not to contact X."},
		APStandard:    []licences.Coded{{Code: "9ce9d594", Text: "Be of good behaviour."}},
		APAdditional:  []licences.Additional{{Code: "5db26ab3", Category: "Residence at a specific place", Text: "Live at AP."}},
		PSSAdditional: []licences.Additional{{Code: "62c83b80", Category: "Drug appointment", Text: "Attend drug tests."}},
		PSSStandard:   []licences.Coded{{Code: "b3cd4a30", Text: "Keep in touch."}},
	}.All()
	assert.Equal(t, []licences.Condition{
		{Type: "AP", Category: "Bespoke", Text: "Not to contact X."},
		{Type: "AP", Code: "9ce9d594", Category: "Standard", Text: "Be of good behaviour."},
		{Type: "AP", Code: "5db26ab3", Category: "Residence at a specific place", Text: "Live at AP."},
		{Type: "PSS", Code: "62c83b80", Category: "Drug appointment", Text: "Attend drug tests."},
		{Type: "PSS", Code: "b3cd4a30", Category: "Standard", Text: "Keep in touch."},
	}, got)
	assert.Equal(t, []licences.Condition{}, licences.Conditions{}.All(), "none is an empty list, never null")
}

func TestSortNewestFirst(t *testing.T) {
	t.Parallel()
	s := []licences.Summary{
		{ID: 1, Created: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)},
		{ID: 2, Created: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	licences.SortNewestFirst(s)
	assert.Equal(t, []int64{2, 1}, []int64{s[0].ID, s[1].ID})
}
