package classify

import "testing"

// realTestFloors are just under the figures measured on the frozen test
// split (350 records, 194 in scope, since the third batch joined it) with
// round 3's rules (go test ./lmh/classify -run TestRealTestQuality -v;
// docs/quality.md). Programme has 28 records with a known programme, so its
// floors sit one record under. Round 4's run on it (same command) left every
// figure where it was at two decimals but in scope's recall, which fell
// (0.86 → 0.83, precision 0.75 → 0.76, F1 0.80) with the in-scope weights
// refitted on the third batch's first two segments: its floor follows that
// run.
var realTestFloors = map[string]realFloor{
	"in_scope": {0.73, 0.82, 0.78},
	"format":   {0.80, 0.82}, "arena": {0.84, 0.64}, "delivery": {0.75, 0.71}, "programme": {0.75, 0.77},
	"roles":      {0.82, 0.78, 0.80},
	"conditions": {0.90, 0.87, 0.88},
	"themes":     {0.71, 0.67, 0.69},
	"age_groups": {0.60, 0.94, 0.74},
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
