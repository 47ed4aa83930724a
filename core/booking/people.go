package booking

import (
	"context"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// People answers the people endpoints.
type People struct {
	store     ports.People
	reference ports.ReferenceData
	prisoners ports.PrisonerSearch
	clock     ports.Clock
	ids       ports.IDGenerator
}

// NewPeople builds the use case; prisoners is where unknown prison numbers are imported from.
func NewPeople(store ports.People, reference ports.ReferenceData, prisoners ports.PrisonerSearch, clock ports.Clock, ids ports.IDGenerator) *People {
	return &People{store: store, reference: reference, prisoners: prisoners, clock: clock, ids: ids}
}

// Create validates and stores a new person. Gender and ethnicity must exist.
func (u *People) Create(ctx context.Context, d people.Details) (people.Person, error) {
	p, err := people.New(u.ids.NewID(), d, u.clock.Now())
	if err != nil {
		return people.Person{}, err
	}
	if err := u.checkReferences(ctx, p); err != nil {
		return people.Person{}, err
	}
	if err := u.store.Create(ctx, p); err != nil {
		return people.Person{}, err
	}
	return p, nil
}

func (u *People) checkReferences(ctx context.Context, p people.Person) error {
	for list, id := range map[string]string{"genders": p.GenderID, "ethnicities": p.EthnicityID} {
		if id == "" {
			continue
		}
		if _, err := u.reference.Item(ctx, list, id); err != nil {
			if apperr.Is(err, apperr.NotFound) {
				return apperr.New(apperr.NotFound, "Couldn't find %s with 'id'=%s", modelName(list), id)
			}
			return err
		}
	}
	return nil
}

func modelName(list string) string {
	switch list {
	case "genders":
		return "Gender"
	case "ethnicities":
		return "Ethnicity"
	}
	return list
}

// Get returns one person.
func (u *People) Get(ctx context.Context, id string) (people.Person, error) {
	return u.store.Get(ctx, id)
}

// List returns the people matching filter. Searching by prison number first
// imports (creates or refreshes) each of those prisoners from NOMIS, so a
// supplier can find someone the service has not seen yet.
func (u *People) List(ctx context.Context, filter people.Filter, page paging.Request) (paging.Page[people.Person], error) {
	for i, number := range filter.PrisonNumbers {
		number = strings.ToUpper(strings.TrimSpace(number))
		filter.PrisonNumbers[i] = number
		if err := u.importPrisoner(ctx, number); err != nil {
			return paging.Page[people.Person]{}, err
		}
	}
	return u.store.List(ctx, filter, page)
}

// Update applies a partial change to a person.
func (u *People) Update(ctx context.Context, id string, change people.Update) (people.Person, error) {
	p, err := u.store.Get(ctx, id)
	if err != nil {
		return people.Person{}, err
	}
	if err := p.Apply(change, u.clock.Now()); err != nil {
		return people.Person{}, err
	}
	if err := u.checkReferences(ctx, p); err != nil {
		return people.Person{}, err
	}
	if err := u.store.Save(ctx, p); err != nil {
		return people.Person{}, err
	}
	return p, nil
}

func (u *People) importPrisoner(ctx context.Context, number string) error {
	if number == "" {
		return nil
	}
	prisoner, err := u.prisoners.Prisoner(ctx, number)
	if apperr.Is(err, apperr.NotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	change := people.Update{
		FirstNames:             strPtr(strings.TrimSpace(prisoner.FirstName + " " + prisoner.MiddleNames)),
		LastName:               &prisoner.LastName,
		DateOfBirth:            prisoner.DateOfBirth,
		PrisonNumber:           &prisoner.NomisNumber,
		CriminalRecordsOffice:  &prisoner.CRO,
		PoliceNationalComputer: &prisoner.PNC,
	}
	if id, ok, err := u.itemByTitle(ctx, "genders", prisoner.Gender); err != nil {
		return err
	} else if ok {
		change.GenderID = people.Change{Set: true, Value: id}
	}
	if id, ok, err := u.itemByTitle(ctx, "ethnicities", prisoner.Ethnicity); err != nil {
		return err
	} else if ok {
		change.EthnicityID = people.Change{Set: true, Value: id}
	}
	existing, err := u.store.List(ctx, people.Filter{PrisonNumbers: []string{number}}, paging.Request{Page: 1, PerPage: 100})
	if err != nil {
		return err
	}
	now := u.clock.Now()
	if existing.Total == 0 {
		p := people.Person{ID: u.ids.NewID(), CreatedAt: now}
		if err := p.Apply(change, now); err != nil {
			return err
		}
		return u.store.Create(ctx, p)
	}
	for _, p := range existing.Items {
		if err := p.Apply(change, now); err != nil {
			return err
		}
		if err := u.store.Save(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

// itemByTitle finds a gender or ethnicity by the title NOMIS uses for it.
func (u *People) itemByTitle(ctx context.Context, list, title string) (string, bool, error) {
	if title == "" {
		return "", false, nil
	}
	items, err := u.reference.Items(ctx, list)
	if err != nil {
		return "", false, err
	}
	for _, it := range items {
		if strings.EqualFold(it.Title, title) || strings.EqualFold(it.Description, title) {
			return it.ID, true, nil
		}
	}
	return "", false, nil
}

func strPtr(s string) *string { return &s }
