// Package ttlcache is a map whose entries expire: the one cache behind the
// adapters that reuse answers for a while (hmppsId lookups, locations, Delius
// reference data). Only successes are kept, so a failure or a record created
// since is asked for again next time.
package ttlcache

import (
	"context"
	"sync"
	"time"
)

// Cache holds values by key for a fixed time. Expired entries are swept when
// the map has doubled since the last sweep, so memory stays bounded by the
// keys of roughly one ttl without a background goroutine.
type Cache[K comparable, V any] struct {
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

// New returns a cache keeping values for ttl; now is the clock (time.Now
// outside tests).
func New[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, now: now, entries: map[K]entry[V]{}, sweepSize: 64}
}

// Get returns the value kept for key, if it has not expired.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || !c.now().Before(e.expires) {
		var zero V
		return zero, false
	}
	return e.value, true
}

// Put keeps value for key for the cache's ttl from now.
func (c *Cache[K, V]) Put(key K, value V) {
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

// Load returns the value kept for key, or loads, keeps and returns it. A
// failed load is returned and not kept. Concurrent misses may load the same
// key more than once; the last answer is kept.
func (c *Cache[K, V]) Load(ctx context.Context, key K, load func(context.Context) (V, error)) (V, error) {
	if v, ok := c.Get(key); ok {
		return v, nil
	}
	v, err := load(ctx)
	if err != nil {
		return v, err
	}
	c.Put(key, v)
	return v, nil
}

// Len is how many entries the cache holds, expired ones not yet swept included.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
