package prison

import "time"

// VisitRestriction limits how a prisoner may receive visits (e.g. closed visits).
type VisitRestriction struct {
	RestrictionID              int64
	Comment                    string
	RestrictionType            string
	RestrictionTypeDescription string
	StartDate                  time.Time
	ExpiryDate                 *time.Time // nil: open-ended
	Active                     bool
}

// VisitBalances are the visit orders a prisoner has left. NOMIS may record no
// balance at all; that counts as none left.
type VisitBalances struct {
	RemainingVisitOrders          int
	RemainingPrivilegeVisitOrders int
}

// IncentiveLevel is a prisoner's incentives and earned privileges level.
type IncentiveLevel struct {
	Code        string // e.g. STD
	Description string // e.g. Standard
}
