package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// sampleOffering returns the sample offering whose name starts with p.
func sampleOffering(t *testing.T, cat []lmh.Offering, p string) *lmh.Offering {
	t.Helper()
	for i := range cat {
		if strings.HasPrefix(cat[i].Name, p) {
			return &cat[i]
		}
	}
	t.Fatalf("no sample offering named %q…", p)
	return nil
}

func criteriaOf(rs []Reason) []Criterion {
	var out []Criterion
	for _, r := range rs {
		out = append(out, r.Criterion)
	}
	return out
}

// TestExclusionCriteria: an offering whose target group excludes one of
// the person's conditions (ICD-10 mapped first, narrower conditions
// included) is excluded on the condition criterion, with a reason naming
// the excluded condition in nb, nn and en; RelaxCondition keeps it, relaxed
// and low; a need without a condition is never excluded by it.
func TestExclusionCriteria(t *testing.T) {
	m, cat := sampleMatcher(t)
	m.defaults.unavailable = true                                  // KiD is full on the sample's day
	kid := sampleOffering(t, cat, "KiD")                           // depression; excludes psychosis and substance use
	anxiety := sampleOffering(t, cat, "Mestringskurs for deg som") // anxiety; excludes psychosis
	bodo := func(n lmh.Need) lmh.Need {
		n.Municipality, n.Roles = "1804", []taxonomy.Role{taxonomy.RolePatient}
		return n.WithAge(40)
	}

	for _, tc := range []struct {
		name string
		need lmh.Need
		o    *lmh.Offering
		nb   string
	}{
		{"condition", bodo(lmh.Need{Conditions: []taxonomy.Condition{taxonomy.ConditionDepression, taxonomy.ConditionPsychosis}}), kid,
			"Tilbudet er ikke for personer med psykose, og du har oppgitt psykose."},
		{"ICD-10 codes mapped first", bodo(lmh.Need{ICD10: []string{"F32.1", "F10.2"}}), kid,
			"Tilbudet er ikke for personer med rusmiddelproblemer, og du har oppgitt rusmiddelproblemer."},
		{"user in Tønsberg", lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "3905", ICD10: []string{"F41.1", "F20"}}, anxiety,
			"Tilbudet er ikke for personer med psykose, og du har oppgitt psykose."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := m.Match(tc.need, Limit(0))
			if err != nil {
				t.Fatal(err)
			}
			if find(rs, tc.o.Name).Offering != nil {
				t.Fatalf("%q returned, want it excluded", tc.o.Name)
			}
			ex, err := m.Explain(tc.need, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if !ex.Excluded() || !slices.Equal(criteriaOf(ex.Failed()), []Criterion{CriterionCondition}) {
				t.Fatalf("Explain: excluded %v, failed %v; want excluded on the condition alone", ex.Excluded(), ex.Failed())
			}
			if got := ex.Reason(CriterionCondition).Text(taxonomy.NB); got != tc.nb {
				t.Errorf("reason %q, want %q", got, tc.nb)
			}
			kept, err := m.Explain(tc.need, tc.o, RelaxCondition())
			if err != nil {
				t.Fatal(err)
			}
			why := kept.Reason(CriterionCondition)
			if kept.Excluded() || kept.Confidence != lmh.ConfidenceLow || !why.Relaxed || why.Fit != FitNotMet || len(kept.Failed()) != 0 {
				t.Errorf("RelaxCondition: %v, condition %v, failed %v; want kept, low, relaxed", kept, why, kept.Failed())
			}
		})
	}

	t.Run("nn and en name the excluded condition", func(t *testing.T) {
		ex, err := m.Explain(bodo(lmh.Need{Conditions: []taxonomy.Condition{taxonomy.ConditionDepression, taxonomy.ConditionPsychosis}}), kid)
		if err != nil {
			t.Fatal(err)
		}
		why := ex.Reason(CriterionCondition)
		for l, want := range map[taxonomy.Lang]string{
			taxonomy.NN: "Tilbodet er ikkje for personar med psykose, og du har oppgitt psykose.",
			taxonomy.EN: "The offering is not for people with psychosis, and you named psychosis.",
		} {
			if got := why.Text(l); got != want {
				t.Errorf("%s: %q, want %q", l, got, want)
			}
		}
	})

	t.Run("a narrower condition is excluded by a broader exclusion", func(t *testing.T) {
		o := *anxiety
		o.TargetGroup.Conditions = nil
		o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionMentalIllness}
		o.Scope = taxonomy.ScopeThemeSpecific
		ex, err := m.Explain(lmh.Need{Municipality: "3905", Conditions: []taxonomy.Condition{taxonomy.ConditionBipolarDisorder}}, &o)
		if err != nil {
			t.Fatal(err)
		}
		if !ex.Excluded() || ex.Reason(CriterionCondition).Fit != FitNotMet {
			t.Fatalf("bipolar disorder against an exclusion of mental illness: %v", ex.Reasons)
		}
	})

	t.Run("no condition given: never excluded, and not exact", func(t *testing.T) {
		o := *anxiety
		o.TargetGroup.Conditions = nil
		o.Scope = taxonomy.ScopeThemeSpecific // open to all but psychosis
		ex, err := m.Explain(lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "3905"}, &o)
		if err != nil {
			t.Fatal(err)
		}
		why := ex.Reason(CriterionCondition)
		if ex.Excluded() || ex.Confidence == lmh.ConfidenceExact || why.Fit != FitUnknown {
			t.Fatalf("got %v, condition %v; want kept, not exact, condition unknown", ex, why)
		}
		if got, want := why.Text(taxonomy.NB), "Tilbudet er ikke for personer med psykose; du har ikke oppgitt diagnose."; got != want {
			t.Errorf("reason %q, want %q", got, want)
		}
	})

	t.Run("a condition the exclusion does not name passes", func(t *testing.T) {
		rs, err := m.Match(bodo(lmh.Need{Conditions: []taxonomy.Condition{taxonomy.ConditionDepression}}), Limit(0))
		if err != nil {
			t.Fatal(err)
		}
		if r := find(rs, kid.Name); r.Offering == nil || r.Reason(CriterionCondition).Fit != FitMet {
			t.Fatalf("KiD for depression alone: %v", r)
		}
	})
}

// TestFailedOnlyExcluding: Failed lists the hard constraints that exclude
// the offering, not the preferences that only rank it nor the constraints
// an option relaxed; a relaxed constraint is marked Relaxed even when
// another constraint excludes the offering.
func TestFailedOnlyExcluding(t *testing.T) {
	m, cat := sampleMatcher(t)
	kols := sampleOffering(t, cat, "Leve med kols") // patients and next of kin, 18+, Innlandet, in person, group
	need := lmh.Need{
		Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "0301", // role related; Oslo is outside Innlandet
		Conditions:      []taxonomy.Condition{taxonomy.ConditionCOPD},
		PreferredFormat: taxonomy.FormatIndividual, // not met: only ranks
		Availability:    []lmh.TimeSlot{lmh.Weekend},
	}.WithAge(16) // two years under 18
	ex, err := m.Explain(need, kols, RelaxAge(2))
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Excluded() || !slices.Equal(criteriaOf(ex.Failed()), []Criterion{CriterionPlace}) {
		t.Fatalf("failed %v, want place alone", ex.Failed())
	}
	if why := ex.Reason(CriterionAge); !why.Relaxed || why.Fit != FitNotMet {
		t.Errorf("age %v: want not met and relaxed though the place excludes the offering", why)
	}
	if why := ex.Reason(CriterionFormat); why.Fit != FitNotMet || why.Relaxed {
		t.Errorf("format %v: want not met, not relaxed", why)
	}
	kept, err := m.Explain(need, kols, RelaxAge(2), Within(ReachNational))
	if err != nil {
		t.Fatal(err)
	}
	if kept.Excluded() || len(kept.Failed()) != 0 {
		t.Errorf("kept by the options: excluded %v, failed %v; want kept with nothing failed", kept.Excluded(), kept.Failed())
	}
	if s := ex.Reason(CriterionPlace).String(); s != "place: not_met (excluding)" {
		t.Errorf("String %q", s)
	}
}

// TestRankingRules holds issue 18's ranking rules on the sample catalogue:
// an offering made for no condition is at most low for a person who named
// one (unless it covers one of their themes), and one whose condition is not
// met ranks below every offering whose condition is met or partly met.
func TestRankingRules(t *testing.T) {
	m, _ := sampleMatcher(t)
	t.Run("dementia carer: the theme-specific courses are low", func(t *testing.T) {
		rs, err := m.Match(lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621"}, Limit(0), Within(ReachNational))
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 || !strings.HasPrefix(rs[0].Offering.Name, "Meistringskurs for pårørande til personar med demens") {
			t.Fatalf("first %v", rs)
		}
		for _, r := range rs {
			c := r.Offering.TargetGroup.Conditions
			if len(c) == 0 && r.Offering.Scope == taxonomy.ScopeThemeSpecific && r.Confidence > lmh.ConfidenceLow {
				t.Errorf("%q is %v: an offering made for no condition is at most low", r.Offering.Name, r.Confidence)
			}
		}
	})
	t.Run("a theme of the person's lifts it", func(t *testing.T) {
		o := *sampleOffering(t, lmh.SampleCatalogueOn(lmh.SampleDay), "Selvhjelpsgruppe for etterlatte")
		need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionCancer}, Municipality: "3301"}
		low, _ := m.Explain(need, &o)
		need.Themes = []taxonomy.Theme{taxonomy.ThemeGrief}
		high, _ := m.Explain(need, &o)
		if low.Confidence != lmh.ConfidenceLow || high.Confidence != lmh.ConfidenceHigh {
			t.Errorf("without the theme %v, with it %v; want low, then high", low.Confidence, high.Confidence)
		}
	})
	t.Run("condition not met ranks below every partial fit", func(t *testing.T) {
		for _, need := range []lmh.Need{
			{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionCOPD}, Municipality: "5501"},
			{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621"},
			{Roles: []taxonomy.Role{taxonomy.RoleUser}, Conditions: []taxonomy.Condition{taxonomy.ConditionAnxiety}, Municipality: "5501", Delivery: lmh.DigitalOK},
		} {
			rs, err := m.Match(need, Limit(0), Within(ReachNational), RelaxRole())
			if err != nil {
				t.Fatal(err)
			}
			seenMiss := false
			for _, r := range rs {
				miss := r.Reason(CriterionCondition).Fit == FitNotMet
				if seenMiss && !miss && r.Confidence == lmh.ConfidenceLow {
					t.Errorf("%q (condition %v) ranks after an offering whose condition is not met", r.Offering.Name, r.Reason(CriterionCondition).Fit)
				}
				seenMiss = seenMiss || miss && r.Confidence == lmh.ConfidenceLow
			}
		}
	})
}
