package person

import (
	"slices"
	"time"
)

// Address is a postal address as prison or probation records it.
type Address struct {
	Name           string // the building's name
	Number         string
	Street         string
	Locality       string
	Town           string
	County         string
	Postcode       string
	Country        string
	StartDate      *time.Time
	EndDate        *time.Time
	NoFixedAddress bool
	Notes          string
	Types          []AddressType
}

// AddressType is a use or kind of address (e.g. HOME, or Approved Premises).
type AddressType struct {
	Code        string
	Description string
}

// SortAddressesNewestFirst orders addresses by start date, most recent
// first; undated ones go last.
func SortAddressesNewestFirst(addresses []Address) {
	slices.SortStableFunc(addresses, func(a, b Address) int {
		switch {
		case a.StartDate == nil && b.StartDate == nil:
			return 0
		case a.StartDate == nil:
			return 1
		case b.StartDate == nil:
			return -1
		}
		return b.StartDate.Compare(*a.StartDate)
	})
}
