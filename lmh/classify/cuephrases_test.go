package classify

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// refCues is the cue scanner, for tests that read the cues alone.
var refCues = sync.OnceValue(defaultCues)

// cueTestTexts are texts for the tests that hold the cues found through
// the glossary against the cue scanner: the equivalence corpus, and texts
// made of cues written every way the two readings might part: capitals
// (ASCII, Latin-1, others), every kind of white space and runs of it,
// soft hyphens, dashes and quotation marks the glossary folds, decomposed
// å, C1 controls, invalid UTF-8, bullets and the other boundary bytes, and
// cues cut short or glued to words.
func cueTestTexts(t testing.TB) []string {
	var texts []string
	for _, x := range equivCorpus(t) {
		texts = append(texts, x.title, x.text)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	seps := []string{" ", "  ", "\n", "\n\n", " \t\r\n ", "\r", "\t", "\v", "\f", "\u00a0", "\u2009", "\u00ad",
		"-", "\u2013", ". ", ".", ":", ": ", "!", "?", ";", " • ", "•", "\u2022x", "\xe2", "", "x", "Ø", "é",
		"\xc2\x8b", "\xc3", "\xff", "«", "»", "\"", "’", "1", strings.Repeat(" ", 40), "kl", "har du"}
	for range 3000 {
		var b strings.Builder
		for b.Len() < 10+rng.IntN(1200) {
			c := strings.Trim(cueTable[rng.IntN(len(cueTable))].phrase, "|")
			switch rng.IntN(9) {
			case 0:
				c = strings.ToUpper(c)
			case 1:
				c = strings.ReplaceAll(c, " ", seps[rng.IntN(len(seps))])
			case 2:
				c = strings.ReplaceAll(strings.ReplaceAll(c, "å", "a\u030a"), "ø", "Ø")
			case 3:
				c = strings.ReplaceAll(strings.ReplaceAll(c, "-", "\u2010"), "«", "\xc2\x8b")
			case 4:
				if i := rng.IntN(len(c)); i > 0 {
					c = c[:i] + seps[rng.IntN(len(seps))] + c[i:]
				}
			case 5:
				c = c[:rng.IntN(len(c))+1]
			}
			b.WriteString(c)
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestCueMatcherAgrees holds the cues and boundaries found through the
// glossary's walk (cueMatcher.hits) against the cue scanner's walk, hit
// for hit and in order, on every kind of text.
func TestCueMatcherAgrees(t *testing.T) {
	s := defaultCues()
	m := defaultCueMatcher()
	gc, err := withCues(defaultGlossary(), m)
	if err != nil {
		t.Fatal(err)
	}
	var bpos []int32
	var pend, got []cueHit
	var ph []glossary.PhraseMatch
	n := 0
	for i, text := range cueTestTexts(t) {
		want := s.scanRange(nil, text, PartTitle, 0, 0, len(text))
		_, ph = gc.ScanAppendPhrases(nil, ph[:0], text)
		got = m.hits(got[:0], text, PartTitle, ph, &bpos, &pend)
		if !slices.Equal(got, want) {
			for j := range min(len(got), len(want)) {
				if got[j] != want[j] {
					t.Fatalf("text %d (%q): hit %d is %+v, the cue scanner's %+v", i, text, j, got[j], want[j])
				}
			}
			t.Fatalf("text %d (%q): %d hits, the cue scanner %d", i, text, len(got), len(want))
		}
		n += len(got)
	}
	if n < 50000 {
		t.Fatalf("only %d hits compared", n)
	}
}

// TestCueMatcherTable checks what cueMatcher's reading relies on of the
// cue table: every phrase is in NFC with its letters small (so the
// glossary's normalisation keeps it as the cue scanner reads it, up to the
// quotation marks it folds), and the cue scanner reads no byte of a cue as
// another.
func TestCueMatcherTable(t *testing.T) {
	m := defaultCueMatcher()
	for _, c := range m.recs {
		n := glossary.Normalize(c.text)
		n2 := strings.NewReplacer("«", "\"", "»", "\"").Replace(c.text)
		if n != n2 {
			t.Errorf("cue %d (%q) normalises to %q", c.cue, m.cues[c.cue].phrase, n)
		}
	}
	if len(m.recs) != len(m.cues) || len(m.phrases) != len(m.cues)+len(glossaryBoundaries) {
		t.Fatalf("%d phrases and %d records for %d cues", len(m.phrases), len(m.recs), len(m.cues))
	}
	if _, err := newCueMatcher([]cue{{" kurs", cueEvent}}); err == nil {
		t.Error("a cue starting with a space was taken")
	}
	if _, err := newCueMatcher([]cue{{"Kurs", cueEvent}}); err == nil {
		t.Error("a cue with a capital was taken")
	}
}

// TestCueGlossaryShared checks that classifiers of one glossary share its
// glossary with the cues, built once, also when made at the same time;
// and that a classifier of a user's glossary classifies as one that finds
// the cues in a walk of their own.
func TestCueGlossaryShared(t *testing.T) {
	g, err := glossary.New(glossary.Entry{Term: "hjertekafé", Lang: taxonomy.NB,
		Kind: glossary.KindSynonym, Senses: []taxonomy.Ref{taxonomy.MustParseRef("format:group")}})
	if err != nil {
		t.Fatal(err)
	}
	cs := make([]*Classifier, 8)
	var wg sync.WaitGroup
	for i := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs[i] = New(Glossary(g))
		}()
	}
	wg.Wait()
	for _, c := range cs {
		if c.gc == nil || c.gc != cs[0].gc || c.g != g {
			t.Fatal("the classifiers of one glossary do not share its glossary with the cues")
		}
	}
	if New().gc != New().gc {
		t.Fatal("the default classifiers do not share their glossary with the cues")
	}
	alone := New(Glossary(g))
	alone.gc, alone.cues = nil, defaultCues()
	for _, x := range equivCorpus(t)[:800] {
		text := x.text + " Hjertekafé hver tirsdag kl  18."
		want := alone.Listing(x.title, text)
		if got := cs[3].Listing(x.title, text); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the walk with the cues and the walks apart classify differently", x.name)
		}
	}
}

// FuzzCueMatcherAgrees holds the cues found through the glossary's walk
// against the cue scanner's on any text.
func FuzzCueMatcherAgrees(f *testing.F) {
	for _, seed := range []string{"", "har du  \n\t kols", "I  SAMARBEID\r\nMED", "kl  18. Tid:", "boka \xc2\x8b",
		"e\u2013post • Påmelding!", "pa\u030arørende\u00ad ikke for", "100 % stilling", strings.Repeat("kurset går over ", 40)} {
		f.Add(seed)
	}
	s := defaultCues()
	m := defaultCueMatcher()
	gc, err := withCues(defaultGlossary(), m)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var bpos []int32
		var pend []cueHit
		want := s.scanRange(nil, text, PartText, 0, 0, len(text))
		_, ph := gc.ScanAppendPhrases(nil, nil, text)
		if got := m.hits(nil, text, PartText, ph, &bpos, &pend); !slices.Equal(got, want) {
			t.Fatalf("through the glossary %v, the cue scanner %v", got, want)
		}
	})
}
