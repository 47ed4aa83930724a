package booking_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/booking"
	"github.com/ministryofjustice/hmpps-backbone/core/escortrecords"
	"github.com/ministryofjustice/hmpps-backbone/core/events"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

const (
	eventPER = "6deba85f-76be-471c-9ef1-3f55182dc899"
	eventLoc = "13611e59-ac85-45cc-a479-25876b0f5568"
)

func perEvent(rels map[string]string) events.Input {
	return events.Input{EventType: "PerEscape", OccurredAt: "2020-12-03T10:51:41+00:00", RecordedAt: "2020-12-03T10:51:41+00:00",
		EventableType: events.PersonEscortRecords, EventableID: eventPER, Relationships: rels,
		Details: map[string]any{"supplier_personnel_number": "1", "vehicle_reg": "VIO-9070"}}
}

// A PER event is stamped with its id, the caller's supplier and user, stored
// as checked (vehicle_reg dropped) and read back.
func TestCreateEventStoresAPersonEscortRecordEvent(t *testing.T) {
	t.Parallel()
	store, locations, records := portsmocks.NewEvents(t), portsmocks.NewLocations(t), portsmocks.NewEscortRecords(t)
	records.EXPECT().Get(mock.Anything, eventPER).Return(&escortrecords.Record{}, nil)
	locations.EXPECT().Get(mock.Anything, eventLoc).Return(reference.Location{ID: eventLoc}, nil)
	var stored events.Event
	store.EXPECT().Append(mock.Anything, mock.Anything).RunAndReturn(func(_ context.Context, e events.Event) error {
		stored = e
		return nil
	})
	store.EXPECT().Get(mock.Anything, fixedIDs{}.NewID()).RunAndReturn(func(context.Context, string) (events.Event, error) { return stored, nil })
	u := booking.NewCreateEvent(booking.EventPorts{Events: store, Locations: locations, EscortRecords: records, IDs: fixedIDs{}})
	ctx := booking.WithCaller(context.Background(), booking.Caller{Supplier: &serco, User: "JSMITH_GEN"})

	got, err := u.Create(ctx, perEvent(map[string]string{events.Location: eventLoc}))
	require.NoError(t, err)
	assert.Equal(t, fixedIDs{}.NewID(), got.ID)
	assert.Equal(t, serco.ID, got.SupplierID)
	assert.Equal(t, "JSMITH_GEN", got.CreatedBy)
	assert.Equal(t, map[string]any{"supplier_personnel_number": "1"}, got.Details)
	assert.Equal(t, map[string]string{events.Location: eventLoc}, got.Relationships)
}

// Locations are looked up: missing or unknown is a 404 and nothing is stored
// (the Events mock fails the test on any call).
func TestCreateEventLocationNotFound(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		rels   map[string]string
		detail string
	}{
		{"missing", nil, "Couldn't find Location without an ID"},
		{"unknown", map[string]string{events.Location: eventLoc}, "Couldn't find Location with 'id'=" + eventLoc},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			locations, records := portsmocks.NewLocations(t), portsmocks.NewEscortRecords(t)
			records.EXPECT().Get(mock.Anything, eventPER).Return(&escortrecords.Record{}, nil)
			if c.rels != nil {
				locations.EXPECT().Get(mock.Anything, eventLoc).Return(reference.Location{}, apperr.New(apperr.NotFound, "Couldn't find Location with 'id'=%s", eventLoc))
			}
			u := booking.NewCreateEvent(booking.EventPorts{Events: portsmocks.NewEvents(t), Locations: locations, EscortRecords: records, IDs: fixedIDs{}})
			_, err := u.Create(context.Background(), perEvent(c.rels))
			e, ok := apperr.As(err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, apperr.NotFound, e.Kind)
			assert.Equal(t, c.detail, e.Message)
		})
	}
}

// A 422 is answered before anything is looked up.
func TestCreateEventChecksFirst(t *testing.T) {
	t.Parallel()
	u := booking.NewCreateEvent(booking.EventPorts{Events: portsmocks.NewEvents(t), Locations: portsmocks.NewLocations(t), EscortRecords: portsmocks.NewEscortRecords(t)})
	in := perEvent(nil)
	in.EventType = "PerMentalHealth"
	_, err := u.Create(context.Background(), in)
	assert.True(t, apperr.Is(err, apperr.Unprocessable), "%v", err)
}
