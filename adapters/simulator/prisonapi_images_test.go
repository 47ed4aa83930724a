package simulator

import (
	"bytes"
	"image/jpeg"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func prisonAPIImagesCalls() []call {
	pa := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "prison-api images/" + name, spec: prisonAPISpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		pa("the seed person's images", "/api/images/offenders/A1234AA", 200, func(t *testing.T, b []byte) {
			got := decode[[]paImageDetail](t, b)
			require.Len(t, got, 3)
			assert.Equal(t, []any{int64(1413311), "2023-02-10", "2023-02-10T10:15:00", "FACE", "FRONT", "OFF_BKG", false},
				[]any{got[0].ImageID, got[0].CaptureDate, got[0].CaptureDateTime, got[0].ImageView, got[0].ImageOrientation, got[0].ImageType, got[0].Active})
		}),
		pa("no images", "/api/images/offenders/A2345BC", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[[]paImageDetail](t, b))
		}),
		pa("unknown prisoner", "/api/images/offenders/Z9999ZZ", 404, nil),
		pa("the seed's image", "/api/images/2461788/data", 200, func(t *testing.T, b []byte) {
			_, err := jpeg.Decode(bytes.NewReader(b))
			assert.NoError(t, err, "a real JPEG")
		}),
		pa("unknown image", "/api/images/999/data", 404, nil),
	}
}
