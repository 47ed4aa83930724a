package localtime_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
)

func TestDecodesWithAndWithoutOffset(t *testing.T) {
	t.Parallel()
	cases := map[string]time.Time{
		`"2025-02-28T14:38:30.22417"`: time.Date(2025, 2, 28, 14, 38, 30, 224170000, time.UTC), // GMT in winter
		`"2025-07-01T09:00:00"`:       time.Date(2025, 7, 1, 8, 0, 0, 0, time.UTC),             // BST in summer
		`"2025-07-01T09:00:00Z"`:      time.Date(2025, 7, 1, 9, 0, 0, 0, time.UTC),             // explicit UTC
		`"2020-07-06T17:43:19+01:00"`: time.Date(2020, 7, 6, 16, 43, 19, 0, time.UTC),          // offset kept
	}
	for in, want := range cases {
		var d localtime.DateTime
		if err := json.Unmarshal([]byte(in), &d); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if !d.Equal(want) {
			t.Errorf("%s decoded as %s, want %s", in, d.UTC(), want)
		}
	}
	var d localtime.DateTime
	if err := json.Unmarshal([]byte(`"yesterday"`), &d); err == nil {
		t.Error("expected an error for a non-date")
	}
	if got := (localtime.DateTime{Time: time.Date(2025, 7, 1, 8, 0, 0, 0, time.UTC)}).LocalString(); got != "2025-07-01T09:00:00" {
		t.Errorf("LocalString = %s", got)
	}
}
