package match

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestNarrowingAgreesWithLinearScan: the search's narrowing to offerings
// with one of the person's themes, goals or accessibility needs (once the
// list's last entry is above ConfidenceLow) ranks as the linear scan does,
// on random catalogues of 60 to 9,000 offerings where a quarter name none
// of the three and a quarter one of each drawn at random, for needs with
// random themes, goals and accessibility needs, under short and full
// lists and every MinConfidence. Found by review (7 December) to hold;
// narrowing at ConfidenceLow, narrowing from the start, or narrowing the
// block one word off each fail it.
func TestNarrowingAgreesWithLinearScan(t *testing.T) {
	themes := taxonomy.All[taxonomy.Theme]()
	goals := taxonomy.All[taxonomy.Goal]()
	access := taxonomy.All[taxonomy.Accessibility]()
	for seed := uint64(1); seed <= 12; seed++ {
		rng := rand.New(rand.NewPCG(seed, 77))
		n := []int{60, 200, 700, 3000, 9000}[rng.IntN(5)]
		cat := genVariedCatalogue(n, seed+100)
		for i := range cat {
			o := &cat[i]
			switch rng.IntN(4) {
			case 0:
				o.Themes, o.Goals, o.Accessibility = nil, nil, nil
			case 1:
				o.Themes = []taxonomy.Theme{pick(rng, themes)}
				o.Goals = []taxonomy.Goal{pick(rng, goals)}
				o.Accessibility = []taxonomy.Accessibility{pick(rng, access)}
			}
		}
		m, err := New(cat, Clock(func() time.Time { return genToday.Time(time.UTC) }))
		if err != nil {
			t.Fatal(err)
		}
		needs := genNeeds(80, seed+300)
		for i := range needs {
			nd := &needs[i]
			if rng.IntN(3) > 0 {
				nd.Themes = nil
				for range rng.IntN(3) {
					nd.Themes = append(nd.Themes, pick(rng, themes))
				}
			}
			if rng.IntN(2) == 0 {
				for range 1 + rng.IntN(2) {
					nd.Goals = append(nd.Goals, pick(rng, goals))
				}
			}
			if rng.IntN(2) == 0 {
				for range 1 + rng.IntN(2) {
					nd.Accessibility = append(nd.Accessibility, pick(rng, access))
				}
			}
			if rng.IntN(3) == 0 {
				nd.Municipality = ""
			}
		}
		opts := [][]Option{nil, {Limit(1)}, {Limit(2)}, {Limit(3)}, {Limit(7)}, {Limit(0)}, {Limit(70)},
			{MinConfidence(lmh.ConfidenceLow), Limit(3)}, {MinConfidence(lmh.ConfidenceHigh), Limit(2)},
			{MinConfidence(lmh.ConfidenceHigh), Limit(0)}, {MinConfidence(lmh.ConfidenceExact), Limit(1)},
			{Within(ReachNational), Limit(4)}, {RelaxCondition(), RelaxRole(), Limit(2)}, {IncludeUnavailable(), Limit(5)}}
		agreesWithBaseline(t, fmt.Sprintf("seed %d n %d", seed, n), m, needs, opts)
	}
}
