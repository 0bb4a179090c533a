package glossary

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// testPhrases are phrases of every shape WithPhrases must handle: words
// that are terms or parts of terms, sequences with spaces, punctuation,
// upper case and quotation marks that normalisation folds, a phrase given
// twice, and phrases that share a normalised form.
var testPhrases = []string{
	"kurs", "for deg som", "påmelding", "kl.", "tid:", ".", "e-post", "Pårørende", "boka «", "ikke for",
	"helse- og omsorgspersonell", "kurs", "Kurs", "mestring", "gruppe", "på nett", "ø", "er for",
	"individuelt eller i gruppe", "tilbyr", "samtale før oppstart", "% stilling", "1:1", "f.eks", "kafé",
}

func phraseGlossary(t testing.TB) *Glossary {
	t.Helper()
	h, err := Default().WithPhrases(testPhrases)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// phraseTexts are texts for the phrase tests: the benchmark's listings
// cut to every length class the scanner treats apart (one walk, short
// walks, long walks), and made-up texts of phrases with their spellings
// varied the ways normalisation folds and some it does not.
func phraseTexts() []string {
	corpus := benchCorpus()
	var texts []string
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{40, 200, 600, 1100, 5000, 40000} {
		for range 20 {
			at := r.IntN(len(corpus) - n)
			for at > 0 && !utf8.RuneStart(corpus[at]) {
				at--
			}
			end := at + n
			for end < len(corpus) && !utf8.RuneStart(corpus[end]) {
				end++
			}
			texts = append(texts, corpus[at:end])
		}
	}
	seps := []string{" ", "  ", "\n", " \t\r\n ", "\u00a0", "\u00ad", "-", "\u2013", ". ", "", "\v", "ø", "\xff", "K"}
	for range 400 {
		var b strings.Builder
		for b.Len() < 20+r.IntN(1500) {
			p := testPhrases[r.IntN(len(testPhrases))]
			switch r.IntN(6) {
			case 0:
				p = strings.ToUpper(p)
			case 1:
				p = strings.ReplaceAll(p, " ", seps[r.IntN(len(seps))])
			case 2:
				p = strings.ReplaceAll(p, "å", "a\u030a")
			case 3:
				p = strings.ReplaceAll(p, "-", "\u2010")
			case 4:
				if i := r.IntN(len(p) + 1); utf8.RuneStart(p[min(i, len(p)-1)]) {
					p = p[:i] + "\u00ad" + p[i:]
				}
			}
			b.WriteString(p)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestWithPhrasesScansAlike checks that a glossary with phrases reports
// the same matches as the glossary it was made from.
func TestWithPhrasesScansAlike(t *testing.T) {
	g := Default()
	h := phraseGlossary(t)
	if h.Phrases() != len(testPhrases) || g.Phrases() != 0 {
		t.Fatalf("Phrases: %d and %d", h.Phrases(), g.Phrases())
	}
	if h.Stats().States <= g.Stats().States {
		t.Fatalf("the phrases added no states: %d and %d", h.Stats().States, g.Stats().States)
	}
	found := 0
	for i, text := range phraseTexts() {
		want := g.Scan(text)
		got := h.Scan(text)
		got2, ph := h.ScanAppendPhrases(nil, nil, text)
		found += len(ph)
		if !slices.EqualFunc(got, want, sameMatch) || !slices.EqualFunc(got2, want, sameMatch) {
			t.Fatalf("text %d (%d bytes): %d and %d matches with phrases, %d without", i, len(text), len(got), len(got2), len(want))
		}
		if _, ph := g.ScanAppendPhrases(nil, nil, text); len(ph) != 0 {
			t.Fatalf("a glossary without phrases found %d", len(ph))
		}
	}
	if found < 10000 {
		t.Fatalf("only %d phrases found", found)
	}
}

// TestPhrasesReference checks the phrases found against a walk back from
// every end of a rune: a phrase ends at e exactly when the text before e
// normalises to something that ends with it (startOf), e is not inside a
// rune and the rune before e is not one that normalisation drops.
func TestPhrasesReference(t *testing.T) {
	h := phraseGlossary(t)
	norm := make([]string, len(testPhrases))
	for i, p := range testPhrases {
		norm[i] = Normalize(p)
	}
	for i, text := range phraseTexts() {
		var want []PhraseMatch
		for e := 1; e <= len(text); e++ {
			if e < len(text) && !utf8.RuneStart(text[e]) {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(text[:e]); foldRune(r) == dropRune {
				continue
			}
			at := len(want)
			for k, p := range norm {
				if _, ok := startOf(text, e, p); ok {
					want = append(want, PhraseMatch{Phrase: k, End: e})
				}
			}
			// Longer first; one form in the order given.
			slices.SortStableFunc(want[at:], func(a, b PhraseMatch) int { return len(norm[b.Phrase]) - len(norm[a.Phrase]) })
		}
		_, got := h.ScanAppendPhrases(nil, []PhraseMatch{{Phrase: -1}}, text)
		if got[0].Phrase != -1 {
			t.Fatal("ScanAppendPhrases did not append")
		}
		if got = got[1:]; !slices.Equal(got, want) {
			for j := range min(len(got), len(want)) {
				if got[j] != want[j] {
					t.Fatalf("text %d (%d bytes): at %d found %+v (%q), want %+v (%q)", i, len(text), j,
						got[j], norm[got[j].Phrase], want[j], norm[want[j].Phrase])
				}
			}
			t.Fatalf("text %d (%d bytes): found %d phrases, want %d", i, len(text), len(got), len(want))
		}
	}
}

func TestWithPhrasesErrors(t *testing.T) {
	if _, err := Default().WithPhrases([]string{"kurs", " \u00ad "}); err == nil {
		t.Fatal("an empty phrase was accepted")
	}
	h, err := Default().WithPhrases(nil)
	if err != nil || h.Phrases() != 0 {
		t.Fatalf("no phrases: %v, %d", err, h.Phrases())
	}
}
