// Package access holds what a consumer is allowed to see.
package access

import (
	"context"
	"slices"
)

// Filters restrict the data a consumer may see. A nil Prisons means no
// restriction; an empty, non-nil Prisons means no prison at all.
type Filters struct {
	Prisons []string
}

// Unrestricted is the zero Filters: everything is visible.
var Unrestricted = Filters{}

// HasPrisonFilter reports whether prison data is restricted at all.
func (f Filters) HasPrisonFilter() bool { return f.Prisons != nil }

// AllowsPrison reports whether data held in prisonID may be shown.
func (f Filters) AllowsPrison(prisonID string) bool {
	if f.Prisons == nil {
		return true
	}
	return prisonID != "" && slices.Contains(f.Prisons, prisonID)
}

type filtersKey struct{}

// WithFilters attaches a consumer's filters to a request context.
func WithFilters(ctx context.Context, f Filters) context.Context {
	return context.WithValue(ctx, filtersKey{}, f)
}

// FiltersFrom returns the filters attached to ctx, or Unrestricted when none are.
func FiltersFrom(ctx context.Context) Filters {
	if f, ok := ctx.Value(filtersKey{}).(Filters); ok {
		return f
	}
	return Unrestricted
}
