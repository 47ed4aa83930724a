package basm

import (
	"context"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

var locationIncludes = []string{"suppliers"}

// ListLocations implements GET /api/reference/locations.
func (s *Server) ListLocations(ctx context.Context, req api.ListLocationsRequestObject) (api.ListLocationsResponseObject, error) {
	p := req.Params
	include, err := includes(p.Include, locationIncludes...)
	if err != nil {
		return nil, err
	}
	page, err := pageRequest(p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	filter := reference.LocationFilter{
		LocationTypes:            splitList(p.FilterLocationType),
		NomisAgencyIDs:           splitList(p.FilterNomisAgencyId),
		SupplierIDs:              splitList(p.FilterSupplierId),
		LocationIDs:              splitList(p.FilterLocationId),
		YoungOffenderInstitution: p.FilterYoungOffenderInstitution,
		ExtraditionCapable:       p.FilterExtraditionCapable,
	}
	result, err := s.uc.Locations.List(ctx, filter, page)
	if err != nil {
		return nil, err
	}
	data := make([]api.Location, len(result.Items))
	for i, l := range result.Items {
		data[i] = toLocation(l)
	}
	included, err := s.locationIncluded(ctx, include, result.Items...)
	if err != nil {
		return nil, err
	}
	links, meta := paginationOf(requestFrom(ctx), result)
	return api.ListLocations200ApplicationVndAPIPlusJSONResponse{Data: data, Included: included, Links: links, Meta: meta}, nil
}

// GetLocation implements GET /api/reference/locations/{id}.
func (s *Server) GetLocation(ctx context.Context, req api.GetLocationRequestObject) (api.GetLocationResponseObject, error) {
	include, err := includes(req.Params.Include, locationIncludes...)
	if err != nil {
		return nil, err
	}
	loc, err := s.uc.Locations.Get(ctx, req.Id.String())
	if err != nil {
		return nil, err
	}
	included, err := s.locationIncluded(ctx, include, loc)
	if err != nil {
		return nil, err
	}
	return api.GetLocation200ApplicationVndAPIPlusJSONResponse{Data: toLocation(loc), Included: included}, nil
}

func (s *Server) locationIncluded(ctx context.Context, include map[string]bool, locs ...reference.Location) (*[]api.IncludedResource, error) {
	if !include["suppliers"] {
		return nil, nil
	}
	seen := map[string]bool{}
	out := []api.IncludedResource{}
	for _, l := range locs {
		for _, id := range l.SupplierIDs {
			if seen[id] {
				continue
			}
			seen[id] = true
			sup, err := s.uc.Reference.Supplier(ctx, id)
			if err != nil {
				return nil, err
			}
			out = append(out, api.IncludedResource{"id": sup.ID, "type": "suppliers", "attributes": map[string]any{"name": sup.Name, "key": sup.Key}})
		}
	}
	return &out, nil
}

func toLocation(l reference.Location) api.Location {
	suppliers := make([]api.ResourceIdentifier, len(l.SupplierIDs))
	for i, id := range l.SupplierIDs {
		suppliers[i] = api.ResourceIdentifier{Id: uuid.MustParse(id), Type: "suppliers"}
	}
	extradition := l.ExtraditionCapable
	loc := api.Location{
		Id:   uuid.MustParse(l.ID),
		Type: "locations",
		Attributes: api.LocationAttributes{
			Key:                      l.Key,
			Title:                    l.Title,
			LocationType:             api.LocationType(l.Type),
			NomisAgencyId:            optional(l.NomisAgencyID),
			CanUploadDocuments:       l.CanUploadDocuments,
			YoungOffenderInstitution: l.YoungOffenderInstitution,
			Premise:                  optional(l.Premise),
			Locality:                 optional(l.Locality),
			City:                     optional(l.City),
			Country:                  optional(l.Country),
			Postcode:                 optional(l.Postcode),
			Latitude:                 l.Latitude,
			Longitude:                l.Longitude,
			CreatedAt:                jsonTime(l.CreatedAt),
			DisabledAt:               jsonTimePtr(l.DisabledAt),
			ExtraditionCapable:       &extradition,
		},
	}
	loc.Relationships.Suppliers = api.ToManyRelationship{Data: suppliers}
	return loc
}
