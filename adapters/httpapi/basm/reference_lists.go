package basm

import (
	"context"

	"github.com/google/uuid"

	"github.com/ministryofjustice/hmpps-backbone/core/reference"
	api "github.com/ministryofjustice/hmpps-backbone/gen/movesapi"
)

// The reference lists are unpaginated and take no include (§1.5).

// ListGenders implements GET /api/reference/genders.
func (s *Server) ListGenders(ctx context.Context, _ api.ListGendersRequestObject) (api.ListGendersResponseObject, error) {
	items, err := s.uc.Reference.Items(ctx, "genders")
	if err != nil {
		return nil, err
	}
	out := api.ListGenders200ApplicationVndAPIPlusJSONResponse{Data: make([]api.Gender, len(items))}
	for i, it := range items {
		g := api.Gender{Id: uuid.MustParse(it.ID), Type: "genders"}
		g.Attributes.Key, g.Attributes.Title = it.Key, it.Title
		g.Attributes.Description, g.Attributes.NomisCode = optional(it.Description), optional(it.NomisCode)
		g.Attributes.DisabledAt = jsonTimePtr(it.DisabledAt)
		out.Data[i] = g
	}
	return out, nil
}

// ListEthnicities implements GET /api/reference/ethnicities.
func (s *Server) ListEthnicities(ctx context.Context, _ api.ListEthnicitiesRequestObject) (api.ListEthnicitiesResponseObject, error) {
	items, err := s.uc.Reference.Items(ctx, "ethnicities")
	if err != nil {
		return nil, err
	}
	out := api.ListEthnicities200ApplicationVndAPIPlusJSONResponse{Data: make([]api.Ethnicity, len(items))}
	for i, it := range items {
		e := api.Ethnicity{Id: uuid.MustParse(it.ID), Type: "ethnicities"}
		e.Attributes.Key, e.Attributes.Title = it.Key, it.Title
		e.Attributes.Description, e.Attributes.NomisCode = optional(it.Description), optional(it.NomisCode)
		e.Attributes.DisabledAt = jsonTimePtr(it.DisabledAt)
		out.Data[i] = e
	}
	return out, nil
}

// ListPrisonTransferReasons implements GET /api/reference/prison_transfer_reasons.
func (s *Server) ListPrisonTransferReasons(ctx context.Context, _ api.ListPrisonTransferReasonsRequestObject) (api.ListPrisonTransferReasonsResponseObject, error) {
	items, err := s.uc.Reference.Items(ctx, "prison_transfer_reasons")
	if err != nil {
		return nil, err
	}
	out := api.ListPrisonTransferReasons200ApplicationVndAPIPlusJSONResponse{Data: make([]api.PrisonTransferReason, len(items))}
	for i, it := range items {
		r := api.PrisonTransferReason{Id: uuid.MustParse(it.ID), Type: "prison_transfer_reasons"}
		r.Attributes.Key, r.Attributes.Title, r.Attributes.DisabledAt = it.Key, it.Title, jsonTimePtr(it.DisabledAt)
		out.Data[i] = r
	}
	return out, nil
}

// ListAssessmentQuestions implements GET /api/reference/assessment_questions.
func (s *Server) ListAssessmentQuestions(ctx context.Context, req api.ListAssessmentQuestionsRequestObject) (api.ListAssessmentQuestionsResponseObject, error) {
	var category reference.AssessmentCategory
	if req.Params.FilterCategory != nil {
		category = reference.AssessmentCategory(*req.Params.FilterCategory)
	}
	questions, err := s.uc.Reference.AssessmentQuestions(ctx, category)
	if err != nil {
		return nil, err
	}
	out := api.ListAssessmentQuestions200ApplicationVndAPIPlusJSONResponse{Data: make([]api.AssessmentQuestion, len(questions))}
	for i, q := range questions {
		a := api.AssessmentQuestion{Id: uuid.MustParse(q.ID), Type: "assessment_questions"}
		a.Attributes.Key, a.Attributes.Title = q.Key, q.Title
		a.Attributes.Category, a.Attributes.DisabledAt = api.AssessmentCategory(q.Category), jsonTimePtr(q.DisabledAt)
		out.Data[i] = a
	}
	return out, nil
}

// ListCategories implements GET /api/reference/categories.
func (s *Server) ListCategories(ctx context.Context, _ api.ListCategoriesRequestObject) (api.ListCategoriesResponseObject, error) {
	cats, err := s.uc.Reference.Categories(ctx)
	if err != nil {
		return nil, err
	}
	out := api.ListCategories200ApplicationVndAPIPlusJSONResponse{Data: make([]api.Category, len(cats))}
	for i, c := range cats {
		a := api.Category{Id: uuid.MustParse(c.ID), Type: "categories"}
		a.Attributes.Key, a.Attributes.Title, a.Attributes.MoveSupported = c.Key, c.Title, c.MoveSupported
		a.Attributes.CreatedAt, a.Attributes.UpdatedAt = jsonTime(c.CreatedAt), jsonTime(c.UpdatedAt)
		out.Data[i] = a
	}
	return out, nil
}

// ListSuppliers implements GET /api/reference/suppliers.
func (s *Server) ListSuppliers(ctx context.Context, _ api.ListSuppliersRequestObject) (api.ListSuppliersResponseObject, error) {
	suppliers, err := s.uc.Reference.Suppliers(ctx)
	if err != nil {
		return nil, err
	}
	out := api.ListSuppliers200ApplicationVndAPIPlusJSONResponse{Data: make([]api.Supplier, len(suppliers))}
	for i, sup := range suppliers {
		out.Data[i] = toSupplier(sup)
	}
	return out, nil
}

// GetSupplier implements GET /api/reference/suppliers/{key}: suppliers are looked up by key.
func (s *Server) GetSupplier(ctx context.Context, req api.GetSupplierRequestObject) (api.GetSupplierResponseObject, error) {
	sup, err := s.uc.Reference.SupplierByKey(ctx, req.SupplierId)
	if err != nil {
		return nil, err
	}
	return api.GetSupplier200ApplicationVndAPIPlusJSONResponse{Data: toSupplier(sup)}, nil
}

// ListSupplierLocations implements GET /api/suppliers/{supplierId}/locations.
func (s *Server) ListSupplierLocations(ctx context.Context, req api.ListSupplierLocationsRequestObject) (api.ListSupplierLocationsResponseObject, error) {
	include, err := includes(req.Params.Include, locationIncludes...)
	if err != nil {
		return nil, err
	}
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	if _, err := s.uc.Reference.Supplier(ctx, req.SupplierId.String()); err != nil {
		return nil, err
	}
	result, err := s.uc.Locations.List(ctx, reference.LocationFilter{SupplierIDs: []string{req.SupplierId.String()}}, page)
	if err != nil {
		return nil, err
	}
	data := make([]api.Location, len(result.Items))
	for i, l := range result.Items {
		data[i] = toLocation(l)
	}
	included, err := s.locationIncluded(ctx, include, result.Items...)
	if err != nil {
		return nil, err
	}
	links, meta := paginationOf(requestFrom(ctx), result)
	return api.ListSupplierLocations200ApplicationVndAPIPlusJSONResponse{Data: data, Included: included, Links: links, Meta: meta}, nil
}

func toSupplier(sup reference.Supplier) api.Supplier {
	out := api.Supplier{Id: uuid.MustParse(sup.ID), Type: "suppliers"}
	out.Attributes.Key, out.Attributes.Name = sup.Key, sup.Name
	return out
}
