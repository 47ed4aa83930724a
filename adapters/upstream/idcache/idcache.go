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
	"sync"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/person"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Prisoners wraps next so Prisoner answers are reused for ttl. A ttl of zero
// or less returns next itself (no caching).
func Prisoners(next ports.PrisonerSearch, ttl time.Duration) ports.PrisonerSearch {
	if ttl <= 0 {
		return next
	}
	return &prisoners{next: next, cache: newCache[string, person.Prisoner](ttl, time.Now)}
}

type prisoners struct {
	next  ports.PrisonerSearch
	cache *cache[string, person.Prisoner]
}

func (p *prisoners) Prisoner(ctx context.Context, nomsNumber string) (person.Prisoner, error) {
	if v, ok := p.cache.get(nomsNumber); ok {
		return v, nil
	}
	v, err := p.next.Prisoner(ctx, nomsNumber)
	if err != nil {
		return person.Prisoner{}, err
	}
	p.cache.put(nomsNumber, v)
	return v, nil
}

// Probation wraps next so FindByID answers (including "no case") are reused
// for ttl. A ttl of zero or less returns next itself.
func Probation(next ports.ProbationSearch, ttl time.Duration) ports.ProbationSearch {
	if ttl <= 0 {
		return next
	}
	return &probation{next: next, cache: newCache[person.ID, []person.ProbationCase](ttl, time.Now)}
}

type probation struct {
	next  ports.ProbationSearch
	cache *cache[person.ID, []person.ProbationCase]
}

func (p *probation) FindByID(ctx context.Context, id person.ID) ([]person.ProbationCase, error) {
	if v, ok := p.cache.get(id); ok {
		// A copy, so a caller holding &cases[0] cannot change the cached answer.
		return slices.Clone(v), nil
	}
	v, err := p.next.FindByID(ctx, id)
	if err != nil {
		return nil, err
	}
	p.cache.put(id, slices.Clone(v))
	return v, nil
}

// cache is a map whose entries expire after ttl. Expired entries are swept
// when the map has doubled since the last sweep, so memory stays bounded by
// the lookups of roughly one ttl without a background goroutine.
type cache[K comparable, V any] struct {
	ttl time.Duration
	now func() time.Time

	mu        sync.Mutex
	entries   map[K]entry[V]
	sweepSize int
}

type entry[V any] struct {
	value   V
	expires time.Time
}

func newCache[K comparable, V any](ttl time.Duration, now func() time.Time) *cache[K, V] {
	return &cache[K, V]{ttl: ttl, now: now, entries: map[K]entry[V]{}, sweepSize: 64}
}

func (c *cache[K, V]) get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || !c.now().Before(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

func (c *cache[K, V]) put(key K, value V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	c.entries[key] = entry[V]{value: value, expires: now.Add(c.ttl)}
	if len(c.entries) < c.sweepSize {
		return
	}
	for k, e := range c.entries {
		if !now.Before(e.expires) {
			delete(c.entries, k)
		}
	}
	c.sweepSize = max(64, 2*len(c.entries))
}
