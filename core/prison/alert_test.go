package prison_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
)

func TestOnlyPNDKeepsTheThirtySharedCodes(t *testing.T) {
	t.Parallel()
	shared := []string{"BECTER", "HA", "XA", "XCA", "XEL", "XELH", "XER", "XHT", "XILLENT", "XIS", "XR", "XRF", "XSA", "HA2",
		"RCS", "RDV", "RKC", "RPB", "RPC", "RSS", "RST", "RDP", "REG", "RLG", "ROP", "RRV", "RTP", "RYP", "HS", "SC"}
	assert.Len(t, shared, 30)
	var alerts []prison.Alert
	for _, code := range append([]string{"VIP", "TAH", "XCU", "MAS", "xa", ""}, shared...) {
		alerts = append(alerts, prison.Alert{Code: code})
	}
	got := []string{}
	for _, a := range prison.OnlyPND(alerts) {
		got = append(got, a.Code)
	}
	assert.Equal(t, shared, got, "codes match exactly, in the upstream's order")
	assert.Empty(t, prison.OnlyPND(nil))
}
