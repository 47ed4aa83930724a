package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/people"
	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// MoveRelationKinds says which of the things moves point at to load.
type MoveRelationKinds struct {
	Locations, Suppliers, PrisonTransferReasons, Profiles, People bool
}

// MoveRelations are the things a set of moves points at, by id.
type MoveRelations struct {
	Locations             map[string]reference.Location
	Suppliers             map[string]reference.Supplier
	PrisonTransferReasons map[string]reference.Item
	Profiles              map[string]people.Profile
	People                map[string]people.Person
}

// LoadMoveRelations side-loads what moves point at for include, each kind
// with one lookup for the whole set: a page of 2000 moves costs the same
// number of queries as a page of one.
type LoadMoveRelations struct {
	locations ports.Locations
	reference ports.ReferenceData
	relations ports.MoveRelations
}

// NewLoadMoveRelations builds the use case.
func NewLoadMoveRelations(locations ports.Locations, reference ports.ReferenceData, relations ports.MoveRelations) *LoadMoveRelations {
	return &LoadMoveRelations{locations: locations, reference: reference, relations: relations}
}

// Load returns the relations of list that kinds asks for.
func (u *LoadMoveRelations) Load(ctx context.Context, list []*moves.Move, kinds MoveRelationKinds) (MoveRelations, error) {
	out := MoveRelations{
		Locations: map[string]reference.Location{}, Suppliers: map[string]reference.Supplier{},
		PrisonTransferReasons: map[string]reference.Item{}, Profiles: map[string]people.Profile{}, People: map[string]people.Person{},
	}
	var locations, profiles idSet
	for _, m := range list {
		s := m.Snapshot()
		locations.add(s.FromLocationID, s.ToLocationID)
		profiles.add(s.ProfileID)
	}
	locationIDs, profileIDs := locations.ids, profiles.ids
	if kinds.Locations && len(locationIDs) > 0 {
		page, err := u.locations.List(ctx, reference.LocationFilter{LocationIDs: locationIDs}, paging.Request{Page: 1, PerPage: len(locationIDs)})
		if err != nil {
			return out, err
		}
		for _, l := range page.Items {
			out.Locations[l.ID] = l
		}
	}
	if kinds.Suppliers {
		all, err := u.reference.Suppliers(ctx)
		if err != nil {
			return out, err
		}
		for _, s := range all {
			out.Suppliers[s.ID] = s
		}
	}
	if kinds.PrisonTransferReasons {
		all, err := u.reference.Items(ctx, "prison_transfer_reasons")
		if err != nil {
			return out, err
		}
		for _, r := range all {
			out.PrisonTransferReasons[r.ID] = r
		}
	}
	if (kinds.Profiles || kinds.People) && len(profileIDs) > 0 {
		found, err := u.relations.Profiles(ctx, profileIDs)
		if err != nil {
			return out, err
		}
		var personIDs idSet
		for _, p := range found {
			out.Profiles[p.ID] = p
			personIDs.add(p.PersonID)
		}
		if kinds.People {
			persons, err := u.relations.People(ctx, personIDs.ids)
			if err != nil {
				return out, err
			}
			for _, p := range persons {
				out.People[p.ID] = p
			}
		}
	}
	return out, nil
}

// idSet collects distinct ids in first-seen order.
type idSet struct {
	ids  []string
	seen map[string]bool
}

func (s *idSet) add(ids ...string) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	for _, id := range ids {
		if id != "" && !s.seen[id] {
			s.seen[id] = true
			s.ids = append(s.ids, id)
		}
	}
}
