package risks

import (
	"slices"
	"time"
)

// PredictorScores are the reoffending predictor levels of one OASys
// assessment. Each level is LOW, MEDIUM, HIGH, VERY_HIGH or NOT_APPLICABLE.
type PredictorScores struct {
	CompletedDate           *time.Time
	AssessmentStatus        string
	GeneralPredictor        string // OGP
	ViolencePredictor       string // OVP
	GroupReconviction       string // OGRS
	RiskOfSeriousRecidivism string // RSR
	SexualPredictorIndecent string // OSP/I
	SexualPredictorContact  string // OSP/C
}

// SortScoresNewestFirst orders assessments by completion, most recent first;
// undated ones go last.
func SortScoresNewestFirst(scores []PredictorScores) {
	slices.SortStableFunc(scores, func(a, b PredictorScores) int {
		switch {
		case a.CompletedDate == nil && b.CompletedDate == nil:
			return 0
		case a.CompletedDate == nil:
			return 1
		case b.CompletedDate == nil:
			return -1
		}
		return b.CompletedDate.Compare(*a.CompletedDate)
	})
}
