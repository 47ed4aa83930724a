package simulator

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/jpeg"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

// NOMIS Prison API images: a prisoner's image list and each image's JPEG.

// PrisonImage is a photograph NOMIS holds of a prisoner.
type PrisonImage struct {
	ID             int64
	PrisonerNumber string
	Captured       time.Time // UK wall-clock time
	View           string    // FACE | TAT | MARK ...
	Orientation    string    // FRONT | ARM ...
	Type           string    // OFF_BKG | OFF_IDM
	Active         bool
}

// fixturePrisonImages: the seed person has an old and a current booking
// photo (2461788 is the seed's example id) and a tattoo.
func fixturePrisonImages() []PrisonImage {
	return []PrisonImage{
		{ID: 1413311, PrisonerNumber: "A1234AA", Captured: at(2023, time.February, 10, 10, 15), View: "FACE", Orientation: "FRONT", Type: "OFF_BKG"},
		{ID: 2461790, PrisonerNumber: "A1234AA", Captured: at(2023, time.February, 10, 10, 20), View: "TAT", Orientation: "ARM", Type: "OFF_IDM", Active: true},
		{ID: 2461788, PrisonerNumber: "A1234AA", Captured: at(2025, time.March, 1, 9, 30), View: "FACE", Orientation: "FRONT", Type: "OFF_BKG", Active: true},
		{ID: 1413312, PrisonerNumber: "G8133UA", Captured: at(2024, time.June, 3, 14, 0), View: "FACE", Orientation: "FRONT", Type: "OFF_BKG", Active: true},
	}
}

func (s *server) prisonAPIImagesRoutes(r chi.Router) {
	r.Get("/api/images/offenders/{offenderNo}", s.prisonImages)
	r.Get("/api/images/{imageId}/data", s.prisonImageData)
}

type paImageDetail struct {
	ImageID          int64  `json:"imageId"`
	Active           bool   `json:"active"`
	CaptureDate      string `json:"captureDate"`
	CaptureDateTime  string `json:"captureDateTime"`
	ImageView        string `json:"imageView"`
	ImageOrientation string `json:"imageOrientation"`
	ImageType        string `json:"imageType"`
	ObjectID         *int64 `json:"objectId,omitempty"`
}

// prisonImages lists the prisoner's images in id order; captureDateTime is a
// zone-less local time, as prison-api sends it.
func (s *server) prisonImages(w http.ResponseWriter, r *http.Request) {
	p := s.nomisPrisoner(w, r)
	if p == nil {
		return
	}
	out := []paImageDetail{}
	for _, i := range s.world.PrisonImages {
		if i.PrisonerNumber == p.PrisonerNumber {
			out = append(out, paImageDetail{ImageID: i.ID, Active: i.Active, CaptureDate: fmtDate(i.Captured),
				CaptureDateTime: i.Captured.Format("2006-01-02T15:04:05"), ImageView: i.View, ImageOrientation: i.Orientation, ImageType: i.Type})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// prisonImageData answers a small JPEG, a different colour per image. The
// spec types this operation's error bodies as a JSON string rather than the
// usual error object, so an unknown image is a 404 with the message as one,
// base64-encoded as its "byte" format requires.
func (s *server) prisonImageData(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "imageId"), 10, 64)
	for _, i := range s.world.PrisonImages {
		if err == nil && i.ID == id {
			w.Header().Set("Content-Type", "image/jpeg")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(jpegOf(id))
			return
		}
	}
	msg := "Resource with id [" + chi.URLParam(r, "imageId") + "] not found."
	writeJSON(w, http.StatusNotFound, base64.StdEncoding.EncodeToString([]byte(msg)))
}

// jpegOf draws a 2x2 image whose colour depends on id.
func jpegOf(id int64) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	c := color.RGBA{R: uint8(id), G: uint8(id >> 8), B: uint8(id >> 16), A: 255}
	for x := range 2 {
		for y := range 2 {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, img, nil) // writing to memory cannot fail
	return buf.Bytes()
}
