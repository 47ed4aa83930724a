package integration

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// JobsBoardEventType is the SQS message attribute the jobs board routes on.
const JobsBoardEventType = "mjma-jobs-board.job.expression-of-interest.created"

// ExpressInterest answers PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobid}:
// it tells the jobs board (Match Jobs and Manage Applications) that a prisoner
// is interested in a job, by a message on its queue.
type ExpressInterest struct {
	resolver *Resolver
	queue    ports.Queue
	name     string
	ids      ports.IDGenerator
}

// NewExpressInterest builds the use case publishing to the named queue.
func NewExpressInterest(resolver *Resolver, queue ports.Queue, queueName string, ids ports.IDGenerator) *ExpressInterest {
	return &ExpressInterest{resolver: resolver, queue: queue, name: queueName, ids: ids}
}

// interestMessage is the jobs board's message body, field for field.
type interestMessage struct {
	MessageID         string            `json:"messageId"`
	EventType         string            `json:"eventType"`
	Description       *string           `json:"description"`
	MessageAttributes map[string]string `json:"messageAttributes"`
}

// Handle publishes the expression of interest. The person must be a prisoner
// (the jobs board keys on the prison number) the consumer may see.
func (u *ExpressInterest) Handle(ctx context.Context, filters access.Filters, hmppsID, jobID string) error {
	jobID = strings.TrimSpace(jobID)
	if jobID == "" {
		return apperr.New(apperr.Invalid, "A job id is required")
	}
	identity, err := u.resolver.PrisonerWithin(ctx, filters, hmppsID)
	if err != nil {
		return err
	}
	body, err := json.Marshal(interestMessage{
		MessageID:         u.ids.NewID(),
		EventType:         "ExpressionOfInterestCreated",
		MessageAttributes: map[string]string{"jobId": jobID, "prisonNumber": identity.NomisNumber()},
	})
	if err != nil {
		return err
	}
	if _, err := u.queue.Publish(ctx, u.name, ports.OutboundMessage{
		Body:       string(body),
		Attributes: map[string]string{"eventType": JobsBoardEventType},
	}); err != nil {
		return &apperr.Error{Kind: apperr.Upstream, Source: "JOBS_BOARD_QUEUE", Message: "The expression of interest could not be sent to the jobs board", Err: err}
	}
	return nil
}
