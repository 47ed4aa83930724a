package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const adjudicationsSpec = "manage-adjudications.json"

func adjudicationsCalls() []call {
	return []call{
		{name: "adjudications/the seed person's charges", spec: adjudicationsSpec, method: "GET", path: "/reported-adjudications/prisoner/A1234AA", status: 200,
			check: func(t *testing.T, b []byte) {
				got := decode[[]adjReported](t, b)
				require.Len(t, got, 3)
				proved := got[1]
				assert.Equal(t, []any{"MDI-000123", "CHARGE_PROVED", "51:4", 1, 1, 1}, []any{proved.ChargeNumber, proved.Status,
					proved.OffenceDetails.OffenceRule.ParagraphNumber, len(proved.Hearings), len(proved.Outcomes), len(proved.Punishments)})
			}},
		{name: "adjudications/none", spec: adjudicationsSpec, method: "GET", path: "/reported-adjudications/prisoner/G8133UA", status: 200,
			check: func(t *testing.T, b []byte) { assert.Empty(t, decode[[]adjReported](t, b)) }},
	}
}
