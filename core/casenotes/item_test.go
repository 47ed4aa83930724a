package casenotes_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/core/casenotes"
)

func ptr[T any](v T) *T { return &v }

func london(y int, m time.Month, d, h, min, s int) time.Time {
	return time.Date(y, m, d, h, min, s, 0, casenotes.London)
}

func TestFromCaseNote(t *testing.T) {
	t.Parallel()
	base := casenotes.CaseNote{
		ID: "0ec15f8b-6b57-471f-b02a-c89169a6a3e5", LegacyID: ptr[int64](1111), OffenderIdentifier: "AA0001A",
		Type: "GEN", SubType: "OSE", CreatedAt: london(2022, 10, 18, 9, 0, 0), OccurredAt: london(2022, 10, 18, 8, 19, 19),
		AuthorName: "John Smith", Text: "Observed behaviour", LocationID: "LEI",
	}
	tests := []struct {
		name    string
		edit    func(*casenotes.CaseNote)
		content string
		system  time.Time
		contact time.Time
		staff   casenotes.StaffName
		est     string
		alert   string
	}{
		{
			name: "plain", edit: func(*casenotes.CaseNote) {},
			content: "Observed behaviour", system: london(2022, 10, 18, 9, 0, 0), contact: london(2022, 10, 18, 8, 19, 19),
			staff: casenotes.StaffName{Forename: "John", Surname: "Smith"}, est: "LEI",
		},
		{
			name: "amendments in order, latest amendment is the system time",
			edit: func(c *casenotes.CaseNote) {
				c.Amendments = []casenotes.Amendment{
					{CreatedAt: ptr(london(2022, 10, 19, 10, 5, 6)), AuthorName: "Jane Doe", Text: "First"},
					{AuthorName: "No Date", Text: "Undated"},
					{CreatedAt: ptr(london(2022, 10, 20, 7, 8, 9)), AuthorName: "Ann Other", Text: "Second"},
				}
			},
			content: "Observed behaviour\n[Jane Doe updated the case notes on 19/10/2022 10:05:06]\nFirst" +
				"\n[No Date updated the case notes on ]\nUndated" +
				"\n[Ann Other updated the case notes on 20/10/2022 07:08:09]\nSecond",
			system: london(2022, 10, 20, 7, 8, 9), contact: london(2022, 10, 18, 8, 19, 19),
			staff: casenotes.StaffName{Forename: "John", Surname: "Smith"}, est: "LEI",
		},
		{
			name: "middle names dropped, whitespace runs", edit: func(c *casenotes.CaseNote) { c.AuthorName = "  Mary  Jane\tWatson " },
			content: "Observed behaviour", system: london(2022, 10, 18, 9, 0, 0), contact: london(2022, 10, 18, 8, 19, 19),
			staff: casenotes.StaffName{Forename: "Mary", Surname: "Watson"}, est: "LEI",
		},
		{
			name: "no location is UNK", edit: func(c *casenotes.CaseNote) { c.LocationID = "" },
			content: "Observed behaviour", system: london(2022, 10, 18, 9, 0, 0), contact: london(2022, 10, 18, 8, 19, 19),
			staff: casenotes.StaffName{Forename: "John", Surname: "Smith"}, est: "UNK",
		},
		{
			name: "ALERT case note: day of occurrence, time of creation, first line describes",
			edit: func(c *casenotes.CaseNote) {
				c.Type, c.SubType, c.Text = "ALERT", "ACTIVE", "Risk to staff\nmore detail"
				c.OccurredAt, c.CreatedAt = london(2022, 10, 17, 0, 0, 0), london(2022, 10, 18, 13, 14, 15)
			},
			content: "Risk to staff\nmore detail", system: london(2022, 10, 18, 13, 14, 15), contact: london(2022, 10, 17, 13, 14, 15),
			staff: casenotes.StaffName{Forename: "John", Surname: "Smith"}, est: "LEI", alert: "Risk to staff",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := base
			tt.edit(&c)
			item := casenotes.FromCaseNote(c)
			assert.Equal(t, casenotes.KindCaseNote, item.Kind)
			assert.Equal(t, "AA0001A", item.NOMS)
			assert.Equal(t, ptr[int64](1111), item.LegacyID)
			assert.Equal(t, "urn:uk:gov:hmpps:prison-case-note:0ec15f8b-6b57-471f-b02a-c89169a6a3e5", item.URN())
			assert.Equal(t, tt.content, item.Content)
			assert.True(t, tt.system.Equal(item.SystemTime), "system %s", item.SystemTime)
			assert.True(t, tt.contact.Equal(item.ContactTime), "contact %s", item.ContactTime)
			assert.Equal(t, tt.staff, item.Staff)
			assert.Equal(t, tt.est, item.Establishment)
			assert.Equal(t, tt.alert, item.AlertDescription)
		})
	}
}

func TestFromAlert(t *testing.T) {
	t.Parallel()
	active := casenotes.Alert{
		UUID: "01954cfe-9f5a-7ea3-837b-a1770b389c5b", PrisonNumber: "AA0001A",
		TypeCode: "V", TypeDescription: "Vulnerability", Code: "OVI", CodeDescription: "Victim of intimidation",
		Description: "Alert description", ActiveFrom: time.Date(2025, 2, 27, 0, 0, 0, 0, time.UTC), IsActive: true,
		CreatedAt: london(2025, 2, 28, 14, 38, 30), CreatedByDisplayName: "John Smith", PrisonCodeWhenCreated: "LEI",
	}
	tests := []struct {
		name    string
		edit    func(*casenotes.Alert)
		kind    casenotes.Kind
		urn     string
		contact time.Time
		system  time.Time
		staff   casenotes.StaffName
		desc    string
	}{
		{
			name: "active: activeFrom day, creation time", edit: func(*casenotes.Alert) {},
			kind: casenotes.KindActiveAlert, urn: "urn:uk:gov:hmpps:prisoner-alert:active:01954cfe-9f5a-7ea3-837b-a1770b389c5b",
			contact: london(2025, 2, 27, 14, 38, 30), system: london(2025, 2, 28, 14, 38, 30),
			staff: casenotes.StaffName{Forename: "John", Surname: "Smith"},
			desc:  "Alert Vulnerability and Victim of intimidation made active.",
		},
		{
			name: "inactive: activeTo day, latest change time, modifier is the author",
			edit: func(a *casenotes.Alert) {
				a.IsActive, a.ActiveTo = false, ptr(time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC))
				a.LastModifiedAt, a.LastModifiedByDisplayName = ptr(london(2025, 3, 1, 9, 10, 11)), "Mary Jane Doe"
				a.ActiveToLastSetAt = ptr(london(2025, 3, 1, 16, 0, 0))
			},
			kind: casenotes.KindInactiveAlert, urn: "urn:uk:gov:hmpps:prisoner-alert:inactive:01954cfe-9f5a-7ea3-837b-a1770b389c5b",
			contact: london(2025, 2, 28, 16, 0, 0), system: london(2025, 3, 1, 9, 10, 11),
			staff: casenotes.StaffName{Forename: "Mary Jane", Surname: "Doe"},
			desc:  "Alert Vulnerability and Victim of intimidation made inactive.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := active
			tt.edit(&a)
			item, err := casenotes.FromAlert(a)
			require.NoError(t, err)
			assert.Equal(t, tt.kind, item.Kind)
			assert.Equal(t, tt.urn, item.URN())
			assert.Nil(t, item.LegacyID)
			assert.Equal(t, "ALERT", item.Type)
			assert.True(t, tt.contact.Equal(item.ContactTime), "contact %s", item.ContactTime)
			assert.True(t, tt.system.Equal(item.SystemTime), "system %s", item.SystemTime)
			assert.Equal(t, tt.staff, item.Staff)
			assert.Equal(t, tt.desc, item.AlertDescription)
			assert.Equal(t, "Alert description", item.Content)
			assert.Equal(t, "LEI", item.Establishment)
		})
	}

	t.Run("no establishment", func(t *testing.T) {
		t.Parallel()
		a := active
		a.PrisonCodeWhenCreated = ""
		_, err := casenotes.FromAlert(a)
		assert.ErrorIs(t, err, casenotes.ErrNoEstablishment)
	})
}

func TestNotes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		item casenotes.Item
		want string
	}{
		{"case note", casenotes.Item{Type: "GEN", SubType: "OSE", Content: "text", Establishment: "LEI"}, "GEN OSE\ntext"},
		{"unknown establishment", casenotes.Item{Type: "GEN", SubType: "OSE", Content: "text", Establishment: "UNK"},
			"GEN OSE\nEstablishment details were not available when this contact was created. Please refer to throughcare history for location details if required.\ntext"},
		{"alert", casenotes.Item{Type: "ALERT", SubType: "ACTIVE", Content: "desc", Establishment: "LEI", AlertDescription: "Alert V and O made active."},
			"ALERT ACTIVE\nAlert V and O made active.\ndesc"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.item.Notes(), tt.name)
	}
}

func TestDescription(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("é", 150) // 300 bytes
	tests := []struct {
		name string
		item casenotes.Item
		code string
		want string
	}{
		{"alert", casenotes.Item{Kind: casenotes.KindActiveAlert, Type: "ALERT", SubType: "ACTIVE", AlertDescription: "Alert V and O made active."}, "CNT2", "NOMIS Alert V and O made active."},
		{"alert mapped to the default type", casenotes.Item{Kind: casenotes.KindInactiveAlert, Type: "ALERT", SubType: "INACTIVE", AlertDescription: "x"}, "NOMISD", "NOMIS x"},
		{"long alert cut on a rune boundary", casenotes.Item{Kind: casenotes.KindActiveAlert, AlertDescription: long}, "CNT2", "NOMIS " + strings.Repeat("é", 96) + " ~"},
		{"BCST pathway", casenotes.Item{Type: "RESET", SubType: "BCST", Content: "Case note summary from ATTITUDES, thinking"}, "BCSP2", "BCST case note for Attitudes, thinking and behaviour"},
		{"BCST finance", casenotes.Item{Type: "RESET", SubType: "BCST", Content: "x case note summary from finance"}, "BCSP2", "BCST case note for Finance and ID"},
		{"BCST without pathway", casenotes.Item{Type: "RESET", SubType: "BCST", Content: "no summary"}, "BCSP2", ""},
		{"default type", casenotes.Item{Type: "KA", SubType: "KS"}, "NOMISD", "NOMIS Case Note - KA - KS"},
		{"mapped type", casenotes.Item{Type: "NEG", SubType: "IEP_WARN"}, "CNT1", ""},
	}
	for _, tt := range tests {
		got := tt.item.Description(tt.code)
		assert.Equal(t, tt.want, got, tt.name)
		assert.LessOrEqual(t, len(got), 200, tt.name)
	}
	// 6 + 192 = 198 bytes kept, then " ~": never over 200 bytes.
	assert.Len(t, casenotes.Item{Kind: casenotes.KindActiveAlert, AlertDescription: long}.Description("CNT2"), 200)
}

func TestDecide(t *testing.T) {
	t.Parallel()
	now := london(2026, 11, 23, 12, 0, 0)
	item := casenotes.Item{Kind: casenotes.KindCaseNote, NOMS: "AA0001A", SystemTime: london(2026, 11, 1, 10, 0, 0).Add(400 * time.Millisecond), ContactTime: london(2026, 11, 1, 9, 0, 0)}
	old := item
	old.ContactTime = london(2025, 1, 1, 9, 0, 0)
	activeAlert := old
	activeAlert.Kind = casenotes.KindActiveAlert
	inactiveAlert := old
	inactiveAlert.Kind = casenotes.KindInactiveAlert
	tests := []struct {
		name     string
		existing *casenotes.Existing
		item     casenotes.Item
		want     casenotes.Decision
	}{
		{"none", nil, item, casenotes.Create},
		{"other offender", &casenotes.Existing{NOMS: "B1234BB", LastUpdated: london(2030, 1, 1, 0, 0, 0)}, item, casenotes.Move},
		{"older", &casenotes.Existing{NOMS: "AA0001A", ExternalReference: "urn", LastUpdated: london(2026, 11, 1, 9, 59, 59)}, item, casenotes.Update},
		{"same second is not newer", &casenotes.Existing{NOMS: "AA0001A", ExternalReference: "urn", LastUpdated: london(2026, 11, 1, 10, 0, 0)}, item, casenotes.OutOfSequence},
		{"newer", &casenotes.Existing{NOMS: "AA0001A", ExternalReference: "urn", LastUpdated: london(2026, 11, 2, 0, 0, 0)}, item, casenotes.OutOfSequence},
		{"newer, no URN, recent case note", &casenotes.Existing{NOMS: "AA0001A", LastUpdated: london(2026, 11, 2, 0, 0, 0)}, item, casenotes.SetReference},
		{"newer, no URN, old case note", &casenotes.Existing{NOMS: "AA0001A", LastUpdated: london(2026, 11, 2, 0, 0, 0)}, old, casenotes.OutOfSequence},
		{"newer, no URN, old active alert", &casenotes.Existing{NOMS: "AA0001A", LastUpdated: london(2026, 11, 2, 0, 0, 0)}, activeAlert, casenotes.SetReference},
		{"newer, no URN, old inactive alert", &casenotes.Existing{NOMS: "AA0001A", LastUpdated: london(2026, 11, 2, 0, 0, 0)}, inactiveAlert, casenotes.OutOfSequence},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, casenotes.Decide(tt.existing, tt.item, now), tt.name)
	}
}

func TestPadNotes(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "ab   ", casenotes.PadNotes("ab", "ééééé"))
	assert.Equal(t, "abcdef", casenotes.PadNotes("abcdef", "abc"))
}

func TestNextOfficerCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pa, highest, want string
		wantErr           bool
	}{
		{"N54", "", "N54A000", false},
		{"N54LEI", "", "N54A000", false},
		{"N54", "N54A000", "N54A001", false},
		{"N54", "N54A999", "N54B000", false},
		{"N54", "N54B041", "N54B042", false},
		{"N54", "N54Z999", "", true},
		{"N54", "X99A000", "", true},
		{"N54", "N54AXYZ", "", true},
		{"N54", "N54A+12", "", true},
		{"N5", "", "", true},
	}
	for _, tt := range tests {
		got, err := casenotes.NextOfficerCode(tt.pa, tt.highest)
		if tt.wantErr {
			assert.Error(t, err, "%s after %q", tt.pa, tt.highest)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "%s after %q", tt.pa, tt.highest)
	}
}

func TestInstitutionCode(t *testing.T) {
	t.Parallel()
	code, err := casenotes.Item{Establishment: "LEI"}.InstitutionCode()
	require.NoError(t, err)
	assert.Equal(t, "LEI", code)
	code, err = casenotes.Item{Establishment: "MDIHMP"}.InstitutionCode()
	require.NoError(t, err)
	assert.Equal(t, "MDI", code)
	_, err = casenotes.Item{Establishment: "LE"}.InstitutionCode()
	assert.ErrorIs(t, err, casenotes.ErrInvalidEstablishment)
}

func TestIgnoreReason(t *testing.T) {
	t.Parallel()
	tests := []struct {
		note casenotes.CaseNote
		want string
	}{
		{casenotes.CaseNote{Text: "fine", LocationID: "LEI"}, ""},
		{casenotes.CaseNote{Text: "  \n", LocationID: "TRN"}, "case note text is empty"},
		{casenotes.CaseNote{Text: "x", LocationID: "TRN"}, "Prisoner being transferred"},
		{casenotes.CaseNote{Text: "x", LocationID: "ZZGHI"}, "Institution used for test purposes"},
		{casenotes.CaseNote{Text: "a Do not share with offender and OCG Nominal b", LocationID: "LEI"}, "Filtered due to data sharing restrictions"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, casenotes.IgnoreReason(tt.note), "%+v", tt.note)
	}
	assert.True(t, casenotes.SkipAlert(casenotes.Alert{Code: "DOCGM"}))
	assert.False(t, casenotes.SkipAlert(casenotes.Alert{Code: "OVI"}))
}

func TestDataCleanseNotes(t *testing.T) {
	t.Parallel()
	got := casenotes.DataCleanseNotes(time.Date(2026, 7, 1, 8, 30, 0, 0, time.UTC))
	assert.Equal(t, "On 01/07/2026 09:30:00 case notes from Prison associated with a NOMS number that had been mistakenly associated with this case record were removed.", got)
}

func TestIsOfficerCode(t *testing.T) {
	t.Parallel()
	for code, want := range map[string]bool{
		"LEIA000": true, "LEIZ999": true, "LEICSNU": false, "LEIa000": false, "MDIA000": false, "LEIA00": false, "LEIA0000": false,
	} {
		assert.Equal(t, want, casenotes.IsOfficerCode("LEI", code), code)
	}
}
