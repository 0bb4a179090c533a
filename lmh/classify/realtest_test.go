package classify

import "testing"

// realTestFloors are just under the figures measured on the frozen test
// split when the rules were frozen (go test ./lmh/classify -run
// TestRealTestQuality -v; docs/quality.md). Programme has 14 records with a
// known programme, so its floors sit one record under.
var realTestFloors = map[string]realFloor{
	"in_scope": {0.75, 0.85, 0.80},
	"format":   {0.76, 0.78}, "arena": {0.91, 0.62}, "delivery": {0.70, 0.76}, "programme": {0.78, 0.78},
	"roles":      {0.82, 0.77, 0.80},
	"conditions": {0.90, 0.84, 0.87},
	"themes":     {0.66, 0.63, 0.64},
	"age_groups": {0.69, 0.97, 0.81},
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
