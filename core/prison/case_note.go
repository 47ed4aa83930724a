package prison

import "time"

// CaseNote is a note written about a prisoner in DPS (e.g. a key-worker
// session or a behaviour entry).
type CaseNote struct {
	ID                          string
	OffenderIdentifier          string // NOMS number
	Type, TypeDescription       string
	SubType, SubTypeDescription string
	Created, Occurred           time.Time
	Text                        string
	LocationID                  string
	Sensitive                   bool
	Amendments                  []CaseNoteAmendment
}

// CaseNoteAmendment is text added to a case note later.
type CaseNoteAmendment struct {
	Created *time.Time
	Text    string
}

// CaseNoteQuery narrows the case notes read: a prison and a period of
// occurrence, both optional.
type CaseNoteQuery struct {
	LocationID string
	From, To   *time.Time // calendar days, both included
}
