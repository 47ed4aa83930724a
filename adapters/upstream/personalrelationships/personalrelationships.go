// Package personalrelationships adapts the personal-relationships API
// (generated client) to ports.PersonalRelationships.
package personalrelationships

import (
	"context"
	"net/http"
	"time"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/optional"

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
		MiddleNames: optional.String(s.MiddleNames),
		LastName:    s.LastName,
		DateOfBirth: optional.Date(s.DateOfBirth),
		Address: prison.ContactAddressLine{
			Flat: optional.String(s.Flat), Property: optional.String(s.Property), Street: optional.String(s.Street), Area: optional.String(s.Area),
			CityCode: optional.String(s.CityCode), CityDescription: optional.String(s.CityDescription),
			CountyCode: optional.String(s.CountyCode), CountyDescription: optional.String(s.CountyDescription),
			Postcode: optional.String(s.Postcode), CountryCode: optional.String(s.CountryCode), CountryDescription: optional.String(s.CountryDescription),
		},
		PrimaryAddress: s.PrimaryAddress,
		MailAddress:    s.MailAddress,
		Phone:          prison.ContactPhone{Type: optional.String(s.PhoneType), TypeDescription: optional.String(s.PhoneTypeDescription), Number: optional.String(s.PhoneNumber), Extension: optional.String(s.ExtNumber)},
		Relationship: prison.ContactRelationship{
			TypeCode: s.RelationshipTypeCode, TypeDescription: s.RelationshipTypeDescription,
			ToPrisonerCode: s.RelationshipToPrisonerCode, ToPrisonerDescription: s.RelationshipToPrisonerDescription,
			ApprovedVisitor: s.IsApprovedVisitor, NextOfKin: s.IsNextOfKin, EmergencyContact: s.IsEmergencyContact,
			Active: s.IsRelationshipActive, CurrentTerm: s.CurrentTerm, Comments: optional.String(s.Comments),
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
		ContactID: d.Id, TitleCode: optional.String(d.TitleCode), TitleDescription: optional.String(d.TitleDescription),
		FirstName: d.FirstName, MiddleNames: optional.String(d.MiddleNames), LastName: d.LastName,
		DateOfBirth: optional.Date(d.DateOfBirth), DeceasedDate: optional.Date(d.DeceasedDate), IsStaff: d.IsStaff,
		LanguageCode: optional.String(d.LanguageCode), LanguageDescription: optional.String(d.LanguageDescription),
		InterpreterRequired: d.InterpreterRequired,
		GenderCode:          optional.String(d.GenderCode), GenderDescription: optional.String(d.GenderDescription),
		Addresses: []prison.ContactAddress{}, Phones: []prison.ContactPhone{}, Emails: []string{},
	}
	for _, a := range d.Addresses {
		address := prison.ContactAddress{
			Type: optional.String(a.AddressType), TypeDescription: optional.String(a.AddressTypeDescription),
			ContactAddressLine: prison.ContactAddressLine{
				Flat: optional.String(a.Flat), Property: optional.String(a.Property), Street: optional.String(a.Street), Area: optional.String(a.Area),
				CityCode: optional.String(a.CityCode), CityDescription: optional.String(a.CityDescription),
				CountyCode: optional.String(a.CountyCode), CountyDescription: optional.String(a.CountyDescription),
				Postcode: optional.String(a.Postcode), CountryCode: optional.String(a.CountryCode), CountryDescription: optional.String(a.CountryDescription),
			},
			Primary: a.PrimaryAddress, Mail: a.MailFlag, NoFixedAddress: a.NoFixedAddress,
			Verified: a.Verified, VerifiedBy: optional.String(a.VerifiedBy), VerifiedTime: instant(a.VerifiedTime),
			StartDate: optional.Date(a.StartDate), EndDate: optional.Date(a.EndDate), Comments: optional.String(a.Comments),
			Phones:    []prison.ContactPhone{},
			CreatedBy: a.CreatedBy, CreatedTime: a.CreatedTime.Time, UpdatedBy: optional.String(a.UpdatedBy), UpdatedTime: instant(a.UpdatedTime),
		}
		for _, p := range a.PhoneNumbers {
			address.Phones = append(address.Phones, prison.ContactPhone{Type: p.PhoneType, TypeDescription: p.PhoneTypeDescription, Number: p.PhoneNumber, Extension: optional.String(p.ExtNumber)})
		}
		out.Addresses = append(out.Addresses, address)
	}
	for _, p := range d.PhoneNumbers {
		out.Phones = append(out.Phones, prison.ContactPhone{Type: p.PhoneType, TypeDescription: p.PhoneTypeDescription, Number: p.PhoneNumber, Extension: optional.String(p.ExtNumber)})
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
			StartDate: optional.Date(r.StartDate), ExpiryDate: optional.Date(r.ExpiryDate), Comments: optional.String(r.Comments),
			EnteredByUsername: r.EnteredByUsername, EnteredByDisplayName: r.EnteredByDisplayName,
			CreatedBy: r.CreatedBy, CreatedTime: r.CreatedTime.Time, UpdatedBy: optional.String(r.UpdatedBy), UpdatedTime: instant(r.UpdatedTime),
		})
	}
	for _, r := range resp.JSON200.ContactGlobalRestrictions {
		out.Global = append(out.Global, prison.ContactRestriction{
			Type: r.RestrictionType, TypeDescription: r.RestrictionTypeDescription,
			StartDate: optional.Date(r.StartDate), ExpiryDate: optional.Date(r.ExpiryDate), Comments: optional.String(r.Comments),
			EnteredByUsername: r.EnteredByUsername, EnteredByDisplayName: r.EnteredByDisplayName,
			CreatedBy: r.CreatedBy, CreatedTime: r.CreatedTime.Time, UpdatedBy: optional.String(r.UpdatedBy), UpdatedTime: instant(r.UpdatedTime),
		})
	}
	return out, nil
}

func instant(d *localtime.DateTime) *time.Time {
	if d == nil {
		return nil
	}
	t := d.Time
	return &t
}
