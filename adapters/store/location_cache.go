package store

import (
	"context"
	"sync"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// CachedLocations keeps single locations for a while: every move request
// looks up its two locations, and locations change rarely (a disablement
// showing up a minute late is harmless). Lists are not cached.
type CachedLocations struct {
	inner ports.Locations
	ttl   time.Duration
	now   func() time.Time

	mu      sync.RWMutex
	entries map[string]cachedLocation
}

type cachedLocation struct {
	loc     reference.Location
	expires time.Time
}

// NewCachedLocations wraps inner with a cache of ttl.
func NewCachedLocations(inner ports.Locations, ttl time.Duration) *CachedLocations {
	return &CachedLocations{inner: inner, ttl: ttl, now: time.Now, entries: map[string]cachedLocation{}}
}

// List implements ports.Locations.
func (c *CachedLocations) List(ctx context.Context, f reference.LocationFilter, page paging.Request) (paging.Page[reference.Location], error) {
	return c.inner.List(ctx, f, page)
}

// Get implements ports.Locations. Misses (including unknown ids) go to the store.
func (c *CachedLocations) Get(ctx context.Context, id string) (reference.Location, error) {
	now := c.now()
	c.mu.RLock()
	e, ok := c.entries[id]
	c.mu.RUnlock()
	if ok && now.Before(e.expires) {
		return e.loc, nil
	}
	loc, err := c.inner.Get(ctx, id)
	if err != nil {
		return loc, err
	}
	c.mu.Lock()
	c.entries[id] = cachedLocation{loc: loc, expires: now.Add(c.ttl)}
	c.mu.Unlock()
	return loc, nil
}
