package match

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestQuickAgreesWithEvaluate: the hot-path evaluation and the explaining
// one give the same verdict (pass, score, confidence, closeness, next
// start) for every need × offering pair, under several option sets.
func TestQuickAgreesWithEvaluate(t *testing.T) {
	m := benchMatcher(t, 1000)
	policies := []policy{
		{},
		{reach: ReachCounty, relaxRole: true},
		{reach: ReachRegion, ageSlack: 5, relaxLanguage: true},
		{reach: ReachNational, ageSlack: taxonomy.MaxAge, relaxRole: true, relaxLanguage: true, relaxCond: true, unavailable: true},
	}
	needs := genNeeds(120, 99)
	pairs := 0
	for pi := range policies {
		p := &policies[pi]
		for ni := range needs {
			nf := m.compileNeed(&needs[ni], ptr(m.config([]Option{On(genToday)})))
			for i := range m.recs {
				var out [numCriteria]Reason
				q := m.ev.quick(&nf, &m.recs[i], p, nil)
				e := m.ev.evaluate(&nf, &m.recs[i], p, &out)
				if q.ok != e.ok || (q.ok && q != e) {
					t.Fatalf("policy %d need %d offering %d: quick %+v, evaluate %+v", pi, ni, i, q, e)
				}
				pairs++
			}
		}
	}
	if pairs < 400000 {
		t.Fatalf("only %d pairs compared", pairs)
	}
}

func ptr[T any](v T) *T { return &v }
