package simulator

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ndeliusSupervisionCalls checks /case/{crn}/supervisions for every probation
// case in the world, and the seed person's record in detail.
func ndeliusSupervisionCalls() []call {
	sup := func(name, crn string, status int, check func(*testing.T, []byte)) call {
		return call{name: "ndelius/supervisions " + name, spec: ndeliusSpec, method: "GET", path: "/case/" + crn + "/supervisions", status: status, check: check}
	}
	calls := []call{
		sup("seed person", "X00001", 200, func(t *testing.T, b []byte) {
			r := decode[ndSupervisionResponse](t, b)
			assert.Equal(t, ndName{Forename: "Jane", Surname: "Fletcher"}, r.CommunityManager.Name)
			assert.Equal(t, "N54DON", r.CommunityManager.Team.Code)
			assert.Equal(t, int32(2), r.MappaDetail.Level)
			assert.Equal(t, []string{"ASFO", "RMDO"}, []string{r.PersonStatus[0].Code, r.PersonStatus[1].Code})
			assert.Len(t, r.Supervisions, 2)
			assert.Equal(t, "03400", r.Supervisions[0].MainOffence.Code)
			assert.Equal(t, "2023-03-15T10:30:00Z", r.Supervisions[0].CourtAppearances[1].Date)
		}),
		sup("no MAPPA", "X00002", 200, func(t *testing.T, b []byte) {
			assert.Nil(t, decode[ndSupervisionResponse](t, b).MappaDetail)
		}),
		sup("unknown", "X99999", 404, nil),
		sup("prison only", "G8133UA", 404, nil),
		sup("injected failure", "X00008", 500, nil),
	}
	for _, p := range DefaultWorld().People {
		if _, broken := p.Failures["ndelius"]; onProbation(p) && !broken {
			calls = append(calls, sup("world "+p.CRN, p.CRN, 200, nil))
		}
	}
	return calls
}
