package classify

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// The corpus of real listings (testdata/real, see its README) and how
// the classifier is scored on it. The conventions its labels follow are
// the project's "Labelling real listings"; the scoring:
//
//   - in_scope: precision, recall and F1 of "in scope" over every record.
//   - The facets are scored on the records whose gold label is in scope only
//     (an out-of-scope page has no facets to get right), whatever the
//     classifier decided about scope.
//   - A single-valued facet (format, arena, delivery, programme) has three
//     figures: accuracy over the records whose gold value is known;
//     precision over the records where the classifier gave a value (a value
//     where gold is "unknown" is wrong: a value the text does not support
//     is worse than none); and accuracy over every record, "unknown" (no
//     value) counting as a value to get right.
//   - A multi-valued facet (roles, conditions, themes, age groups) is scored
//     by micro-averaged precision, recall and F1 over its values.

// realItem is one labelled real listing.
type realItem struct {
	ID     string   `json:"id"`
	Source string   `json:"source"`
	Lang   string   `json:"lang"`
	Title  string   `json:"title"`
	Text   string   `json:"text"`
	Gold   realGold `json:"gold"`
	Notes  string   `json:"notes"`
	Kind   string   `json:"kind"`
}

// realGold is the gold label of a real listing. Extract is the
// extraction's (not scored here).
type realGold struct {
	InScope    bool            `json:"in_scope"`
	Format     string          `json:"format"`
	Arena      string          `json:"arena"`
	Delivery   string          `json:"delivery"`
	Programme  string          `json:"programme"`
	Roles      []string        `json:"roles"`
	Conditions []string        `json:"conditions"`
	Themes     []string        `json:"themes"`
	AgeGroups  []string        `json:"age_groups"`
	Extract    json.RawMessage `json:"extract"`
}

// loadReal reads one split of testdata/real.
func loadReal(t testing.TB, split string) []realItem {
	t.Helper()
	return loadJSONL[realItem](t, filepath.Join("testdata", "real", split+".jsonl"))
}

// realGuess is what a classifier (ours or the keyword baseline) says about
// one listing, in the gold label's form: "" for no value.
type realGuess struct {
	InScope                              bool
	Format, Arena, Delivery, Programme   string
	Roles, Conditions, Themes, AgeGroups []string
}

// guessOf turns a Result into a realGuess.
func guessOf(r Result) realGuess {
	return realGuess{
		InScope: r.InScope, Format: r.Format.String(), Arena: r.Arena.String(),
		Delivery: r.Delivery.String(), Programme: r.Programme.String(),
		Roles: codes(r.Roles), Conditions: codes(r.Conditions), Themes: codes(r.Themes),
		AgeGroups: codes(r.AgeGroups),
	}
}

// The facets scored on the real corpus.
var (
	realSingle = []string{"format", "arena", "delivery", "programme"}
	realMulti  = []string{"roles", "conditions", "themes", "age_groups"}
)

func (g realGold) single(f string) string {
	v := map[string]string{"format": g.Format, "arena": g.Arena, "delivery": g.Delivery, "programme": g.Programme}[f]
	if v == "unknown" {
		return ""
	}
	return v
}

func (g realGold) multi(f string) []string {
	return map[string][]string{"roles": g.Roles, "conditions": g.Conditions, "themes": g.Themes, "age_groups": g.AgeGroups}[f]
}

func (g realGuess) single(f string) string {
	return map[string]string{"format": g.Format, "arena": g.Arena, "delivery": g.Delivery, "programme": g.Programme}[f]
}

func (g realGuess) multi(f string) []string {
	return map[string][]string{"roles": g.Roles, "conditions": g.Conditions, "themes": g.Themes, "age_groups": g.AgeGroups}[f]
}

// singleScore counts one single-valued facet.
type singleScore struct {
	known, knownRight int // records with a gold value; of them, given that value
	given, givenRight int // records given a value; of them, the gold value
	all, allRight     int // every record; of them, right ("" = unknown counts)
}

func (s singleScore) accuracy() float64    { return ratio(s.knownRight, s.known) }
func (s singleScore) precision() float64   { return ratio(s.givenRight, s.given) }
func (s singleScore) accuracyAll() float64 { return ratio(s.allRight, s.all) }

// realScores are the figures of one classifier on one split.
type realScores struct {
	records, inScope int
	scope            prf
	single           map[string]*singleScore
	multi            map[string]*prf
}

// scoreReal scores guesses against the gold labels of items.
func scoreReal(items []realItem, guesses []realGuess) realScores {
	s := realScores{records: len(items), single: map[string]*singleScore{}, multi: map[string]*prf{}}
	for _, f := range realSingle {
		s.single[f] = &singleScore{}
	}
	for _, f := range realMulti {
		s.multi[f] = &prf{}
	}
	for i, it := range items {
		g, h := it.Gold, guesses[i]
		switch {
		case g.InScope && h.InScope:
			s.scope.tp++
		case g.InScope:
			s.scope.fn++
		case h.InScope:
			s.scope.fp++
		}
		if !g.InScope {
			continue
		}
		s.inScope++
		for _, f := range realSingle {
			want, have := g.single(f), h.single(f)
			c := s.single[f]
			c.all++
			if want == have {
				c.allRight++
			}
			if want != "" {
				c.known++
				if have == want {
					c.knownRight++
				}
			}
			if have != "" {
				c.given++
				if have == want {
					c.givenRight++
				}
			}
		}
		for _, f := range realMulti {
			want, have := g.multi(f), h.multi(f)
			c := s.multi[f]
			for _, v := range have {
				if slices.Contains(want, v) {
					c.tp++
				} else {
					c.fp++
				}
			}
			for _, v := range want {
				if !slices.Contains(have, v) {
					c.fn++
				}
			}
		}
	}
	return s
}

// headline is the one figure per facet that the targets and floors are
// stated in: F1 for in_scope and the multi-valued facets, accuracy over
// records with a known gold value for the single-valued ones.
func (s realScores) headline(f string) float64 {
	switch {
	case f == "in_scope":
		return s.scope.f1()
	case s.single[f] != nil:
		return s.single[f].accuracy()
	}
	return s.multi[f].f1()
}

// realTable prints ours beside the baseline's figures.
func realTable(name string, ours, base realScores) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d records, %d in scope (facets scored on those)\n", name, ours.records, ours.inScope)
	fmt.Fprintf(&b, "%-11s | %-34s | %s\n", "facet", "ours", "keyword baseline")
	row := func(f string, o, k string) { fmt.Fprintf(&b, "%-11s | %-34s | %s\n", f, o, k) }
	pr := func(c prf) string {
		return fmt.Sprintf("P %.2f R %.2f F1 %.2f (%d/%d/%d)", c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
	}
	row("in_scope", pr(ours.scope), pr(base.scope))
	sg := func(c *singleScore) string {
		return fmt.Sprintf("acc %.2f (%d/%d) P %.2f (%d/%d) all %.2f", c.accuracy(), c.knownRight, c.known,
			c.precision(), c.givenRight, c.given, c.accuracyAll())
	}
	for _, f := range realSingle {
		row(f, sg(ours.single[f]), sg(base.single[f]))
	}
	for _, f := range realMulti {
		row(f, pr(*ours.multi[f]), pr(*base.multi[f]))
	}
	return b.String()
}

// classifyReal runs our classifier over items.
func classifyReal(items []realItem) []realGuess {
	out := make([]realGuess, len(items))
	for i, it := range items {
		out[i] = guessOf(Listing(it.Title, it.Text))
	}
	return out
}

// checkRealLabels checks the labels of one split against the vocabulary.
func checkRealLabels(t *testing.T, split string) {
	t.Helper()
	for _, it := range loadReal(t, split) {
		g := it.Gold
		check := func(f taxonomy.Facet, vs ...string) {
			for _, v := range vs {
				if v == "unknown" {
					continue
				}
				if _, err := taxonomy.ParseRef(f.String() + ":" + v); err != nil {
					t.Errorf("%s: %v", it.ID, err)
				}
			}
		}
		check(taxonomy.FacetFormat, g.Format)
		check(taxonomy.FacetArena, g.Arena)
		check(taxonomy.FacetDelivery, g.Delivery)
		check(taxonomy.FacetProgramme, g.Programme)
		check(taxonomy.FacetRole, g.Roles...)
		check(taxonomy.FacetCondition, g.Conditions...)
		check(taxonomy.FacetTheme, g.Themes...)
		check(taxonomy.FacetAgeGroup, g.AgeGroups...)
	}
}

func TestRealTrainLabelsAreValid(t *testing.T) { checkRealLabels(t, "train") }

// realFloor is the lowest a facet's figures may fall on a split: for
// in_scope and the multi-valued facets precision, recall and F1; for the
// single-valued ones accuracy (where gold is known) and precision (where a
// value is given), the third figure unused.
type realFloor [3]float64

// checkRealFloors fails for every figure of s below its floor.
func checkRealFloors(t *testing.T, split string, s realScores, floors map[string]realFloor) {
	t.Helper()
	below := func(f string, name string, got, floor float64) {
		if got < floor {
			t.Errorf("%s split, %s %s %.3f: below the floor %.2f", split, f, name, got, floor)
		}
	}
	for f, fl := range floors {
		switch {
		case f == "in_scope":
			below(f, "precision", s.scope.precision(), fl[0])
			below(f, "recall", s.scope.recall(), fl[1])
			below(f, "F1", s.scope.f1(), fl[2])
		case s.single[f] != nil:
			below(f, "accuracy", s.single[f].accuracy(), fl[0])
			below(f, "precision", s.single[f].precision(), fl[1])
		case s.multi[f] != nil:
			below(f, "precision", s.multi[f].precision(), fl[0])
			below(f, "recall", s.multi[f].recall(), fl[1])
			below(f, "F1", s.multi[f].f1(), fl[2])
		default:
			t.Fatalf("no facet %q", f)
		}
	}
}
