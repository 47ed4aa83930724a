package booking_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

type profileClock struct{}

func (profileClock) Now() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }

type fixedIDs struct{}

func (fixedIDs) NewID() string { return "28087623-d310-4a1c-bf17-b992b74e30c2" }

type profileMocks struct {
	store     *portsmocks.Profiles
	people    *portsmocks.People
	ref       *portsmocks.ReferenceData
	prisoners *portsmocks.PrisonerSearch
	alerts    *portsmocks.PrisonAlerts
	care      *portsmocks.PersonalCareNeeds
}

func newProfiles(t *testing.T) (*booking.Profiles, profileMocks) {
	m := profileMocks{
		store: portsmocks.NewProfiles(t), people: portsmocks.NewPeople(t), ref: portsmocks.NewReferenceData(t),
		prisoners: portsmocks.NewPrisonerSearch(t), alerts: portsmocks.NewPrisonAlerts(t), care: portsmocks.NewPersonalCareNeeds(t),
	}
	uc := booking.NewProfiles(m.store, m.people, m.ref, booking.NOMIS{Prisoners: m.prisoners, Alerts: m.alerts, CareNeeds: m.care}, profileClock{}, fixedIDs{})
	return uc, m
}

var fred = people.Person{ID: "747f3914-620a-441a-847f-472c79def26c", FirstNames: "FRED", LastName: "BLOGGS", PrisonNumber: "G8133UA"}

func TestCreateProfileImportsFromNOMIS(t *testing.T) {
	t.Parallel()
	uc, m := newProfiles(t)
	m.people.EXPECT().Get(mock.Anything, fred.ID).Return(fred, nil)
	m.alerts.EXPECT().Alerts(mock.Anything, "G8133UA").Return([]prison.Alert{{Type: "R", Code: "ROM"}}, nil)
	m.care.EXPECT().PersonalCareNeeds(mock.Anything, "G8133UA").Return([]prison.PersonalCareNeed{{ProblemType: "DISAB", ProblemCode: "ND"}}, nil)
	m.ref.EXPECT().AssessmentQuestions(mock.Anything, reference.AssessmentCategory("")).Return([]reference.AssessmentQuestion{
		{ID: "q-violent", Key: "violent", Category: reference.RiskQuestions, Title: "Violent"},
		{ID: "q-health", Key: "health_issue", Category: reference.HealthQuestions, Title: "Health issue"},
	}, nil)
	m.prisoners.EXPECT().Prisoner(mock.Anything, "G8133UA").Return(person.Prisoner{NomisNumber: "G8133UA", Category: "B", CSRA: "Standard"}, nil)
	m.ref.EXPECT().CategoryByKey(mock.Anything, "B").Return(reference.Category{ID: "cat-b", Key: "B"}, nil)
	m.store.EXPECT().Create(mock.Anything, mock.Anything).Return(nil)

	p, err := uc.Create(context.Background(), fred.ID, booking.ProfileInput{})
	require.NoError(t, err)
	require.Len(t, p.AssessmentAnswers, 2)
	assert.Equal(t, []string{"violent", "health_issue"}, []string{p.AssessmentAnswers[0].Key, p.AssessmentAnswers[1].Key})
	assert.Equal(t, reference.HealthQuestions, p.AssessmentAnswers[1].Category)
	assert.Equal(t, "cat-b", p.CategoryID)
	assert.Equal(t, "Standard", p.CSRA)
}

// An upstream failure during the sync writes nothing: Create is never called on the store.
func TestCreateProfileWritesNothingWhenNOMISFails(t *testing.T) {
	t.Parallel()
	uc, m := newProfiles(t)
	m.people.EXPECT().Get(mock.Anything, fred.ID).Return(fred, nil)
	m.alerts.EXPECT().Alerts(mock.Anything, "G8133UA").Return(nil, &apperr.Error{Kind: apperr.Upstream, Message: "500 from prison-api"})
	_, err := uc.Create(context.Background(), fred.ID, booking.ProfileInput{})
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}

func TestCreateProfileForUnknownPerson(t *testing.T) {
	t.Parallel()
	uc, m := newProfiles(t)
	m.people.EXPECT().Get(mock.Anything, "nobody").Return(people.Person{}, apperr.New(apperr.NotFound, "Couldn't find Person with 'id'=nobody"))
	_, err := uc.Create(context.Background(), "nobody", booking.ProfileInput{})
	assert.Equal(t, apperr.NotFound, apperr.KindOf(err))
}
