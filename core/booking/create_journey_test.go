package booking_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

type journeyClock struct{}

func (journeyClock) Now() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }

type journeyIDs struct{}

func (journeyIDs) NewID() string { return "id" }

// The supplier of a new journey: a supplier caller's own (naming another is a
// 422), else the one a full-access caller names (if known), else the move's.
func TestCreateJourneySupplier(t *testing.T) {
	t.Parallel()
	serco := reference.Supplier{ID: "serco", Name: "Serco"}
	geo := reference.Supplier{ID: "geo", Name: "GEOAmey"}
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name         string
		caller       *booking.Caller
		requested    string
		wantSupplier string
		wantErr      string
	}{
		{name: "full access: the move's supplier", wantSupplier: "move-supplier"},
		{name: "full access naming a known supplier", requested: "geo", wantSupplier: "geo"},
		{name: "full access naming an unknown supplier", requested: "nobody", wantErr: "supplier/invalid"},
		{name: "supplier: its own", caller: &booking.Caller{Supplier: &serco}, wantSupplier: "serco"},
		{name: "supplier naming itself", caller: &booking.Caller{Supplier: &serco}, requested: "serco", wantSupplier: "serco"},
		{name: "supplier naming another", caller: &booking.Caller{Supplier: &serco}, requested: "geo", wantErr: "supplier/invalid"},
		{name: "supplier on a move it may not see", caller: &booking.Caller{Supplier: &geo}, wantErr: "not found"},
		{name: "unknown location too", caller: &booking.Caller{Supplier: &serco}, requested: "geo", wantErr: "from_location/blank,supplier/invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, err := moves.New("move", "e", "AHN7936K", moves.Draft{MoveType: "prison_remand", FromLocationID: "court", ToLocationID: "prison",
				SupplierID: "move-supplier", Attributes: moves.Attributes{Date: &day}}, moves.Context{}, day)
			require.NoError(t, err)
			moveRepo := portsmocks.NewMoves(t)
			moveRepo.EXPECT().Get(mock.Anything, "move").Return(m, nil)
			locations := portsmocks.NewLocations(t)
			from := "court"
			if tt.name == "unknown location too" {
				from = "nowhere"
			}
			// Serco serves the move's locations, so it may see the move.
			locations.EXPECT().Get(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, id string) (reference.Location, error) {
				if id == "nowhere" {
					return reference.Location{}, apperr.New(apperr.NotFound, "no")
				}
				return reference.Location{ID: id, SupplierIDs: []string{"serco"}}, nil
			})
			ref := portsmocks.NewReferenceData(t)
			ref.EXPECT().Supplier(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, id string) (reference.Supplier, error) {
				if id == "geo" {
					return reference.Supplier{ID: "geo"}, nil
				}
				return reference.Supplier{}, apperr.New(apperr.NotFound, "no")
			}).Maybe()
			repo := portsmocks.NewJourneys(t)
			if tt.wantErr == "" {
				repo.EXPECT().Create(mock.Anything, mock.Anything, mock.Anything).Return(nil)
			}
			uc := booking.NewCreateJourney(booking.JourneyPorts{Journeys: repo, Moves: moveRepo, Locations: locations, Reference: ref, Clock: journeyClock{}, IDs: journeyIDs{}})
			ctx := context.Background()
			if tt.caller != nil {
				ctx = booking.WithCaller(ctx, *tt.caller)
			}
			j, err := uc.Create(ctx, journeys.Draft{MoveID: "move", FromLocationID: from, ToLocationID: "prison", Timestamp: day}, tt.requested)
			if tt.wantErr == "not found" {
				require.True(t, apperr.Is(err, apperr.NotFound), "%v", err)
				return
			}
			if tt.wantErr != "" {
				e, ok := apperr.As(err)
				require.True(t, ok, "%v", err)
				got := ""
				for i, f := range e.Fields {
					if i > 0 {
						got += ","
					}
					got += f.Field + "/" + f.Code
				}
				assert.Equal(t, tt.wantErr, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantSupplier, j.Snapshot().SupplierID)
			assert.Equal(t, &day, j.Snapshot().Date, "the move's date by default")
		})
	}
}
