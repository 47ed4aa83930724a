package casenotes

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // Europe/London must resolve on machines without zoneinfo
)

// London is the zone of Delius contact dates and of zone-less upstream times.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// CaseNote is a prison case note as the Case Notes API returns it.
type CaseNote struct {
	ID                 string // caseNoteId, a UUID
	LegacyID           *int64 // eventId: the NOMIS id pre-DPS Delius rows are keyed on
	OffenderIdentifier string // NOMS number
	Type, SubType      string
	CreatedAt          time.Time
	OccurredAt         time.Time
	AuthorName         string
	Text               string
	LocationID         string // prison code; "UNK" when the API has none
	Amendments         []Amendment
}

// Amendment is text added to a case note after it was written.
type Amendment struct {
	CreatedAt  *time.Time
	AuthorName string
	Text       string
}

// Alert is a prisoner alert as the Alerts API returns it. Dates (ActiveFrom,
// ActiveTo) are civil dates held at midnight UTC.
type Alert struct {
	UUID                      string
	PrisonNumber              string
	TypeCode                  string
	TypeDescription           string
	Code                      string
	CodeDescription           string
	Description               string
	ActiveFrom                time.Time
	ActiveTo                  *time.Time
	IsActive                  bool
	CreatedAt                 time.Time
	CreatedByDisplayName      string
	LastModifiedAt            *time.Time
	LastModifiedByDisplayName string
	ActiveToLastSetAt         *time.Time
	PrisonCodeWhenCreated     string
}

// Kind is what a contact was made from; it picks the URN and the rules.
type Kind int

// Kinds of item.
const (
	KindCaseNote Kind = iota + 1
	KindActiveAlert
	KindInactiveAlert
)

func (k Kind) String() string {
	switch k {
	case KindCaseNote:
		return "CaseNote"
	case KindActiveAlert:
		return "ActiveAlert"
	case KindInactiveAlert:
		return "InactiveAlert"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// UnknownEstablishment is the location of a case note written nowhere known.
const UnknownEstablishment = "UNK"

// unknownEstablishmentNote tells the reader of a contact why it has no location.
const unknownEstablishmentNote = "Establishment details were not available when this contact was created. Please refer to throughcare history for location details if required."

// StaffName is the author of an item, matched against Delius staff by name.
type StaffName struct{ Forename, Surname string }

// Item is a case note or an alert on its way to becoming a Delius contact:
// everything the contact needs that does not come from Delius itself.
type Item struct {
	Kind     Kind
	NOMS     string
	LegacyID *int64 // case notes only: matches pre-DPS contacts by nomis_case_note_id
	UUID     string

	Type, SubType    string
	Content          string
	ContactTime      time.Time // when it happened: the contact's date and start time
	SystemTime       time.Time // when it last changed upstream: the update-if-newer key
	Staff            StaffName
	Establishment    string // prison code; its first three letters pick the probation area
	AlertDescription string
}

// URN is the contact's external reference: the idempotency key that makes an
// update replace, never duplicate. An alert has one URN per state, so an alert
// made inactive adds a second contact and leaves the active one as it was.
func (i Item) URN() string {
	switch i.Kind {
	case KindActiveAlert:
		return "urn:uk:gov:hmpps:prisoner-alert:active:" + i.UUID
	case KindInactiveAlert:
		return "urn:uk:gov:hmpps:prisoner-alert:inactive:" + i.UUID
	}
	return "urn:uk:gov:hmpps:prison-case-note:" + i.UUID
}

// TypeLookup is the "TYPE SUBTYPE" key of the Delius NOMIS-type mapping.
func (i Item) TypeLookup() string { return i.Type + " " + i.SubType }

// IsAlert reports whether the item came from the Alerts API.
func (i Item) IsAlert() bool { return i.Kind == KindActiveAlert || i.Kind == KindInactiveAlert }

// Notes is the contact's notes text: the type lookup, any explanations, then the content.
func (i Item) Notes() string {
	var b strings.Builder
	b.WriteString(i.TypeLookup())
	if i.Establishment == UnknownEstablishment {
		b.WriteString("\n" + unknownEstablishmentNote)
	}
	if strings.TrimSpace(i.AlertDescription) != "" {
		b.WriteString("\n" + i.AlertDescription)
	}
	b.WriteString("\n" + i.Content)
	return b.String()
}

// deliusDateTime is the Delius display format of dates inside notes text.
const deliusDateTime = "02/01/2006 15:04:05"

// FromCaseNote maps a fetched case note to an item.
func FromCaseNote(c CaseNote) Item {
	var content strings.Builder
	content.WriteString(c.Text)
	system := c.CreatedAt
	for _, a := range c.Amendments {
		when := ""
		if a.CreatedAt != nil {
			when = a.CreatedAt.In(London).Format(deliusDateTime)
			if a.CreatedAt.After(system) {
				system = *a.CreatedAt
			}
		}
		fmt.Fprintf(&content, "\n[%s updated the case notes on %s]\n%s", a.AuthorName, when, a.Text)
	}
	location := c.LocationID
	if location == "" {
		location = UnknownEstablishment
	}
	contactTime := c.OccurredAt
	alertDescription := ""
	if c.Type == "ALERT" {
		// Legacy ALERT case notes carry the day in occurrence and the time in creation.
		o, cr := c.OccurredAt.In(London), c.CreatedAt.In(London)
		contactTime = time.Date(o.Year(), o.Month(), o.Day(), cr.Hour(), cr.Minute(), cr.Second(), cr.Nanosecond(), London)
		alertDescription, _, _ = strings.Cut(c.Text, "\n")
	}
	names := strings.Fields(c.AuthorName)
	var staff StaffName
	if len(names) > 0 {
		staff = StaffName{Forename: names[0], Surname: names[len(names)-1]}
	}
	return Item{
		Kind: KindCaseNote, NOMS: c.OffenderIdentifier, LegacyID: c.LegacyID, UUID: c.ID,
		Type: c.Type, SubType: c.SubType, Content: content.String(),
		ContactTime: contactTime, SystemTime: system, Staff: staff,
		Establishment: location, AlertDescription: alertDescription,
	}
}

// ErrNoEstablishment means an alert does not say where it was raised, so no
// probation area can own its contact.
var ErrNoEstablishment = fmt.Errorf("unable to verify establishment for alert")

// FromAlert maps a fetched alert to an item.
func FromAlert(a Alert) (Item, error) {
	if a.PrisonCodeWhenCreated == "" {
		return Item{}, fmt.Errorf("alert %s: %w", a.UUID, ErrNoEstablishment)
	}
	kind, subType, state, day := KindActiveAlert, "ACTIVE", "active", a.ActiveFrom
	if !a.IsActive {
		kind, subType, state = KindInactiveAlert, "INACTIVE", "inactive"
		if a.ActiveTo != nil {
			day = *a.ActiveTo
		}
	}
	// The day comes from the alert's dates, the time of day from its latest change.
	latest := a.CreatedAt
	for _, t := range []*time.Time{a.ActiveToLastSetAt, a.LastModifiedAt} {
		if t != nil && t.After(latest) {
			latest = *t
		}
	}
	l := latest.In(London)
	contactTime := time.Date(day.Year(), day.Month(), day.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), London)
	system, author := a.CreatedAt, a.CreatedByDisplayName
	if a.LastModifiedAt != nil {
		system = *a.LastModifiedAt
	}
	if a.LastModifiedByDisplayName != "" {
		author = a.LastModifiedByDisplayName
	}
	return Item{
		Kind: kind, NOMS: a.PrisonNumber, UUID: a.UUID,
		Type: "ALERT", SubType: subType, Content: a.Description,
		ContactTime: contactTime, SystemTime: system, Staff: splitAtLastSpace(author),
		Establishment:    a.PrisonCodeWhenCreated,
		AlertDescription: fmt.Sprintf("Alert %s and %s made %s.", a.TypeDescription, a.CodeDescription, state),
	}, nil
}

// splitAtLastSpace splits display names such as "Mary Jane Smith" into
// forename "Mary Jane" and surname "Smith"; a single word is both.
func splitAtLastSpace(name string) StaffName {
	name = strings.TrimSpace(name)
	i := strings.LastIndex(name, " ")
	if i < 0 {
		return StaffName{Forename: name, Surname: name}
	}
	return StaffName{Forename: strings.TrimSpace(name[:i]), Surname: name[i+1:]}
}
