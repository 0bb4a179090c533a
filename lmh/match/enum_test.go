package match

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestReasonMessagesComplete: every sentence exists in nb, nn and en with
// the same placeholders, starts with a capital and has no final stop
// (Text adds it).
func TestReasonMessagesComplete(t *testing.T) {
	ph := regexp.MustCompile(`%[1-9t]`)
	for k := msgKey(1); int(k) < len(matchMessages); k++ {
		m := matchMessages[k]
		want := ph.FindAllString(m[0], -1)
		slices.Sort(want)
		for li, s := range m {
			if s == "" {
				t.Errorf("message %d: empty in language %d", k, li)
				continue
			}
			got := ph.FindAllString(s, -1)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("message %d lang %d: placeholders %v, want %v", k, li, got, want)
			}
			for _, p := range got {
				if p > "%2" && p != "%t" {
					t.Errorf("message %d: placeholder %s beyond the two arguments a Reason holds", k, p)
				}
			}
			if strings.HasSuffix(s, ".") || strings.ToUpper(s[:1]) != s[:1] {
				t.Errorf("message %d lang %d: %q", k, li, s)
			}
		}
	}
}

func TestEnumsStringAndText(t *testing.T) {
	check := func(t *testing.T, name string, s string, label func(taxonomy.Lang) string, marshal func() ([]byte, error), unmarshal func([]byte) error, again func() string) {
		t.Helper()
		if s == "" || strings.Contains(s, "(") {
			t.Errorf("%s: String %q", name, s)
		}
		for _, l := range taxonomy.Langs() {
			if label(l) == "" {
				t.Errorf("%s: no %v label", name, l)
			}
		}
		b, err := marshal()
		if err != nil || string(b) != s {
			t.Errorf("%s: MarshalText %q %v", name, b, err)
		}
		if err := unmarshal(b); err != nil || again() != s {
			t.Errorf("%s: UnmarshalText round trip %v", name, err)
		}
	}
	for c := CriterionRole; c < numCriteria; c++ {
		var back Criterion
		check(t, "criterion", c.String(), c.Label, c.MarshalText, back.UnmarshalText, func() string { return back.String() })
		if c.Hard() != (c <= CriterionCondition || c == CriterionDelivery) {
			t.Errorf("%v: Hard() = %v", c, c.Hard())
		}
	}
	for f := FitUnknown; f <= FitMet; f++ {
		var back Fit
		check(t, "fit", f.String(), f.Label, f.MarshalText, back.UnmarshalText, func() string { return back.String() })
	}
	for c := lmh.ConfidenceNo; c <= lmh.ConfidenceExact; c++ {
		var back lmh.Confidence
		check(t, "confidence", c.String(), c.Label, c.MarshalText, back.UnmarshalText, func() string { return back.String() })
	}
	for a := AccessNone; a <= AccessMunicipality; a++ {
		var back Access
		check(t, "access", a.String(), a.Label, a.MarshalText, back.UnmarshalText, func() string { return back.String() })
	}
	for r := ReachCoverage; r <= ReachNational; r++ {
		if s := r.String(); s == "" || strings.Contains(s, "(") {
			t.Errorf("reach %d: %q", r, s)
		}
	}
	// Out-of-range values print a Go-syntax form and never panic.
	for _, s := range []string{Criterion(200).String(), Fit(9).String(), lmh.Confidence(9).String(), Access(9).String(), Reach(9).String()} {
		if !strings.Contains(s, "(") {
			t.Errorf("out-of-range value prints %q", s)
		}
	}
	if _, err := lmh.Confidence(9).MarshalText(); err == nil {
		t.Error("out-of-range confidence marshals")
	}
	var c lmh.Confidence
	if err := c.UnmarshalText([]byte("certain")); err == nil {
		t.Error("unknown confidence code accepted")
	}
	if lmh.ConfidenceNo != 0 || !(lmh.ConfidenceNo < lmh.ConfidenceLow && lmh.ConfidenceLow < lmh.ConfidenceHigh && lmh.ConfidenceHigh < lmh.ConfidenceExact) {
		t.Error("confidences are not ordered with no match as the zero value")
	}
}

// TestReasonTextEveryCriterion: every result's reasons render a sentence in
// every language, and Reason's String names only the criterion and fit.
func TestReasonTextEveryCriterion(t *testing.T) {
	m, _ := sampleMatcher(t)
	rs, err := m.Match(secretNeed(), Limit(0), Within(ReachNational), RelaxRole(), RelaxCondition(), IncludeUnavailable(), RelaxLanguage(), RelaxAge(taxonomy.MaxAge))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) < 30 {
		t.Fatalf("only %d results with everything relaxed", len(rs))
	}
	seen := map[msgKey]bool{}
	for _, r := range rs {
		for i, why := range r.Reasons {
			if why.Criterion != Criterion(i+1) {
				t.Fatalf("reason %d is for %v", i, why.Criterion)
			}
			seen[why.msg] = true
			for _, l := range taxonomy.Langs() {
				txt := why.Text(l)
				if len(txt) < 10 || !strings.HasSuffix(txt, ".") || strings.Contains(txt, "%") || strings.Contains(txt, "  ") {
					t.Errorf("%v %v: %q", why.Criterion, l, txt)
				}
			}
			if want := why.Criterion.String() + ": " + why.Fit.String(); !strings.HasPrefix(why.String(), want) {
				t.Errorf("String %q", why.String())
			}
		}
	}
	if len(seen) < 25 {
		t.Errorf("only %d distinct sentences exercised", len(seen))
	}
}
