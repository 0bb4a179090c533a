package classify

import (
	"os"
	"testing"
)

// realTestFloors are just under the figures measured on the frozen test
// split (LMHKIT_TEST_SPLIT=1 go test ./lmh/classify -run TestRealTestQuality -v;
// docs/quality.md). Since the fifth batch joined it (585 records, 289 in
// scope; 7 December, fourth session) they follow the run of that session's
// rules: in scope P 0.71 R 0.82 F1 0.76, format 0.83 (P 0.79), arena 0.83
// (P 0.69), delivery 0.74 (P 0.73), programme 0.78 (P 0.82; 40 records
// with a known programme, so its floors sit a record under), roles 0.82
// (P 0.82), conditions 0.89 (P 0.91). The sixth session's run (facets
// rounds 8 and 9) raised delivery to 0.78 (P 0.72; 113 of 145, 156 given)
// and roles to F1 0.82 (P 0.84 R 0.81), and kept arena at 0.84 (P 0.68):
// their floors follow it. The ninth session's run (round 13 of the facets:
// arena abstains on a tie and on a kind of place) gave arena 115 of 140
// with 166 given (accuracy 0.82, P 0.69; was 117 of 140 with 171 given):
// its accuracy floor follows it.
var realTestFloors = map[string]realFloor{
	"in_scope": {0.70, 0.80, 0.75},
	"format":   {0.82, 0.78}, "arena": {0.81, 0.68}, "delivery": {0.77, 0.72}, "programme": {0.75, 0.78},
	"roles":      {0.83, 0.80, 0.81},
	"conditions": {0.89, 0.87, 0.88},
	"themes":     {0.71, 0.72, 0.71},
	"age_groups": {0.65, 0.94, 0.77},
}

// TestRealTestQuality scores the classifier and the keyword baseline on the
// frozen test split of the real listings, the figure of record, and fails
// below realTestFloors. Nobody reads these records while tuning (see
// testdata/real/README.md); the test prints figures only.
func TestRealTestQuality(t *testing.T) {
	requireTestSplit(t)
	checkRealLabels(t, "test")
	items := loadReal(t, "test")
	so, sb := scoreReal(items, classifyReal(items)), scoreReal(items, keywordReal(items))
	t.Logf("\n%s", realTable("real test split", so, sb))
	checkRealFloors(t, "test", so, realTestFloors)
}

// testSplitEnv names the environment variable that lets the two tests of
// the frozen test split (TestRealTestQuality, TestExtractTestQuality) run.
// .ci/run sets it; a plain go test skips them, so that running a package's
// tests while rules are tuned (go test -run 'TestExtract', say) never shows
// the figures of record by accident, as it once did (docs/quality.md,
// readings round 13).
const testSplitEnv = "LMHKIT_TEST_SPLIT"

// requireTestSplit skips t unless testSplitEnv is "1".
func requireTestSplit(t *testing.T) {
	t.Helper()
	if os.Getenv(testSplitEnv) != "1" {
		t.Skipf("the frozen test split is scored only with %s=1 (.ci/run sets it)", testSplitEnv)
	}
}
