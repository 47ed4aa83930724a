package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Component tests of the personal-relationships operations.

func TestContactsOfAPrisoner(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id string) string { return "/v1/persons/" + id + "/contacts" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		list := items(t, body)
		require.Len(t, list, 3, id)
		first := list[0].(map[string]any)
		assert.Equal(t, map[string]any{
			"contactId": float64(123456), "firstName": "John", "middleNames": "William", "lastName": "Doe", "dateOfBirth": "1980-01-01",
			"flat": "Flat 2B", "property": "Mansion House", "street": "Acacia Avenue", "area": "Morton Heights",
			"cityCode": "25343", "cityDescription": "Sheffield", "countyCode": "S.YORKSHIRE", "countyDescription": "South Yorkshire",
			"postCode": "S13 4FH", "countryCode": "ENG", "countryDescription": "England", "primaryAddress": true, "mailAddress": true,
			"phoneType": "MOB", "phoneTypeDescription": "Mobile", "phoneNumber": "+1234567890", "extNumber": "123",
		}, first["contact"], id)
		assert.Equal(t, map[string]any{
			"relationshipTypeCode": "S", "relationshipTypeDescription": "Social",
			"relationshipToPrisonerCode": "FRI", "relationshipToPrisonerDescription": "Friend",
			"approvedVisitor": true, "nextOfKin": false, "emergencyContact": false, "isRelationshipActive": true,
			"currentTerm": true, "comments": "Known since school.",
		}, first["relationship"], id)
		assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(3), "page": float64(1), "perPage": float64(10), "totalCount": float64(3), "totalPages": float64(1)}, body["pagination"], id)
	}

	// Paged by the upstream: page 2 of 2 is its page 1, not its page 2.
	status, _, body := s.do(t, http.MethodGet, path("A1234AA")+"?page=2&perPage=2", "", nil)
	require.Equal(t, http.StatusOK, status)
	list := items(t, body)
	require.Len(t, list, 1)
	assert.Equal(t, "Mary", list[0].(map[string]any)["contact"].(map[string]any)["firstName"])
	assert.Equal(t, map[string]any{"isLastPage": true, "count": float64(1), "page": float64(2), "perPage": float64(2), "totalCount": float64(3), "totalPages": float64(2)}, body["pagination"])

	status, _, body = s.do(t, http.MethodGet, path("A2345BC"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, []any{}, body["data"])
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA"), "", as("leeds-only"))
	assert.Equal(t, http.StatusNotFound, status)
	status, _, _ = s.do(t, http.MethodGet, path("A1234AA")+"?page=0", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
	commonErrors(t, s, path)
}

func TestContactByID(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	status, _, body := s.do(t, http.MethodGet, "/v1/contacts/123456", "", nil)
	require.Equal(t, http.StatusOK, status, body)
	assert.Equal(t, []any{}, body["errors"])
	d := data(t, body)
	assert.Equal(t, []any{float64(123456), "MR", "Mr", "John", "William", "Doe", "1980-01-01", false, "ENG", "English", false, "M", "Male"},
		[]any{d["contactId"], d["titleCode"], d["titleDescription"], d["firstName"], d["middleNames"], d["lastName"], d["dateOfBirth"],
			d["isStaff"], d["languageCode"], d["languageDescription"], d["interpreterRequired"], d["genderCode"], d["genderDescription"]})
	address := d["addresses"].([]any)[0].(map[string]any)
	assert.Equal(t, []any{"HOME", "Flat 2B", "S13 4FH", true, "NJKG44D", "2024-01-02T09:00:00", "2024-01-01T08:00:00",
		[]any{map[string]any{"phoneType": "HOME", "phoneTypeDescription": "Home", "phoneNumber": "0114 496 0000"}}},
		[]any{address["addressType"], address["flat"], address["postcode"], address["verified"], address["verifiedBy"], address["verifiedTime"], address["createdTime"], address["phoneNumbers"]})
	assert.Equal(t, []any{map[string]any{"phoneType": "MOB", "phoneTypeDescription": "Mobile", "phoneNumber": "+1234567890", "extNumber": "123"}}, d["phoneNumbers"])
	assert.Equal(t, []any{map[string]any{"emailAddress": "test@example.com"}}, d["emailAddresses"])

	status, _, body = s.do(t, http.MethodGet, "/v1/contacts/999999", "", nil)
	require.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "999999", body["developerMessage"])
	status, _, _ = s.do(t, http.MethodGet, "/v1/contacts/12ab", "", nil)
	assert.Equal(t, http.StatusBadRequest, status)
}

func TestVisitorRestrictions(t *testing.T) {
	t.Parallel()
	s := startPrisonService(t, nil)
	path := func(id, contact string) string { return "/v1/persons/" + id + "/visitor/" + contact + "/restrictions" }
	for _, id := range seedIDs {
		status, _, body := s.do(t, http.MethodGet, path(id, "123456"), "", nil)
		require.Equal(t, http.StatusOK, status, id)
		d := data(t, body)
		// Both of John Doe's relationships with the seed person are read;
		// the one with Fred Bloggs is not.
		assert.Equal(t, []any{map[string]any{
			"restrictionType": "BAN", "restrictionTypeDescription": "Banned", "startDate": "2025-01-01", "expiryDate": "2030-12-31",
			"comments": "Passed an item during a visit.", "enteredByUsername": "JD000001", "enteredByDisplayName": "Jane Dawson",
			"createdBy": "JD000001", "createdTime": "2025-01-01T12:00:00", "updatedBy": nil, "updatedTime": nil,
		}}, d["prisonerContactRestrictions"], id)
		assert.Equal(t, []any{"CLOSED"}, field(d["contactGlobalRestrictions"].([]any), "restrictionType"), id)
	}
	status, _, body := s.do(t, http.MethodGet, path("A1234AA", "123457"), "", nil)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, map[string]any{"prisonerContactRestrictions": []any{}, "contactGlobalRestrictions": []any{}}, body["data"])

	for _, c := range []struct {
		name, path string
		header     map[string]string
		status     int
	}{
		{"contact of someone else", path("A1234AA", "334455"), nil, http.StatusNotFound},
		{"unknown contact", path("A1234AA", "999999"), nil, http.StatusNotFound},
		{"contact id not a number", path("A1234AA", "abc"), nil, http.StatusBadRequest},
		{"prisoner in another prison", path("A1234AA", "123456"), as("leeds-only"), http.StatusNotFound},
		{"Fred's view of John Doe", path("G8133UA", "123456"), as("leeds-only"), http.StatusOK},
	} {
		status, _, body := s.do(t, http.MethodGet, c.path, "", c.header)
		assert.Equal(t, c.status, status, "%s: %v", c.name, body)
	}
	commonErrors(t, s, func(id string) string { return path(id, "123456") })
}
