package access

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strconv"

	"github.com/ministryofjustice/hmpps-backbone/adapters/httpapi/integration"
	coreaccess "github.com/ministryofjustice/hmpps-backbone/core/access"
)

// redact runs one request under its consumer's redaction rules: the one
// place the policies meet HTTP, so no handler knows about them.
//   - Reject rules answer 403 (or 500 when the LAO check fails) before the
//     handler runs, so nothing is fetched for a refused request.
//   - Mask and remove rules buffer the handler's response; a 2xx JSON body
//     is decoded, rewritten and sent with a corrected Content-Length. Any
//     other response passes through unchanged.
func redact(w http.ResponseWriter, r *http.Request, next http.Handler, red *coreaccess.Redaction) {
	if err := red.Refusal(r.Context()); err != nil {
		integration.RenderError(w, r, err)
		return
	}
	if !red.RewritesBody() {
		next.ServeHTTP(w, r)
		return
	}
	buf := &bufferedResponse{header: w.Header()}
	next.ServeHTTP(buf, r)
	if !buf.rewritable() {
		buf.sendTo(w, buf.body.Bytes()) // as the handler wrote it, Content-Length included
		return
	}
	dec := json.NewDecoder(bytes.NewReader(buf.body.Bytes()))
	dec.UseNumber() // numbers go back out exactly as the handler wrote them
	var body any
	if err := dec.Decode(&body); err != nil {
		// Not the JSON it claims to be: nothing can be redacted, so nothing
		// is sent.
		w.Header().Del("Content-Length")
		integration.RenderError(w, r, err)
		return
	}
	body, applied, err := red.Rewrite(r.Context(), body)
	if err != nil {
		w.Header().Del("Content-Length")
		integration.RenderError(w, r, err)
		return
	}
	if !applied {
		buf.sendTo(w, buf.body.Bytes())
		return
	}
	var out bytes.Buffer
	if err := json.NewEncoder(&out).Encode(body); err != nil {
		w.Header().Del("Content-Length")
		integration.RenderError(w, r, err)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	buf.sendTo(w, out.Bytes())
}

// bufferedResponse holds a handler's response until it has been redacted.
// Headers go straight to the real writer's map: only the status and body
// wait.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	b.WriteHeader(http.StatusOK)
	return b.body.Write(p)
}

// rewritable reports whether the response is a 2xx JSON body, the only kind
// the policies apply to.
func (b *bufferedResponse) rewritable() bool {
	if b.status < 200 || b.status > 299 || b.body.Len() == 0 {
		return false
	}
	mediaType, _, err := mime.ParseMediaType(b.header.Get("Content-Type"))
	return err == nil && (mediaType == "application/json" || mediaType == "application/problem+json")
}

func (b *bufferedResponse) sendTo(w http.ResponseWriter, body []byte) {
	status := b.status
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
