package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/risks"
)

// RiskAssessments is the Assess Risks and Needs API (OASys). Each method
// answers an apperr.NotFound error for a case OASys does not know and an
// apperr.Forbidden error for a Limited Access Offender's case.
type RiskAssessments interface {
	SeriousHarm(ctx context.Context, crn string) (risks.SeriousHarm, error)
	PredictorScores(ctx context.Context, crn string) ([]risks.PredictorScores, error)
	ManagementPlans(ctx context.Context, crn string) ([]risks.ManagementPlan, error)
	Needs(ctx context.Context, crn string) (risks.Needs, error)
}
