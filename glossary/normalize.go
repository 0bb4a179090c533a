package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// dropRune is what foldRune returns for a rune that normalisation removes.
const dropRune = -1

// foldRune returns the normalised form of one rune: lower case, dashes as
// '-', quotes as '"' or '\”, white space as ' ', and dropRune for soft
// hyphens and zero-width characters. It never changes æ, ø, å or other
// letters beyond their case.
func foldRune(r rune) rune {
	if uint32(r) < latin1 {
		return latin1Fold[r]
	}
	if uint32(r)-punctFirst < uint32(len(punctFold)) {
		return punctFold[r-punctFirst]
	}
	return foldRuneSlow(r)
}

// punctFold is foldRuneSlow for U+2000–U+20FF (dashes, quotes, bullets,
// spaces and currency signs), the non-ASCII runes most common in listings.
const punctFirst = 0x2000

var punctFold = func() (t [0x100]rune) {
	for i := range t {
		t[i] = foldRuneSlow(punctFirst + rune(i))
	}
	return t
}()

// latin1 bounds the runes whose foldRune and isWordRune answers are read
// from tables (U+0000–U+00FF: ASCII, and the Latin-1 letters æ ø å and
// their capitals, which the coordinations and position checks read often),
// built from foldRuneSlow and isWordRuneSlow, so that the answers are
// theirs.
const latin1 = 0x100

var latin1Fold = func() (t [latin1]rune) {
	for r := range rune(latin1) {
		t[r] = foldRuneSlow(r)
	}
	return t
}()

var latin1Word = func() (t [latin1]bool) {
	for r := range rune(latin1) {
		t[r] = isWordRuneSlow(r)
	}
	return t
}()

// foldRuneSlow is foldRune without the table.
func foldRuneSlow(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + ('a' - 'A')
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r':
			return ' '
		}
		return r
	}
	switch r {
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: // soft hyphen, zero-width
		return dropRune
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return '-'
	case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xFF02:
		return '"'
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0xFF07, 0x02BC:
		return '\''
	case 0x0085, 0x00A0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return ' '
	}
	if 0x2000 <= r && r <= 0x200A {
		return ' '
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// isWordRune reports whether r continues a word: a letter, a digit or a
// combining mark (r < 0, no rune, does not).
func isWordRune(r rune) bool {
	if uint32(r) < latin1 {
		return latin1Word[r]
	}
	return r >= 0 && isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune without the table.
func isWordRuneSlow(r rune) bool {
	if r < 0 {
		return false
	}
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// Normalize returns the form of s that the glossary compares: Unicode NFC,
// lower case (Æ Ø Å become æ ø å; letters are never stripped of their
// marks), every dash as '-', every quotation mark as '"' or '\”, soft
// hyphens and zero-width characters removed, runs of white space as one
// space, and no leading or trailing space. Invalid UTF-8 becomes U+FFFD.
//
// Normalize is idempotent: Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	if isNormalASCII(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		f := foldRune(r)
		switch {
		case f == dropRune:
			continue
		case f == ' ':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(f)
	}
	out := b.String()
	if !isASCII(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// isNormalASCII reports whether s is already normal: ASCII without upper
// case, control white space, double or edge spaces.
func isNormalASCII(s string) bool {
	if len(s) == 0 {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return false
		}
		if c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
