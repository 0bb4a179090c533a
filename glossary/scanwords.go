package glossary

// The words around a match: whether the text spells a pattern where the
// automaton ended (spelledAt, startOf), word and hyphen boundaries, a
// match's position in its word (position), and the final order of the
// matches (sortMatches). Split from scan.go, which holds the walk.

import (
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/swar"
)

// spelledAt reports whether text[end-len(p.text):end] spells p.text byte
// for byte up to ASCII case, as startOf's fast path does, comparing eight
// bytes at a time.
func spelledAt(text string, end int, p *pattern) bool {
	if end < 8*len(p.words) || end > len(text) {
		return false
	}
	tp := unsafe.Pointer(unsafe.StringData(text))
	last := len(p.words) - 1
	for i, w := range p.words {
		x := swar.Load64(unsafe.Add(tp, end-8*(i+1))) // within text: end >= 8(i+1)
		d := swar.LowerASCII(x) ^ w
		if i == last {
			d &= p.mask
		}
		if d != 0 {
			return false
		}
	}
	return true
}

// What nearByte says about a neighbour of a match.
const (
	nearNone  = 0 // start or end of text, or an ASCII byte that is not part of a word
	nearWord  = 1 // an ASCII letter or digit
	nearOther = 2 // a hyphen or a non-ASCII byte: position must decode
)

var nearClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf || c == '-':
			t[c] = nearOther
		case wordByte[c]:
			t[c] = nearWord
		}
	}
	return t
}()

// nearByte classifies text[i] for the fast path of position; outside text
// it is nearNone, as prevRune and nextRune report -1 there.
func nearByte(text string, i int) uint8 {
	if uint(i) >= uint(len(text)) {
		return nearNone
	}
	return nearClass[text[i]]
}

// dropInflectedPrefix removes an earlier Modifier match of the same term at
// the same start: in "mestringskursene" the form "mestringskurs" followed by
// "ene" is the inflected word, not a compound.
func dropInflectedPrefix(dst []Match, base, start int, term string) []Match {
	for k := len(dst) - 1; k >= base && dst[k].End > start; k-- {
		if m := &dst[k]; m.Start == start && m.Position == Modifier && m.Term == term {
			if k == len(dst)-1 {
				// The last match, mostly: no move, and no call to clear it.
				*m = Match{}
				dst = dst[:k]
				continue
			}
			dst = slices.Delete(dst, k, k+1)
		}
	}
	return dst
}

// startOf walks back from end over text, matching the normalised pattern p
// from its end, and returns where in text the pattern starts. It mirrors the
// folding of scanText, so it fails only if text does not fold to p.
func startOf(text string, end int, p string) (int, bool) {
	// Fast path: the text spells p byte for byte, up to ASCII case.
	if s := end - len(p); s >= 0 {
		t := text[s:end]
		if t == p {
			return s, true
		}
		k := 0
		for ; k < len(p); k++ {
			c := t[k]
			if c != p[k] && !('A' <= c && c <= 'Z' && c+('a'-'A') == p[k]) {
				break
			}
		}
		if k == len(p) {
			return s, true
		}
	}
	i, j := end, len(p)
	for j > 0 {
		if i <= 0 {
			return 0, false
		}
		c := text[i-1]
		var f rune
		size := 1
		if c < utf8.RuneSelf {
			f = foldRune(rune(c))
		} else {
			var r rune
			r, size = utf8.DecodeLastRuneInString(text[:i])
			if r == utf8.RuneError && size == 1 {
				return 0, false
			}
			f = foldRune(r)
		}
		switch {
		case f == dropRune:
			i -= size
		case f == ' ':
			if p[j-1] != ' ' {
				return 0, false
			}
			j--
			i -= size
			for i > 0 { // the whole run of white space reads as one space
				r, s := utf8.DecodeLastRuneInString(text[:i])
				if fr := foldRune(r); fr != ' ' && fr != dropRune {
					break
				}
				i -= s
			}
		case f < utf8.RuneSelf:
			if p[j-1] != byte(f) {
				return 0, false
			}
			j--
			i -= size
		default:
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], f)
			if j < k || p[j-k:j] != string(buf[:k]) {
				return 0, false
			}
			j -= k
			i -= size
		}
	}
	return i, true
}

// prevRune returns the rune before byte i, skipping runes that
// normalisation drops; -1 at the start of text.
func prevRune(text string, i int) (rune, int) {
	for i > 0 {
		r, s := utf8.DecodeLastRuneInString(text[:i])
		i -= s
		if foldRune(r) != dropRune {
			return r, i
		}
	}
	return -1, 0
}

// nextRune returns the rune at byte i, skipping runes that normalisation
// drops; -1 at the end of text.
func nextRune(text string, i int) (rune, int) {
	for i < len(text) {
		r, s := utf8.DecodeRuneInString(text[i:])
		if foldRune(r) != dropRune {
			return r, i + s
		}
		i += s
	}
	return -1, len(text)
}

func isHyphen(r rune) bool {
	return r == '-' || r >= utf8.RuneSelf && foldRune(r) == '-'
}

// wordStart reports whether byte i starts a word.
func wordStart(text string, i int) bool {
	r, _ := prevRune(text, i)
	return !isWordRune(r)
}

// position classifies the span [start, end): glued to letters on one side
// (a compound written together), joined by a hyphen to a word on one side,
// or free. It reports false for a span glued on both sides.
func position(text string, start, end int) (pos Position, glued, ok bool) {
	var pr, nr rune
	var pi, ni int
	if start > 0 && text[start-1] < utf8.RuneSelf && text[start-1] != '-' {
		pr, pi = rune(text[start-1]), start-1
	} else {
		pr, pi = prevRune(text, start)
	}
	if end < len(text) && text[end] < utf8.RuneSelf && text[end] != '-' {
		nr, ni = rune(text[end]), end+1
	} else {
		nr, ni = nextRune(text, end)
	}
	left := pr >= 0 && isWordRune(pr)
	right := nr >= 0 && isWordRune(nr)
	switch {
	case left && right:
		return 0, false, false
	case left:
		return Head, true, true
	case right:
		return Modifier, true, true
	}
	if isHyphen(pr) {
		if r, _ := prevRune(text, pi); r >= 0 && isWordRune(r) {
			return Head, false, true
		}
	}
	if isHyphen(nr) {
		if r, _ := nextRune(text, ni); r >= 0 && isWordRune(r) {
			return Modifier, false, true
		}
	}
	return Word, false, true
}

// sortMatches sorts by Start, then End descending, stably. The scanner
// produces matches in order of End, so the input is nearly sorted and an
// insertion sort costs little more than one pass.
func sortMatches(ms []Match) {
	for i := 1; i < len(ms); i++ {
		if !matchAfter(&ms[i-1], &ms[i]) {
			continue
		}
		m := ms[i]
		j := i
		for j > 0 && matchAfter(&ms[j-1], &m) {
			ms[j] = ms[j-1]
			j--
		}
		ms[j] = m
	}
}

// matchAfter reports whether a sorts after b (compareMatch(*a, *b) > 0).
// It reads the two fields through pointers: compareMatch's by-value
// arguments cost a copy of each Match here.
func matchAfter(a, b *Match) bool {
	return a.Start > b.Start || a.Start == b.Start && a.End < b.End
}
