// Package localtime decodes the date-times HMPPS upstreams send. Many declare
// `format: date-time` but send Java LocalDateTime values with no offset
// (2025-02-28T14:38:30.22417); those are UK wall-clock times. Generated upstream
// clients map date-time to DateTime (see .ci/generate.sh) so such responses decode.
package localtime

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
	_ "time/tzdata" // Europe/London must resolve on machines without zoneinfo
)

// London is the zone upstream wall-clock times are in.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// DateTime is an instant that may arrive with or without an offset.
type DateTime struct {
	time.Time
}

var layouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05"}

// Parse reads s as RFC 3339, or as a London wall-clock time when it has no offset.
func Parse(s string) (DateTime, error) {
	for _, layout := range layouts {
		if t, err := time.ParseInLocation(layout, s, London); err == nil {
			return DateTime{t}, nil
		}
	}
	return DateTime{}, fmt.Errorf("localtime: %q is not a date-time", s)
}

// UnmarshalJSON implements json.Unmarshaler.
func (d *DateTime) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parsed, err := Parse(s)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}

// MarshalJSON writes RFC 3339 with the offset.
func (d DateTime) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.Format(time.RFC3339Nano))
}

// LocalString is the UK wall-clock time without offset, as the integration API
// renders LocalDateTime values.
func (d DateTime) LocalString() string {
	return d.In(London).Format("2006-01-02T15:04:05")
}
