package main

import (
	"crypto/tls"
	"net/http"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/access"
)

// integrationAccess builds the Integration API's access control from the
// authorisation file; an invalid file stops the service from starting.
func integrationAccess(cfg config) (func(http.Handler) http.Handler, error) {
	policy, err := access.LoadFile(cfg.AuthorisationFile)
	if err != nil {
		return nil, err
	}
	mode, err := access.ParseMode(cfg.IdentityMode)
	if err != nil {
		return nil, err
	}
	return access.Middleware(access.Options{Policy: policy, Mode: mode})
}

// serverTLS is the listener's TLS configuration: nil (plain HTTP behind a
// gateway) in header mode, client-certificate verification in mtls mode.
func serverTLS(cfg config) (*tls.Config, error) {
	if cfg.IdentityMode != string(access.MTLSMode) {
		return nil, nil
	}
	return access.ServerTLS(cfg.TLSCertFile, cfg.TLSKeyFile, cfg.TLSClientCAFile)
}
