package booking

import (
	"context"
	"slices"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// MovePorts are the ports every move use case shares.
type MovePorts struct {
	Moves     ports.Moves
	Profiles  ports.MoveProfiles
	Locations ports.Locations
	Clock     ports.Clock
	IDs       ports.IDGenerator
}

// context looks up what the move rules need: the locations and the profile.
// Unknown ids are 404s, as in the original ("Couldn't find Location with 'id'=…").
func (p MovePorts) context(ctx context.Context, fromID, toID, profileID string) (moves.Context, error) {
	var c moves.Context
	for _, l := range []struct {
		id  string
		dst **reference.Location
	}{{fromID, &c.From}, {toID, &c.To}} {
		if l.id == "" {
			continue
		}
		loc, err := p.Locations.Get(ctx, l.id)
		if err != nil {
			return c, err
		}
		*l.dst = &loc
	}
	if profileID != "" {
		prof, err := p.Profiles.MoveProfile(ctx, profileID)
		if err != nil {
			return c, err
		}
		c.Profile = &prof
	}
	return c, nil
}

// visible reports whether the caller may see the move: a full-access caller
// sees all; a supplier sees moves it runs or that start or end at a location it
// serves (§8). Others get the same 404 as for a move that does not exist.
func visible(ctx context.Context, s moves.Snapshot, c moves.Context) error {
	caller, ok := CallerFrom(ctx)
	if !ok {
		return nil
	}
	supplier, scoped := caller.SupplierID()
	if !scoped || s.SupplierID == supplier ||
		(c.From != nil && slices.Contains(c.From.SupplierIDs, supplier)) ||
		(c.To != nil && slices.Contains(c.To.SupplierIDs, supplier)) {
		return nil
	}
	return apperr.New(apperr.NotFound, "Couldn't find Move with 'id'=%s", s.ID)
}

// load returns a move the caller may see, with its context.
func (p MovePorts) load(ctx context.Context, id string) (*moves.Move, moves.Context, error) {
	m, err := p.Moves.Get(ctx, id)
	if err != nil {
		return nil, moves.Context{}, err
	}
	c, err := p.visibleContext(ctx, m.Snapshot())
	return m, c, err
}

// visibleContext returns the locations of a move the caller may see, or the
// move's 404.
func (p MovePorts) visibleContext(ctx context.Context, s moves.Snapshot) (moves.Context, error) {
	c, err := p.context(ctx, s.FromLocationID, s.ToLocationID, "")
	if err != nil {
		return c, err
	}
	return c, visible(ctx, s, c)
}

func actor(ctx context.Context) (supplierID, createdBy string) {
	caller, ok := CallerFrom(ctx)
	if !ok {
		return "", ""
	}
	id, _ := caller.SupplierID()
	return id, caller.CreatedBy()
}
