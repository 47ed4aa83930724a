package integration

// Unimplemented answers 501, in the spec's error shape, for every operation not
// built yet (listed in docs/status.md with the issue that owns it). Server
// embeds it, so implementing an operation means adding its method to Server
// and deleting the stub here. Every operation is built now; a new one starts
// as a stub here returning apperr.New(apperr.NotImplemented, ...).
type Unimplemented struct{}
