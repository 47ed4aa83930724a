// Package optional reads the optional fields of generated upstream models,
// which oapi-codegen renders as pointers, into the zero-or-value form the core uses.
package optional

import (
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"
)

// String is *s, or "" when absent.
func String(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Date is the date as a time, or nil when absent.
func Date(d *openapi_types.Date) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
