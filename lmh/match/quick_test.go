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
// run of records with the same classes, or for the records after it with
// its soft key (hardPart.softOut, verdict.soft), it does.
func TestQuickAgreesWithEvaluate(t *testing.T) {
	textNeeds, reader := genTextNeeds(120, 77)
	varied, err := New(genVariedCatalogue(1000, 2), Reader(reader))
	if err != nil {
		t.Fatal(err)
	}
	for ci, c := range []struct {
		m     *Matcher
		needs []lmh.Need
		least [5]int // pairs, pruned, runs, soft keys skipped, skipped by the start (on the build day only)
	}{
		{benchMatcher(t, 1000), genNeeds(120, 99), [5]int{400000, 10000, 10000, 4000, 300}},
		{varied, append(textNeeds, genNeeds(60, 98)...), [5]int{400000, 10000, 5000, 6000, 0}},
	} {
		quickAgreesWithEvaluate(t, ci, c.m, c.needs, c.least)
	}
}

func quickAgreesWithEvaluate(t *testing.T, ci int, m *Matcher, needs []lmh.Need, least [5]int) {
	policies := []policy{
		{},
		{reach: ReachCounty, relaxRole: true},
		{reach: ReachRegion, ageSlack: 5, relaxLanguage: true, relaxDelivery: true},
		{reach: ReachNational, ageSlack: taxonomy.MaxAge, relaxRole: true, relaxLanguage: true, relaxCond: true, relaxDelivery: true, unavailable: true},
	}
	floors := []floor{
		{confidence: lmh.ConfidenceExact, score: 0.75, active: true},
		{confidence: lmh.ConfidenceHigh, score: 0.6, active: true},
		{confidence: lmh.ConfidenceLow, score: 0.45, active: true},
		{confidence: lmh.ConfidenceLow, score: 0.3, miss: true, active: true},
	}
	pairs, pruned, runs, softs, sorted := 0, 0, 0, 0, 0
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
					t.Fatalf("catalogue %d policy %d need %d offering %d: quick %+v, evaluate %+v", ci, pi, ni, i, q, e)
				}
				pairs++
				for fi := range floors {
					fl := &floors[fi]
					b := m.ev.quick(&nf, h, p, tabs, fl)
					switch {
					case b.ok && b != e:
						t.Fatalf("catalogue %d policy %d need %d offering %d floor %d: quick %+v, evaluate %+v", ci, pi, ni, i, fi, b, e)
					case !b.ok && e.ok:
						if reaches(&e, fl) {
							t.Fatalf("catalogue %d policy %d need %d offering %d floor %d: the bound dropped %+v", ci, pi, ni, i, fi, e)
						}
						pruned++
					}
					if b.run { // the search skips the rest of the run: none of it may enter
						for j := i + 1; j < h.runEnd(i); j++ {
							fj := m.classes.factsOf(&m.hot[j])
							ej := m.ev.evaluate(&nf, &m.hot[j], &fj, p, nil, out[:])
							if ej.ok && reaches(&ej, fl) {
								t.Fatalf("catalogue %d policy %d need %d offering %d floor %d: skipping the run drops offering %d %+v", ci, pi, ni, i, fi, j, ej)
							}
						}
						runs++
					}
					if b.soft { // the search skips the rest of the soft key's records: none may enter
						for j := i + 1; j < h.softEnd(i); j++ {
							fj := m.classes.factsOf(&m.hot[j])
							ej := m.ev.evaluate(&nf, &m.hot[j], &fj, p, nil, out[:])
							if ej.ok && reaches(&ej, fl) {
								t.Fatalf("catalogue %d policy %d need %d offering %d floor %d: skipping by the start drops offering %d %+v", ci, pi, ni, i, fi, j, ej)
							}
						}
						sorted++
					}
					// The search skips the records of the run that share the
					// soft key when softOut says so: none of them may enter.
					if hp := m.ev.hard(&nf, h, p, tabs); !hp.out(&nf, fl) && hp.softOut(&nf, h, tabs, fl) {
						for j := i; j < h.softEnd(i); j++ {
							if m.hot[j].soft != h.soft {
								t.Fatalf("catalogue %d: offering %d's soft key differs from offering %d's, before its softEnd", ci, j, i)
							}
							fj := m.classes.factsOf(&m.hot[j])
							ej := m.ev.evaluate(&nf, &m.hot[j], &fj, p, nil, out[:])
							if ej.ok && reaches(&ej, fl) {
								t.Fatalf("catalogue %d policy %d need %d offering %d floor %d: skipping the soft key drops offering %d %+v", ci, pi, ni, i, fi, j, ej)
							}
						}
						softs++
					}
				}
			}
			m.tables.Put(tabs)
		}
	}
	if pairs < least[0] || pruned < least[1] || runs < least[2] || softs < least[3] || sorted < least[4] {
		t.Fatalf("catalogue %d: only %d pairs compared, %d pruned by the bound, %d runs skipped, %d soft keys skipped, %d by the start", ci, pairs, pruned, runs, softs, sorted)
	}
}

// reaches reports whether a verdict ranks no later than the floor: by
// confidence, then condition met, then score (see Order).
func reaches(v *verdict, fl *floor) bool {
	switch {
	case v.confidence != fl.confidence:
		return v.confidence > fl.confidence
	case v.miss != fl.miss:
		return !v.miss
	}
	return v.score >= fl.score
}

func ptr[T any](v T) *T { return &v }
