package booking_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
)

// memoryMoves keeps moves in memory; duplicate answers what the test sets.
type memoryMoves struct {
	created   []*moves.Move
	duplicate string
}

func (f *memoryMoves) Create(_ context.Context, m *moves.Move) error {
	f.created = append(f.created, m)
	return nil
}

func (f *memoryMoves) Get(_ context.Context, id string) (*moves.Move, error) {
	for _, m := range f.created {
		if m.ID() == id {
			return m, nil
		}
	}
	return nil, apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=%s", id)
}

func (f *memoryMoves) Update(ctx context.Context, id string, fn func(context.Context, *moves.Move) error) (*moves.Move, error) {
	m, err := f.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return m, fn(ctx, m)
}

func (f *memoryMoves) List(context.Context, moves.Filter, moves.Sort, paging.Request) (paging.Page[*moves.Move], error) {
	return paging.Page[*moves.Move]{}, nil
}
func (f *memoryMoves) ReferenceTaken(context.Context, string) (bool, error) { return false, nil }
func (f *memoryMoves) RebookOf(context.Context, string) (string, error)     { return "", nil }
func (f *memoryMoves) Duplicate(context.Context, moves.Snapshot, string) (string, error) {
	return f.duplicate, nil
}

type moveLocations map[string]reference.Location

func (f moveLocations) List(context.Context, reference.LocationFilter, paging.Request) (paging.Page[reference.Location], error) {
	return paging.Page[reference.Location]{}, nil
}

func (f moveLocations) Get(_ context.Context, id string) (reference.Location, error) {
	if l, ok := f[id]; ok {
		return l, nil
	}
	return reference.Location{}, apperr.New(apperr.NotFound, "Couldn't find Location with 'id'=%s", id)
}

type moveProfiles map[string]moves.Profile

func (f moveProfiles) MoveProfile(_ context.Context, id string) (moves.Profile, error) {
	if p, ok := f[id]; ok {
		return p, nil
	}
	return moves.Profile{}, apperr.New(apperr.NotFound, "Couldn't find Profile with 'id'=%s", id)
}

type moveClock struct{}

func (moveClock) Now() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }

type moveIDs struct{ n int }

func (c *moveIDs) NewID() string { c.n++; return fmt.Sprintf("id-%d", c.n) }

func TestCreateMove(t *testing.T) {
	t.Parallel()
	serco := reference.Supplier{ID: "serco", Key: "serco", Name: "Serco"}
	geo := reference.Supplier{ID: "geo", Key: "geoamey", Name: "GEOAmey"}
	locations := moveLocations{
		"court":  {ID: "court", Type: reference.Court, SupplierIDs: []string{"serco"}},
		"prison": {ID: "prison", Type: reference.Prison, SupplierIDs: []string{"geo"}},
		"lonely": {ID: "lonely", Type: reference.Court},
	}
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	draft := func(from string) moves.Draft {
		return moves.Draft{MoveType: "prison_remand", FromLocationID: from, ToLocationID: "prison",
			Attributes: moves.Attributes{Date: &day, ProfileID: "prof"}}
	}
	tests := []struct {
		name         string
		caller       *booking.Caller
		draft        moves.Draft
		duplicate    string
		wantSupplier string
		wantCreated  string
		wantErr      string
	}{
		{name: "frontend: the supplier serving the start", draft: draft("court"), wantSupplier: "serco"},
		{name: "supplier caller: its own", caller: &booking.Caller{Supplier: &geo, User: "jo"}, draft: draft("court"), wantSupplier: "geo", wantCreated: "jo"},
		{name: "supplier name when no user", caller: &booking.Caller{Supplier: &serco}, draft: draft("court"), wantSupplier: "serco", wantCreated: "Serco"},
		{name: "no supplier to be found", draft: draft("lonely"), wantErr: "supplier/blank"},
		{name: "duplicate", draft: draft("court"), duplicate: "other-move", wantErr: "date/taken"},
		{name: "unknown location", draft: draft("nowhere"), wantErr: "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			repo := &memoryMoves{duplicate: tt.duplicate}
			uc := booking.NewCreateMove(booking.MovePorts{Moves: repo, Locations: locations,
				Profiles: moveProfiles{"prof": {ID: "prof", PersonID: "person", MoveSupported: true}}, Clock: moveClock{}, IDs: &moveIDs{}})
			ctx := context.Background()
			if tt.caller != nil {
				ctx = booking.WithCaller(ctx, *tt.caller)
			}
			m, err := uc.Create(ctx, tt.draft)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Empty(t, repo.created, "nothing stored")
				e, _ := apperr.As(err)
				require.NotNil(t, e)
				if tt.wantErr == "not_found" {
					assert.Equal(t, apperr.NotFound, e.Kind)
					return
				}
				require.NotEmpty(t, e.Fields)
				assert.Equal(t, tt.wantErr, e.Fields[0].Field+"/"+e.Fields[0].Code)
				if e.Fields[0].Code == "taken" {
					assert.Equal(t, map[string]any{"existing_id": "other-move"}, e.Fields[0].Meta)
				}
				return
			}
			require.NoError(t, err)
			require.Len(t, repo.created, 1)
			assert.Equal(t, tt.wantSupplier, m.Snapshot().SupplierID)
			created := m.Events()[0]
			assert.Equal(t, moves.MoveRequested, created.Type)
			assert.Equal(t, tt.wantCreated, created.CreatedBy)
		})
	}
}
