package glossary

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ascii", "Kurs", "kurs"},
		{"already normal", "kurs i helse", "kurs i helse"},
		{"æøå upper", "LÆRINGS- OG MESTRINGSTILBUD PÅ SYKEHUS, ØST", "lærings- og mestringstilbud på sykehus, øst"},
		{"nfd å", "pa\u030arørende", "pårørende"},
		{"nfd Å upper", "A\u030aS", "ås"},
		{"angstrom sign", "\u212bs", "ås"},
		{"never strips", "æøå ÆØÅ", "æøå æøå"},
		{"dashes", "pasient\u2013 og pasient\u2014 og pasient\u2010 og \u2212", "pasient- og pasient- og pasient- og -"},
		{"quotes", "\u00abKiD\u00bb \u201cSMIL\u201d \u2019ja\u2018", "\"kid\" \"smil\" 'ja'"},
		{"white space", "  kurs\t\n for\u00a0\u00a0alle\u2003 ", "kurs for alle"},
		{"soft hyphen and zero width", "pårø\u00adrende\u200b", "pårørende"},
		{"invalid utf8", "kurs\xff", "kurs\ufffd"},
		{"empty", "", ""},
		{"only space", " \t\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeASCIINoAlloc(t *testing.T) {
	s := "kurs for pasienter"
	if n := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); n != 0 {
		t.Errorf("Normalize of normal ASCII allocates %v times", n)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Pasient- og PÅRØRENDEOPPLÆRING", "pa\u030arørende", "a\u030a\u0301", "\xff\xfe", "  x  ", "\u212b", "ǅ", "ΣΑΣ", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, Normalize(n))
		}
		if !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if !norm.NFC.IsNormalString(n) {
			t.Fatalf("not NFC: %q", n)
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Fatalf("space not collapsed: %q", n)
		}
		for _, r := range "æøå" {
			if c := strings.Count(strings.ToLower(norm.NFC.String(s)), string(r)); c > 0 && strings.Count(n, string(r)) < c {
				t.Fatalf("lost %q: %q → %q", r, s, n)
			}
		}
	})
}

// TestRuneTables checks foldRune and isWordRune, which read tables for
// U+0000–U+00FF and (foldRune) U+2000–U+20FF, against the functions the
// tables are built from, on every rune up to U+3100 (the tables, their
// edges and the code points around them) and on invalid values, and on
// the letters of nb and nn words.
func TestRuneTables(t *testing.T) {
	check := func(r rune) {
		t.Helper()
		if got, want := foldRune(r), foldRuneSlow(r); got != want {
			t.Errorf("foldRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
	for r := rune(-2); r < 0x3100; r++ {
		check(r)
	}
	for _, r := range []rune{0xFEFF, 0xFF0D, 0xFFFD, 0x10FFFF, 0x110000, -1 << 31} {
		check(r)
	}
	// nb and nn: the letters fold to lower case and continue words.
	for _, w := range []string{"PÅRØRENDEOPPLÆRING", "Lærings- og meistringstilbod", "Kvardagsmeistring på ÅLESUND sjukehus"} {
		for _, r := range w {
			check(r)
		}
		if got, want := Normalize(w), strings.ToLower(w); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", w, got, want)
		}
	}
	if !isWordRune('Å') || !isWordRune('ø') || isWordRune('\u2013') || isWordRune(-1) {
		t.Error("isWordRune: Å and ø are word runes, U+2013 and -1 are not")
	}
	if foldRune('Æ') != 'æ' || foldRune('\u2013') != '-' || foldRune('\u00ad') != dropRune || foldRune('\u2022') != '\u2022' {
		t.Error("foldRune: Æ → æ, U+2013 → '-', U+00AD dropped, U+2022 kept")
	}
}
