package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// NOMIS is what the profile use cases read from NOMIS about a prisoner.
type NOMIS struct {
	Prisoners ports.PrisonerSearch
	Alerts    ports.PrisonAlerts
	CareNeeds ports.PersonalCareNeeds
}

// Profiles answers the profile endpoints, including the NOMIS sync.
type Profiles struct {
	store     ports.Profiles
	people    ports.People
	reference ports.ReferenceData
	nomis     NOMIS
	clock     ports.Clock
	ids       ports.IDGenerator
}

// NewProfiles builds the use case.
func NewProfiles(store ports.Profiles, peopleStore ports.People, ref ports.ReferenceData, nomis NOMIS, clock ports.Clock, ids ports.IDGenerator) *Profiles {
	return &Profiles{store: store, people: peopleStore, reference: ref, nomis: nomis, clock: clock, ids: ids}
}

// ProfileInput is what a client may write on a profile; nil fields are left alone.
type ProfileInput struct {
	AssessmentAnswers           *[]people.AssessmentAnswer
	RequiresYouthRiskAssessment *bool
}

// Create adds a profile to a person. A person with a prison number and no
// answers given gets their answers imported from NOMIS alerts and personal
// care needs. Everything NOMIS is read before anything is written, so an
// upstream failure leaves nothing half-done.
func (u *Profiles) Create(ctx context.Context, personID string, in ProfileInput) (people.Profile, error) {
	person, err := u.people.Get(ctx, personID)
	if err != nil {
		return people.Profile{}, err
	}
	now := u.clock.Now()
	p := people.Profile{ID: u.ids.NewID(), PersonID: person.ID, CreatedAt: now, UpdatedAt: now}
	if in.RequiresYouthRiskAssessment != nil {
		p.RequiresYouthRiskAssessment = *in.RequiresYouthRiskAssessment
	}
	if in.AssessmentAnswers != nil && len(*in.AssessmentAnswers) > 0 {
		if p.AssessmentAnswers, err = people.CompleteAnswers(*in.AssessmentAnswers, u.question(ctx), now); err != nil {
			return people.Profile{}, err
		}
	} else if person.PrisonNumber != "" {
		if p.AssessmentAnswers, err = u.importFromNOMIS(ctx, person.PrisonNumber); err != nil {
			return people.Profile{}, err
		}
	}
	if err := u.applyNOMISCategory(ctx, person, &p); err != nil {
		return people.Profile{}, err
	}
	if err := u.store.Create(ctx, p); err != nil {
		return people.Profile{}, err
	}
	return p, nil
}

// Update changes a person's profile; a profile of someone else is not found.
func (u *Profiles) Update(ctx context.Context, personID, id string, in ProfileInput) (people.Profile, error) {
	person, err := u.people.Get(ctx, personID)
	if err != nil {
		return people.Profile{}, err
	}
	now := u.clock.Now()
	var answers []people.AssessmentAnswer
	if in.AssessmentAnswers != nil {
		if answers, err = people.CompleteAnswers(*in.AssessmentAnswers, u.question(ctx), now); err != nil {
			return people.Profile{}, err
		}
	}
	var category people.Profile
	if err := u.applyNOMISCategory(ctx, person, &category); err != nil {
		return people.Profile{}, err
	}
	return u.store.Update(ctx, id, func(p *people.Profile) error {
		if p.PersonID != person.ID {
			return apperr.New(apperr.NotFound, "Couldn't find Profile with 'id'=%s", id)
		}
		if in.AssessmentAnswers != nil {
			p.AssessmentAnswers = answers
		}
		if in.RequiresYouthRiskAssessment != nil {
			p.RequiresYouthRiskAssessment = *in.RequiresYouthRiskAssessment
		}
		if person.PrisonNumber != "" {
			p.CategoryID, p.CSRA = category.CategoryID, category.CSRA
		}
		p.UpdatedAt = now
		return nil
	})
}

// Get returns one profile.
func (u *Profiles) Get(ctx context.Context, id string) (people.Profile, error) {
	return u.store.Get(ctx, id)
}

func (u *Profiles) question(ctx context.Context) people.QuestionLookup {
	return func(id string) (reference.AssessmentQuestion, error) { return u.reference.AssessmentQuestion(ctx, id) }
}

func (u *Profiles) importFromNOMIS(ctx context.Context, prisonNumber string) ([]people.AssessmentAnswer, error) {
	alerts, err := u.nomis.Alerts.Alerts(ctx, prisonNumber)
	if err != nil && !apperr.Is(err, apperr.NotFound) {
		return nil, err
	}
	needs, err := u.nomis.CareNeeds.PersonalCareNeeds(ctx, prisonNumber)
	if err != nil && !apperr.Is(err, apperr.NotFound) {
		return nil, err
	}
	questions, err := u.reference.AssessmentQuestions(ctx, "")
	if err != nil {
		return nil, err
	}
	byKey := map[string]reference.AssessmentQuestion{}
	byID := map[string]reference.AssessmentQuestion{}
	for _, q := range questions {
		byKey[q.Key] = q
		byID[q.ID] = q
	}
	ids := func(key string) (string, bool) {
		q, ok := byKey[key]
		return q.ID, ok
	}
	now := u.clock.Now()
	answers := append(people.AnswersFromAlerts(alerts, ids, now), people.AnswersFromCareNeeds(needs, ids, now)...)
	// Every id came from byKey, so each lookup succeeds.
	return people.CompleteAnswers(answers, func(id string) (reference.AssessmentQuestion, error) { return byID[id], nil }, now)
}

// applyNOMISCategory sets the category and CSRA NOMIS holds, as the server does on every write.
func (u *Profiles) applyNOMISCategory(ctx context.Context, person people.Person, p *people.Profile) error {
	if person.PrisonNumber == "" {
		return nil
	}
	prisoner, err := u.nomis.Prisoners.Prisoner(ctx, person.PrisonNumber)
	if apperr.Is(err, apperr.NotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	p.CSRA = prisoner.CSRA
	if prisoner.Category == "" {
		return nil
	}
	category, err := u.reference.CategoryByKey(ctx, prisoner.Category)
	if apperr.Is(err, apperr.NotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	p.CategoryID = category.ID
	return nil
}
