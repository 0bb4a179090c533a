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
