package fhir

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/glossary/skos"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// walk calls fn for every concept of a CodeSystem with its parent code.
func walk(cs []CodeSystemConcept, parent string, fn func(c CodeSystemConcept, parent string)) {
	for _, c := range cs {
		fn(c, parent)
		walk(c.Concept, c.Code, fn)
	}
}

func TestCodeSystemEveryFacet(t *testing.T) {
	for _, f := range taxonomy.Facets() {
		t.Run(f.String(), func(t *testing.T) {
			cs, err := NewCodeSystem(f)
			if err != nil {
				t.Fatal(err)
			}
			if cs.Status != "active" || cs.Content != "complete" || cs.Version != taxonomy.Version || cs.URL != SystemURL(f) {
				t.Errorf("header: %+v", cs)
			}
			n := 0
			walk(cs.Concept, "", func(c CodeSystemConcept, parent string) {
				n++
				r, err := taxonomy.ParseRef(f.String() + ":" + c.Code)
				if err != nil {
					t.Fatalf("concept %q: %v", c.Code, err)
				}
				if got := r.Broader().Code(); got != parent {
					t.Errorf("%s nested under %q, broader is %q", c.Code, parent, got)
				}
				for _, l := range taxonomy.Langs() {
					if !slices.ContainsFunc(c.Designation, func(d Designation) bool {
						return d.Use == nil && d.Language == l.String() && d.Value == r.Label(l)
					}) {
						t.Errorf("%s lacks its %s label as a designation", c.Code, l)
					}
				}
				for _, d := range c.Designation {
					if d.Use != nil && *d.Use != snomedSynonym {
						t.Errorf("%s: designation use %+v", c.Code, d.Use)
					}
				}
			})
			if n != f.Len() || cs.Count != n {
				t.Errorf("%d concepts, count %d, facet has %d", n, cs.Count, f.Len())
			}
		})
	}
	if _, err := NewCodeSystem(0); err == nil {
		t.Error("no error for the zero facet")
	}
}

func TestCodeSystemCarriesGlossarySynonyms(t *testing.T) {
	cs, err := NewCodeSystem(taxonomy.FacetConcept)
	if err != nil {
		t.Fatal(err)
	}
	syn := map[string][]string{}
	walk(cs.Concept, "", func(c CodeSystemConcept, _ string) {
		for _, d := range c.Designation {
			if d.Use != nil {
				syn[c.Code] = append(syn[c.Code], d.Value)
			}
		}
	})
	// The ambiguous official synonyms keep both senses.
	for _, code := range []string{"offering", "group_offering"} {
		if !slices.Contains(syn[code], "mestringskurs") {
			t.Errorf("%s lacks the synonym mestringskurs: %v", code, syn[code])
		}
	}
	for _, code := range []string{"activity", "offering"} {
		if !slices.Contains(syn[code], "pasient- og pårørendeopplæring") {
			t.Errorf("%s lacks the synonym pasient- og pårørendeopplæring: %v", code, syn[code])
		}
	}
}

func TestConceptMaps(t *testing.T) {
	maps, err := ConceptMaps()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*ConceptMap{}
	for _, cm := range maps {
		byID[cm.ID] = cm
		for _, g := range cm.Group {
			for _, e := range g.Element {
				for _, tg := range e.Target {
					if (tg.Equivalence == "narrower" || tg.Equivalence == "inexact") && tg.Comment == "" {
						t.Errorf("%s %s: %s target without comment (cmd-1)", cm.ID, e.Code, tg.Equivalence)
					}
					if tg.Equivalence == "unmatched" && tg.Code != "" {
						t.Errorf("%s %s: unmatched target with a code", cm.ID, e.Code)
					}
				}
			}
		}
	}
	volven := byID["arena-to-volven-9040"].Group[0].Element
	want := map[string]string{"specialist": "101", "municipal": "102", "private": "116", "voluntary": ""}
	for _, e := range volven {
		if w, ok := want[e.Code]; !ok || e.Target[0].Code != w {
			t.Errorf("volven: %s → %+v", e.Code, e.Target)
		}
		delete(want, e.Code)
	}
	if len(want) != 0 {
		t.Errorf("arenas not in the Volven map: %v", want)
	}
	var vol ConceptMapTarget
	for _, e := range volven {
		if e.Code == "voluntary" {
			vol = e.Target[0]
		}
	}
	if vol.Equivalence != "unmatched" || !strings.Contains(vol.Comment, "115") {
		t.Errorf("voluntary: %+v, want unmatched with the reason", vol)
	}
	// Ranges are expanded: diabetes E10-E14 gives five codes.
	var diabetes []string
	for _, e := range byID["condition-to-icd-10"].Group[0].Element {
		if e.Code == "diabetes" {
			for _, tg := range e.Target {
				diabetes = append(diabetes, tg.Code+"/"+tg.Equivalence)
			}
		}
	}
	if !slices.Equal(diabetes, []string{"E10/specializes", "E11/specializes", "E12/specializes", "E13/specializes", "E14/specializes"}) {
		t.Errorf("diabetes → %v", diabetes)
	}
}

// TestMappingsVerified fails when the taxonomy maps a code to an outside
// code that has not been checked and entered in verifiedDisplays.
func TestMappingsVerified(t *testing.T) {
	for _, f := range taxonomy.Facets() {
		for _, r := range f.Refs() {
			for _, m := range r.Mappings() {
				if _, ok := verifiedDisplays[verifiedCode{m.System, m.Code}]; !ok {
					t.Errorf("%s maps to %s|%s, which is not verified", r, m.System, m.Code)
				}
			}
		}
	}
}

func TestExpandRange(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"E10-E14", []string{"E10", "E11", "E12", "E13", "E14"}},
		{"F00-F03", []string{"F00", "F01", "F02", "F03"}},
		{"R52.1-R52.2", []string{"R52.1", "R52.2"}},
		{"J44", []string{"J44"}},
		{"E14-E10", []string{"E14-E10"}},
		{"E10-F14", []string{"E10-F14"}},
		{"R52.1-R53.2", []string{"R52.1-R53.2"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := expandRange(c.in); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestTerminologyResourcesJSON(t *testing.T) {
	res, err := TerminologyResources()
	if err != nil {
		t.Fatal(err)
	}
	if want := 2*len(taxonomy.Facets()) + 1 + len(mapSpecs) + len(extensionDefs); len(res) != want {
		t.Errorf("%d resources, want %d", len(res), want)
	}
	keys := map[string]bool{}
	for _, r := range res {
		if keys[r.Key()] {
			t.Errorf("duplicate %s", r.Key())
		}
		keys[r.Key()] = true
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		// R4 forbids empty strings, arrays and objects.
		for _, empty := range []string{`:""`, `:[]`, `:{}`, `:null`} {
			if strings.Contains(string(b), empty) {
				t.Errorf("%s has an empty value %s", r.Key(), empty)
			}
		}
	}
}

func TestFacetOf(t *testing.T) {
	for _, f := range taxonomy.Facets() {
		for _, u := range []string{SystemURL(f), ValueSetURL(f), SystemURL(f) + "|" + taxonomy.Version} {
			if got, ok := FacetOf(u); !ok || got != f {
				t.Errorf("FacetOf(%q) = %v, %v", u, got, ok)
			}
		}
	}
	for _, u := range []string{"", Base, Base + "/CodeSystem/", Base + "/CodeSystem/age_group", "http://snomed.info/sct"} {
		if _, ok := FacetOf(u); ok {
			t.Errorf("FacetOf(%q) is ok", u)
		}
	}
}

// TestSKOSSharesCanonicalURLs keeps the SKOS scheme IRIs equal to the FHIR
// CodeSystem URLs, so both exports name a facet the same way.
func TestSKOSSharesCanonicalURLs(t *testing.T) {
	if skos.Base != Base {
		t.Errorf("skos.Base = %q, fhir.Base = %q", skos.Base, Base)
	}
	for _, f := range taxonomy.Facets() {
		if skos.SchemeIRI(f) != SystemURL(f) {
			t.Errorf("%s: scheme %q, code system %q", f, skos.SchemeIRI(f), SystemURL(f))
		}
	}
}
