package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/core/idempotency"
)

type idempotencyRow struct {
	bun.BaseModel `bun:"table:idempotency_keys"`

	Key         string    `bun:"key,pk"`
	Fingerprint string    `bun:"fingerprint"`
	Status      *int      `bun:"status"`
	ContentType *string   `bun:"content_type"`
	Body        *string   `bun:"body"`
	CreatedAt   time.Time `bun:"created_at"`
}

func (r idempotencyRow) domain() *idempotency.Record {
	rec := &idempotency.Record{Key: r.Key, Fingerprint: r.Fingerprint, CreatedAt: r.CreatedAt.UTC()}
	if r.Status != nil {
		rec.Response = &idempotency.Response{Status: *r.Status, ContentType: deref(r.ContentType), Body: []byte(deref(r.Body))}
	}
	return rec
}

// IdempotencyKeys implements ports.IdempotencyKeys in the database, so every
// instance of the service sharing it sees the same keys.
type IdempotencyKeys struct{ db *DB }

// NewIdempotencyKeys builds the store.
func NewIdempotencyKeys(db *DB) *IdempotencyKeys { return &IdempotencyKeys{db: db} }

// Reserve implements ports.IdempotencyKeys. The insert is the lock: of two
// requests racing with one key, exactly one inserts.
func (s *IdempotencyKeys) Reserve(ctx context.Context, r idempotency.Record) (*idempotency.Record, error) {
	row := idempotencyRow{Key: r.Key, Fingerprint: r.Fingerprint, CreatedAt: r.CreatedAt.UTC()}
	res, err := s.db.NewInsert().Model(&row).On("CONFLICT (key) DO NOTHING").Exec(ctx)
	if err != nil {
		return nil, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return nil, err
	}
	var held idempotencyRow
	if err := s.db.NewSelect().Model(&held).Where("key = ?", r.Key).Scan(ctx); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			// Released between our insert and select: try once more.
			return s.Reserve(ctx, r)
		}
		return nil, err
	}
	return held.domain(), nil
}

// Replace implements ports.IdempotencyKeys.
func (s *IdempotencyKeys) Replace(ctx context.Context, old, r idempotency.Record) error {
	res, err := s.db.NewUpdate().Model((*idempotencyRow)(nil)).
		Set("fingerprint = ?", r.Fingerprint).Set("status = NULL").Set("content_type = NULL").Set("body = NULL").
		Set("created_at = ?", r.CreatedAt.UTC()).
		Where("key = ? AND created_at = ?", old.Key, old.CreatedAt.UTC()).Exec(ctx)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		if err != nil {
			return err
		}
		return idempotency.ConflictError(r.Key)
	}
	return nil
}

// Complete implements ports.IdempotencyKeys.
func (s *IdempotencyKeys) Complete(ctx context.Context, key string, resp idempotency.Response) error {
	body := string(resp.Body)
	_, err := s.db.NewUpdate().Model((*idempotencyRow)(nil)).
		Set("status = ?", resp.Status).Set("content_type = ?", resp.ContentType).Set("body = ?", body).
		Where("key = ?", key).Exec(ctx)
	return err
}

// Release implements ports.IdempotencyKeys.
func (s *IdempotencyKeys) Release(ctx context.Context, key string) error {
	_, err := s.db.NewDelete().Model((*idempotencyRow)(nil)).Where("key = ?", key).Exec(ctx)
	return err
}
