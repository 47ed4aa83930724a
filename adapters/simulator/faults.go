package simulator

import (
	"net/http"
)

// Hang is the Person.Failures status that makes the upstream never answer: the
// request is held until the caller gives up, to exercise timeouts.
const Hang = -1

// failed answers for an upstream the person is set up to break (see
// Person.Failures) and reports whether it did; handlers return when it has.
func failed(w http.ResponseWriter, r *http.Request, p *Person, upstream string, errs errorStyle) bool {
	if p == nil {
		return false
	}
	status, ok := p.Failures[upstream]
	if !ok {
		return false
	}
	if status == Hang {
		<-r.Context().Done()
		return true
	}
	writeError(w, errs, status, "Simulated failure", "The simulator was told to fail "+upstream+" for "+p.PrisonerNumber)
	return true
}
