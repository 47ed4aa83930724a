// Package integration holds the use cases behind the HMPPS Integration API's /v1 operations.
package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Resolver turns any HMPPS id (NOMS number, CRN or PNC) into what prison and
// probation know about the person. Every person operation goes through it, so the
// id rules live in one place.
type Resolver struct {
	prisoners ports.PrisonerSearch
	probation ports.ProbationSearch
}

// NewResolver builds a Resolver over the two search upstreams.
func NewResolver(prisoners ports.PrisonerSearch, probation ports.ProbationSearch) *Resolver {
	return &Resolver{prisoners: prisoners, probation: probation}
}

// Resolve finds the person behind raw. An unrecognised shape is Invalid; a person
// neither side knows is NotFound; upstream failures pass through classified.
func (r *Resolver) Resolve(ctx context.Context, raw string) (person.Identity, error) {
	id, err := person.ParseID(raw)
	if err != nil {
		return person.Identity{}, err
	}
	identity := person.Identity{Requested: id}

	cases, err := r.probation.FindByID(ctx, id)
	if err != nil {
		return person.Identity{}, err
	}
	if len(cases) > 0 {
		identity.Probation = &cases[0]
	}

	if noms := identity.NomisNumber(); noms != "" {
		prisoner, err := r.prisoners.Prisoner(ctx, noms)
		switch {
		case err == nil:
			identity.Prisoner = &prisoner
		case apperr.Is(err, apperr.NotFound):
			// Known to probation only, or an unknown NOMS number: decided below.
		default:
			return person.Identity{}, err
		}
	}

	if identity.Probation == nil && identity.Prisoner == nil {
		return person.Identity{}, person.NotFound(raw)
	}
	return identity, nil
}

// ResolveWithin resolves raw and applies the consumer's prison filter: with a
// filter, the person must be a prisoner held in one of the listed prisons. Data
// outside the filter is reported as not found so consumers cannot probe for it.
func (r *Resolver) ResolveWithin(ctx context.Context, filters access.Filters, raw string) (person.Identity, error) {
	identity, err := r.Resolve(ctx, raw)
	if err != nil {
		return person.Identity{}, err
	}
	if filters.HasPrisonFilter() {
		if identity.Prisoner == nil || !filters.AllowsPrison(identity.Prisoner.PrisonID) {
			return person.Identity{}, person.NotFound(raw)
		}
	}
	return identity, nil
}

// PrisonerWithin resolves raw to a person with a prison record the consumer may
// see. Operations that read NOMIS data need the prisoner: a person known only
// to probation, or whose NOMIS number prisoner search does not know, is
// NotFound.
func (r *Resolver) PrisonerWithin(ctx context.Context, filters access.Filters, raw string) (person.Identity, error) {
	identity, err := r.ResolveWithin(ctx, filters, raw)
	if err != nil {
		return person.Identity{}, err
	}
	if identity.Prisoner == nil {
		return person.Identity{}, person.NotFound(raw)
	}
	return identity, nil
}
