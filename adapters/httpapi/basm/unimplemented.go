package basm

// Unimplemented answers 501, as a JSON:API error, for every operation not built
// yet (listed in docs/status.md with the issue that owns it). Server embeds it,
// so implementing an operation means adding its method to Server and deleting
// the stub here. Every operation is built now; a new one starts as a stub
// returning apperr.New(apperr.NotImplemented, "<operationId> is not implemented yet").
type Unimplemented struct{}
