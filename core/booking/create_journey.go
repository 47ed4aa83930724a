package booking

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/journeys"
)

// CreateJourney answers POST /api/moves/{moveId}/journeys.
type CreateJourney struct{ p JourneyPorts }

// NewCreateJourney builds the use case.
func NewCreateJourney(p JourneyPorts) *CreateJourney { return &CreateJourney{p: p} }

// Create adds a proposed journey to a move. The supplier is the caller's; a
// supplier naming another is refused, and a full-access caller may name any
// known supplier or, naming none, gets the move's. A second active journey
// over the same leg of the move is a 400 (§1.6).
func (u *CreateJourney) Create(ctx context.Context, d journeys.Draft, requestedSupplierID string) (*journeys.Journey, error) {
	m, err := u.p.move(ctx, d.MoveID)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, l := range []struct{ field, id string }{{"from_location", d.FromLocationID}, {"to_location", d.ToLocationID}} {
		errs = append(errs, u.p.location(ctx, l.field, l.id))
	}
	supplierID, err := u.supplier(ctx, requestedSupplierID, m.Snapshot().SupplierID)
	errs = append(errs, err)
	if err := joinValidation(errs...); err != nil {
		return nil, err
	}
	d.SupplierID = supplierID
	_, d.CreatedBy = actor(ctx)
	if d.Date == nil {
		d.Date = m.Snapshot().Date
	}
	now := u.p.Clock.Now()
	j, err := journeys.New(u.p.IDs.NewID(), u.p.IDs.NewID(), d, now)
	if err != nil {
		return nil, err
	}
	if err := u.p.Journeys.Create(ctx, j, j.CheckNotDuplicate); err != nil {
		return nil, err
	}
	return j, nil
}

func (u *CreateJourney) supplier(ctx context.Context, requested, moveSupplier string) (string, error) {
	invalid := apperr.Validation(apperr.FieldError{Field: "supplier", Code: "invalid", Message: "is invalid"})
	if own := callerSupplier(ctx); own != "" {
		if requested != "" && requested != own {
			return "", invalid
		}
		return own, nil
	}
	if requested == "" {
		return moveSupplier, nil
	}
	if _, err := u.p.Reference.Supplier(ctx, requested); err != nil {
		if apperr.Is(err, apperr.NotFound) {
			return "", invalid
		}
		return "", err
	}
	return requested, nil
}

// joinValidation merges field errors so the caller sees every bad field at
// once; any other error wins as it is.
func joinValidation(errs ...error) error {
	var fields []apperr.FieldError
	for _, err := range errs {
		if err == nil {
			continue
		}
		e, ok := apperr.As(err)
		if !ok || e.Kind != apperr.Unprocessable || len(e.Fields) == 0 {
			return err
		}
		fields = append(fields, e.Fields...)
	}
	if len(fields) == 0 {
		return nil
	}
	return apperr.Validation(fields...)
}
