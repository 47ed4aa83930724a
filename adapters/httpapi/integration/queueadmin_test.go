package integration

import (
	"encoding/json"
	"testing"

	"github.com/ministryofjustice/hmpps-backbone/ports"
)

func TestDlqMessageBody(t *testing.T) {
	t.Parallel()
	tests := []struct {
		body string
		want string
	}{
		{`{"eventType":"x","id":12345678901234567890}`, `{"eventType":"x","id":12345678901234567890}`},
		{`  {"a":{"b":[1,2]}}  `, `{"a":{"b":[1,2]}}`},
		{`not json`, `{"rawMessage":"not json"}`},
		{`[1,2]`, `{"rawMessage":"[1,2]"}`},
		{`"a string"`, `{"rawMessage":"\"a string\""}`},
		{`null`, `{"rawMessage":"null"}`},
		{`{"a":1} {"b":2}`, `{"rawMessage":"{\"a\":1} {\"b\":2}"}`},
	}
	for _, tc := range tests {
		got := dlqMessage(ports.Delivery{ID: "m1", Body: tc.body})
		b, err := json.Marshal(got.Body)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want || got.MessageId != "m1" {
			t.Errorf("body %q shown as %s (id %q), want %s", tc.body, b, got.MessageId, tc.want)
		}
	}
}
