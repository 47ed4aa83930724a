package store

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/ttlcache"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// CachedLocations keeps single locations for a while: every move request
// looks up its two locations, and locations change rarely (a disablement
// showing up a minute late is harmless). Lists are not cached.
type CachedLocations struct {
	inner ports.Locations
	cache *ttlcache.Cache[string, reference.Location]
}

// NewCachedLocations wraps inner with a cache of ttl.
func NewCachedLocations(inner ports.Locations, ttl time.Duration) *CachedLocations {
	return &CachedLocations{inner: inner, cache: ttlcache.New[string, reference.Location](ttl, time.Now)}
}

// List implements ports.Locations.
func (c *CachedLocations) List(ctx context.Context, f reference.LocationFilter, page paging.Request) (paging.Page[reference.Location], error) {
	return c.inner.List(ctx, f, page)
}

// Get implements ports.Locations. Misses (including unknown ids) go to the store.
func (c *CachedLocations) Get(ctx context.Context, id string) (reference.Location, error) {
	return c.cache.Load(ctx, id, func(ctx context.Context) (reference.Location, error) { return c.inner.Get(ctx, id) })
}
