package simulator

import (
	"strconv"
	"strings"
)

// A PNC number is a year (2 or 4 digits), a slash, a serial number and a
// check letter. The same PNC is written several ways ("2008/0545166T",
// "2008/545166T", "08/545166T"), so the upstreams compare canonical forms.
type pnc struct {
	year   int    // four digits
	serial string // no leading zeros
	check  byte   // upper-case letter
}

// parsePNC parses any written form of a PNC number.
func parsePNC(s string) (pnc, bool) {
	yearPart, rest, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), "/")
	if !ok || len(rest) < 2 || (len(yearPart) != 2 && len(yearPart) != 4) {
		return pnc{}, false
	}
	year, err := strconv.Atoi(yearPart)
	if err != nil {
		return pnc{}, false
	}
	if len(yearPart) == 2 {
		// A fixed pivot keeps the simulator deterministic; PNC numbers were
		// first issued in the 1970s.
		if year < 70 {
			year += 2000
		} else {
			year += 1900
		}
	}
	check := rest[len(rest)-1]
	digits := rest[:len(rest)-1]
	if check < 'A' || check > 'Z' || strings.Trim(digits, "0123456789") != "" {
		return pnc{}, false
	}
	serial := strings.TrimLeft(digits, "0")
	if serial == "" {
		serial = "0"
	}
	return pnc{year: year, serial: serial, check: check}, true
}

// Long is the canonical long form, e.g. 2008/545166T.
func (p pnc) Long() string { return strconv.Itoa(p.year) + "/" + p.serial + string(p.check) }

// Short is the canonical short form, e.g. 08/545166T.
func (p pnc) Short() string { return p.Long()[2:] }

// samePNC reports whether two written PNC numbers denote the same PNC.
func samePNC(a, b string) bool {
	pa, okA := parsePNC(a)
	pb, okB := parsePNC(b)
	if !okA || !okB {
		return okA == okB && a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
	}
	return pa == pb
}
