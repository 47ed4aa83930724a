package integration

import (
	"context"

	"github.com/ministryofjustice/hmpps-backbone/core/probation"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// probationRecordOf reads nDelius's record of the person behind hmppsID, by
// whichever id shape was given. A person known only to prison has no CRN to
// ask about: ok is false and the caller answers with its empty result, as
// the original does when an identifier is missing.
func probationRecordOf(ctx context.Context, resolver *Resolver, records ports.ProbationRecords, hmppsID string) (record probation.Record, ok bool, err error) {
	crn, err := crnOf(ctx, resolver, hmppsID)
	if err != nil {
		return probation.Record{}, false, err
	}
	if crn == "" {
		return probation.Record{}, false, nil
	}
	record, err = records.Record(ctx, crn)
	if err != nil {
		return probation.Record{}, false, notFoundAs(err, hmppsID)
	}
	return record, true, nil
}

// crnOf resolves hmppsID, in any shape, to the person's CRN ("" when
// probation does not know them). The probation reads carry no prison filter
// (the spec marks none of them "Applicable filters: prisons"): they describe
// probation data, which prisons filters do not partition.
func crnOf(ctx context.Context, resolver *Resolver, hmppsID string) (string, error) {
	identity, err := resolver.Resolve(ctx, hmppsID)
	if err != nil {
		return "", err
	}
	return identity.CRN(), nil
}
