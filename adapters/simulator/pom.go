package simulator

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Manage POM Cases (manage-POM.json): the primary prison offender manager
// allocated to a prisoner in their current prison.

// POMAllocation is the staff member allocated as the prisoner's primary POM.
type POMAllocation struct {
	StaffID  int
	Forename string
	Surname  string
}

func (s *server) pomRoutes(r chi.Router) {
	r.Get("/api/allocation/{nomsNumber}/primary_pom", s.primaryPOM)
}

// pomStatus is manage-POM.json's Status schema, its error body.
type pomStatus struct {
	Status  string `json:"status"`
	Message string `json:"message"`
}

func pomError(status int, user, _ string) any {
	return pomStatus{Status: "error", Message: user}
}

type pomPrimary struct {
	Manager pomManager `json:"manager"`
	Prison  pomPrison  `json:"prison"`
}

type pomManager struct {
	Code     int    `json:"code"`
	Forename string `json:"forename"`
	Surname  string `json:"surname"`
}

type pomPrison struct {
	Code string `json:"code"`
}

func (s *server) primaryPOM(w http.ResponseWriter, r *http.Request) {
	noms := chi.URLParam(r, "nomsNumber")
	p := s.world.ByPrisonerNumber(noms)
	// Only a prisoner held in a prison has an allocation.
	if p == nil || !inPrisonSystem(p) || p.Custody.POM == nil || p.Custody.InOutStatus != "IN" {
		writeError(w, pomError, http.StatusNotFound, "Not allocated", "")
		return
	}
	if failed(w, r, p, "pom", pomError) {
		return
	}
	a := p.Custody.POM
	writeJSON(w, http.StatusOK, pomPrimary{
		Manager: pomManager{Code: a.StaffID, Forename: a.Forename, Surname: a.Surname},
		Prison:  pomPrison{Code: p.Custody.PrisonID},
	})
}
