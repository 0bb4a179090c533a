package classify

import (
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/swar"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// ageHit is an age range read from the text ("13–17 år", "over 67 år").
type ageHit struct {
	part       Part
	start, end int
	min, max   int
}

// scanAgeRanges finds the age ranges of text: "13–17 år", "mellom 13 og 17
// år", "6 til 12 år", "over 67 år", "18 år og eldre", "under 12 år".
// Numbers not followed by "år" (12 uker, 300 kroner) are ignored.
func scanAgeRanges(dst []ageHit, text string, part Part) []ageHit {
	for i := 0; i < len(text); {
		i = nextDigit(text, i)
		if i == len(text) {
			break
		}
		if i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			i++
			continue
		}
		start := i
		a, j := readInt(text, i)
		k := skipSpace(text, j)
		b := -1
		if sep := rangeSep(text, k); sep > 0 {
			m := skipSpace(text, k+sep)
			if m < len(text) && isDigit(text[m]) {
				b, k = readInt(text, m)
				k = skipSpace(text, k)
			}
		}
		if !hasWordAt(text, k, "år") && !hasWordAt(text, k, "års") {
			i = j
			continue
		}
		end := k + len("år")
		lo, hi := a, b
		if b < 0 {
			// A single age: look for "over", "under" before it or
			// "og eldre" / "og over" / "eller eldre" after it.
			before := text[max(start-8, 0):start]
			after := text[skipSpace(text, end):min(skipSpace(text, end)+14, len(text))]
			switch {
			case hasSuffixWord(before, "over") || hasSuffixWord(before, "fra"):
				lo, hi = a, taxonomy.MaxAge
				if hasSuffixWord(before, "over") {
					lo = a + 1
				}
			case hasSuffixWord(before, "under"):
				lo, hi = 0, a-1
			case hasPrefixWord(after, "og eldre") || hasPrefixWord(after, "og over") ||
				hasPrefixWord(after, "eller eldre") || hasPrefixWord(after, "og oppover"):
				lo, hi = a, taxonomy.MaxAge
			default:
				i = j
				continue
			}
			if lo > taxonomy.MaxAge || hi < 0 || a > taxonomy.MaxAge {
				i = j
				continue
			}
		}
		if lo <= hi && hi <= taxonomy.MaxAge && lo >= 0 {
			dst = append(dst, ageHit{part: part, start: start, end: end, min: lo, max: hi})
		}
		i = end
	}
	return dst
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// nextDigit returns the index of the first ASCII digit in s at or after
// i, or len(s). It looks at sixteen bytes at a time: a byte b is a digit
// when b^'0' is below 10, and the word test below is true when some byte
// of x is below 10. The loads are unchecked (i+16 <= len(s)).
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	p := unsafe.Pointer(unsafe.StringData(s))
	for ; i+16 <= len(s); i += 16 {
		x := swar.Load64(unsafe.Add(p, i)) ^ ('0' * ones)
		y := swar.Load64(unsafe.Add(p, i+8)) ^ ('0' * ones)
		if ((x-10*ones)&^x|(y-10*ones)&^y)&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i]-'0' > 9 {
		i++
	}
	return i
}

func readInt(s string, i int) (int, int) {
	n := 0
	for i < len(s) && isDigit(s[i]) && n < 1000 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	for i < len(s) && isDigit(s[i]) { // absurdly long numbers
		n = 1000
		i++
	}
	return n, i
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	if i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0 { // no-break space
		return skipSpace(s, i+2)
	}
	return i
}

// rangeSep returns the length of a range separator at i ("-", "–", "—",
// "til", "og"), or 0.
func rangeSep(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '-':
		return 1
	case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
		return 3
	case hasWordAt(s, i, "til"):
		return 3
	case hasWordAt(s, i, "og"):
		return 2
	}
	return 0
}

// hasWordAt reports whether s has the lower-case word w at i, followed by a
// non-letter.
func hasWordAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return i+len(w) == len(s) || !isWordByte(s[i+len(w)])
}
