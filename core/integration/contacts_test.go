package integration_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/access"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/integration"
	"github.com/ministryofjustice/hmpps-backbone/core/paging"
	"github.com/ministryofjustice/hmpps-backbone/core/prison"
	portsmocks "github.com/ministryofjustice/hmpps-backbone/gen/mocks/ports"
)

func TestGetContacts(t *testing.T) {
	t.Parallel()
	page := paging.Request{Page: 2, PerPage: 1}
	cases := []struct {
		name    string
		id      string
		filters access.Filters
		asked   bool
		kind    apperr.Kind
	}{
		{"by CRN", "X00001", access.Unrestricted, true, 0},
		{"other prison is hidden", "A1234AA", inLeedsOnly, false, apperr.NotFound},
		{"probation only", "X00002", access.Unrestricted, false, apperr.NotFound},
		{"malformed", "bogus", access.Unrestricted, false, apperr.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			relationships := portsmocks.NewPersonalRelationships(t)
			want := paging.Page[prison.PrisonerContact]{Items: []prison.PrisonerContact{{ContactID: 123457}}, Request: page, Total: 3}
			if c.asked {
				relationships.EXPECT().Contacts(mock.Anything, "A1234AA", page).Return(want, nil).Once()
			}
			got, err := integration.NewGetContacts(newWorld(t).resolver, relationships).Handle(context.Background(), c.filters, c.id, page)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

func TestGetContact(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, id string
		upstream error
		kind     apperr.Kind
		message  string
	}{
		{"found", "123456", nil, 0, ""},
		{"not a number", "12a", nil, apperr.Invalid, ""},
		{"unknown: the bare id", "999", apperr.New(apperr.NotFound, "404 from personal relationships"), apperr.NotFound, "999"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			relationships := portsmocks.NewPersonalRelationships(t)
			if c.kind != apperr.Invalid {
				id, _ := prison.ParseContactID(c.id)
				relationships.EXPECT().Contact(mock.Anything, id).Return(prison.DetailedContact{ContactID: int64(id)}, c.upstream).Once()
			}
			got, err := integration.NewGetContact(relationships).Handle(context.Background(), c.id)
			if c.kind != 0 {
				e, ok := apperr.As(err)
				require.True(t, ok)
				assert.Equal(t, c.kind, e.Kind)
				if c.message != "" {
					assert.Equal(t, c.message, e.Message)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, int64(123456), got.ContactID)
		})
	}
}

func TestGetVisitorRestrictions(t *testing.T) {
	t.Parallel()
	ban := prison.ContactRestriction{Type: "BAN"}
	closed := prison.ContactRestriction{Type: "CLOSED"}
	noncon := prison.ContactRestriction{Type: "NONCON"}
	gone := apperr.New(apperr.NotFound, "404 from personal relationships")
	cases := []struct {
		name         string
		contactID    string
		links        []prison.LinkedPrisoner
		restrictions map[int64]error // per relationship asked: nil answers, else the error
		want         prison.VisitorRestrictions
		kind         apperr.Kind
	}{
		{"every relationship with this prisoner; globals once",
			"123456", []prison.LinkedPrisoner{{PrisonerNumber: "A1234AA", PrisonerContactID: 7001}, {PrisonerNumber: "G8133UA", PrisonerContactID: 7003}, {PrisonerNumber: "A1234AA", PrisonerContactID: 7002}},
			map[int64]error{7001: nil, 7002: nil},
			prison.VisitorRestrictions{PrisonerContact: []prison.ContactRestriction{ban, noncon}, Global: []prison.ContactRestriction{closed}}, 0},
		{"a relationship whose restrictions are gone is skipped",
			"123456", []prison.LinkedPrisoner{{PrisonerNumber: "A1234AA", PrisonerContactID: 7001}, {PrisonerNumber: "A1234AA", PrisonerContactID: 7002}},
			map[int64]error{7001: gone, 7002: nil},
			prison.VisitorRestrictions{PrisonerContact: []prison.ContactRestriction{noncon}, Global: []prison.ContactRestriction{closed}}, 0},
		{"linked only to someone else", "123456", []prison.LinkedPrisoner{{PrisonerNumber: "G8133UA", PrisonerContactID: 7003}}, nil, prison.VisitorRestrictions{}, apperr.NotFound},
		{"not a number", "abc", nil, nil, prison.VisitorRestrictions{}, apperr.Invalid},
		{"restrictions service down", "123456", []prison.LinkedPrisoner{{PrisonerNumber: "A1234AA", PrisonerContactID: 7001}},
			map[int64]error{7001: apperr.New(apperr.Upstream, "500")}, prison.VisitorRestrictions{}, apperr.Upstream},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			relationships := portsmocks.NewPersonalRelationships(t)
			if c.links != nil {
				relationships.EXPECT().LinkedPrisoners(mock.Anything, prison.ContactID(123456)).Return(c.links, nil).Once()
			}
			answers := map[int64]prison.VisitorRestrictions{
				7001: {PrisonerContact: []prison.ContactRestriction{ban}, Global: []prison.ContactRestriction{closed}},
				7002: {PrisonerContact: []prison.ContactRestriction{noncon}, Global: []prison.ContactRestriction{closed}},
			}
			for id, err := range c.restrictions {
				relationships.EXPECT().Restrictions(mock.Anything, id).Return(answers[id], err).Once()
			}
			got, err := integration.NewGetVisitorRestrictions(newWorld(t).resolver, relationships).Handle(context.Background(), access.Unrestricted, "X00001", c.contactID)
			if c.kind != 0 {
				assert.Equal(t, c.kind, apperr.KindOf(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}
