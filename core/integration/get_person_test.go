package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
)

func TestGetPersonNeedsAProbationRecord(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name         string
		id           string
		wantPrisoner bool
		kind         apperr.Kind
	}{
		{"both sides by NOMS number", "A1234AA", true, 0},
		{"both sides by CRN", "X00001", true, 0},
		{"probation only", "X00002", false, 0},
		{"unknown", "Z9999ZZ", false, apperr.NotFound},
		{"malformed", "bogus", false, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := integration.NewGetPerson(newWorld(t).resolver).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			require.NotNil(t, got.Probation)
			assert.Equal(t, c.wantPrisoner, got.Prisoner != nil)
		})
	}
}
