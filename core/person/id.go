// Package person knows the identifiers HMPPS uses for a person and the shapes of
// the prison and probation records behind them.
package person

import (
	"regexp"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// IDKind is the system an HMPPS id belongs to.
type IDKind int

const (
	// NOMS is a prison (NOMIS) number such as A1234AA.
	NOMS IDKind = iota + 1
	// CRN is a probation case reference number such as X00001.
	CRN
	// PNC is a Police National Computer id such as 2008/0545166T.
	PNC
)

func (k IDKind) String() string {
	switch k {
	case NOMS:
		return "NOMS"
	case CRN:
		return "CRN"
	case PNC:
		return "PNC"
	}
	return "unknown"
}

var (
	nomsShape = regexp.MustCompile(`^[A-Z]\d{4}[A-Z]{2}$`)
	crnShape  = regexp.MustCompile(`^[A-Z]{1,2}\d{5,6}$`)
	pncShape  = regexp.MustCompile(`^\d+/[0-9A-Za-z]+$`)
)

// ID is an HMPPS id whose shape has been recognised.
type ID struct {
	kind  IDKind
	value string
}

// ParseID recognises a NOMS number, CRN or PNC. The value must already be
// URL-decoded (transport does that). Anything else is an Invalid error.
func ParseID(raw string) (ID, error) {
	v := strings.TrimSpace(raw)
	switch {
	case nomsShape.MatchString(v):
		return ID{NOMS, v}, nil
	case crnShape.MatchString(v):
		return ID{CRN, v}, nil
	case pncShape.MatchString(v):
		return ID{PNC, v}, nil
	}
	return ID{}, apperr.New(apperr.Invalid, "Invalid HMPPS ID: %s", raw)
}

// Kind is the system the id belongs to.
func (id ID) Kind() IDKind { return id.kind }

// String is the id as given.
func (id ID) String() string { return id.value }

// IsZero reports whether id was never parsed.
func (id ID) IsZero() bool { return id.kind == 0 }

// IsNOMS reports whether value has the shape of a NOMS number.
func IsNOMS(value string) bool { return nomsShape.MatchString(value) }

// NotFound is the error for a person no system knows, worded as the seed documents it.
func NotFound(raw string) error {
	return apperr.New(apperr.NotFound, "Could not find person with HMPPS id: %s.", raw)
}
