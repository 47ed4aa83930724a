package access

import (
	"math"
	"sync"
	"time"

	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
)

// bucket is a token bucket for one consumer: it starts full at burst and
// refills at perSecond. Small enough to keep here rather than add a module.
type bucket struct {
	mu        sync.Mutex
	perSecond float64
	burst     float64
	tokens    float64
	last      time.Time
}

func newBucket(limit coreaccess.RateLimit, now time.Time) *bucket {
	return &bucket{perSecond: limit.PerSecond, burst: float64(limit.Burst), tokens: float64(limit.Burst), last: now}
}

// take spends one token if there is one; otherwise it says how long until
// there will be.
func (b *bucket) take(now time.Time) (bool, time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if elapsed := now.Sub(b.last); elapsed > 0 {
		b.tokens = math.Min(b.burst, b.tokens+elapsed.Seconds()*b.perSecond)
		b.last = now
	}
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := (1 - b.tokens) / b.perSecond
	return false, time.Duration(wait * float64(time.Second))
}

// retryAfterSeconds rounds a wait up to whole seconds, at least one, as the
// Retry-After header counts them.
func retryAfterSeconds(wait time.Duration) int {
	return max(1, int(math.Ceil(wait.Seconds())))
}
