package classify

import (
	"math/rand"
	"strings"
	"testing"
)

// TestAppendLower checks appendLower against strings.ToLower, whose
// result providerIn's comparison of two names used to read: ASCII,
// Norwegian letters, letters whose lower case is shorter or longer
// ("İ", the Kelvin sign), and bytes that are no UTF-8.
func TestAppendLower(t *testing.T) {
	cases := []string{"", "LHL Hamar", "Sykehuset Innlandet", "ÆØÅ æøå", "İstanbul", "\u212Aelvin", "ẞ", "Σ",
		"\xff\xfe", "a\xc3", "\xc3\x28", "MS-forbundet", "\uFFFD"}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "Z", "Æ", "ø", "Å", "İ", "\u212A", "\xff", "\xc3", " ", "-", "ß", "Ω"}
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	}
}

// TestOrgHeadWordShort holds the short organisation's words (orgHeadShort,
// a list) to their definition: a word of four bytes or fewer is one when
// it is one of orgHeads of that length, in any case.
func TestOrgHeadWordShort(t *testing.T) {
	want := map[string]bool{}
	for _, h := range orgHeads {
		if len(h) <= 4 {
			want[h] = true
		}
	}
	if len(want) == 0 {
		t.Fatal("no short organisation's word in orgHeads")
	}
	words := []string{"", "d", "ps", "dp", "tea", "eam", "teams", "Lag", "råd", "RÅD", "dpS", "TEAM", "Team", "tÉam", "\xc3"}
	for h := range want {
		words = append(words, h, strings.ToUpper(h), strings.ToUpper(h[:1])+h[1:], h[1:], h+"x")
	}
	for _, w := range words {
		if len(w) > 4 {
			continue
		}
		if got := orgHeadWord(w); got != want[strings.ToLower(w)] {
			t.Errorf("orgHeadWord(%q) = %v, want %v", w, got, !got)
		}
	}
}

// TestGenericOrgSetFolds holds genericWord's set (genericOrgSet, read
// with ASCII capitals folded) to its definition: a word is generic when
// strings.ToLower of it ends in one of genericOrg. The words are those the
// word index makes of the endings, their capitals, Norwegian and other
// letters before and inside them, and runes whose lower case is longer or
// shorter ("İ", "ẞ") or ASCII (the Kelvin sign, which ends a word).
func TestGenericOrgSetFolds(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"a", "E", "t", "T", "Æ", "ø", "Å", "İ", "ẞ", "\u212A", "É", "n", "N", "-", " ", "\xc3", "Σ"}
	var texts []string
	for _, g := range genericOrg {
		texts = append(texts, g, strings.ToUpper(g), "Helse"+g, "SYKE"+strings.ToUpper(g), "Ø"+g[1:], g[:len(g)-1]+"İ")
		for n := 0; n < 40; n++ {
			var b strings.Builder
			for k := rng.Intn(5); k > 0; k-- {
				b.WriteString(alphabet[rng.Intn(len(alphabet))])
			}
			cut := rng.Intn(len(g) + 1)
			w := g[:cut] + alphabet[rng.Intn(len(alphabet))] + g[cut:]
			if rng.Intn(2) == 0 {
				w = g
			}
			if rng.Intn(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			texts = append(texts, b.String()+w)
		}
	}
	s := new(scratch)
	for _, text := range texts {
		s.text = text
		for _, tk := range s.lex(nil, PartText) {
			if tk.kind != tWord {
				continue
			}
			w := text[tk.start:tk.end]
			want := false
			for _, g := range genericOrg {
				want = want || strings.HasSuffix(strings.ToLower(w), g)
			}
			if got := genericOrgSet.match(w); got != want {
				t.Errorf("genericOrgSet.match(%q) = %v, want %v (strings.ToLower)", w, got, want)
			}
		}
	}
}
