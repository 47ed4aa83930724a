// Package access holds what a consumer is allowed to see.
package access

import "slices"

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
