package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetNonAssociations(t *testing.T) {
	t.Parallel()
	yes, no := true, false
	cases := []struct {
		name         string
		id           string
		open, closed *bool
		want         *prison.NonAssociationFilter // what the service is asked; nil: not asked
		upstream     error
		kind         apperr.Kind
	}{
		{"defaults to open only", "A1234AA", nil, nil, &prison.NonAssociationFilter{IncludeOpen: true}, nil, 0},
		{"a CRN is resolved to the NOMIS number", "X00001", nil, &yes, &prison.NonAssociationFilter{IncludeOpen: true, IncludeClosed: true}, nil, 0},
		{"closed only", "A1234AA", &no, &yes, &prison.NonAssociationFilter{IncludeClosed: true}, nil, 0},
		{"neither", "A1234AA", &no, nil, nil, nil, apperr.Invalid},
		{"neither, both said", "A1234AA", &no, &no, nil, nil, apperr.Invalid},
		{"probation only", "X00002", nil, nil, nil, nil, apperr.NotFound},
		{"malformed", "bogus", nil, nil, nil, nil, apperr.Invalid},
		{"unknown to the service", "A1234AA", nil, nil, &prison.NonAssociationFilter{IncludeOpen: true}, apperr.New(apperr.NotFound, "404"), apperr.NotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			service := portsmocks.NewNonAssociations(t)
			if c.want != nil {
				service.EXPECT().NonAssociations(mock.Anything, "A1234AA", *c.want).Return([]prison.NonAssociation{{ID: 9101}}, c.upstream).Once()
			}
			got, err := integration.NewGetNonAssociations(newWorld(t).resolver, service).Handle(context.Background(), c.id, c.open, c.closed)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []prison.NonAssociation{{ID: 9101}}, got)
		})
	}
}
