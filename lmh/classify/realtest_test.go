package classify

import "testing"

// realTestFloors are just under the figures measured on the frozen test
// split (219 records, 121 in scope) when round 3's rules were frozen (go
// test ./lmh/classify -run TestRealTestQuality -v; docs/quality.md).
// Programme has 19 records with a known programme, so its floors sit one
// record under. Delivery and programme precision fell in round 3 (0.77 →
// 0.72, 0.83 → 0.79) while delivery accuracy rose (0.67 → 0.72): their
// floors follow the new figures.
var realTestFloors = map[string]realFloor{
	"in_scope": {0.75, 0.83, 0.79},
	"format":   {0.81, 0.79}, "arena": {0.90, 0.64}, "delivery": {0.70, 0.70}, "programme": {0.73, 0.73},
	"roles":      {0.81, 0.78, 0.79},
	"conditions": {0.90, 0.85, 0.87},
	"themes":     {0.66, 0.65, 0.66},
	"age_groups": {0.63, 0.97, 0.77},
}

// TestRealTestQuality scores the classifier and the keyword baseline on the
// frozen test split of the real listings, the figure of record, and fails
// below realTestFloors. Nobody reads these records while tuning (see
// testdata/real/README.md); the test prints figures only.
func TestRealTestQuality(t *testing.T) {
	checkRealLabels(t, "test")
	items := loadReal(t, "test")
	so, sb := scoreReal(items, classifyReal(items)), scoreReal(items, keywordReal(items))
	t.Logf("\n%s", realTable("real test split", so, sb))
	checkRealFloors(t, "test", so, realTestFloors)
}
