package prisonersearch_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/prisonersearch"
	"github.com/ministryofjustice/hmpps-backbone/core/apperr"
	"github.com/ministryofjustice/hmpps-backbone/core/person"
)

// recordedPrisoner is a prisoner-search record trimmed to the fields mapped.
const recordedPrisoner = `{"prisonerNumber":"A1234AA","firstName":"ARTHUR","middleNames":"JAMES","lastName":"MORGAN",
	"dateOfBirth":"1979-06-14","gender":"Male","ethnicity":"White: Eng./Welsh/Scot./N.Irish/British","status":"ACTIVE IN",
	"pncNumber":"2008/0545166T","croNumber":"SF80/655108T","prisonId":"MDI","prisonName":"Moorland (HMP & YOI)",
	"cellLocation":"1-1-001","inOutStatus":"IN","category":"C","csra":"Standard","receptionDate":"2023-02-10",
	"youthOffender":false,"restrictedPatient":false,"recall":false,"indeterminateSentence":false}`

type seen struct {
	mu    sync.Mutex
	path  string
	query string
	body  map[string]any
}

func searchServer(t *testing.T, status int) (*prisonersearch.Client, *seen) {
	t.Helper()
	s := &seen{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.path, s.query = r.URL.Path, r.URL.RawQuery
		_ = json.Unmarshal(data, &s.body)
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		if status == http.StatusOK {
			_, _ = w.Write([]byte(`{"content":[` + recordedPrisoner + `],"totalElements":1,"number":0,"size":9999}`))
		}
	}))
	t.Cleanup(srv.Close)
	c, err := prisonersearch.New(srv.URL, srv.Client())
	require.NoError(t, err)
	return c, s
}

func TestFindPrisonersChoosesTheSearch(t *testing.T) {
	t.Parallel()
	dob := time.Date(1979, 6, 14, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name      string
		query     person.PrisonerQuery
		wantPath  string
		wantQuery string
		wantBody  map[string]any
	}{
		{"everywhere: global search", person.PrisonerQuery{LastName: "Morgan", DateOfBirth: &dob, IncludeAliases: true},
			"/global-search", "size=9999",
			map[string]any{"lastName": "Morgan", "dateOfBirth": "1979-06-14", "includeAliases": true}},
		{"within prisons: prisoner detail", person.PrisonerQuery{FirstName: "Arthur", PrisonIDs: []string{"MDI", "LEI"}},
			"/prisoner-detail", "",
			map[string]any{"firstName": "Arthur", "includeAliases": false, "prisonIds": []any{"MDI", "LEI"},
				"pagination": map[string]any{"page": float64(0), "size": float64(9999)}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			client, s := searchServer(t, http.StatusOK)
			got, err := client.FindPrisoners(context.Background(), c.query)
			require.NoError(t, err)
			require.Len(t, got, 1)
			s.mu.Lock()
			defer s.mu.Unlock()
			assert.Equal(t, c.wantPath, s.path)
			assert.Equal(t, c.wantQuery, s.query)
			assert.Equal(t, c.wantBody, s.body)
		})
	}
}

func TestFindPrisonersMapsTheRecord(t *testing.T) {
	t.Parallel()
	client, _ := searchServer(t, http.StatusOK)
	got, err := client.FindPrisoners(context.Background(), person.PrisonerQuery{LastName: "Morgan"})
	require.NoError(t, err)
	dob := time.Date(1979, 6, 14, 0, 0, 0, 0, time.UTC)
	reception := time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, person.Prisoner{
		NomisNumber: "A1234AA", FirstName: "ARTHUR", MiddleNames: "JAMES", LastName: "MORGAN", DateOfBirth: &dob,
		PNC: "2008/0545166T", CRO: "SF80/655108T", PrisonID: "MDI", PrisonName: "Moorland (HMP & YOI)", CellLocation: "1-1-001",
		InOutStatus: "IN", Gender: "Male", Ethnicity: "White: Eng./Welsh/Scot./N.Irish/British",
		Status: "ACTIVE IN", Category: "C", CSRA: "Standard", ReceptionDate: &reception,
	}, got[0])
}

func TestFindPrisonersFailureIsUpstream(t *testing.T) {
	t.Parallel()
	client, _ := searchServer(t, http.StatusInternalServerError)
	_, err := client.FindPrisoners(context.Background(), person.PrisonerQuery{LastName: "Morgan"})
	assert.Equal(t, apperr.Upstream, apperr.KindOf(err))
}
