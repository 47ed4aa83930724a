package casenotes

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultContactType is the Delius contact type of a case note whose
// "TYPE SUBTYPE" has no row in the NOMIS-type mapping table.
const DefaultContactType = "NOMISD"

// DataCleanseContactType is the code of the contact type of the note left on
// a case that contacts were moved away from (the original's OTHER_INFORMATION
// constant). Its real Delius code is not known here, so the seeded
// r_contact_type row uses this name; change both together.
const DataCleanseContactType = "OTHER_INFORMATION"

// descriptionMaxBytes is the width of Delius contact.description (varchar2(200 byte)).
const descriptionMaxBytes = 200

// bcstPathways names the resettlement pathway of a "RESET BCST" case note
// from the keyword after "Case note summary from".
var bcstPathways = map[string]string{
	"accommodation": "Accommodation",
	"attitudes":     "Attitudes, thinking and behaviour",
	"children":      "Children, families and community",
	"drugs":         "Drugs and alcohol",
	"education":     "Education, skills and work",
	"finance":       "Finance and ID",
	"health":        "Health",
}

var bcstSummary = regexp.MustCompile(`(?i)case note summary from (accommodation|attitudes|children|drugs|education|finance|health)`)

// Description is the contact's description, set on insert only, given the
// code of the contact type the item mapped to; "" means none (null).
func (i Item) Description(contactTypeCode string) string {
	switch {
	case i.IsAlert():
		return truncateBytes("NOMIS "+i.AlertDescription, descriptionMaxBytes)
	case i.TypeLookup() == "RESET BCST":
		if m := bcstSummary.FindStringSubmatch(i.Content); m != nil {
			return "BCST case note for " + bcstPathways[strings.ToLower(m[1])]
		}
		return ""
	case contactTypeCode == DefaultContactType:
		return fmt.Sprintf("NOMIS Case Note - %s - %s", i.Type, i.SubType)
	}
	return ""
}

// truncateBytes keeps s within max UTF-8 bytes: a longer s is cut on a rune
// boundary to under max-1 bytes and marked with " ~".
func truncateBytes(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max - 2
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + " ~"
}

// DataCleanseNotes explains, on the case contacts were moved away from, why they went.
func DataCleanseNotes(now time.Time) string {
	return fmt.Sprintf("On %s case notes from Prison associated with a NOMS number that had been mistakenly associated with this case record were removed.",
		now.In(London).Format(deliusDateTime))
}

// DataCleanseDescription is the description of the data-cleanse contact.
const DataCleanseDescription = "Data Cleanse"
