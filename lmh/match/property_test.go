package match

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// violates reports the hard constraint a kept, unrelaxed result breaks, by
// checking the offering and need directly (not through the matcher's own
// reasons).
func violates(n lmh.Need, o *lmh.Offering, today lmh.Date) string {
	if len(n.Roles) > 0 && len(o.TargetGroup.Roles) > 0 {
		ok := false
		for _, r := range n.Roles {
			for _, x := range o.TargetGroup.Roles {
				related := (r == taxonomy.RolePatient && x == taxonomy.RoleUser) || (r == taxonomy.RoleUser && x == taxonomy.RolePatient)
				ok = ok || r == x || related
			}
		}
		if !ok {
			return "role"
		}
	}
	if age, ok := n.AgeYears(); ok && !o.TargetGroup.Ages.Contains(age) {
		return "age"
	}
	if n.Municipality != "" {
		cov := o.Coverage
		if cov.IsZero() {
			m := o.Place.Municipality
			if m == "" {
				m = o.Provider.Municipality
			}
			if m != "" && m != n.Municipality {
				return "place"
			}
		} else if !cov.Covers(n.Municipality) {
			return "place"
		}
	} else if !o.Coverage.National && !(o.Coverage.IsZero() && o.Place.Municipality == "" && o.Provider.Municipality == "") {
		return "place"
	}
	if len(n.Languages) > 0 && len(o.Languages) > 0 {
		shared := false
		for _, a := range n.Languages {
			for _, b := range o.Languages {
				shared = shared || primaryLang(a) == primaryLang(b)
			}
		}
		interp := false
		for _, a := range o.Accessibility {
			interp = interp || a == taxonomy.AccessibilityInterpreter
		}
		if !shared && !interp {
			return "language"
		}
	}
	if o.Status == lmh.StatusEnded || o.Status == lmh.StatusPaused || o.Frames.Capacity.Full() ||
		(!o.Schedule.End.IsZero() && o.Schedule.End.Before(today)) {
		return "availability"
	}
	needConds, _ := compileConditions(n.Conditions, n.ICD10, n.ICPC2)
	offConds, _ := compileConditions(o.TargetGroup.Conditions, o.TargetGroup.ICD10, o.TargetGroup.ICPC2)
	if o.Scope == taxonomy.ScopeDiagnosisSpecific && len(offConds) > 0 && len(needConds) > 0 {
		ok := false
		for _, a := range needConds {
			for _, b := range offConds {
				ok = ok || a.Subsumes(b) || b.Subsumes(a)
			}
		}
		if !ok {
			return "condition"
		}
	}
	return ""
}

// TestPropertyNoHardViolation: with default options no result breaks a
// hard constraint, over 256 varied needs and a 2,000-offering catalogue.
func TestPropertyNoHardViolation(t *testing.T) {
	cat := genCatalogue(2000, 3)
	m, err := New(cat, Clock(func() time.Time { return genToday.Time(time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	results := 0
	for i, nd := range genNeeds(256, 11) {
		rs, err := m.Match(nd, Limit(0))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			results++
			if v := violates(nd, r.Offering, genToday); v != "" {
				t.Fatalf("need %d: result %s breaks the %s constraint", i, r.Offering.ID, v)
			}
			for _, why := range r.Reasons {
				if why.Relaxed {
					t.Fatalf("need %d: a relaxed reason without a relaxing option", i)
				}
			}
		}
	}
	if results < 1000 {
		t.Fatalf("only %d results over 256 needs: the property was barely exercised", results)
	}
}

// TestPropertyAddingKeepsExact: adding an offering to the catalogue never
// removes an exact match (or lowers its confidence or score).
func TestPropertyAddingKeepsExact(t *testing.T) {
	base := genCatalogue(800, 5)
	extra := genCatalogue(60, 77)
	clock := Clock(func() time.Time { return genToday.Time(time.UTC) })
	m0, err := New(base, clock)
	if err != nil {
		t.Fatal(err)
	}
	needs := genNeeds(120, 13)
	exactBefore := make([]map[string]float64, len(needs))
	total := 0
	for i, nd := range needs {
		rs, err := m0.Match(nd, Limit(0), MinConfidence(lmh.ConfidenceExact))
		if err != nil {
			t.Fatal(err)
		}
		exactBefore[i] = map[string]float64{}
		for _, r := range rs {
			exactBefore[i][r.Offering.ID.String()] = r.Score
		}
		total += len(rs)
	}
	if total == 0 {
		t.Fatal("no exact matches to check")
	}
	for k := range extra {
		grown := append(append([]lmh.Offering{}, base...), extra[:k+1]...)
		m1, err := New(grown, clock)
		if err != nil {
			t.Fatal(err)
		}
		for i, nd := range needs[:40] {
			rs, err := m1.Match(nd, Limit(0), MinConfidence(lmh.ConfidenceExact))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]float64{}
			for _, r := range rs {
				got[r.Offering.ID.String()] = r.Score
			}
			for id, s := range exactBefore[i] {
				if g, ok := got[id]; !ok || g != s {
					t.Fatalf("adding %d offerings: need %d lost exact match %s (score %v → %v, present %v)", k+1, i, id, s, g, ok)
				}
			}
		}
	}
}

// TestMatchConcurrent runs Match and Explain from many goroutines on one
// Matcher (run with -race) and checks each answer against the sequential
// one.
func TestMatchConcurrent(t *testing.T) {
	m := benchMatcher(t, 1000)
	needs := benchNeeds[:64]
	want := make([]string, len(needs))
	for i, nd := range needs {
		rs, err := m.Match(nd)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = fmt.Sprint(rs)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(needs) {
				i := (k + g*7) % len(needs)
				rs, err := m.Match(needs[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := fmt.Sprint(rs); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d need %d: results differ", g, i)
					return
				}
				if len(rs) > 0 {
					if _, err := m.Explain(needs[i], rs[0].Offering); err != nil {
						errs <- err.Error()
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// secretNeed holds values that must never leak into output meant for logs.
func secretNeed() lmh.Need {
	return lmh.Need{
		Roles:         []taxonomy.Role{taxonomy.RoleNextOfKin},
		Age:           years(47),
		Conditions:    []taxonomy.Condition{taxonomy.ConditionDementia},
		ICD10:         []string{"F03"},
		Municipality:  "4621",
		Languages:     []string{"nn"},
		Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityHearingLoop},
		FreeText:      "mor mi har demens og eg bur på Voss",
	}
}

// TestMatchNeverLeaksNeed: results, reasons, text facts and errors print
// no value of the need under any fmt verb.
func TestMatchNeverLeaksNeed(t *testing.T) {
	m, _ := sampleMatcher(t)
	nd := secretNeed()
	rs, err := m.Match(nd, Limit(0))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatal("no results to check")
	}
	secrets := []string{"dementia", "demens", "F03", "4621", "Voss", "47", "next_of_kin", "pårørande", "hearing_loop", "mor mi"}
	var outputs []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		outputs = append(outputs, fmt.Sprintf(verb, rs), fmt.Sprintf(verb, rs[0]), fmt.Sprintf(verb, rs[0].Reasons),
			fmt.Sprintf(verb, defaultTextReader{}.ReadNeedText(nd.FreeText)))
	}
	bad := nd
	bad.Municipality = "9999"
	_, err = m.Match(bad)
	if err == nil {
		t.Fatal("unknown municipality accepted")
	}
	var ve *lmh.ValidationError
	if !errors.As(err, &ve) || !errors.Is(err, lmh.ErrInvalidNeed) || len(ve.Problems) != 1 || ve.Problems[0].Field != "municipality" {
		t.Errorf("error %v: want a *ValidationError for municipality", err)
	}
	outputs = append(outputs, err.Error())
	bad = nd
	bad.ICD10 = []string{"not-a-code"}
	_, err = m.Match(bad)
	if err == nil {
		t.Fatal("malformed ICD-10 code accepted")
	}
	outputs = append(outputs, err.Error())
	for _, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("output %q contains %q", out, s)
			}
		}
	}
}

func TestMatchNeedErrors(t *testing.T) {
	m, _ := sampleMatcher(t)
	for _, tc := range []struct {
		name  string
		need  lmh.Need
		field string
	}{
		{"unknown municipality", lmh.Need{Municipality: "0000"}, "municipality"},
		{"age out of range", lmh.Need{Age: years(-1)}, "age"},
		{"age too high", lmh.Need{Age: years(131)}, "age"},
		{"invalid role", lmh.Need{Roles: []taxonomy.Role{99}}, "roles[0]"},
		{"invalid condition", lmh.Need{Conditions: []taxonomy.Condition{0}}, "conditions[0]"},
		{"malformed ICPC-2", lmh.Need{ICPC2: []string{"??"}}, "icpc2[0]"},
		{"invalid theme", lmh.Need{Themes: []taxonomy.Theme{200}}, "themes[0]"},
		{"invalid slot", lmh.Need{Availability: []lmh.TimeSlot{9}}, "availability[0]"},
		{"invalid delivery", lmh.Need{Delivery: 9}, "delivery"},
		{"empty language", lmh.Need{Languages: []string{""}}, "languages[0]"},
		{"malformed language tag", lmh.Need{Languages: []string{"nb", "SECRET-tag-x"}}, "languages[1]"},
		{"free text over the limit", lmh.Need{FreeText: strings.Repeat("demens ", 800)}, "free_text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := m.Match(tc.need)
			var ve *lmh.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, lmh.ErrInvalidNeed) || ve.Problems[len(ve.Problems)-1].Field != tc.field {
				t.Fatalf("error %v, want a *ValidationError for %s", err, tc.field)
			}
			if strings.Contains(err.Error(), "SECRET") || strings.Contains(err.Error(), "demens") {
				t.Errorf("error echoes the need: %v", err)
			}
			if _, err := m.Explain(tc.need, &m.cat[0]); !errors.As(err, &ve) {
				t.Errorf("Explain: error %v", err)
			}
		})
	}
}

// TestMatchDeterministic: the same need gives the same order every time,
// and ties are broken by offering ID.
func TestMatchDeterministic(t *testing.T) {
	cat := genCatalogue(3000, 21)
	clock := Clock(func() time.Time { return genToday.Time(time.UTC) })
	m1, _ := New(cat, clock)
	// The same offerings in reverse order give the same ranking.
	rev := make([]lmh.Offering, len(cat))
	for i := range cat {
		rev[len(cat)-1-i] = cat[i]
	}
	m2, _ := New(rev, clock)
	for i, nd := range genNeeds(60, 23) {
		a, _ := m1.Match(nd, Limit(20))
		b, _ := m2.Match(nd, Limit(20))
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("need %d: order depends on catalogue order:\n%v\n%v", i, a, b)
		}
		for k := 1; k < len(a); k++ {
			p, q := a[k-1], a[k]
			if p.Confidence < q.Confidence || (p.Confidence == q.Confidence && p.Score < q.Score) {
				t.Fatalf("need %d: results %d and %d out of order", i, k-1, k)
			}
		}
	}
}

// TestNewMatcherRejectsBadOfferings: codes the matcher cannot place are
// errors naming the offering and the field, not silently dropped.
func TestNewMatcherRejectsBadOfferings(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(o *lmh.Offering)
		want   string
	}{
		{"coverage municipality", func(o *lmh.Offering) { o.Coverage.Municipalities = []string{"9999"} }, "coverage.municipalities[0]"},
		{"coverage county", func(o *lmh.Offering) { o.Coverage.Counties = []string{"99"} }, "coverage.counties[0]"},
		{"health region", func(o *lmh.Offering) { o.Coverage.HealthRegions = []geo.HealthRegion{9} }, "coverage.health_regions[0]"},
		{"venue", func(o *lmh.Offering) { o.Place.Municipality = "0000" }, "place.municipality"},
		{"condition", func(o *lmh.Offering) { o.TargetGroup.Conditions = []taxonomy.Condition{200} }, "target_group.conditions"},
		{"language", func(o *lmh.Offering) { o.Languages = []string{" "} }, "languages[0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cat := lmh.SampleCatalogueOn(lmh.SampleDay)
			tc.mutate(&cat[7])
			_, err := New(cat)
			if err == nil || !strings.Contains(err.Error(), "offering 7") || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming offering 7 and %s", err, tc.want)
			}
			if _, err := EqualAccess(cat, AccessQuery{}); err == nil {
				t.Error("EqualAccess accepted it")
			}
		})
	}
}

func TestUnmappedCodeIsReported(t *testing.T) {
	m, cat := sampleMatcher(t)
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"Z99.9"}, Municipality: "3403", Age: years(60)}
	r, err := m.Explain(need, &cat[0]) // the COPD school: diagnosis-specific
	if err != nil {
		t.Fatal(err)
	}
	c := r.Reason(CriterionCondition)
	if c.Fit != FitUnknown || !strings.Contains(c.Text(taxonomy.EN), "belongs to no condition") || strings.Contains(c.Text(taxonomy.EN), "Z99") {
		t.Errorf("condition reason %v: %q", c, c.Text(taxonomy.EN))
	}
}

// TestExplainForeignOffering: Explain works for an offering outside the
// catalogue, also in a language no catalogue offering has.
func TestExplainForeignOffering(t *testing.T) {
	m, cat := sampleMatcher(t)
	o := cat[0].Clone() // the COPD school in Hamar
	o.Languages = []string{"ti"}
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionCOPD}, Municipality: "3403", Age: years(60), Languages: []string{"ti"}}
	r, err := m.Explain(need, &o)
	if err != nil {
		t.Fatal(err)
	}
	if r.Excluded() || r.Reason(CriterionLanguage).Fit != FitMet || r.Reason(CriterionLanguage).Text(taxonomy.NB) != "Tilbudet er på tigrinja, som du forstår." {
		t.Errorf("excluded %v, language %v %q", r.Excluded(), r.Reason(CriterionLanguage), r.Reason(CriterionLanguage).Text(taxonomy.NB))
	}
	// The catalogue's own COPD school (Norwegian) is excluded for a
	// Tigrinya speaker: no shared language, no interpreter.
	r, _ = m.Explain(need, &cat[0])
	if !r.Excluded() || r.Reason(CriterionLanguage).Fit != FitNotMet {
		t.Errorf("the Norwegian course: excluded %v, language %v", r.Excluded(), r.Reason(CriterionLanguage))
	}
}
