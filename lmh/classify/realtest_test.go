//go:build realtest

package classify

import "testing"

// TestRealTestQuality scores the classifier and the keyword baseline on the
// frozen test split of the real listings: the figure of record. Nobody
// reads these records while tuning (see testdata/real/README.md).
func TestRealTestQuality(t *testing.T) {
	checkRealLabels(t, "test")
	items := loadReal(t, "test")
	so, sb := scoreReal(items, classifyReal(items)), scoreReal(items, keywordReal(items))
	t.Logf("\n%s", realTable("real test split", so, sb))
}
