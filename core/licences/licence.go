// Package licences holds the licences Create and Vary a Licence (CVL) records
// for people released from custody, and their conditions.
package licences

import (
	"slices"
	"time"
)

// Summary is a licence as CVL lists it for a case.
type Summary struct {
	ID           int64
	PrisonNumber string
	Created      time.Time
}

// SortNewestFirst orders summaries by creation, most recent first, so the
// current licence leads.
func SortNewestFirst(summaries []Summary) {
	slices.SortStableFunc(summaries, func(a, b Summary) int { return b.Created.Compare(a.Created) })
}

// Licence is one licence with its conditions.
type Licence struct {
	StatusCode  string // e.g. IN_PROGRESS, ACTIVE, VARIATION_APPROVED
	LicenceType string // AP, PSS or AP_PSS
	Created     *time.Time
	Approved    *time.Time
	Updated     *time.Time
	Conditions  Conditions
}

// Conditions are a licence's conditions as CVL groups them: the licence
// period (AP) and the post-sentence supervision period (PSS).
type Conditions struct {
	APBespoke     []string // free text set by the probation practitioner
	APStandard    []Coded
	APAdditional  []Additional
	PSSAdditional []Additional
	PSSStandard   []Coded
}

// Coded is a standard condition: a code and its wording.
type Coded struct {
	Code string
	Text string
}

// Additional is an additional condition, which CVL files under a category.
type Additional struct {
	Code     string
	Category string
	Text     string
}

// Condition is one condition in the flat form the API lists.
type Condition struct {
	Type     string // AP or PSS
	Code     string
	Category string // Bespoke, Standard or the additional condition's category
	Text     string
}

// All lists every condition: AP bespoke, AP standard, AP additional, then
// PSS additional and PSS standard, the order the original API uses.
func (c Conditions) All() []Condition {
	out := []Condition{}
	for _, text := range c.APBespoke {
		out = append(out, Condition{Type: "AP", Category: "Bespoke", Text: text})
	}
	for _, s := range c.APStandard {
		out = append(out, Condition{Type: "AP", Code: s.Code, Category: "Standard", Text: s.Text})
	}
	for _, a := range c.APAdditional {
		out = append(out, Condition{Type: "AP", Code: a.Code, Category: a.Category, Text: a.Text})
	}
	for _, a := range c.PSSAdditional {
		out = append(out, Condition{Type: "PSS", Code: a.Code, Category: a.Category, Text: a.Text})
	}
	for _, s := range c.PSSStandard {
		out = append(out, Condition{Type: "PSS", Code: s.Code, Category: "Standard", Text: s.Text})
	}
	return out
}

// PersonLicences is a person's licences, newest first.
type PersonLicences struct {
	HmppsID        string // as the caller gave it
	OffenderNumber string // the prison number on the newest licence
	Licences       []Licence
}
