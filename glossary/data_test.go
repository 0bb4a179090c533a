package glossary

import (
	"strings"
	"sync"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestEveryCodeHasPreferredTerms: each taxonomy code's nb, nn and en labels
// are preferred entries, so every facet can be read from text and exported.
func TestEveryCodeHasPreferredTerms(t *testing.T) {
	g := Default()
	for _, f := range taxonomy.Facets() {
		for _, r := range f.Refs() {
			for _, lang := range taxonomy.Langs() {
				label := r.Label(lang)
				found := false
				for _, e := range g.Terms(r) {
					if e.Kind == KindPreferred && e.Lang == lang && e.Term == label {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: no preferred %s entry %q", r, lang, label)
				}
			}
		}
	}
}

// TestEveryCodeHasNorwegianWords: beyond labels, every facet has at least
// one synonym, so the classifier has more than one way in.
func TestEveryFacetHasSynonyms(t *testing.T) {
	g := Default()
	for _, f := range taxonomy.Facets() {
		n := 0
		for _, r := range f.Refs() {
			for _, e := range g.Terms(r) {
				if e.Kind != KindPreferred && e.Lang != taxonomy.EN {
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("facet %s has no Norwegian synonym", f)
		}
	}
}

func TestDataInvariants(t *testing.T) {
	g := Default()
	sources := map[string]bool{}
	for _, s := range taxonomy.Sources() {
		sources[s.ID] = true
	}
	seenTerm := map[[3]string]bool{}
	for i, e := range g.Entries() {
		if err := e.validate(i); err != nil {
			t.Errorf("entry %d: %v", i, err)
		}
		if !sources[e.Source] {
			t.Errorf("entry %q: unknown source %q", e.Term, e.Source)
		}
		k := [3]string{e.Term, e.Lang.String(), e.Kind.String() + fmtRefs(e.Senses)}
		if seenTerm[k] && e.Kind != KindExample {
			t.Errorf("entry %q (%s, %s) listed twice", e.Term, e.Lang, e.Kind)
		}
		seenTerm[k] = true
		if e.CaseSensitive && e.AllowedPositions()&Word == 0 {
			t.Errorf("case-sensitive entry %q cannot match as a word", e.Term)
		}
	}
	// One policy per form and case rule: otherwise one occurrence would be
	// reported twice.
	type key struct {
		form string
		cs   bool
	}
	policy := map[key]Position{}
	for _, e := range g.Entries() {
		for _, f := range e.Inflect() {
			k := key{Normalize(f), e.CaseSensitive}
			if p, ok := policy[k]; ok && p != e.AllowedPositions() {
				t.Errorf("form %q has positions %s and %s", k.form, p, e.AllowedPositions())
			}
			policy[k] = e.AllowedPositions()
		}
	}
	// Short terms must be guarded: a term under four letters that is not
	// case-sensitive may only match as a whole word or modifier.
	for _, e := range g.Entries() {
		if len([]rune(e.Term)) < 4 && !e.CaseSensitive && e.AllowedPositions()&Head != 0 {
			t.Errorf("short term %q may match as a compound head", e.Term)
		}
	}
}

func TestKindString(t *testing.T) {
	for _, k := range Kinds() {
		s := k.String()
		p, err := ParseKind(s)
		if err != nil || p != k {
			t.Errorf("ParseKind(%q) = %v, %v", s, p, err)
		}
		b, err := k.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("MarshalText(%v) = %q, %v", k, b, err)
		}
	}
	if Kind(0).String() != "" || Kind(99).String() != "Kind(99)" {
		t.Errorf("String of zero/invalid: %q %q", Kind(0), Kind(99))
	}
	if _, err := ParseKind("typo"); err == nil {
		t.Error("ParseKind accepted garbage")
	}
	var k Kind
	if err := k.UnmarshalText([]byte("hidden")); err != nil || k != KindHidden {
		t.Errorf("UnmarshalText = %v, %v", k, err)
	}
}

func TestPositionString(t *testing.T) {
	tests := []struct {
		p Position
		s string
	}{{Word, "word"}, {Head, "head"}, {Modifier, "modifier"}, {Word | Head, "word|head"}, {AnyPosition, "word|head|modifier"}, {0, ""}}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.s {
			t.Errorf("%d.String() = %q, want %q", tt.p, got, tt.s)
		}
		if tt.p != 0 {
			if p, err := ParsePosition(tt.s); err != nil || p != tt.p {
				t.Errorf("ParsePosition(%q) = %v, %v", tt.s, p, err)
			}
		}
	}
	if p, _ := ParsePosition("any"); p != AnyPosition {
		t.Error("any")
	}
	if Position(64).String() != "Position(64)" || Position(64).IsValid() {
		t.Error("invalid position")
	}
	for _, p := range Paradigms() {
		if q, err := ParseParadigm(p.String()); err != nil || q != p {
			t.Errorf("ParseParadigm(%q) = %v, %v", p, q, err)
		}
	}
}

func TestScanAppendNoAlloc(t *testing.T) {
	g := Default()
	text, err := readListings()
	if err != nil {
		t.Fatal(err)
	}
	dst := g.ScanAppend(nil, text)
	if n := testing.AllocsPerRun(20, func() { dst = g.ScanAppend(dst[:0], text) }); n != 0 {
		t.Errorf("ScanAppend allocates %v times per run in steady state", n)
	}
}

func TestConcurrentUse(t *testing.T) {
	text, err := readListings()
	if err != nil {
		t.Fatal(err)
	}
	want := len(Default().Scan(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := Default()
			var dst []Match
			for range 5 {
				dst = g.ScanAppend(dst[:0], text)
				if len(dst) != want {
					t.Errorf("got %d matches, want %d", len(dst), want)
				}
				_ = g.Lookup("mestringskurs")
				_ = g.Search("kols", 0, 5)
			}
		}()
	}
	wg.Wait()
}

func TestSearch(t *testing.T) {
	g := Default()
	tests := []struct {
		q     string
		lang  taxonomy.Lang
		first string
		how   string
	}{
		{"kols", taxonomy.NB, "kols", "exact"},
		{"KOLS", 0, "kols", "exact"},
		{"pårør", taxonomy.NB, "pårørende", "prefix"},
		{"pårør", taxonomy.NN, "pårørande", "prefix"},
		{"mestringst", taxonomy.NB, "mestringstro", "prefix"},
		{"diabtes", taxonomy.NB, "diabetes", "fuzzy"},
		{"frisklivsentral", taxonomy.NB, "frisklivssentral", "exact"}, // via the hidden misspelling
		{"demensskol", taxonomy.NN, "demensskule", "fuzzy"},
		{"copd", taxonomy.EN, "COPD", "exact"},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.lang.String(), func(t *testing.T) {
			hits := g.Search(tt.q, tt.lang, 5)
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			if hits[0].Entry.Term != tt.first || hits[0].How != tt.how {
				t.Errorf("first hit %q (%s), want %q (%s); all %v", hits[0].Entry.Term, hits[0].How, tt.first, tt.how, hits)
			}
			for i, h := range hits {
				if h.Entry.Kind == KindHidden {
					t.Errorf("hidden entry %q returned", h.Entry.Term)
				}
				if tt.lang != 0 && h.Entry.Lang != tt.lang {
					t.Errorf("hit %q in %s, want %s", h.Entry.Term, h.Entry.Lang, tt.lang)
				}
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hits not ranked: %v", hits)
				}
			}
		})
	}
	if hits := g.Search("", 0, 10); hits != nil {
		t.Errorf("empty query: %v", hits)
	}
	if hits := g.Search("kurs", 0, 0); len(hits) < 20 {
		t.Errorf("limit 0 gave only %d hits", len(hits))
	}
	if hits := g.Search("lærings og mestringstilbud", taxonomy.NB, 1); len(hits) != 1 || hits[0].Entry.Term != "lærings- og mestringstilbud" {
		t.Errorf("misspelling did not stand in for the preferred term: %v", hits)
	}
}

func fmtRefs(rs []taxonomy.Ref) string {
	s := ""
	for _, r := range rs {
		s += " " + r.String()
	}
	return s
}

// TestInterleavedEqualsSequential: the two-walk scanner reports exactly what
// one sequential walk reports, on text long enough for many rounds and on
// text with few restart points and much non-ASCII.
func TestInterleavedEqualsSequential(t *testing.T) {
	g := Default()
	texts := map[string]string{
		"listings": benchCorpus()[:200000],
		"nonascii": strings.Repeat("pårørendeopplæringåøæ. ÆØÅ kurs- og Pa\u030arørende.", 3000),
		"nosplit":  strings.Repeat("kursa ", 2000),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			got, _ := g.scanText(nil, text, nil)
			want, _, _, _ := g.scanRange(nil, 0, text, 0, len(text), 0, nil)
			if len(got) != len(want) {
				t.Fatalf("interleaved %d matches, sequential %d", len(got), len(want))
			}
			for i := range got {
				if !sameMatch(got[i], want[i]) {
					t.Fatalf("match %d: %+v vs %+v", i, got[i], want[i])
				}
			}
		})
	}
}
