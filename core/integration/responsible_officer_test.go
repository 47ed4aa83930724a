package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetPersonResponsibleOfficer(t *testing.T) {
	t.Parallel()
	paula := probation.PrisonOffenderManager{Forename: "Paula", Surname: "Smith", PrisonCode: "MDI"}
	jane := probation.Manager{Forename: "Jane", Surname: "Fletcher", Team: probation.Team{Code: "N54DON"}}
	cases := []struct {
		name   string
		id     string
		pom    error // PrimaryPOM's error for A1234AA
		record error // Record's error for X00001
		want   probation.ResponsibleOfficers
		kind   apperr.Kind
	}{
		{"by NOMS number", "A1234AA", nil, nil, probation.ResponsibleOfficers{Prison: paula, Community: jane}, 0},
		{"by CRN", "X00001", nil, nil, probation.ResponsibleOfficers{Prison: paula, Community: jane}, 0},
		{"no POM allocated", "A1234AA", apperr.New(apperr.NotFound, "404"), nil, probation.ResponsibleOfficers{}, apperr.NotFound},
		{"nDelius has no case", "A1234AA", nil, apperr.New(apperr.NotFound, "404"), probation.ResponsibleOfficers{}, apperr.NotFound},
		{"nDelius fails", "A1234AA", nil, apperr.New(apperr.Upstream, "500"), probation.ResponsibleOfficers{}, apperr.Upstream},
		{"probation only has no POM", "X00002", nil, nil, probation.ResponsibleOfficers{}, apperr.NotFound},
		{"malformed", "bogus", nil, nil, probation.ResponsibleOfficers{}, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			poms := portsmocks.NewPrisonOffenderManagers(t)
			poms.EXPECT().PrimaryPOM(mock.Anything, "A1234AA").Return(paula, c.pom).Maybe()
			records := portsmocks.NewProbationRecords(t)
			records.EXPECT().Record(mock.Anything, "X00001").Return(probation.Record{CommunityManager: &jane}, c.record).Maybe()

			got, err := integration.NewGetPersonResponsibleOfficer(newWorld(t).resolver, poms, records).Handle(context.Background(), c.id)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
