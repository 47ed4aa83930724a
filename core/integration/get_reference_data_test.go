package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/refdata"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetReferenceData(t *testing.T) {
	t.Parallel()
	notFound := func(source string) error { return &apperr.Error{Kind: apperr.NotFound, Source: source, Message: "404"} }
	cases := []struct {
		name        string
		deliusErr   error
		alertErr    error
		wantData    bool
		wantMissing []refdata.Missing
		wantKind    apperr.Kind
	}{
		{"both found", nil, nil, true, nil, 0},
		{"nDelius has none", notFound("NDELIUS"), nil, false, []refdata.Missing{{Source: "NDELIUS"}}, 0},
		{"both have none", notFound("NDELIUS"), notFound("NOMIS"), false, []refdata.Missing{{Source: "NDELIUS"}, {Source: "NOMIS"}}, 0},
		{"an upstream fails", nil, &apperr.Error{Kind: apperr.Upstream, Source: "NOMIS", Message: "500"}, false, nil, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			nomis := portsmocks.NewPrisonReferenceCodes(t)
			nomis.EXPECT().ReferenceDomain(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, domain string) ([]refdata.Code, error) {
				if domain == "ALERT" && c.alertErr != nil {
					return nil, c.alertErr
				}
				return []refdata.Code{{Code: domain + "-1"}}, nil
			}).Maybe()
			delius := portsmocks.NewProbationReferenceData(t)
			delius.EXPECT().ProbationReferenceData(mock.Anything).Return(map[string][]refdata.Code{"REGISTER_TYPE": {{Code: "RCCO"}}}, c.deliusErr).Maybe()

			got, missing, err := integration.NewGetReferenceData(nomis, delius).Handle(context.Background())
			if c.wantKind != 0 {
				assert.Equal(t, c.wantKind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.wantMissing, missing)
			if !c.wantData {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, map[string][]refdata.Code{
				"PHONE_TYPE": {{Code: "PHONE_USAGE-1"}}, "ALERT_TYPE": {{Code: "ALERT-1"}},
				"ETHNICITY": {{Code: "ETHNICITY-1"}}, "GENDER": {{Code: "SEX-1"}},
			}, got.Prison, "NOMIS domains under the API's names")
			assert.Equal(t, []refdata.Code{{Code: "RCCO"}}, got.Probation["REGISTER_TYPE"])
		})
	}
}
