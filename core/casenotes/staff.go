package casenotes

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Contacts are recorded against the prison's probation area, its <area>CSN
// team and a staff member named after the author: all found from the item's
// prison code, never from a NOMIS username.

// MinEstablishmentCode is the shortest prison code: its first three letters
// are the NOMIS institution code that picks the probation area.
const MinEstablishmentCode = 3

// ErrInvalidEstablishment marks an item whose prison code cannot name an institution.
var ErrInvalidEstablishment = errors.New("invalid establishment code")

// InstitutionCode is the NOMIS institution code of the item's establishment.
func (i Item) InstitutionCode() (string, error) {
	if len(i.Establishment) < MinEstablishmentCode {
		return "", fmt.Errorf("%w %q", ErrInvalidEstablishment, i.Establishment)
	}
	return i.Establishment[:MinEstablishmentCode], nil
}

// ErrOfficerCodesExhausted means a probation area has used every officer code.
var ErrOfficerCodesExhausted = errors.New("officer codes exhausted")

// NextOfficerCode returns the officer code for a new staff member of
// probation area pa, given the highest code in use there ("" for none).
// Codes are the area's three-letter prefix, a letter and three digits,
// counted A000, A001, ... A999, B000, ... Z999.
func NextOfficerCode(pa, highest string) (string, error) {
	if len(pa) < 3 {
		return "", fmt.Errorf("probation area code %q is too short for officer codes", pa)
	}
	prefix := pa[:3]
	if highest == "" {
		return prefix + "A000", nil
	}
	if !IsOfficerCode(pa, highest) {
		return "", fmt.Errorf("officer code %q is not %s<letter><3 digits>", highest, prefix)
	}
	letter := highest[3]
	n, _ := strconv.Atoi(highest[4:])
	n++
	if n == 1000 {
		letter, n = letter+1, 0
	}
	if letter > 'Z' {
		return "", fmt.Errorf("%w for %s", ErrOfficerCodesExhausted, prefix)
	}
	return fmt.Sprintf("%s%c%03d", prefix, letter, n), nil
}

// IsOfficerCode reports whether code is in probation area pa's officer-code
// sequence: its three-letter prefix, a capital letter and three digits. Other
// shapes sharing the prefix (Delius's unallocated "LEICSNU") are not.
func IsOfficerCode(pa, code string) bool {
	if len(pa) < 3 || len(code) != 7 || !strings.HasPrefix(code, pa[:3]) || code[3] < 'A' || code[3] > 'Z' {
		return false
	}
	for _, c := range code[4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
