package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/uptrace/bun"

	"github.com/ministryofjustice/hmpps-backbone/adapters/simulator"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store"
	"github.com/ministryofjustice/hmpps-backbone/adapters/store/storetest"
	"github.com/ministryofjustice/hmpps-backbone/adapters/tokens"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/oauth"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
)

// benchEngine is PostgreSQL when a test server is configured (make bench
// under .ci/with-services.sh), else SQLite.
func benchEngine() store.Engine {
	if os.Getenv("TEST_POSTGRES_DSN") != "" {
		return store.Postgres
	}
	return store.SQLite
}

// benchApp is the whole service on a real listener.
type benchApp struct {
	url    string
	header map[string]string // a full-access caller's
	dsn    string
	db     *store.DB // the service's own connection pool
}

// benchService starts the whole service on a real listener, as startService
// does for tests.
func benchService(b testing.TB, engine store.Engine) benchApp {
	b.Helper()
	sim := httptest.NewServer(simulator.New(simulator.DefaultWorld()))
	b.Cleanup(sim.Close)
	key, err := tokens.GenerateSigningKey()
	if err != nil {
		b.Fatal(err)
	}
	pem, err := key.MarshalPEM()
	if err != nil {
		b.Fatal(err)
	}
	keyFile := filepath.Join(b.TempDir(), "key.pem")
	if err := os.WriteFile(keyFile, pem, 0o600); err != nil {
		b.Fatal(err)
	}
	dsn := storetest.DSN(b, engine)
	env := map[string]string{
		"SIMULATOR": "off", "HMPPS_AUTH_URL": sim.URL + "/auth", "DATABASE_URL": dsn, "LOG_LEVEL": "error",
		"HMPPS_AUTH_CLIENT_SECRET": "test-secret", "AUTHORISATION_FILE": "testdata/authorisation.yaml", "OAUTH_SIGNING_KEY_FILE": keyFile,
	}
	for _, k := range upstreamEnv {
		env[k] = sim.URL
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	if err != nil {
		b.Fatal(err)
	}
	a, err := newApp(context.Background(), cfg, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = a.Close() })
	srv := httptest.NewServer(a.handler)
	b.Cleanup(srv.Close)
	tok, err := tokens.NewSigner(key, tokenSettings(cfg)).Sign(context.Background(), oauth.Client{ID: "frontend"}, []string{"read", "write"}, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	return benchApp{url: srv.URL, header: map[string]string{
		"Authorization": "Bearer " + tok.Value, "Accept": "application/vnd.api+json; version=2",
		"Content-Type": "application/vnd.api+json",
	}, dsn: dsn, db: a.db}
}

func benchDo(b testing.TB, c *http.Client, method, url, body string, header map[string]string, want int) []byte {
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := c.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		b.Fatalf("%s %s: %d %s", method, url, resp.StatusCode, data)
	}
	return data
}

// lifecycleClients is how many clients run cycles at once: the service and
// the raw SQL are both measured under the same concurrency.
const lifecycleClients = 4

// BenchmarkMoveLifecycleHTTP: create → accept → start → complete over HTTP,
// each with its Idempotency-Key, reported as cycles per second.
func BenchmarkMoveLifecycleHTTP(b *testing.B) {
	app := benchService(b, benchEngine())
	url, header := app.url, app.header
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	create := `{"data":{"type":"moves","attributes":{"date":"2030-01-01","move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
	b.SetParallelism(lifecycleClients)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			body := benchDo(b, c, http.MethodPost, url+"/api/moves", create, header, http.StatusCreated)
			id := string(body[strings.Index(string(body), `"id":"`)+6:][:36])
			for _, step := range []string{"accept", "start", "complete"} {
				benchDo(b, c, http.MethodPost, url+"/api/moves/"+id+"/"+step, `{"data":{"type":"`+step+`s","attributes":{"timestamp":"2030-01-01T09:00:00Z"}}}`, header, http.StatusNoContent)
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "cycles/s")
}

// BenchmarkMoveLifecycleRawSQL: the same rows written by hand-written SQL (one
// transaction per step, as the service does), the ceiling the service is
// compared with.
func BenchmarkMoveLifecycleRawSQL(b *testing.B) {
	ctx := context.Background()
	db := storetest.Open(b, benchEngine())
	now := time.Now().UTC()
	step := func(stmts ...func(tx bun.Tx) error) {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		for _, stmt := range stmts {
			if err := stmt(tx); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	exec := func(query string, args ...any) func(tx bun.Tx) error {
		return func(tx bun.Tx) error { _, err := tx.ExecContext(ctx, query, args...); return err }
	}
	b.SetParallelism(lifecycleClients)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := uuid.NewString()
			step(
				exec(`INSERT INTO moves (id, reference, move_type, status, initial_status, from_location_id, to_location_id, date, created_at, updated_at) VALUES (?, ?, 'prison_remand', 'requested', 'requested', ?, ?, '2030-01-01', ?, ?)`, id, id, hudrycID, bsiID, now, now),
				exec(`INSERT INTO events (id, eventable_type, eventable_id, event_type, occurred_at, recorded_at, seq) VALUES (?, 'moves', ?, 'MoveRequested', ?, ?, 0)`, uuid.NewString(), id, now, now),
			)
			for seq, status := range []string{"booked", "in_transit", "completed"} {
				step(
					exec(`UPDATE moves SET status = ?, updated_at = ? WHERE id = ?`, status, now, id),
					exec(`INSERT INTO events (id, eventable_type, eventable_id, event_type, occurred_at, recorded_at, seq) VALUES (?, 'moves', ?, 'MoveAccept', ?, ?, ?)`, uuid.NewString(), id, now, now, seq+1),
				)
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "cycles/s")
}

// BenchmarkListMovesWithIncludes: a page of 20 of 10 000 moves with their
// profiles, people and locations; reports the p99 latency.
func BenchmarkListMovesWithIncludes(b *testing.B) {
	app := benchService(b, benchEngine())
	url, header := app.url, app.header
	seedMoves(b, app.dsn, 10000)
	c := &http.Client{}
	var took []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		page := i%50 + 1
		t0 := time.Now()
		benchDo(b, c, http.MethodGet, fmt.Sprintf("%s/api/moves?include=profile.person,from_location,to_location&per_page=20&page=%d", url, page), "", header, http.StatusOK)
		took = append(took, time.Since(t0))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
}

// seedMoves writes n moves, each with its own person and profile, straight
// through the store.
func seedMoves(b *testing.B, dsn string, n int) {
	b.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = db.Close() }()
	peopleRepo, movesRepo := store.NewPeople(db), store.NewMoves(db)
	now := time.Now().UTC()
	day := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		p, err := people.New(uuid.NewString(), people.Details{FirstNames: "FRED", LastName: fmt.Sprintf("BLOGGS%d", i)}, now)
		if err != nil {
			b.Fatal(err)
		}
		if err := peopleRepo.Create(ctx, p); err != nil {
			b.Fatal(err)
		}
		profileID := uuid.NewString()
		if _, err := db.ExecContext(ctx, "INSERT INTO profiles (id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?)", profileID, p.ID, now, now); err != nil {
			b.Fatal(err)
		}
		date := day.AddDate(0, 0, i%365)
		m, err := moves.New(uuid.NewString(), uuid.NewString(), fmt.Sprintf("S%07d", i), moves.Draft{
			MoveType: "prison_remand", FromLocationID: hudrycID, ToLocationID: bsiID, SupplierID: "869fbcd3-f2fb-4ae4-8b7b-d021f60a1791",
			Attributes: moves.Attributes{Date: &date, ProfileID: profileID},
		}, moves.Context{}, now)
		if err != nil {
			b.Fatal(err)
		}
		if err := movesRepo.Create(ctx, m); err != nil {
			b.Fatal(err)
		}
	}
}

// statementLog records every statement the service sends to its database,
// BEGIN and COMMIT included (bun reports them to hooks too).
type statementLog struct {
	mu    sync.Mutex
	stmts []string
}

func (l *statementLog) BeforeQuery(ctx context.Context, e *bun.QueryEvent) context.Context {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stmts = append(l.stmts, e.Query)
	return ctx
}

func (l *statementLog) AfterQuery(context.Context, *bun.QueryEvent) {}

func (l *statementLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.stmts
	l.stmts = nil
	return out
}

// lifecycleStatements runs one create → accept → start → complete cycle and
// returns the statements each step sent to the database.
func lifecycleStatements(t testing.TB, app benchApp) map[string][]string {
	t.Helper()
	log := &statementLog{}
	// The app's repositories hold this *bun.DB: WithQueryHook's copy would see nothing.
	app.db.AddQueryHook(log) //nolint:staticcheck // see above

	c := &http.Client{}
	create := `{"data":{"type":"moves","attributes":{"date":"2030-01-01","move_type":"prison_remand"},"relationships":{"from_location":{"data":{"type":"locations","id":"` + hudrycID + `"}},"to_location":{"data":{"type":"locations","id":"` + bsiID + `"}}}}}`
	// Warm the location cache, as a running service has it.
	benchDo(t, c, http.MethodPost, app.url+"/api/moves", create, app.header, http.StatusCreated)
	log.take()
	out := map[string][]string{}
	body := benchDo(t, c, http.MethodPost, app.url+"/api/moves", create, app.header, http.StatusCreated)
	out["create"] = log.take()
	id := string(body[strings.Index(string(body), `"id":"`)+6:][:36])
	for _, step := range []string{"accept", "start", "complete"} {
		benchDo(t, c, http.MethodPost, app.url+"/api/moves/"+id+"/"+step, `{"data":{"type":"`+step+`s","attributes":{"timestamp":"2030-01-01T09:00:00Z"}}}`, app.header, http.StatusNoContent)
		out[step] = log.take()
	}
	return out
}

// The statements one lifecycle step costs, BEGIN and COMMIT included: the
// service waits on these round trips, so one more is a deliberate change.
// Per move event: Idempotency-Key reservation, BEGIN, the move locked, its
// events (one joined statement on SQLite, which has no row locks), visibility
// checked there, the move and its new event in one statement on PostgreSQL
// (two on SQLite), COMMIT, the stored response. Create: reservation, reference
// check, move and event in one statement on PostgreSQL (a transaction of two
// on SQLite), stored response.
func TestMoveLifecycleStatementsPerStep(t *testing.T) {
	forEachEngine(t, func(t *testing.T, engine store.Engine) {
		want := map[string]int{"create": 4, "accept": 7, "start": 7, "complete": 7}
		if engine == store.SQLite {
			want = map[string]int{"create": 7, "accept": 7, "start": 7, "complete": 7}
		}
		app := benchService(t, engine)
		for step, stmts := range lifecycleStatements(t, app) {
			assert.Len(t, stmts, want[step], "%s:\n  %s", step, strings.Join(stmts, "\n  "))
		}
	})
}
