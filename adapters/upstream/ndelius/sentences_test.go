package ndelius_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ministryofjustice/hmpps-backbone/adapters/upstream/ndelius"
	"github.com/ministryofjustice/hmpps-backbone/core/probation"
)

func TestRecordMapsEachEventsSentence(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"supervisions":[
			{"number":1,"active":true,"sentence":{"description":"ORA Adult Custody","date":"2023-03-15","length":7,"lengthUnits":"Years","custodial":true}},
			{"number":2,"active":false,"sentence":{"description":"ORA Community Order"}},
			{"number":3,"active":true}]}`))
	}))
	t.Cleanup(srv.Close)
	c, err := ndelius.New(srv.URL, srv.Client())
	require.NoError(t, err)

	got, err := c.Record(context.Background(), "X00001")
	require.NoError(t, err)
	require.Len(t, got.Supervisions, 3)
	seven, sentenced := 7, time.Date(2023, time.March, 15, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, &probation.Sentence{Description: "ORA Adult Custody", Date: &sentenced, Length: &seven, LengthUnits: "Years", Custodial: true},
		got.Supervisions[0].Sentence)
	assert.Equal(t, &probation.Sentence{Description: "ORA Community Order"}, got.Supervisions[1].Sentence)
	assert.Nil(t, got.Supervisions[2].Sentence)
}
