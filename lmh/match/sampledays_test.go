package match

import (
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestSampleCatalogueOnAnyDay: the sample catalogue laid out around days
// years apart matches a need exactly as it does around lmh.SampleDay —
// same offerings, ranks, scores and confidences — so examples and README
// snippets built on it never expire (issue 11, item 5).
func TestSampleCatalogueOnAnyDay(t *testing.T) {
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin},
		Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621"}
	type row struct {
		name  string
		score float64
		conf  lmh.Confidence
	}
	rank := func(day lmh.Date) []row {
		m, err := New(lmh.SampleCatalogueOn(day), On(day))
		if err != nil {
			t.Fatal(err)
		}
		rs, err := m.Match(need, Limit(0))
		if err != nil {
			t.Fatal(err)
		}
		out := make([]row, len(rs))
		for i, r := range rs {
			out[i] = row{r.Offering.Name, r.Score, r.Confidence}
		}
		return out
	}
	want := rank(lmh.SampleDay)
	if len(want) == 0 || want[0].conf < lmh.ConfidenceHigh {
		t.Fatalf("on the sample's own day the best match is %+v", want)
	}
	for _, d := range []string{"2026-12-06", "2027-06-30", "2030-02-28", "2035-12-31", "2040-07-01"} {
		got := rank(lmh.MustParseDate(d))
		if len(got) != len(want) {
			t.Fatalf("%s: %d results, want %d", d, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: result %d is %+v, want %+v", d, i+1, got[i], want[i])
			}
		}
	}
}
