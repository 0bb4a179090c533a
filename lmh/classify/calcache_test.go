package classify

import "testing"

// TestConfidenceKeptFollowsCalibration: xstate.confidence answers as
// ruleConfidence(calField(path), b) for every path and rule the extractor
// gives, read once and then kept, and reads again after a calibration is
// installed and after it is put back.
func TestConfidenceKeptFollowsCalibration(t *testing.T) {
	paths := []string{"provider.name", "place.municipality", "provider.municipality", "place.name", "place.address",
		"frames.cost.free", "frames.sessions", "schedule.start", "contact.phone", "url", "name"}
	for _, w := range weeklyFields {
		paths = append(paths, w[:]...)
	}
	for k := 0; k < 4; k++ {
		paths = append(paths, excludeField(k))
	}
	bases := []Basis{BasisOrganiser, BasisOrganiserNamed, BasisOrgTitle, BasisExclusion, BasisTitle}
	x := new(xstate)
	check := func(when string) {
		t.Helper()
		for round := 0; round < 2; round++ {
			for _, p := range paths {
				for _, b := range bases {
					wc, wt := ruleConfidence(calField(p), b)
					if c, th := x.confidence(p, b); c != wc || th != wt {
						t.Fatalf("%s: confidence(%q, %q) = %v, %v, want %v, %v", when, p, b, c, th, wc, wt)
					}
				}
			}
		}
	}
	check("as built")
	cal := calibration{all: 0.5, fields: map[string]*calFieldStats{"provider": {prior: 0.25, threshold: 0.75}},
		rules: map[calKey]*calRule{{"provider", BasisOrganiser}: {conf: 0.125}}}
	restore := cal.install()
	if c, th := x.confidence("provider.name", BasisOrganiser); c != 0.125 || th != 0.75 {
		t.Fatalf("installed: confidence = %v, %v, want 0.125, 0.75", c, th)
	}
	check("installed")
	restore()
	check("put back")
}
