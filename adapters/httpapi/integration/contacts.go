package integration

import (
	"context"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/integrationapi"
)

// GetContacts implements GET /v1/persons/{hmppsId}/contacts.
func (s *Server) GetContacts(ctx context.Context, req api.GetContactsRequestObject) (api.GetContactsResponseObject, error) {
	page, err := pageRequest(req.Params.Page, req.Params.PerPage)
	if err != nil {
		return nil, err
	}
	contacts, err := s.uc.PrisonRecords.Contacts.Handle(ctx, filtersFrom(ctx), req.HmppsId, page)
	if err != nil {
		return nil, err
	}
	return api.GetContacts200JSONResponse{Data: mapItems(contacts.Items, toPrisonerContact), Pagination: paginationOf(contacts)}, nil
}

// GetContact implements GET /v1/contacts/{contactId}.
func (s *Server) GetContact(ctx context.Context, req api.GetContactRequestObject) (api.GetContactResponseObject, error) {
	c, err := s.uc.PrisonRecords.Contact.Handle(ctx, req.ContactId)
	if err != nil {
		return nil, err
	}
	return api.GetContact200JSONResponse{Data: toDetailedContact(c), Errors: []api.UpstreamApiError{}}, nil
}

// GetVisitorRestrictions implements GET /v1/persons/{hmppsId}/visitor/{contactId}/restrictions.
func (s *Server) GetVisitorRestrictions(ctx context.Context, req api.GetVisitorRestrictionsRequestObject) (api.GetVisitorRestrictionsResponseObject, error) {
	r, err := s.uc.PrisonRecords.VisitorRestrictions.Handle(ctx, filtersFrom(ctx), req.HmppsId, req.ContactId)
	if err != nil {
		return nil, err
	}
	return api.GetVisitorRestrictions200JSONResponse{Data: api.PrisonerContactRestrictions{
		PrisonerContactRestrictions: mapItems(r.PrisonerContact, toContactRestriction),
		ContactGlobalRestrictions:   mapItems(r.Global, toContactRestriction),
	}}, nil
}

func toPrisonerContact(c prison.PrisonerContact) api.PrisonerContact {
	a, p, rel := c.Address, c.Phone, c.Relationship
	return api.PrisonerContact{
		Contact: api.Contact{
			ContactId: c.ContactID, FirstName: c.FirstName, MiddleNames: optString(c.MiddleNames), LastName: c.LastName,
			DateOfBirth: optDate(c.DateOfBirth),
			Flat:        optString(a.Flat), Property: optString(a.Property), Street: optString(a.Street), Area: optString(a.Area),
			CityCode: optString(a.CityCode), CityDescription: optString(a.CityDescription),
			CountyCode: optString(a.CountyCode), CountyDescription: optString(a.CountyDescription),
			PostCode: optString(a.Postcode), CountryCode: optString(a.CountryCode), CountryDescription: optString(a.CountryDescription),
			PrimaryAddress: c.PrimaryAddress, MailAddress: c.MailAddress,
			PhoneType: optString(p.Type), PhoneTypeDescription: optString(p.TypeDescription),
			PhoneNumber: optString(p.Number), ExtNumber: optString(p.Extension),
		},
		Relationship: api.PrisonerContactRelationship{
			RelationshipTypeCode: optString(rel.TypeCode), RelationshipTypeDescription: optString(rel.TypeDescription),
			RelationshipToPrisonerCode: optString(rel.ToPrisonerCode), RelationshipToPrisonerDescription: optString(rel.ToPrisonerDescription),
			ApprovedVisitor: &rel.ApprovedVisitor, NextOfKin: &rel.NextOfKin, EmergencyContact: &rel.EmergencyContact,
			IsRelationshipActive: &rel.Active, CurrentTerm: &rel.CurrentTerm, Comments: optString(rel.Comments),
		},
	}
}

func toDetailedContact(c prison.DetailedContact) api.DetailedContact {
	return api.DetailedContact{
		ContactId: c.ContactID, TitleCode: optString(c.TitleCode), TitleDescription: optString(c.TitleDescription),
		FirstName: c.FirstName, MiddleNames: optString(c.MiddleNames), LastName: c.LastName,
		DateOfBirth: optDate(c.DateOfBirth), DeceasedDate: optDate(c.DeceasedDate), IsStaff: c.IsStaff,
		LanguageCode: optString(c.LanguageCode), LanguageDescription: optString(c.LanguageDescription),
		InterpreterRequired: c.InterpreterRequired,
		GenderCode:          optString(c.GenderCode), GenderDescription: optString(c.GenderDescription),
		Addresses: mapItems(c.Addresses, func(a prison.ContactAddress) api.ContactAddress {
			return api.ContactAddress{
				AddressType: optString(a.Type), AddressTypeDescription: optString(a.TypeDescription),
				Flat: optString(a.Flat), Property: optString(a.Property), Street: optString(a.Street), Area: optString(a.Area),
				CityCode: optString(a.CityCode), CityDescription: optString(a.CityDescription),
				CountyCode: optString(a.CountyCode), CountyDescription: optString(a.CountyDescription),
				Postcode: optString(a.Postcode), CountryCode: optString(a.CountryCode), CountryDescription: optString(a.CountryDescription),
				PrimaryAddress: a.Primary, MailFlag: a.Mail, NoFixedAddress: a.NoFixedAddress,
				Verified: a.Verified, VerifiedBy: optString(a.VerifiedBy), VerifiedTime: optUKLocalTime(a.VerifiedTime),
				StartDate: optDate(a.StartDate), EndDate: optDate(a.EndDate), Comments: optString(a.Comments),
				PhoneNumbers: mapItems(a.Phones, toContactPhone),
				CreatedBy:    a.CreatedBy, CreatedTime: ukLocalTime(a.CreatedTime),
				UpdatedBy: optString(a.UpdatedBy), UpdatedTime: optUKLocalTime(a.UpdatedTime),
			}
		}),
		PhoneNumbers: mapItems(c.Phones, toContactPhone),
		EmailAddresses: mapItems(c.Emails, func(e string) api.ContactEmailAddress {
			return api.ContactEmailAddress{EmailAddress: e}
		}),
	}
}

func toContactPhone(p prison.ContactPhone) api.ContactPhoneNumber {
	return api.ContactPhoneNumber{PhoneType: p.Type, PhoneTypeDescription: p.TypeDescription, PhoneNumber: p.Number, ExtNumber: optString(p.Extension)}
}

func toContactRestriction(r prison.ContactRestriction) api.ContactRestriction {
	return api.ContactRestriction{
		RestrictionType: r.Type, RestrictionTypeDescription: r.TypeDescription,
		StartDate: optDate(r.StartDate), ExpiryDate: optDate(r.ExpiryDate), Comments: optString(r.Comments),
		EnteredByUsername: optString(r.EnteredByUsername), EnteredByDisplayName: optString(r.EnteredByDisplayName),
		CreatedBy: r.CreatedBy, CreatedTime: ukLocalTime(r.CreatedTime),
		UpdatedBy: optString(r.UpdatedBy), UpdatedTime: optUKLocalTime(r.UpdatedTime),
	}
}

func optUKLocalTime(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := ukLocalTime(*t)
	return &s
}
