package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

// Moves stores moves with their events.
type Moves interface {
	// Create stores a new move and its pending events.
	Create(ctx context.Context, m *moves.Move) error
	// Get returns one move with its events, or apperr.NotFound.
	Get(ctx context.Context, id string) (*moves.Move, error)
	// Update loads the move under a lock held until fn returns, lets fn change
	// it, and stores the result with its new events; when fn fails nothing is
	// stored. Concurrent updates of one move run one after the other. Location
	// and profile lookups made with fn's context run under the same lock, so
	// fn may check who can see the move before changing it.
	Update(ctx context.Context, id string, fn func(context.Context, *moves.Move) error) (*moves.Move, error)
	// List returns one page of moves (without their events) matching filter.
	List(ctx context.Context, filter moves.Filter, sort moves.Sort, page paging.Request) (paging.Page[*moves.Move], error)
	// RebookOf returns the id of the move rebooked from originalID, or "".
	RebookOf(ctx context.Context, originalID string) (string, error)
	// ReferenceTaken reports whether a move already has this reference.
	ReferenceTaken(ctx context.Context, reference string) (bool, error)
	// Duplicate returns the id of another live (not proposed, not cancelled) move
	// of the same person between the same places on the same day, or "".
	Duplicate(ctx context.Context, m moves.Snapshot, personID string) (string, error)
}

// MoveProfiles looks up the profile a move is for.
type MoveProfiles interface {
	// MoveProfile returns what the move rules need of a profile, or apperr.NotFound.
	MoveProfile(ctx context.Context, id string) (moves.Profile, error)
}

// IdempotencyKeys remembers Idempotency-Key requests and their responses.
type IdempotencyKeys interface {
	// Reserve claims r.Key for a request; when the key is already held it
	// stores nothing and returns the record holding it.
	Reserve(ctx context.Context, r idempotency.Record) (*idempotency.Record, error)
	// Replace swaps the record old for r, failing with apperr.Conflict when old
	// is no longer the record held (another request got there first).
	Replace(ctx context.Context, old, r idempotency.Record) error
	// Complete stores the response of the request holding key.
	Complete(ctx context.Context, key string, resp idempotency.Response) error
	// Release forgets key, so a failed request can be retried with it.
	Release(ctx context.Context, key string) error
}

// MoveRelations loads what moves point at, many at once, for side-loading.
type MoveRelations interface {
	// Profiles returns the profiles with these ids; unknown ids are left out.
	Profiles(ctx context.Context, ids []string) ([]people.Profile, error)
	// People returns the people with these ids, with their profile ids; unknown ids are left out.
	People(ctx context.Context, ids []string) ([]people.Person, error)
}
