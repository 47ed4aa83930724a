package main

import (
	"crypto/tls"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/ndelius"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
)

// integrationAccess builds the Integration API's access control from the
// authorisation file; an invalid file stops the service from starting. The
// redaction policies' LAO check resolves people with resolver, the one every
// /v1 person operation uses, and asks nDelius over upstreamClient.
func integrationAccess(cfg config, resolver coreaccess.PersonResolver, upstreamClient *http.Client) (func(http.Handler) http.Handler, error) {
	policy, err := access.LoadFile(cfg.AuthorisationFile)
	if err != nil {
		return nil, err
	}
	mode, err := access.ParseMode(cfg.IdentityMode)
	if err != nil {
		return nil, err
	}
	delius, err := ndelius.New(cfg.Upstreams["ndelius"], upstreamClient)
	if err != nil {
		return nil, err
	}
	return access.Middleware(access.Options{
		Policy: policy, Mode: mode,
		LimitedAccess: coreaccess.NewLimitedAccess(resolver, delius),
	})
}

// serverTLS is the listener's TLS configuration: nil (plain HTTP behind a
// gateway) in header mode, client-certificate verification in mtls mode.
func serverTLS(cfg config) (*tls.Config, error) {
	if cfg.IdentityMode != string(access.MTLSMode) {
		return nil, nil
	}
	return access.ServerTLS(cfg.TLSCertFile, cfg.TLSKeyFile, cfg.TLSClientCAFile)
}
