package prison

import (
	"slices"
	"time"
)

// Image describes a photograph NOMIS holds of a prisoner (a facial image,
// or a mark such as a tattoo).
type Image struct {
	ID          int64
	Active      bool
	Captured    time.Time
	View        string // e.g. FACE, TAT
	Orientation string // e.g. FRONT, ARM
	Type        string // OFF_BKG (booking photo) or OFF_IDM (identifying mark)
}

// SortImagesNewestFirst orders images by capture time, newest first; the sort
// is stable so images captured together keep the upstream's order.
func SortImagesNewestFirst(images []Image) {
	slices.SortStableFunc(images, func(a, b Image) int { return b.Captured.Compare(a.Captured) })
}
