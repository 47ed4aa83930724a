// Package consumer is the prison-case-notes-to-probation use case: it handles
// one queued domain event, fetching the case note or alert it names and
// merging it into the Delius contact log.
//
// Handle's error is the acknowledgement rule. nil means the message is done
// (merged, ignored, or permanently unmergeable in a way the original
// acknowledges: person not in Delius, case note or alert gone upstream);
// an error means "retry": the message stays on the queue and, after the
// queue's receive count, goes to the dead-letter queue.
package consumer

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// Telemetry event names, as the original reports them.
const (
	CaseNoteMerged                 = "CaseNoteMerged"
	CaseNoteMergeFailed            = "CaseNoteMergeFailed"
	CaseNoteIgnored                = "CaseNoteIgnored"
	CaseNoteNotFound               = "CaseNoteNotFound"
	AlertMerged                    = "AlertMerged"
	AlertMergeFailed               = "AlertMergeFailed"
	AlertNotFound                  = "AlertNotFound"
	CaseNotesMigrated              = "CaseNotesMigrated"
	DataCleanseNotificationFailure = "DataCleanseNotificationFailure"
)

// Event is one telemetry event: the runner logs it and counts it.
type Event struct {
	Name  string
	Props map[string]string
}

// Outcome is what handling one message did.
type Outcome struct {
	Route  casenotes.Route
	Events []Event
}

func (o *Outcome) emit(name string, props map[string]string) {
	o.Events = append(o.Events, Event{Name: name, Props: props})
}

// Consumer handles messages of the prison-case-notes-to-probation queue.
type Consumer struct {
	caseNotes ports.CaseNotes
	alerts    ports.PrisonerAlerts
	contacts  ports.DeliusContacts

	fetchAttempts int
	fetchBackoff  time.Duration
	interest      casenotes.InterestTable
}

// Option configures a Consumer.
type Option func(*Consumer)

// WithFetchRetry sets how many times a detail URL is fetched before its
// failure counts (default 3) and the first pause, growing with the square of
// the attempt (default 100ms), as the original.
func WithFetchRetry(attempts int, backoff time.Duration) Option {
	return func(c *Consumer) { c.fetchAttempts, c.fetchBackoff = max(attempts, 1), backoff }
}

// WithTypesOfInterest sets the case-note types merged and searched for
// (default casenotes.DefaultInterest).
func WithTypesOfInterest(t casenotes.InterestTable) Option {
	return func(c *Consumer) { c.interest = t }
}

// New builds the use case.
func New(caseNotes ports.CaseNotes, alerts ports.PrisonerAlerts, contacts ports.DeliusContacts, opts ...Option) *Consumer {
	c := &Consumer{caseNotes: caseNotes, alerts: alerts, contacts: contacts, fetchAttempts: 3, fetchBackoff: 100 * time.Millisecond, interest: casenotes.DefaultInterest()}
	for _, o := range opts {
		o(c)
	}
	return c
}

// fetch gets a detail URL's record, retrying upstream failures including 404:
// a domain event can arrive before its record is readable everywhere, so a
// 404 is believed only when it persists. Refusals (a URL off the allow-list,
// a malformed URL) are not retried.
func fetch[T any](ctx context.Context, c *Consumer, get func(context.Context) (T, error)) (T, error) {
	for attempt := 1; ; attempt++ {
		v, err := get(ctx)
		switch apperr.KindOf(err) {
		case apperr.NotFound, apperr.Upstream, apperr.UpstreamTimeout, apperr.UpstreamAuth:
		default:
			return v, err
		}
		if attempt >= c.fetchAttempts {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(c.fetchBackoff * time.Duration(attempt*attempt)):
		}
	}
}

// Handle handles one message (SQS body and attributes). See the package
// comment for what its error means.
func (c *Consumer) Handle(ctx context.Context, body string, attrs map[string]string) (Outcome, error) {
	var out Outcome
	n, err := casenotes.ParseNotification(body, attrs)
	if err != nil {
		return out, err
	}
	out.Route, err = n.Route(c.interest)
	if err != nil {
		return out, err
	}
	switch out.Route {
	case casenotes.MergeCaseNote:
		err = c.caseNote(ctx, n, &out)
	case casenotes.MergeAlert:
		err = c.alert(ctx, n, &out)
	case casenotes.Backfill:
		err = c.backfill(ctx, n, &out)
	}
	return out, err
}

func (c *Consumer) caseNote(ctx context.Context, n casenotes.Notification, out *Outcome) error {
	note, err := fetch(ctx, c, func(ctx context.Context) (casenotes.CaseNote, error) {
		return c.caseNotes.CaseNote(ctx, n.Event.DetailURL)
	})
	if apperr.Is(err, apperr.NotFound) {
		out.emit(CaseNoteNotFound, map[string]string{"detailUrl": n.Event.DetailURL})
		return nil
	}
	if err != nil {
		return err
	}
	res, err := c.mergeCaseNote(ctx, note, out)
	return c.settle(ctx, res, err, out)
}

// mergeCaseNote filters and merges one case note, reporting what happened.
// It returns the merge result (zero when filtered) and the merge error.
func (c *Consumer) mergeCaseNote(ctx context.Context, note casenotes.CaseNote, out *Outcome) (casenotes.Result, error) {
	props := caseNoteProps(note)
	if reason := casenotes.IgnoreReason(note); reason != "" {
		props["reason"] = reason
		out.emit(CaseNoteIgnored, props)
		return casenotes.Result{}, nil
	}
	res, err := c.contacts.Merge(ctx, casenotes.FromCaseNote(note))
	if err != nil {
		props["exception"] = err.Error()
		out.emit(CaseNoteMergeFailed, props)
		return res, err
	}
	merged(CaseNoteMerged, props, res, out)
	return res, nil
}

func (c *Consumer) alert(ctx context.Context, n casenotes.Notification, out *Outcome) error {
	alert, err := fetch(ctx, c, func(ctx context.Context) (casenotes.Alert, error) {
		return c.alerts.Alert(ctx, n.Event.DetailURL)
	})
	if apperr.Is(err, apperr.NotFound) {
		out.emit(AlertNotFound, map[string]string{"detailUrl": n.Event.DetailURL})
		return nil
	}
	if err != nil {
		return err
	}
	res, err := c.mergeAlert(ctx, alert, out)
	return c.settle(ctx, res, err, out)
}

func (c *Consumer) mergeAlert(ctx context.Context, alert casenotes.Alert, out *Outcome) (casenotes.Result, error) {
	if casenotes.SkipAlert(alert) {
		return casenotes.Result{}, nil
	}
	props := alertProps(alert)
	item, err := casenotes.FromAlert(alert)
	if err == nil {
		var res casenotes.Result
		if res, err = c.contacts.Merge(ctx, item); err == nil {
			merged(AlertMerged, props, res, out)
			return res, nil
		}
	}
	props["exception"] = err.Error()
	out.emit(AlertMergeFailed, props)
	return casenotes.Result{}, err
}

// settle finishes a single-event merge: a person unknown to Delius is
// acknowledged (reported already), and a contact moved from another case
// leaves the data-cleanse note there. The back-fill does neither per item.
func (c *Consumer) settle(ctx context.Context, res casenotes.Result, err error, out *Outcome) error {
	if casenotes.IsOffenderNotFound(err) {
		return nil
	}
	if err == nil && res.Action == casenotes.Moved {
		c.dataCleanse(ctx, res.FromCRN, out)
	}
	return err
}

// merged reports a successful merge.
func merged(name string, props map[string]string, res casenotes.Result, out *Outcome) {
	props["crn"], props["nomsId"], props["action"] = res.CRN, res.NOMS, string(res.Action)
	if res.Action == casenotes.Unchanged {
		props["action"] = "OUT_OF_SEQUENCE"
	}
	out.emit(name, props)
}

// dataCleanse failures are reported, not retried: the move is committed, so
// a redelivery would find the contact already on the right case and never
// come back here.
func (c *Consumer) dataCleanse(ctx context.Context, crn string, out *Outcome) {
	if err := c.contacts.DataCleanse(ctx, crn); err != nil {
		out.emit(DataCleanseNotificationFailure, map[string]string{"crn": crn, "reason": err.Error()})
	}
}

// backfill copies every case note of interest and every active alert of a
// person whose NOMS number was just linked to a probation case. Each item is
// merged in its own transaction; a failure does not stop the others, and the
// first failure other than "offender not found" is returned at the end so
// the message is retried (what succeeded is committed, and merging it again
// changes nothing).
func (c *Consumer) backfill(ctx context.Context, n casenotes.Notification, out *Outcome) error {
	noms, err := n.BackfillNOMS()
	if err != nil {
		return err
	}
	notes, err := c.caseNotes.Search(ctx, noms, c.interest)
	if err != nil {
		return fmt.Errorf("back-fill %s: search case notes: %w", noms, err)
	}
	alerts, err := c.alerts.ActiveAlerts(ctx, noms)
	if err != nil {
		return fmt.Errorf("back-fill %s: active alerts: %w", noms, err)
	}

	var (
		crn      string
		counts   = map[string]int{}
		failures []error
		movedOff []string
	)
	record := func(kind string, res casenotes.Result, err error) {
		if err != nil {
			failures = append(failures, err)
			return
		}
		if res.Action == casenotes.Unchanged && res.CRN == "" {
			return // filtered out
		}
		if crn == "" {
			crn = res.CRN
		}
		switch res.Action {
		case casenotes.Created:
			counts[kind+"Created"]++
		case casenotes.Updated:
			counts[kind+"Updated"]++
		case casenotes.Moved:
			counts[kind+"Moved"]++
			movedOff = appendUnique(movedOff, res.FromCRN)
		}
	}
	for _, note := range notes {
		res, err := c.mergeCaseNote(ctx, note, out)
		record("caseNotes", res, err)
	}
	for _, alert := range alerts {
		res, err := c.mergeAlert(ctx, alert, out)
		record("alerts", res, err)
	}
	for _, from := range movedOff {
		c.dataCleanse(ctx, from, out)
	}

	summary := map[string]string{"nomsId": noms, "cause": n.EventType()}
	if crn != "" {
		summary["crn"] = crn
	}
	for _, key := range []string{"caseNotesCreated", "caseNotesUpdated", "caseNotesMoved", "alertsCreated", "alertsUpdated", "alertsMoved"} {
		if counts[key] > 0 {
			summary[key] = strconv.Itoa(counts[key])
		}
	}
	out.emit(CaseNotesMigrated, summary)

	for _, err := range failures {
		if !casenotes.IsOffenderNotFound(err) {
			return fmt.Errorf("back-fill %s: %d of %d items failed, first: %w", noms, len(failures), len(notes)+len(alerts), err)
		}
	}
	return nil
}

func appendUnique(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

func caseNoteProps(n casenotes.CaseNote) map[string]string {
	p := map[string]string{
		"caseNoteId": n.ID, "type": n.Type, "subType": n.SubType,
		"created": n.CreatedAt.Format(time.RFC3339), "occurrence": n.OccurredAt.Format(time.RFC3339),
		"location": n.LocationID,
	}
	if n.LegacyID != nil {
		p["eventId"] = strconv.FormatInt(*n.LegacyID, 10)
	}
	return p
}

func alertProps(a casenotes.Alert) map[string]string {
	p := map[string]string{
		"alertUuid": a.UUID, "type": a.TypeCode, "subType": a.Code,
		"created": a.CreatedAt.Format(time.RFC3339), "activeFrom": a.ActiveFrom.Format(time.DateOnly),
	}
	if a.ActiveTo != nil {
		p["activeTo"] = a.ActiveTo.Format(time.DateOnly)
	}
	return p
}
