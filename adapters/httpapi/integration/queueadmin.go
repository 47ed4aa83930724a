package integration

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
	"github.com/ministryofjustice/hmpps-backbone/ports"
)

// RetryDlq implements PUT /queue-admin/retry-dlq/{dlqName}.
func (s *Server) RetryDlq(ctx context.Context, req api.RetryDlqRequestObject) (api.RetryDlqResponseObject, error) {
	r, err := s.uc.QueueAdmin.RetryDLQ(ctx, req.DlqName)
	if err != nil {
		return nil, err
	}
	return api.RetryDlq200JSONResponse{MessagesFoundCount: r.Found}, nil
}

// RetryAllDlqs implements PUT /queue-admin/retry-all-dlqs: one result per DLQ.
func (s *Server) RetryAllDlqs(ctx context.Context, _ api.RetryAllDlqsRequestObject) (api.RetryAllDlqsResponseObject, error) {
	all, err := s.uc.QueueAdmin.RetryAllDLQs(ctx)
	if err != nil {
		return nil, err
	}
	out := make(api.RetryAllDlqs200JSONResponse, 0, len(all))
	for _, r := range all {
		out = append(out, api.RetryDlqResult{MessagesFoundCount: r.Found})
	}
	return out, nil
}

// PurgeQueue implements PUT /queue-admin/purge-queue/{queueName}.
func (s *Server) PurgeQueue(ctx context.Context, req api.PurgeQueueRequestObject) (api.PurgeQueueResponseObject, error) {
	n, err := s.uc.QueueAdmin.Purge(ctx, req.QueueName)
	if err != nil {
		return nil, err
	}
	return api.PurgeQueue200JSONResponse{MessagesFoundCount: n}, nil
}

// GetDlqMessages implements GET /queue-admin/get-dlq-messages/{dlqName}.
func (s *Server) GetDlqMessages(ctx context.Context, req api.GetDlqMessagesRequestObject) (api.GetDlqMessagesResponseObject, error) {
	limit := 0 // the use case's default
	if req.Params.MaxMessages != nil {
		limit = *req.Params.MaxMessages
		if limit < 1 {
			// Checked here as well as by the spec validation, because 0 would
			// otherwise silently mean the default.
			return nil, apperr.New(apperr.Invalid, "maxMessages must be at least 1")
		}
	}
	peeked, err := s.uc.QueueAdmin.PeekDLQ(ctx, req.DlqName, limit)
	if err != nil {
		return nil, err
	}
	msgs := make([]api.DlqMessage, 0, len(peeked.Messages))
	for _, m := range peeked.Messages {
		msgs = append(msgs, dlqMessage(m))
	}
	return api.GetDlqMessages200JSONResponse{
		MessagesFoundCount:    peeked.Found,
		MessagesReturnedCount: len(msgs),
		Messages:              msgs,
	}, nil
}

// rawBodyKey holds a message body that is not a JSON object. The spec's body
// is an object because HMPPS messages are JSON objects, but a DLQ is where
// malformed messages end up, and an operator must still be able to see them.
const rawBodyKey = "rawMessage"

// dlqMessage shows a message's body as the JSON object it holds, numbers kept
// exactly as written, or wrapped as {"rawMessage": "<body>"} if it is not one.
func dlqMessage(m ports.Delivery) api.DlqMessage {
	dec := json.NewDecoder(bytes.NewReader([]byte(m.Body)))
	dec.UseNumber()
	var body map[string]any
	if err := dec.Decode(&body); err != nil || body == nil || dec.More() {
		body = map[string]any{rawBodyKey: m.Body}
	}
	return api.DlqMessage{MessageId: m.ID, Body: body}
}
