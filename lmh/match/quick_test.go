package match

import (
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestQuickAgreesWithEvaluate: the hot path (quick: hard criteria looked
// up per class in the call's tables, early exits, the bound) and the
// explaining path (evaluate: every criterion judged from the offering's own
// facts) give the same verdict (pass, score, confidence, closeness, next
// start) for every need × offering pair, under several option sets. With a
// floor, quick may drop an offering only when its verdict ranks after the
// floor (the bound is sound), and when it says the drop holds for the whole
// run of records with the same classes, it does.
func TestQuickAgreesWithEvaluate(t *testing.T) {
	m := benchMatcher(t, 1000)
	policies := []policy{
		{},
		{reach: ReachCounty, relaxRole: true},
		{reach: ReachRegion, ageSlack: 5, relaxLanguage: true},
		{reach: ReachNational, ageSlack: taxonomy.MaxAge, relaxRole: true, relaxLanguage: true, relaxCond: true, unavailable: true},
	}
	floors := []floor{
		{confidence: lmh.ConfidenceExact, score: 0.75, active: true},
		{confidence: lmh.ConfidenceHigh, score: 0.6, active: true},
		{confidence: lmh.ConfidenceLow, score: 0.45, active: true},
	}
	needs := genNeeds(120, 99)
	pairs, pruned, runs := 0, 0, 0
	for pi := range policies {
		p := &policies[pi]
		for ni := range needs {
			nf := m.compileNeed(&needs[ni], ptr(m.config([]Option{On(genToday)})))
			tabs := m.judgements(&nf, p)
			for i := range m.hot {
				var out [numCriteria - 1]Reason
				h, f := &m.hot[i], m.classes.factsOf(&m.hot[i])
				q := m.ev.quick(&nf, h, p, tabs, nil)
				e := m.ev.evaluate(&nf, h, &f, p, nil, out[:])
				if q.ok != e.ok || (q.ok && q != e) {
					t.Fatalf("policy %d need %d offering %d: quick %+v, evaluate %+v", pi, ni, i, q, e)
				}
				pairs++
				for fi := range floors {
					fl := &floors[fi]
					b := m.ev.quick(&nf, h, p, tabs, fl)
					switch {
					case b.ok && b != e:
						t.Fatalf("policy %d need %d offering %d floor %d: quick %+v, evaluate %+v", pi, ni, i, fi, b, e)
					case !b.ok && e.ok:
						if e.confidence > fl.confidence || (e.confidence == fl.confidence && e.score >= fl.score) {
							t.Fatalf("policy %d need %d offering %d floor %d: the bound dropped %+v", pi, ni, i, fi, e)
						}
						pruned++
					}
					if b.run { // the search skips the rest of the run: none of it may enter
						for j := i + 1; j < h.runEnd(i); j++ {
							fj := m.classes.factsOf(&m.hot[j])
							ej := m.ev.evaluate(&nf, &m.hot[j], &fj, p, nil, out[:])
							if ej.ok && (ej.confidence > fl.confidence || (ej.confidence == fl.confidence && ej.score >= fl.score)) {
								t.Fatalf("policy %d need %d offering %d floor %d: skipping the run drops offering %d %+v", pi, ni, i, fi, j, ej)
							}
						}
						runs++
					}
				}
			}
			m.tables.Put(tabs)
		}
	}
	if pairs < 400000 || pruned < 10000 || runs < 10000 {
		t.Fatalf("only %d pairs compared, %d pruned by the bound, %d runs skipped", pairs, pruned, runs)
	}
}

func ptr[T any](v T) *T { return &v }
