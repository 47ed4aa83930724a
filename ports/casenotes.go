package ports

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

// CaseNotes is the Case Notes API, as the case-notes-to-probation worker uses it.
type CaseNotes interface {
	// CaseNote fetches the case note at detailURL, a domain event's detailUrl.
	// A URL whose scheme and host are not on the allow-list is never requested:
	// it gives an apperr.Forbidden error. A missing case note is apperr.NotFound.
	CaseNote(ctx context.Context, detailURL string) (casenotes.CaseNote, error)
	// Search returns every case note of the person (NOMS number) of the given
	// types, sensitive ones included, newest first.
	Search(ctx context.Context, noms string, types []casenotes.TypeOfInterest) ([]casenotes.CaseNote, error)
}

// PrisonerAlerts is the Prisoner Alerts API (DPS), as the case-notes-to-probation
// worker uses it; the integration API reads NOMIS alerts through PrisonAlerts.
type PrisonerAlerts interface {
	// Alert fetches the alert at detailURL, with the same allow-list and
	// error rules as CaseNotes.CaseNote.
	Alert(ctx context.Context, detailURL string) (casenotes.Alert, error)
	// ActiveAlerts returns the person's (NOMS number) active alerts.
	ActiveAlerts(ctx context.Context, noms string) ([]casenotes.Alert, error)
}
