package fhir

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func newTerm(t testing.TB) *Terminology {
	t.Helper()
	term, err := NewTerminology()
	if err != nil {
		t.Fatal(err)
	}
	return term
}

var (
	roleSys      = SystemURL(taxonomy.FacetRole)
	conditionSys = SystemURL(taxonomy.FacetCondition)
)

func TestLookup(t *testing.T) {
	term := newTerm(t)
	cases := []struct {
		name, system, code string
		lang               taxonomy.Lang
		display            string
		parent             []string
		wantDesig          string // a designation that must be present
	}{
		{"nn display", roleSys, "next_of_kin", taxonomy.NN, "pårørande", nil, "nærståande"},
		{"nb synonym", roleSys, "next_of_kin", taxonomy.NB, "pårørende", nil, "nærstående"},
		{"en default", conditionSys, "copd", 0, "COPD", []string{"lung_disease"}, "kols"},
		{"child", conditionSys, "depression", taxonomy.EN, "depression", []string{"mental_illness"}, "depression"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := term.Lookup(c.system, c.code, c.lang)
			if err != nil {
				t.Fatal(err)
			}
			if res.Display != c.display || !slices.Equal(res.Parent, c.parent) || res.Version != taxonomy.Version {
				t.Errorf("got display %q parent %v version %q", res.Display, res.Parent, res.Version)
			}
			if !slices.ContainsFunc(res.Designation, func(d Designation) bool { return d.Value == c.wantDesig }) {
				t.Errorf("designations %v lack %q", res.Designation, c.wantDesig)
			}
			for _, d := range res.Designation {
				if c.lang.IsValid() && d.Language != c.lang.String() {
					t.Errorf("designation %q in %s, asked for %s", d.Value, d.Language, c.lang)
				}
			}
		})
	}
	if _, err := term.Lookup(roleSys, "Next_of_kin", taxonomy.NB); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("codes are case-sensitive: err = %v", err)
	}
	if _, err := term.Lookup("http://example.org/cs", "x", taxonomy.NB); !errors.Is(err, ErrUnknownSystem) {
		t.Errorf("unknown system: err = %v", err)
	}
}

func TestValidateCode(t *testing.T) {
	term := newTerm(t)
	cases := []struct {
		name, url, code, display string
		want                     bool
	}{
		{"code system", roleSys, "patient", "", true},
		{"value set", ValueSetURL(taxonomy.FacetRole), "patient", "", true},
		{"unknown code", roleSys, "doctor", "", false},
		{"nb display", roleSys, "next_of_kin", "Pårørende", true},
		{"nn display", roleSys, "next_of_kin", "pårørande", true},
		{"synonym display", conditionSys, "copd", "KOLS", true},
		{"wrong display", roleSys, "next_of_kin", "pasient", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := term.ValidateCode(c.url, c.code, c.display)
			if err != nil {
				t.Fatal(err)
			}
			if res.Result != c.want || (res.Message == "") != c.want {
				t.Errorf("got %+v, want result %v", res, c.want)
			}
		})
	}
	if _, err := term.ValidateCode("http://example.org/vs", "x", ""); !errors.Is(err, ErrUnknownSystem) {
		t.Errorf("err = %v", err)
	}
}

func TestSubsumes(t *testing.T) {
	term := newTerm(t)
	cases := []struct {
		a, b string
		want Outcome
	}{
		{"diabetes", "diabetes", Equivalent},
		{"diabetes", "diabetes_type2", SubsumesB},
		{"heart_attack", "heart_disease", SubsumedBy},
		{"copd", "diabetes", NotSubsumed},
	}
	for _, c := range cases {
		t.Run(c.a+"/"+c.b, func(t *testing.T) {
			got, err := term.Subsumes(conditionSys, c.a, c.b)
			if err != nil || got != c.want {
				t.Errorf("got %q, %v; want %q", got, err, c.want)
			}
		})
	}
	if _, err := term.Subsumes(conditionSys, "diabetes", "sugar"); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("err = %v", err)
	}
}

func TestExpand(t *testing.T) {
	term := newTerm(t)
	cases := []struct {
		name, facet, filter string
		lang                taxonomy.Lang
		want                []string // codes that must be in the expansion
		max                 int      // expansion size at most
	}{
		{"all", "role", "", taxonomy.NB, []string{"patient", "next_of_kin", "user"}, 3},
		{"lay word", "condition", "kols", taxonomy.NB, []string{"copd"}, 1},
		{"nynorsk word", "role", "pårørande", taxonomy.NN, []string{"next_of_kin"}, 1},
		{"case and space", "condition", "  DIABETES  type 2", 0, []string{"diabetes_type2"}, 1},
		{"no match", "theme", "xyzzy", taxonomy.NB, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, _ := taxonomy.ParseFacet(c.facet)
			vs, err := term.Expand(ValueSetURL(f), c.filter, c.lang)
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, x := range vs.Expansion.Contains {
				codes = append(codes, x.Code)
			}
			for _, w := range c.want {
				if !slices.Contains(codes, w) {
					t.Errorf("expansion %v lacks %q", codes, w)
				}
			}
			if len(codes) > c.max || *vs.Expansion.Total != len(codes) {
				t.Errorf("expansion %v (total %d), want at most %d", codes, *vs.Expansion.Total, c.max)
			}
		})
	}
	if _, err := term.Expand(roleSys, "", taxonomy.NB); !errors.Is(err, ErrUnknownSystem) {
		t.Errorf("a CodeSystem URL is not a value set: err = %v", err)
	}
}

func TestTranslate(t *testing.T) {
	term := newTerm(t)
	arenaSys := SystemURL(taxonomy.FacetArena)
	methodSys := SystemURL(taxonomy.FacetMethod)
	type tr struct{ eq, system, code string }
	cases := []struct {
		name, system, code, target string
		want                       []tr
	}{
		{"arena to volven", arenaSys, "specialist", SystemVolven9040, []tr{{"equivalent", SystemVolven9040, "101"}}},
		{"voluntary unmatched", arenaSys, "voluntary", "", []tr{{"unmatched", SystemVolven9040, ""}}},
		{"private wider", arenaSys, "private", "", []tr{{"wider", SystemVolven9040, "116"}}},
		{"teaching to all", methodSys, "teaching", "", []tr{{"equivalent", SystemSNOMEDCT, "409073007"}, {"equivalent", SystemServiceType, "561"}}},
		{"teaching to service-type", methodSys, "teaching", SystemServiceType, []tr{{"equivalent", SystemServiceType, "561"}}},
		{"no mapping", methodSys, "guidance", "", nil},
		{"copd to icd-10", conditionSys, "copd", SystemICD10, []tr{{"equivalent", SystemICD10, "J44"}}},
		{"crohn to icpc-2 is wider", conditionSys, "crohns_disease", SystemICPC2, []tr{{"wider", SystemICPC2, "D94"}}},
		{"volven back", SystemVolven9040, "102", "", []tr{{"equivalent", arenaSys, "municipal"}}},
		{"snomed back", SystemSNOMEDCT, "311401005", "", []tr{{"narrower", methodSys, "information"}}},
		{"icd-10 listed", SystemICD10, "J44", "", []tr{{"subsumes", conditionSys, "lung_disease"}, {"equivalent", conditionSys, "copd"}}},
		{"icd-10 subcode", SystemICD10, "F32.1", "", []tr{{"wider", conditionSys, "depression"}}},
		{"norwegian icd-10 without dot", SystemICD10NO, "F321", "", []tr{{"wider", conditionSys, "depression"}}},
		{"icpc-2 listed twice", SystemICPC2, "T90", "", []tr{{"subsumes", conditionSys, "diabetes"}, {"equivalent", conditionSys, "diabetes_type2"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := term.Translate(c.system, c.code, c.target)
			if err != nil {
				t.Fatal(err)
			}
			var g []tr
			for _, x := range got {
				g = append(g, tr{x.Equivalence, x.Concept.System, x.Concept.Code})
				if x.Source == "" {
					t.Errorf("translation %+v names no ConceptMap", x)
				}
			}
			if !slices.Equal(g, c.want) {
				t.Errorf("got %v, want %v", g, c.want)
			}
		})
	}
	if _, err := term.Translate(arenaSys, "hospital", ""); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("err = %v", err)
	}
	if _, err := term.Translate("http://loinc.org", "1234-5", ""); !errors.Is(err, ErrUnknownSystem) {
		t.Errorf("err = %v", err)
	}
}

func TestTerminologyConcurrent(t *testing.T) {
	term := newTerm(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if _, err := term.Expand(ValueSetURL(taxonomy.FacetCondition), "kreft", taxonomy.NB); err != nil {
					t.Error(err)
				}
				if _, err := term.Translate(SystemICD10, "E11.9", ""); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkExpandFilterBaseline(b *testing.B) {
	// Baseline: building the ValueSet without filtering, the fixed cost of Expand.
	for b.Loop() {
		if _, err := NewValueSet(taxonomy.FacetCondition); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExpandFilter(b *testing.B) {
	term := newTerm(b)
	url := ValueSetURL(taxonomy.FacetCondition)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := term.Expand(url, "kols", taxonomy.NB); err != nil {
			b.Fatal(err)
		}
	}
}
