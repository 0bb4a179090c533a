package fuzzy

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"
	"github.com/hbollon/go-edlib"
	"github.com/lithammer/fuzzysearch/fuzzy"

	"github.com/lmhkit/lmhkit/glossary"
)

// misspellings are queries as people type them, with the term meant: æ,
// ø and å written ae, o(e) and a(a), doubled consonants single or
// doubled by mistake, a letter swapped or lost; whole words and the
// prefixes autocomplete sees.
var misspellings = []struct{ query, want string }{
	{"paarør", "pårørende"}, {"paarorende", "pårørende"}, {"parorende", "pårørende"},
	{"soevn", "søvn"}, {"sovnvansker", "søvnvansker"}, {"roeyk", "røyking"},
	{"naerstaa", "nærstående"}, {"laering", "læringstilbud"}, {"haand", "håndtere helseutfordringer hjemme"},
	{"demenskole", "demensskole"}, {"ryggskolle", "ryggskole"}, {"rygskole", "ryggskole"},
	{"frisklivsentral", "frisklivssentral"}, {"hjertesvigt", "hjertesvikt"}, {"diabetis", "diabetes"},
	{"laerings- og mestringssenter", "lærings- og mestringssenter"}, {"stressmestringgruppe", "stressmestringsgruppe"},
	{"selvhjelpsgrupe", "selvhjelpsgruppe"}, {"kolskole", "kolsskole"}, {"parkinsson", "parkinson"},
	{"epilepssi", "epilepsi"}, {"fibromyalgia", "fibromyalgi"}, {"mestrinskurs", "mestringskurs"},
	{"beinskjorhet", "beinskjørhet"}, {"ernaering", "ernæring"},
}

// terms are the glossary's searchable terms, normalised, with their
// display form.
func terms() (norm, display []string) {
	g := glossary.Default()
	seen := map[string]bool{}
	for _, e := range g.Entries() {
		if e.Kind == glossary.KindHidden {
			continue // the libraries get only what a user would give them
		}
		n := glossary.Normalize(e.Term)
		if !seen[n] {
			seen[n] = true
			norm = append(norm, n)
			display = append(display, e.Term)
		}
	}
	return norm, display
}

type searcher struct {
	name string
	top  func(q string, k int) []string // the k best terms, normalised
}

func searchers(norm []string) []searcher {
	prefixOf := func(t string, n int) string {
		r := []rune(t)
		return string(r[:min(n, len(r))])
	}
	rank := func(q string, k int, dist func(a, b string) int) []string {
		type c struct {
			t string
			d int
		}
		cs := make([]c, len(norm))
		qn := len([]rune(q))
		for i, t := range norm {
			// As an autocomplete caller would: distance to the term's
			// beginning of the query's length (and to the whole term).
			cs[i] = c{t, min(dist(q, prefixOf(t, qn)), dist(q, t))}
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
		out := make([]string, 0, k)
		for _, x := range cs[:k] {
			out = append(out, x.t)
		}
		return out
	}
	g := glossary.Default()
	return []searcher{
		{"lmhkit glossary.Search", func(q string, k int) []string {
			var out []string
			for _, h := range g.Search(q, 0, k) {
				out = append(out, glossary.Normalize(h.Entry.Term))
			}
			return out
		}},
		{"agnivade/levenshtein", func(q string, k int) []string {
			return rank(q, k, levenshtein.ComputeDistance)
		}},
		{"hbollon/go-edlib OSA", func(q string, k int) []string {
			return rank(q, k, func(a, b string) int { return edlib.OSADamerauLevenshteinDistance(a, b) })
		}},
		{"lithammer/fuzzysearch", func(q string, k int) []string {
			ranks := fuzzy.RankFindNormalizedFold(q, norm)
			sort.Sort(ranks)
			var out []string
			for _, r := range ranks[:min(k, len(ranks))] {
				out = append(out, r.Target)
			}
			return out
		}},
	}
}

// TestMisspellingsBesideLibraries reports, for each searcher, how many
// misspellings put the meant term among the first five, and fails if
// lmhkit's search finds fewer than any library.
func TestMisspellingsBesideLibraries(t *testing.T) {
	norm, _ := terms()
	found := map[string]int{}
	for _, s := range searchers(norm) {
		for _, m := range misspellings {
			if slices.Contains(s.top(glossary.Normalize(m.query), 5), glossary.Normalize(m.want)) {
				found[s.name]++
			} else {
				t.Logf("%-24s misses %q → %q", s.name, m.query, m.want)
			}
		}
	}
	ours := found["lmhkit glossary.Search"]
	for name, n := range found {
		t.Logf("%-24s %2d of %d in the top five", name, n, len(misspellings))
		if n > ours {
			t.Errorf("%s finds %d, lmhkit %d", name, n, ours)
		}
	}
}

func BenchmarkMisspellings(b *testing.B) {
	norm, _ := terms()
	for _, s := range searchers(norm) {
		b.Run(strings.ReplaceAll(s.name, "/", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m := misspellings[i%len(misspellings)]
				s.top(glossary.Normalize(m.query), 5)
			}
		})
	}
}
