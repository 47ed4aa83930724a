// Package idcache remembers hmppsId lookups (prisoner search by NOMS number,
// probation search by id) for a short time.
//
// Every person operation resolves its hmppsId first, and consumers typically
// call several operations for one person in a burst, so the same two lookups
// repeat within seconds. The cache is a decorator around the two ports rather
// than part of the core Resolver: how long an upstream answer may be reused is
// a transport concern (like retries and timeouts), the resolution rules stay
// the same with or without it, and core tests need no clock. Only successful
// answers are kept; failures and not-found are asked again next time, so a
// newly created record shows up at once.
package idcache

import (
	"context"
	"slices"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/ttlcache"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Prisoners wraps next so Prisoner answers are reused for ttl. A ttl of zero
// or less returns next itself (no caching).
func Prisoners(next ports.PrisonerSearch, ttl time.Duration) ports.PrisonerSearch {
	if ttl <= 0 {
		return next
	}
	return &prisoners{next: next, cache: ttlcache.New[string, person.Prisoner](ttl, time.Now)}
}

type prisoners struct {
	next  ports.PrisonerSearch
	cache *ttlcache.Cache[string, person.Prisoner]
}

func (p *prisoners) Prisoner(ctx context.Context, nomsNumber string) (person.Prisoner, error) {
	if v, ok := p.cache.Get(nomsNumber); ok {
		return v, nil
	}
	v, err := p.next.Prisoner(ctx, nomsNumber)
	if err != nil {
		return person.Prisoner{}, err
	}
	p.cache.Put(nomsNumber, v)
	return v, nil
}

// Probation wraps next so FindByID answers (including "no case") are reused
// for ttl. A ttl of zero or less returns next itself.
func Probation(next ports.ProbationSearch, ttl time.Duration) ports.ProbationSearch {
	if ttl <= 0 {
		return next
	}
	return &probation{next: next, cache: ttlcache.New[person.ID, []person.ProbationCase](ttl, time.Now)}
}

type probation struct {
	next  ports.ProbationSearch
	cache *ttlcache.Cache[person.ID, []person.ProbationCase]
}

func (p *probation) FindByID(ctx context.Context, id person.ID) ([]person.ProbationCase, error) {
	if v, ok := p.cache.Get(id); ok {
		// A copy, so a caller holding &cases[0] cannot change the cached answer.
		return slices.Clone(v), nil
	}
	v, err := p.next.FindByID(ctx, id)
	if err != nil {
		return nil, err
	}
	p.cache.Put(id, slices.Clone(v))
	return v, nil
}
