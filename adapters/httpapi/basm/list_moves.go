package basm

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/moves"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// ListMoves implements GET /api/moves.
func (s *Server) ListMoves(ctx context.Context, req api.ListMovesRequestObject) (api.ListMovesResponseObject, error) {
	p := req.Params
	f := api.MoveFilter{
		CancellationReason: p.FilterCancellationReason, CreatedAtFrom: p.FilterCreatedAtFrom, CreatedAtTo: p.FilterCreatedAtTo,
		DateFrom: p.FilterDateFrom, DateTo: p.FilterDateTo, DateOfBirthFrom: p.FilterDateOfBirthFrom, DateOfBirthTo: p.FilterDateOfBirthTo,
		FromLocationId: p.FilterFromLocationId, HasRelationshipToAllocation: p.FilterHasRelationshipToAllocation,
		LocationId: p.FilterLocationId, LocationType: p.FilterLocationType, MoveType: p.FilterMoveType, PersonId: p.FilterPersonId,
		ProfileId: p.FilterProfileId, ReadyForTransit: p.FilterReadyForTransit, RecallDate: p.FilterRecallDate,
		Reference: p.FilterReference, RejectionReason: p.FilterRejectionReason, Status: p.FilterStatus,
		SupplierId: p.FilterSupplierId, ToLocationId: p.FilterToLocationId,
	}
	doc, err := s.listMoves(ctx, f, (*string)(p.SortBy), (*string)(p.SortDirection), p.Include, p.Page, p.PerPage)
	if err != nil {
		return nil, err
	}
	return api.ListMoves200ApplicationVndAPIPlusJSONResponse(doc), nil
}

// listMoves serves both listings: the filters come from the query string or the body.
func (s *Server) listMoves(ctx context.Context, raw api.MoveFilter, by, direction, include *string, page, perPage *int) (api.MoveCollection, error) {
	inc, err := includes(include, movesIncludes...)
	if err != nil {
		return api.MoveCollection{}, err
	}
	filter, err := moveFilter(raw)
	if err != nil {
		return api.MoveCollection{}, err
	}
	sort, err := moves.ParseSort(value(by), value(direction))
	if err != nil {
		return api.MoveCollection{}, err
	}
	pr, err := pageRequest(page, perPage)
	if err != nil {
		return api.MoveCollection{}, err
	}
	result, err := s.uc.Moves.List.List(ctx, filter, sort, pr)
	if err != nil {
		return api.MoveCollection{}, err
	}
	data := make([]api.Move, len(result.Items))
	for i, m := range result.Items {
		data[i] = toMove(m, false)
	}
	included, err := s.moveIncluded(ctx, inc, result.Items...)
	if err != nil {
		return api.MoveCollection{}, err
	}
	links, meta := paginationOf(requestFrom(ctx), result)
	return api.MoveCollection{Data: data, Included: included, Links: links, Meta: meta}, nil
}

// moveFilter checks the §3 filters: dates must be dates, list members known
// values, move_type a single known type; failures take the params-validator
// form (422 "Invalid date_from").
func moveFilter(raw api.MoveFilter) (moves.Filter, error) {
	var f moves.Filter
	var err error
	for _, d := range []struct {
		attr string
		v    *string
		dst  **time.Time
	}{
		{"date_from", raw.DateFrom, &f.DateFrom}, {"date_to", raw.DateTo, &f.DateTo},
		{"created_at_from", raw.CreatedAtFrom, &f.CreatedAtFrom}, {"created_at_to", raw.CreatedAtTo, &f.CreatedAtTo},
		{"date_of_birth_from", raw.DateOfBirthFrom, &f.DateOfBirthFrom}, {"date_of_birth_to", raw.DateOfBirthTo, &f.DateOfBirthTo},
	} {
		if *d.dst, err = parseDay(d.attr, d.v); err != nil {
			return f, err
		}
	}
	if f.Statuses, err = parseEach(raw.Status, "status", moves.ParseStatus); err != nil {
		return f, err
	}
	if f.CancellationReasons, err = parseEach(raw.CancellationReason, "cancellation_reason", moves.ParseCancellationReason); err != nil {
		return f, err
	}
	if f.RejectionReasons, err = parseEach(raw.RejectionReason, "rejection_reason", moves.ParseRejectionReason); err != nil {
		return f, err
	}
	if raw.MoveType != nil && *raw.MoveType != "" {
		if f.MoveType, err = moves.ParseType(*raw.MoveType); err != nil {
			return f, moves.ParamError("move_type", "Move type is not included in the list")
		}
	}
	f.LocationType = value(raw.LocationType)
	f.FromLocationIDs = splitList(raw.FromLocationId)
	f.ToLocationIDs = splitList(raw.ToLocationId)
	f.LocationIDs = splitList(raw.LocationId)
	f.SupplierIDs = splitList(raw.SupplierId)
	f.ProfileIDs = splitList(raw.ProfileId)
	f.PersonID = value(raw.PersonId)
	f.References = splitList(raw.Reference)
	f.HasAllocation = raw.HasRelationshipToAllocation
	f.ReadyForTransit = raw.ReadyForTransit
	return f, nil
}

func parseEach[T any](raw *string, attr string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, v := range splitList(raw) {
		t, err := parse(v)
		if err != nil {
			return nil, moves.ParamError(attr, humanise(attr)+" is not included in the list")
		}
		out = append(out, t)
	}
	return out, nil
}
