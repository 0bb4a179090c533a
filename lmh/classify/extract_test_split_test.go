package classify

import "testing"

// TestExtractTestQuality scores the extractor and the baseline on the
// frozen test split. It prints the figures only, never a record: the
// split is not read while tuning.
func TestExtractTestQuality(t *testing.T) {
	recs := loadExtractSplit(t, "test")
	so, sb := xScore(recs, extractAll(recs)), xScore(recs, baselineAll(recs))
	t.Logf("\n%s", xTable("real test split", inScopeCount(recs), so, sb))
}
