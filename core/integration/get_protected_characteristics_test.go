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
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetProtectedCharacteristics(t *testing.T) {
	t.Parallel()
	booking := int64(1201001)
	wheelchair := []person.ReasonableAdjustment{{TreatmentCode: "WHEELCHR_ACC"}}
	notFound, broken := apperr.New(apperr.NotFound, "404"), apperr.New(apperr.Upstream, "500")
	cases := []struct {
		name           string
		id             string
		filters        access.Filters
		prisoner       person.PrisonerProfile
		prisonerErr    error
		adjustmentsErr error
		want           person.ProtectedCharacteristics
		kind           apperr.Kind
	}{
		{name: "by CRN", id: "X00001", prisoner: person.PrisonerProfile{PrisonID: "MDI", MaritalStatus: "Single", BookingID: &booking},
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, MaritalStatus: "Single", ReasonableAdjustments: wheelchair}},
		{name: "by NOMS number", id: "A1234AA", prisoner: person.PrisonerProfile{PrisonID: "MDI", MaritalStatus: "Single", BookingID: &booking},
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, MaritalStatus: "Single", ReasonableAdjustments: wheelchair}},
		{name: "by PNC", id: "2008/0545166T", prisoner: person.PrisonerProfile{PrisonID: "MDI", MaritalStatus: "Single", BookingID: &booking},
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, MaritalStatus: "Single", ReasonableAdjustments: wheelchair}},
		{name: "no booking: no adjustments asked for", id: "X00001", prisoner: person.PrisonerProfile{PrisonID: "MDI", MaritalStatus: "Single"},
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, MaritalStatus: "Single", ReasonableAdjustments: []person.ReasonableAdjustment{}}},
		{name: "booking gone: no adjustments", id: "X00001", prisoner: person.PrisonerProfile{PrisonID: "MDI", BookingID: &booking}, adjustmentsErr: notFound,
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, ReasonableAdjustments: []person.ReasonableAdjustment{}}},
		{name: "prisoner search does not know the NOMS number", id: "X00001", prisonerErr: notFound,
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, ReasonableAdjustments: []person.ReasonableAdjustment{}}},
		{name: "probation only", id: "X00002",
			want: person.ProtectedCharacteristics{Age: 30, Disabilities: []person.Disability{}, ReasonableAdjustments: []person.ReasonableAdjustment{}}},
		{name: "in the consumer's prisons", id: "X00001", filters: access.Filters{Prisons: []string{"MDI"}}, prisoner: person.PrisonerProfile{PrisonID: "MDI"},
			want: person.ProtectedCharacteristics{Age: 46, Religion: "Anglican", Disabilities: []person.Disability{}, ReasonableAdjustments: []person.ReasonableAdjustment{}}},
		{name: "outside the consumer's prisons", id: "X00001", filters: inLeedsOnly, prisoner: person.PrisonerProfile{PrisonID: "MDI"}, kind: apperr.NotFound},
		{name: "probation only, with a prison filter", id: "X00002", filters: inLeedsOnly, kind: apperr.NotFound},
		{name: "unknown to probation", id: "A7777ZZ", kind: apperr.NotFound},
		{name: "malformed", id: "bogus", kind: apperr.Invalid},
		{name: "prisoner search fails", id: "X00001", prisonerErr: broken, kind: apperr.Upstream},
		{name: "prison-api fails", id: "X00001", prisoner: person.PrisonerProfile{BookingID: &booking}, adjustmentsErr: broken, kind: apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			probation := portsmocks.NewProbationProfiles(t)
			probation.EXPECT().ProbationProfile(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, id person.ID) (person.ProbationProfile, error) {
				switch id.String() {
				case "X00001", "A1234AA", "2008/0545166T":
					return person.ProbationProfile{NomsNumber: "A1234AA", Age: 46, Religion: "Anglican"}, nil
				case "X00002":
					return person.ProbationProfile{Age: 30}, nil
				}
				return person.ProbationProfile{}, person.NotFound(id.String())
			}).Maybe()
			prisoners := portsmocks.NewPrisonerProfiles(t)
			prisoners.EXPECT().PrisonerProfile(mock.Anything, "A1234AA").Return(c.prisoner, c.prisonerErr).Maybe()
			adjustments := portsmocks.NewReasonableAdjustments(t)
			adjustments.EXPECT().ReasonableAdjustments(mock.Anything, booking).Return(wheelchair, c.adjustmentsErr).Maybe()

			got, err := integration.NewGetProtectedCharacteristics(probation, prisoners, adjustments).Handle(context.Background(), c.filters, c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
