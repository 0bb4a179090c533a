package classify

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

var updateDevSet = flag.Bool("update-devset", false, "rewrite testdata/devset.golden.jsonl")

// devItem is one labelled listing of testdata/devset.jsonl.
type devItem struct {
	ID     string    `json:"id"`
	Lang   string    `json:"lang"`
	Title  string    `json:"title"`
	Text   string    `json:"text"`
	Labels devLabels `json:"labels"`
	Note   string    `json:"note,omitempty"`
}

// devLabels is the expected classification, as codes.
type devLabels struct {
	InScope    bool     `json:"in_scope"`
	Concept    string   `json:"concept"`
	Format     string   `json:"format"`
	Roles      []string `json:"roles"`
	AgeGroups  []string `json:"age_groups"`
	Arena      string   `json:"arena"`
	Delivery   string   `json:"delivery"`
	Methods    []string `json:"methods"`
	Scope      string   `json:"scope"`
	Conditions []string `json:"conditions"`
	Themes     []string `json:"themes"`
	Programme  string   `json:"programme"`
}

func loadDevSet(t testing.TB) []devItem { return loadLabelled(t, "devset.jsonl") }

// loadLabelled reads a labelled set of testdata/classify.
func loadLabelled(t testing.TB, name string) []devItem {
	t.Helper()
	return loadJSONL[devItem](t, filepath.Join("testdata", name))
}

// loadJSONL reads a JSON Lines file of T, one strict object a line (an
// unknown member fails the test with its line).
func loadJSONL[T any](t testing.TB, name string) []T {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var it T
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&it); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items
}

// labelsOf turns a Result into the dev set's label form.
func labelsOf(c Result) devLabels {
	l := devLabels{
		InScope: c.InScope, Concept: c.Concept.String(), Format: c.Format.String(),
		Arena: c.Arena.String(), Delivery: c.Delivery.String(), Scope: c.Scope.String(),
		Programme: c.Programme.String(),
	}
	l.Roles = codes(c.Roles)
	l.AgeGroups = codes(c.AgeGroups)
	l.Methods = codes(c.Methods)
	l.Conditions = codes(c.Conditions)
	l.Themes = codes(c.Themes)
	return l
}

func codes[C fmt.Stringer](cs []C) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// facetValues returns the values of one facet as a set of strings; single
// values give a set of at most one.
func facetValues(l devLabels, facet string) []string {
	one := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	switch facet {
	case "in_scope":
		if l.InScope {
			return []string{"true"}
		}
		return nil
	case "concept":
		return one(l.Concept)
	case "format":
		return one(l.Format)
	case "roles":
		return l.Roles
	case "age_groups":
		return l.AgeGroups
	case "arena":
		return one(l.Arena)
	case "delivery":
		return one(l.Delivery)
	case "methods":
		return l.Methods
	case "scope":
		return one(l.Scope)
	case "conditions":
		return l.Conditions
	case "themes":
		return l.Themes
	case "programme":
		return one(l.Programme)
	}
	panic("unknown facet " + facet)
}

var evalFacets = []string{"in_scope", "concept", "format", "roles", "age_groups", "arena",
	"delivery", "methods", "scope", "conditions", "themes", "programme"}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ratio is n/d, and 1 when there was nothing to find (d == 0).
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// evaluate scores the classifier against the dev set, counting each value
// of each facet (micro-averaged). The facets are scored on the listings
// labelled in scope only: the classifier reads them on every listing, but
// an out-of-scope page has none to get right.
func evaluate(items []devItem, got []devLabels) map[string]*prf {
	scores := map[string]*prf{}
	for _, f := range evalFacets {
		scores[f] = &prf{}
	}
	for i, it := range items {
		for _, f := range evalFacets {
			if f != "in_scope" && !it.Labels.InScope {
				continue // an out-of-scope page has no facets to get right
			}
			want, have := facetValues(it.Labels, f), facetValues(got[i], f)
			s := scores[f]
			for _, v := range have {
				if slices.Contains(want, v) {
					s.tp++
				} else {
					s.fp++
				}
			}
			for _, v := range want {
				if !slices.Contains(have, v) {
					s.fn++
				}
			}
		}
	}
	return scores
}

// floors are the lowest precision, recall and F1 each facet may reach on the
// dev set: a regression guard set from the results when the rules were
// written (see the README's classify section), a little below them. The
// real listings' conventions (testdata/real) are the figure of record and
// differ from the synthetic labels in two places, so those floors sit lower:
// physical meetings ("gruppa møtest seks gonger") are in person, and a
// generic course for next of kin ("pårørendekurs") is the next-of-kin
// school.
var floors = map[string][3]float64{
	"in_scope":   {0.95, 0.92, 0.95},
	"concept":    {0.88, 0.85, 0.87},
	"format":     {0.92, 0.88, 0.90},
	"roles":      {0.85, 0.70, 0.78},
	"age_groups": {0.83, 0.95, 0.88},
	"arena":      {0.90, 0.85, 0.88},
	"delivery":   {0.62, 0.85, 0.72},
	"methods":    {0.82, 0.63, 0.72},
	"scope":      {0.85, 0.82, 0.83},
	"conditions": {0.90, 0.80, 0.85},
	"themes":     {0.90, 0.83, 0.86},
	"programme":  {0.84, 0.85, 0.85},
}

// TestDevSetQuality classifies the dev set, reports precision, recall and
// F1 per facet, and fails if any falls below its floor. It also compares the
// output with testdata/devset.golden.jsonl and logs what changed;
// with -update-devset it rewrites that file, so a change in behaviour shows
// in review.
// scoreSet classifies every listing of a labelled set and returns what it
// got per listing, the per-facet scores, and a table of them for the log.
func scoreSet(items []devItem) ([]devLabels, map[string]*prf, string) {
	got := make([]devLabels, len(items))
	for i, it := range items {
		got[i] = labelsOf(Listing(it.Title, it.Text))
	}
	scores := evaluate(items, got)
	var report strings.Builder
	fmt.Fprintf(&report, "%-11s %9s %6s %6s   %s\n", "facet", "precision", "recall", "F1", "tp/fp/fn")
	for _, f := range evalFacets {
		s := scores[f]
		fmt.Fprintf(&report, "%-11s %9.2f %6.2f %6.2f   %d/%d/%d\n", f, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
	}
	return got, scores, report.String()
}

func TestDevSetQuality(t *testing.T) {
	items := loadDevSet(t)
	if len(items) < 150 {
		t.Fatalf("dev set has %d items, want at least 150", len(items))
	}
	got, scores, report := scoreSet(items)
	t.Logf("dev set: %d listings\n%s", len(items), report)
	for _, f := range evalFacets {
		s, fl := scores[f], floors[f]
		if s.precision() < fl[0] || s.recall() < fl[1] || s.f1() < fl[2] {
			t.Errorf("%s: precision %.2f recall %.2f F1 %.2f, below the floor %.2f/%.2f/%.2f",
				f, s.precision(), s.recall(), s.f1(), fl[0], fl[1], fl[2])
		}
	}

	golden := filepath.Join("testdata", "devset.golden.jsonl")
	var buf strings.Builder
	for i, it := range items {
		b, err := json.Marshal(struct {
			ID  string    `json:"id"`
			Got devLabels `json:"got"`
		}{it.ID, got[i]})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if *updateDevSet {
		if err := os.WriteFile(golden, []byte(buf.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestDevSetQuality ./lmh -args -update-devset to create it)", err)
	}
	if string(want) != buf.String() {
		// The floors above are the guard; the golden file shows what moved,
		// which also happens when the glossary gains or loses terms.
		wl, gl := strings.Split(string(want), "\n"), strings.Split(buf.String(), "\n")
		changed := 0
		for i := range min(len(wl), len(gl)) {
			if wl[i] != gl[i] {
				if changed < 10 {
					t.Logf("changed:\nwas %s\nnow %s", wl[i], gl[i])
				}
				changed++
			}
		}
		t.Logf("%d classifications differ from %s (go test -run TestDevSetQuality ./lmh -args -update-devset to accept)", changed, golden)
	}
}

// holdoutFloors guard the held-out set: listings written after the rules
// were frozen and never used to tune them (see testdata/README.md).
// Its figures estimate quality on unseen listings; the floors sit below the
// measured figures so that the glossary's growth does not break the build.
var holdoutFloors = map[string]float64{ // minimum F1
	"in_scope": 0.85, "concept": 0.75, "format": 0.75, "roles": 0.60, "age_groups": 0.50,
	"arena": 0.70, "delivery": 0.50, "methods": 0.45, "scope": 0.55, "conditions": 0.65,
	"themes": 0.55, "programme": 0.50,
}

func TestHoldoutQuality(t *testing.T) {
	items := loadLabelled(t, "holdout.jsonl")
	_, scores, report := scoreSet(items)
	t.Logf("held-out set: %d listings\n%s", len(items), report)
	for _, f := range evalFacets {
		if s := scores[f]; s.f1() < holdoutFloors[f] {
			t.Errorf("%s: F1 %.2f on the held-out set, below the floor %.2f", f, s.f1(), holdoutFloors[f])
		}
	}
}

// TestDevSetLabelsAreValid checks every label of the dev set against the
// vocabulary, and that out-of-scope items carry no facets.
func TestDevSetLabelsAreValid(t *testing.T) {
	items := loadDevSet(t)
	nn, neg := 0, 0
	for _, it := range items {
		if it.Lang == "nn" {
			nn++
		}
		l := it.Labels
		check := func(f taxonomy.Facet, vs ...string) {
			for _, v := range vs {
				if v == "" {
					continue
				}
				if _, err := taxonomy.ParseRef(f.String() + ":" + v); err != nil {
					t.Errorf("%s: %v", it.ID, err)
				}
			}
		}
		check(taxonomy.FacetConcept, l.Concept)
		check(taxonomy.FacetFormat, l.Format)
		check(taxonomy.FacetRole, l.Roles...)
		check(taxonomy.FacetAgeGroup, l.AgeGroups...)
		check(taxonomy.FacetArena, l.Arena)
		check(taxonomy.FacetDelivery, l.Delivery)
		check(taxonomy.FacetMethod, l.Methods...)
		check(taxonomy.FacetScope, l.Scope)
		check(taxonomy.FacetCondition, l.Conditions...)
		check(taxonomy.FacetTheme, l.Themes...)
		check(taxonomy.FacetProgramme, l.Programme)
		if !l.InScope {
			neg++
			for _, f := range evalFacets[1:] {
				if len(facetValues(l, f)) > 0 {
					t.Errorf("%s: out of scope but labelled %s", it.ID, f)
				}
			}
		}
	}
	if nn < 30 || neg < 30 {
		t.Errorf("dev set has %d Nynorsk and %d out-of-scope items, want at least 30 of each", nn, neg)
	}
}
