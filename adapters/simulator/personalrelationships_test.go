package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const personalRelationshipsSpec = "x4019-personal-relationships.prism.json"

func personalRelationshipsCalls() []call {
	pr := func(name, path string, status int, check func(*testing.T, []byte)) call {
		return call{name: "personal-relationships/" + name, spec: personalRelationshipsSpec, method: "GET", path: path, status: status, check: check}
	}
	return []call{
		pr("the seed person's contacts", "/prisoner/A1234AA/contact?page=0&size=2", 200, func(t *testing.T, b []byte) {
			p := decode[prPagedModel[prContactSummary]](t, b)
			require.Len(t, p.Content, 2)
			assert.Equal(t, prPageMetadata{Size: 2, Number: 0, TotalElements: 3, TotalPages: 2}, p.Page)
			assert.Equal(t, []any{int64(7001), int64(123456), "FRI", "Acacia Avenue", "+1234567890"},
				[]any{p.Content[0].PrisonerContactID, p.Content[0].ContactID, p.Content[0].RelationshipToPrisonerCode, p.Content[0].Street, p.Content[0].PhoneNumber})
		}),
		pr("second page", "/prisoner/A1234AA/contact?page=1&size=2", 200, func(t *testing.T, b []byte) {
			p := decode[prPagedModel[prContactSummary]](t, b)
			require.Len(t, p.Content, 1)
			assert.Equal(t, []any{int64(123457), true, true}, []any{p.Content[0].ContactID, p.Content[0].IsNextOfKin, p.Content[0].IsEmergencyContact})
		}),
		pr("no contacts", "/prisoner/A2345BC/contact", 200, func(t *testing.T, b []byte) {
			assert.Empty(t, decode[prPagedModel[prContactSummary]](t, b).Content)
		}),
		pr("the seed's contact", "/contact/123456", 200, func(t *testing.T, b []byte) {
			c := decode[prContactDetails](t, b)
			assert.Equal(t, []any{"John", "William", "Doe", "1980-01-01", "S13 4FH", "test@example.com"},
				[]any{c.FirstName, c.MiddleNames, c.LastName, c.DateOfBirth, c.Addresses[0].Postcode, c.EmailAddresses[0].EmailAddress})
		}),
		pr("unknown contact", "/contact/999999", 404, nil),
		pr("linked prisoners", "/contact/123456/linked-prisoners", 200, func(t *testing.T, b []byte) {
			p := decode[prPagedModel[prLinkedPrisoner]](t, b)
			got := []int64{}
			for _, l := range p.Content {
				got = append(got, l.PrisonerContactID)
			}
			assert.Equal(t, []int64{7001, 7002, 7003}, got)
		}),
		pr("restrictions on a relationship", "/prisoner-contact/7001/restriction", 200, func(t *testing.T, b []byte) {
			r := decode[struct {
				PrisonerContactRestrictions []prRestriction
				ContactGlobalRestrictions   []prRestriction
			}](t, b)
			require.Len(t, r.PrisonerContactRestrictions, 1)
			require.Len(t, r.ContactGlobalRestrictions, 1)
			assert.Equal(t, []string{"BAN", "CLOSED"}, []string{r.PrisonerContactRestrictions[0].RestrictionType, r.ContactGlobalRestrictions[0].RestrictionType})
		}),
		pr("no restrictions", "/prisoner-contact/7004/restriction", 200, nil),
		pr("unknown relationship", "/prisoner-contact/9999/restriction", 404, nil),
	}
}
