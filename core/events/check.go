package events

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

// Input is a posted event as the client sent it: timestamps and types are
// still text, so that their checks give the original's params-form 422.
type Input struct {
	EventType     string
	OccurredAt    string
	RecordedAt    string
	Notes         string
	Details       map[string]any
	EventableType string
	EventableID   string
	// Relationships are the named relationships given (name → id), without
	// the eventable.
	Relationships map[string]string
}

// Event is a checked event: its type known, details filtered to the type's
// keys, relationships to the type's. The use case stamps ID, supplier and
// author before storing it.
type Event struct {
	ID            string
	Type          string
	EventableType string
	EventableID   string
	OccurredAt    time.Time
	RecordedAt    time.Time
	Notes         string
	Details       map[string]any
	Relationships map[string]string
	SupplierID    string
	CreatedBy     string
}

// Declaration returns the rules of e's type (the stored name of a legacy type
// is declared too).
func (e Event) Declaration() Declaration { return declarations[e.Type] }

// Check applies the table to in, as the original does, in two steps: first
// the params form (timestamps, a known event_type, a known eventable type),
// answered as one 422 entry titled "Invalid <attr>, …"; then the model form of
// the type (eventable accepted, details present and well-formed, personnel
// numbers), one 422 entry per field. Details not declared are dropped
// silently, so are relationships the type does not name. bySupplier is whether
// a supplier posts: some incident types then need a fault classification.
func Check(in Input, bySupplier bool) (Event, error) {
	var attrs, msgs []string
	occurred, okOccurred := ParseTime(in.OccurredAt)
	if !okOccurred {
		attrs, msgs = append(attrs, "occurred_at"), append(msgs, "Occurred at must be formatted as a valid ISO-8601 date-time")
	}
	recorded, okRecorded := ParseTime(in.RecordedAt)
	if !okRecorded {
		attrs, msgs = append(attrs, "recorded_at"), append(msgs, "Recorded at must be formatted as a valid ISO-8601 date-time")
	}
	d, known := declarations[in.EventType]
	if !known {
		attrs, msgs = append(attrs, "event_type"), append(msgs, fmt.Sprintf("Event type '%s' is not a valid event_type", in.EventType))
	}
	if !slices.Contains(EventableTypes, in.EventableType) {
		attrs, msgs = append(attrs, "eventable_type"), append(msgs, "Eventable type is not included in the list")
	}
	if len(attrs) > 0 {
		return Event{}, &apperr.Error{Kind: apperr.Unprocessable, Title: "Invalid " + strings.Join(attrs, ", "), Message: "Validation failed: " + strings.Join(msgs, ", ")}
	}

	var fields []apperr.FieldError
	if !slices.Contains(d.Eventables, in.EventableType) {
		fields = append(fields, apperr.FieldError{Field: "eventable_type", Code: "inclusion", Message: "is not included in the list"})
	}
	kept := map[string]any{}
	for _, k := range d.Keys {
		v, present := in.Details[k.Name]
		if !present || blank(v) {
			if k.Required {
				fields = append(fields, blankField(k.Name))
			}
			continue
		}
		if f, bad := k.invalid(v); bad {
			fields = append(fields, f)
			continue
		}
		kept[k.Name] = v
	}
	fields = append(fields, d.personnel(in.Details, kept)...)
	if d.FaultBySupplier && bySupplier {
		if _, ok := kept["fault_classification"]; !ok && !hasField(fields, "fault_classification") {
			fields = append(fields, blankField("fault_classification"))
		}
	}
	if d.PostcodeOrDescription {
		fields = append(fields, postcodeOrDescription(kept)...)
	}
	if len(fields) > 0 {
		return Event{}, apperr.Validation(fields...)
	}

	rels := map[string]string{}
	for _, name := range slices.Concat(d.Requires, d.Allows) {
		if id := in.Relationships[name]; id != "" {
			rels[name] = id
		}
	}
	t := in.EventType
	if d.StoredAs != "" {
		t = d.StoredAs
	}
	return Event{
		Type: t, EventableType: in.EventableType, EventableID: in.EventableID,
		OccurredAt: occurred, RecordedAt: recorded, Notes: in.Notes, Details: kept, Relationships: rels,
	}, nil
}

// invalid checks one present value against the key's format and enum.
func (k Key) invalid(v any) (apperr.FieldError, bool) {
	s, isText := v.(string)
	switch k.Format {
	case Free:
		return apperr.FieldError{}, false
	case Boolean:
		if _, ok := v.(bool); !ok {
			return apperr.FieldError{Field: k.Name, Code: "inclusion", Message: "is not included in the list"}, true
		}
		return apperr.FieldError{}, false
	case DateTime:
		if _, ok := ParseTime(s); !isText || !ok {
			return apperr.FieldError{Field: k.Name, Code: "invalid", Message: "must be formatted as a valid ISO-8601 date-time"}, true
		}
	case Date:
		if _, err := time.Parse(time.DateOnly, s); !isText || err != nil {
			return apperr.FieldError{Field: k.Name, Code: "invalid", Message: "must be formatted as a valid ISO-8601 date"}, true
		}
	}
	text := fmt.Sprint(v)
	if (k.Enum != nil && !slices.Contains(k.Enum, text)) || (k.Accepts != nil && !k.Accepts(text)) {
		return apperr.FieldError{Field: k.Name, Code: "inclusion", Message: "is not included in the list"}, true
	}
	return apperr.FieldError{}, false
}

// personnel applies the "exactly one of" rule, keeping the number given:
// neither is "can't be blank" on the supplier number, both "should be blank"
// on the police one (§6 key).
func (d Declaration) personnel(details, kept map[string]any) []apperr.FieldError {
	supplier, police := "supplier_personnel_number", "police_personnel_number"
	switch d.Personnel {
	case NoPersonnel:
		return nil
	case ManyPeople:
		supplier, police = supplier+"s", police+"s"
	}
	s, p := details[supplier], details[police]
	switch {
	case blank(s) && blank(p):
		return []apperr.FieldError{blankField(supplier)}
	case !blank(s) && !blank(p):
		return []apperr.FieldError{{Field: police, Code: "present", Message: "should be blank"}}
	case !blank(s):
		kept[supplier] = s
	default:
		kept[police] = p
	}
	return nil
}

// ukPostcode is the shape of a UK postcode, outward and inward code, with or
// without the space.
var ukPostcode = regexp.MustCompile(`(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$`)

func postcodeOrDescription(kept map[string]any) []apperr.FieldError {
	pc, hasPostcode := kept["postcode"]
	if hasPostcode && !ukPostcode.MatchString(strings.TrimSpace(fmt.Sprint(pc))) {
		return []apperr.FieldError{{Field: "postcode", Code: "invalid", Message: "is not recognised as a UK postcode"}}
	}
	if _, hasDescription := kept["location_description"]; !hasPostcode && !hasDescription {
		return []apperr.FieldError{blankField("postcode")}
	}
	return nil
}

func blankField(name string) apperr.FieldError {
	return apperr.FieldError{Field: name, Code: "blank", Message: "can't be blank"}
}

func hasField(fields []apperr.FieldError, name string) bool {
	return slices.ContainsFunc(fields, func(f apperr.FieldError) bool { return f.Field == name })
}

// blank is Rails' blank?: nil, empty or whitespace text, empty list or object.
// false is not blank (is_virtual: false is an answer).
func blank(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// timeLayouts are the ISO-8601 date-time forms accepted. The last two are the
// ones the supplier wiki posts ("2020-12-03 10:51:40 +0000"), which the
// original's parser takes too.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05Z07:00",
}

// ParseTime reads an ISO-8601 date-time with an offset.
func ParseTime(s string) (time.Time, bool) {
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
