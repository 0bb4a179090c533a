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
