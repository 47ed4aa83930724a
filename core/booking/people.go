package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// People answers the people endpoints.
type People struct {
	store     ports.People
	reference ports.ReferenceData
	clock     ports.Clock
	ids       ports.IDGenerator
}

// NewPeople builds the use case.
func NewPeople(store ports.People, reference ports.ReferenceData, clock ports.Clock, ids ports.IDGenerator) *People {
	return &People{store: store, reference: reference, clock: clock, ids: ids}
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

// List returns the people matching filter.
func (u *People) List(ctx context.Context, filter people.Filter, page paging.Request) (paging.Page[people.Person], error) {
	return u.store.List(ctx, filter, page)
}
