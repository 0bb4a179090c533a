package classify

import "testing"

// extractTestFloors are the lowest precision, recall and F1 each field may
// reach on the frozen test split: a little under the figures measured when
// the rules were frozen (docs/quality.md, section Extraction; since the
// third batch joined the split, 194 in-scope listings), so that a change
// that makes extraction worse on text nobody tuned on fails here. Fields
// the split holds no gold for have no floor.
var extractTestFloors = map[string][3]float64{
	"cost":                  {0.86, 0.64, 0.73},
	"referral_required":     {0.77, 0.47, 0.59},
	"registration_required": {0.97, 0.97, 0.97},
	"registration_deadline": {0.97, 0.97, 0.97},
	"sessions":              {0.82, 0.55, 0.66},
	"hours":                 {0.77, 0.41, 0.54},
	"capacity_min":          {0.97, 0.68, 0.80},
	"capacity_max":          {0.97, 0.70, 0.81},
	"start":                 {0.80, 0.93, 0.86},
	"weekday":               {0.89, 0.77, 0.83},
	"time_start":            {0.97, 0.87, 0.92},
	"time_end":              {0.97, 0.72, 0.83},
	"municipality":          {0.92, 0.45, 0.61},
	"venue":                 {0.57, 0.18, 0.29},
	"address":               {0.72, 0.57, 0.64},
	"provider":              {0.68, 0.20, 0.32},
	"age_min":               {0.89, 0.68, 0.77},
	"age_max":               {0.85, 0.44, 0.58},
	"phone":                 {0.98, 0.80, 0.88},
	"email":                 {0.64, 0.97, 0.77},
	"url":                   {0.97, 0.47, 0.64},
	"micro":                 {0.84, 0.50, 0.63},
}

// TestExtractTestQuality scores the extractor and the baseline on the
// frozen test split and fails if a field falls below its floor. It prints
// the figures only, never a record: the split is not read while tuning.
func TestExtractTestQuality(t *testing.T) {
	recs := loadExtractSplit(t, "test")
	so, sb := xScore(recs, extractAll(recs)), xScore(recs, baselineAll(recs))
	t.Logf("\n%s", xTable("real test split", inScopeCount(recs), so, sb))
	check := func(name string, c xCounts) {
		fl, ok := extractTestFloors[name]
		if !ok || c.tp+c.fp+c.fn == 0 {
			return
		}
		if c.p() < fl[0] || c.r() < fl[1] || c.f1() < fl[2] {
			t.Errorf("%s: precision %.2f recall %.2f F1 %.2f, below the floor %.2f/%.2f/%.2f",
				name, c.p(), c.r(), c.f1(), fl[0], fl[1], fl[2])
		}
	}
	for _, f := range so.fields {
		check(f, *so.by[f])
	}
	check("micro", so.micro)
}
