package integration

import (
	"context"
	"time"
	_ "time/tzdata" // Europe/London must resolve on machines without zoneinfo

	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetVisit implements GET /v1/visit/{visitReference}.
func (s *Server) GetVisit(ctx context.Context, req api.GetVisitRequestObject) (api.GetVisitResponseObject, error) {
	v, err := s.uc.PrisonRecords.Visit.Handle(ctx, filtersFrom(ctx), req.VisitReference)
	if err != nil {
		return nil, err
	}
	return api.GetVisit200JSONResponse{Data: toVisit(v)}, nil
}

// SearchVisits implements GET /v1/prison/{prisonId}/visit/search.
func (s *Server) SearchVisits(ctx context.Context, req api.SearchVisitsRequestObject) (api.SearchVisitsResponseObject, error) {
	p := req.Params
	page, err := paging.NewRequest(p.Page, p.Size, defaultPerPage, 0)
	if err != nil {
		return nil, err
	}
	found, err := s.uc.PrisonRecords.SearchVisits.Handle(ctx, req.PrisonId, deref(p.HmppsId), string(p.VisitStatus),
		dateOf(p.FromDate), dateOf(p.ToDate), page)
	if err != nil {
		return nil, err
	}
	return api.SearchVisits200JSONResponse{Data: mapItems(found.Items, toVisit), Pagination: paginationOf(found)}, nil
}

// GetFutureVisits implements GET /v1/persons/{hmppsId}/visit/future.
func (s *Server) GetFutureVisits(ctx context.Context, req api.GetFutureVisitsRequestObject) (api.GetFutureVisitsResponseObject, error) {
	visits, err := s.uc.PrisonRecords.FutureVisits.Handle(ctx, filtersFrom(ctx), req.HmppsId)
	if err != nil {
		return nil, err
	}
	return api.GetFutureVisits200JSONResponse{Data: mapItems(visits, toVisit)}, nil
}

func toVisit(v prison.Visit) api.Visit {
	out := api.Visit{
		ApplicationReference:     optString(v.ApplicationReference),
		Reference:                optString(v.Reference),
		PrisonerId:               v.PrisonerID,
		PrisonId:                 v.PrisonID,
		PrisonName:               v.PrisonName,
		SessionTemplateReference: optString(v.SessionTemplateReference),
		VisitRoom:                v.VisitRoom,
		VisitType:                v.VisitType,
		VisitStatus:              v.VisitStatus,
		OutcomeStatus:            optString(v.OutcomeStatus),
		VisitRestriction:         v.VisitRestriction,
		StartTimestamp:           ukLocalTime(v.Start),
		EndTimestamp:             ukLocalTime(v.End),
		VisitNotes: mapItems(v.Notes, func(n prison.VisitNote) api.VisitNotes {
			return api.VisitNotes{Type: n.Type, Text: n.Text}
		}),
		VisitContact: api.VisitContact{Name: v.Contact.Name, Telephone: optString(v.Contact.Telephone), Email: optString(v.Contact.Email)},
		Visitors: mapItems(v.Visitors, func(visitor prison.Visitor) api.Visitors {
			return api.Visitors{ContactId: visitor.ContactID, VisitContact: visitor.MainContact}
		}),
		CreatedTimestamp:  ukLocalTime(v.Created),
		ModifiedTimestamp: ukLocalTime(v.Modified),
		// Visits booked before the service recorded a first-booked time were
		// booked when they were created.
		FirstBookedDateTime: ukLocalTime(v.Created),
	}
	if v.FirstBooked != nil {
		out.FirstBookedDateTime = ukLocalTime(*v.FirstBooked)
	}
	if v.VisitorSupport != "" {
		out.VisitorSupport = &api.VisitorSupport{Description: v.VisitorSupport}
	}
	return out
}

// london is the zone of the UK wall-clock times the API renders.
var london = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return loc
}()

// ukLocalTime renders an instant as the original's LocalDateTime: UK
// wall-clock time with no offset.
func ukLocalTime(t time.Time) string {
	return t.In(london).Format("2006-01-02T15:04:05")
}
