package ttlcache_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/ttlcache"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestEntriesExpireAfterTheTTL(t *testing.T) {
	t.Parallel()
	c := &clock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	cache := ttlcache.New[string, int](time.Second, c.now)
	cache.Put("a", 1)
	if v, ok := cache.Get("a"); !ok || v != 1 {
		t.Fatalf("Get = %v, %v; want 1, true", v, ok)
	}
	c.t = c.t.Add(999 * time.Millisecond)
	if _, ok := cache.Get("a"); !ok {
		t.Fatal("expired before its ttl")
	}
	c.t = c.t.Add(time.Millisecond)
	if _, ok := cache.Get("a"); ok {
		t.Fatal("still there after its ttl")
	}
}

func TestExpiredEntriesAreSwept(t *testing.T) {
	t.Parallel()
	c := &clock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	cache := ttlcache.New[int, int](time.Second, c.now)
	for i := range 63 {
		cache.Put(i, i)
	}
	c.t = c.t.Add(time.Second)
	cache.Put(1000, 1) // the 64th entry triggers a sweep of the 63 expired ones
	if n := cache.Len(); n != 1 {
		t.Fatalf("%d entries after the sweep, want 1", n)
	}
}

func TestLoadKeepsSuccessesOnly(t *testing.T) {
	t.Parallel()
	cache := ttlcache.New[string, int](time.Minute, time.Now)
	calls := 0
	fail := errors.New("upstream down")
	load := func(err error) func(context.Context) (int, error) {
		return func(context.Context) (int, error) { calls++; return 7, err }
	}
	if _, err := cache.Load(t.Context(), "k", load(fail)); !errors.Is(err, fail) {
		t.Fatalf("Load = %v, want the load's error", err)
	}
	for range 2 {
		if v, err := cache.Load(t.Context(), "k", load(nil)); err != nil || v != 7 {
			t.Fatalf("Load = %v, %v", v, err)
		}
	}
	if calls != 2 {
		t.Errorf("%d loads, want 2: the failure retried, the success kept", calls)
	}
}
