package detailurl_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/detailurl"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	a, err := detailurl.New("http://localhost:8090", " https://Case-Notes.example/api ", "")
	require.NoError(t, err)
	tests := []struct {
		url  string
		kind apperr.Kind // 0: allowed
	}{
		{"http://localhost:8090/case-notes/A/B", 0},
		{"https://case-notes.example/case-notes/A/B", 0},
		{"HTTPS://CASE-NOTES.EXAMPLE/x", 0},
		{"http://localhost:8091/case-notes/A/B", apperr.Forbidden},
		{"https://localhost:8090/case-notes/A/B", apperr.Forbidden},
		{"http://localhost:8090@evil.example/x", apperr.Forbidden},
		{"http://evil.example/?u=http://localhost:8090", apperr.Forbidden},
		{"localhost:8090/x", apperr.Invalid},
		{"", apperr.Invalid},
	}
	for _, tt := range tests {
		_, err := a.Check(tt.url)
		assert.Equal(t, tt.kind, apperr.KindOf(err), "%s: %v", tt.url, err)
	}
}

func TestNewRejectsWhatIsNotAnOrigin(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"localhost:8090", "/relative", "http://"} {
		_, err := detailurl.New(bad)
		assert.Error(t, err, bad)
	}
}
