// Package personalrelationships adapts the personal-relationships API
// (generated client) to ports.PersonalRelationships.
package personalrelationships

import (
	"context"
	"net/http"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime"
	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/transport"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	api "github.com/ministryofjustice/hmpps-backbone/gen/upstream/personalrelationships"
)

// Source names this upstream in errors and logs.
const Source = "PERSONAL_RELATIONSHIPS"

// linkedPageSize is how many relationships one linked-prisoners page asks
// for; all pages are read, so it only sets the number of round trips.
const linkedPageSize = 100

// Client implements ports.PersonalRelationships.
type Client struct {
	api *api.ClientWithResponses
}

// New builds a client for the API at baseURL.
func New(baseURL string, httpClient *http.Client) (*Client, error) {
	c, err := api.NewClientWithResponses(baseURL, api.WithHTTPClient(httpClient))
	if err != nil {
		return nil, err
	}
	return &Client{api: c}, nil
}

// Contacts implements ports.PersonalRelationships. The API pages from 0, so
// page 1 is asked for as 0, and the totals come from its page metadata.
func (c *Client) Contacts(ctx context.Context, nomsNumber string, page paging.Request) (paging.Page[prison.PrisonerContact], error) {
	zeroBased, size := page.Page-1, page.PerPage
	resp, err := c.api.GetAllContactsWithResponse(ctx, nomsNumber, &api.GetAllContactsParams{Page: &zeroBased, Size: &size})
	if err != nil {
		return paging.Page[prison.PrisonerContact]{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return paging.Page[prison.PrisonerContact]{}, transport.Unexpected(Source, resp.HTTPResponse, http.StatusBadRequest)
	}
	out := paging.Page[prison.PrisonerContact]{Items: []prison.PrisonerContact{}, Request: page}
	if resp.JSON200.Content != nil {
		for _, s := range *resp.JSON200.Content {
			out.Items = append(out.Items, toPrisonerContact(s))
		}
	}
	out.Total = len(out.Items)
	if m := resp.JSON200.Page; m != nil {
		if m.Number != nil {
			out.Request.Page = int(*m.Number) + 1
		}
		if m.Size != nil && *m.Size > 0 {
			out.Request.PerPage = int(*m.Size)
		}
		if m.TotalElements != nil {
			out.Total = int(*m.TotalElements)
		}
	}
	return out, nil
}

func toPrisonerContact(s api.PrisonerContactSummary) prison.PrisonerContact {
	return prison.PrisonerContact{
		ContactID:   s.ContactId,
		FirstName:   s.FirstName,
		MiddleNames: str(s.MiddleNames),
		LastName:    s.LastName,
		DateOfBirth: date(s.DateOfBirth),
		Address: prison.ContactAddressLine{
			Flat: str(s.Flat), Property: str(s.Property), Street: str(s.Street), Area: str(s.Area),
			CityCode: str(s.CityCode), CityDescription: str(s.CityDescription),
			CountyCode: str(s.CountyCode), CountyDescription: str(s.CountyDescription),
			Postcode: str(s.Postcode), CountryCode: str(s.CountryCode), CountryDescription: str(s.CountryDescription),
		},
		PrimaryAddress: s.PrimaryAddress,
		MailAddress:    s.MailAddress,
		Phone:          prison.ContactPhone{Type: str(s.PhoneType), TypeDescription: str(s.PhoneTypeDescription), Number: str(s.PhoneNumber), Extension: str(s.ExtNumber)},
		Relationship: prison.ContactRelationship{
			TypeCode: s.RelationshipTypeCode, TypeDescription: s.RelationshipTypeDescription,
			ToPrisonerCode: s.RelationshipToPrisonerCode, ToPrisonerDescription: s.RelationshipToPrisonerDescription,
			ApprovedVisitor: s.IsApprovedVisitor, NextOfKin: s.IsNextOfKin, EmergencyContact: s.IsEmergencyContact,
			Active: s.IsRelationshipActive, CurrentTerm: s.CurrentTerm, Comments: str(s.Comments),
		},
	}
}

// Contact implements ports.PersonalRelationships.
func (c *Client) Contact(ctx context.Context, id prison.ContactID) (prison.DetailedContact, error) {
	resp, err := c.api.GetContactWithResponse(ctx, int64(id))
	if err != nil {
		return prison.DetailedContact{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.DetailedContact{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	d := resp.JSON200
	out := prison.DetailedContact{
		ContactID: d.Id, TitleCode: str(d.TitleCode), TitleDescription: str(d.TitleDescription),
		FirstName: d.FirstName, MiddleNames: str(d.MiddleNames), LastName: d.LastName,
		DateOfBirth: date(d.DateOfBirth), DeceasedDate: date(d.DeceasedDate), IsStaff: d.IsStaff,
		LanguageCode: str(d.LanguageCode), LanguageDescription: str(d.LanguageDescription),
		InterpreterRequired: d.InterpreterRequired,
		GenderCode:          str(d.GenderCode), GenderDescription: str(d.GenderDescription),
		Addresses: []prison.ContactAddress{}, Phones: []prison.ContactPhone{}, Emails: []string{},
	}
	for _, a := range d.Addresses {
		address := prison.ContactAddress{
			Type: str(a.AddressType), TypeDescription: str(a.AddressTypeDescription),
			ContactAddressLine: prison.ContactAddressLine{
				Flat: str(a.Flat), Property: str(a.Property), Street: str(a.Street), Area: str(a.Area),
				CityCode: str(a.CityCode), CityDescription: str(a.CityDescription),
				CountyCode: str(a.CountyCode), CountyDescription: str(a.CountyDescription),
				Postcode: str(a.Postcode), CountryCode: str(a.CountryCode), CountryDescription: str(a.CountryDescription),
			},
			Primary: a.PrimaryAddress, Mail: a.MailFlag, NoFixedAddress: a.NoFixedAddress,
			Verified: a.Verified, VerifiedBy: str(a.VerifiedBy), VerifiedTime: instant(a.VerifiedTime),
			StartDate: date(a.StartDate), EndDate: date(a.EndDate), Comments: str(a.Comments),
			Phones:    []prison.ContactPhone{},
			CreatedBy: a.CreatedBy, CreatedTime: a.CreatedTime.Time, UpdatedBy: str(a.UpdatedBy), UpdatedTime: instant(a.UpdatedTime),
		}
		for _, p := range a.PhoneNumbers {
			address.Phones = append(address.Phones, prison.ContactPhone{Type: p.PhoneType, TypeDescription: p.PhoneTypeDescription, Number: p.PhoneNumber, Extension: str(p.ExtNumber)})
		}
		out.Addresses = append(out.Addresses, address)
	}
	for _, p := range d.PhoneNumbers {
		out.Phones = append(out.Phones, prison.ContactPhone{Type: p.PhoneType, TypeDescription: p.PhoneTypeDescription, Number: p.PhoneNumber, Extension: str(p.ExtNumber)})
	}
	for _, e := range d.EmailAddresses {
		out.Emails = append(out.Emails, e.EmailAddress)
	}
	return out, nil
}

// LinkedPrisoners implements ports.PersonalRelationships, reading every page.
func (c *Client) LinkedPrisoners(ctx context.Context, id prison.ContactID) ([]prison.LinkedPrisoner, error) {
	var out []prison.LinkedPrisoner
	for page := 0; ; page++ {
		size := linkedPageSize
		resp, err := c.api.GetContactLinkedPrisonersWithResponse(ctx, int64(id), &api.GetContactLinkedPrisonersParams{Page: &page, Size: &size})
		if err != nil {
			return nil, transport.Failed(Source, err)
		}
		if resp.JSON200 == nil {
			return nil, transport.Unexpected(Source, resp.HTTPResponse)
		}
		if resp.JSON200.Content != nil {
			for _, l := range *resp.JSON200.Content {
				out = append(out, prison.LinkedPrisoner{PrisonerNumber: l.PrisonerNumber, PrisonerContactID: l.PrisonerContactId})
			}
		}
		m := resp.JSON200.Page
		if m == nil || m.TotalPages == nil || int64(page+1) >= *m.TotalPages {
			return out, nil
		}
	}
}

// Restrictions implements ports.PersonalRelationships.
func (c *Client) Restrictions(ctx context.Context, prisonerContactID int64) (prison.VisitorRestrictions, error) {
	resp, err := c.api.GetPrisonerContactRestrictionsByPrisonerContactIdWithResponse(ctx, prisonerContactID)
	if err != nil {
		return prison.VisitorRestrictions{}, transport.Failed(Source, err)
	}
	if resp.JSON200 == nil {
		return prison.VisitorRestrictions{}, transport.Unexpected(Source, resp.HTTPResponse)
	}
	out := prison.VisitorRestrictions{PrisonerContact: []prison.ContactRestriction{}, Global: []prison.ContactRestriction{}}
	for _, r := range resp.JSON200.PrisonerContactRestrictions {
		out.PrisonerContact = append(out.PrisonerContact, prison.ContactRestriction{
			Type: r.RestrictionType, TypeDescription: r.RestrictionTypeDescription,
			StartDate: date(r.StartDate), ExpiryDate: date(r.ExpiryDate), Comments: str(r.Comments),
			EnteredByUsername: r.EnteredByUsername, EnteredByDisplayName: r.EnteredByDisplayName,
			CreatedBy: r.CreatedBy, CreatedTime: r.CreatedTime.Time, UpdatedBy: str(r.UpdatedBy), UpdatedTime: instant(r.UpdatedTime),
		})
	}
	for _, r := range resp.JSON200.ContactGlobalRestrictions {
		out.Global = append(out.Global, prison.ContactRestriction{
			Type: r.RestrictionType, TypeDescription: r.RestrictionTypeDescription,
			StartDate: date(r.StartDate), ExpiryDate: date(r.ExpiryDate), Comments: str(r.Comments),
			EnteredByUsername: r.EnteredByUsername, EnteredByDisplayName: r.EnteredByDisplayName,
			CreatedBy: r.CreatedBy, CreatedTime: r.CreatedTime.Time, UpdatedBy: str(r.UpdatedBy), UpdatedTime: instant(r.UpdatedTime),
		})
	}
	return out, nil
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func date(d *openapi_types.Date) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}

func instant(d *localtime.DateTime) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
