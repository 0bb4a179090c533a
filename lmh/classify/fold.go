package classify

import "slices"

// Byte-level helpers the rules read words with: white space, word bytes,
// and comparisons that fold ASCII capitals without allocating.

// isSpaceByte reports whether b is a space, a tab or a line break.
func isSpaceByte(b byte) bool { return byteKinds[b]&kindSpace != 0 }

// isWordByte reports whether b can be part of a word: an ASCII letter or
// digit, or any byte of a multi-byte UTF-8 sequence (Norwegian letters).
func isWordByte(b byte) bool { return byteKinds[b]&kindWord != 0 }

// byteKinds holds what isSpaceByte and isWordByte report of each byte: a
// table load, where the tests as comparisons branch on the text.
var byteKinds = func() (t [256]uint8) {
	for b := range 256 {
		if b == ' ' || b == '\n' || b == '\t' || b == '\r' {
			t[b] |= kindSpace
		}
		if b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
			t[b] |= kindWord
		}
	}
	return t
}()

const (
	kindSpace uint8 = 1 << iota
	kindWord
)

// foldEqual reports whether s equals the lower-case w, folding ASCII
// capitals in s; it allocates nothing.
func foldEqual(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// foldIn reports whether s equals any of the lower-case ws, folding ASCII
// capitals.
func foldIn(s string, ws []string) bool {
	for _, w := range ws {
		if foldEqual(s, w) {
			return true
		}
	}
	return false
}

// foldPrefixIn reports whether any of the lower-case ps begins s, folding
// ASCII capitals.
func foldPrefixIn(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && foldEqual(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// foldSuffixOf returns the first of the lower-case ws that ends w, folding
// ASCII capitals, or "" for none (so ws holds no empty word): one function
// for both questions, which suffix and whether any.
func foldSuffixOf(w string, ws []string) string {
	for _, v := range ws {
		if len(w) >= len(v) && foldEqual(w[len(w)-len(v):], v) {
			return v
		}
	}
	return ""
}

// hasSuffixWord reports whether s ends, but for white space, with the
// lower-case word w (ASCII capitals in s fold).
func hasSuffixWord(s, w string) bool {
	t := trimRightSpace(s)
	if len(t) < len(w) || !foldEqual(t[len(t)-len(w):], w) {
		return false
	}
	return len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])
}

// hasPrefixWord reports whether s begins with the lower-case word w (ASCII
// capitals in s fold).
func hasPrefixWord(s, w string) bool {
	if len(s) < len(w) || !foldEqual(s[:len(w)], w) {
		return false
	}
	return len(s) == len(w) || !isWordByte(s[len(w)])
}

func trimRightSpace(s string) string {
	for len(s) > 0 && isSpaceByte(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// wordSet is a short list of words that answers most questions without
// reading the list: a 256-bit filter of (length, first byte with ASCII
// capitals folded) lets through only the strings that may be in it.
type wordSet struct {
	words  []string
	filter [4]uint64
}

func newWordSet(words []string) *wordSet {
	w := &wordSet{words: words}
	for _, s := range words {
		h := wordHash(s)
		w.filter[h>>6] |= 1 << (h & 63)
	}
	return w
}

// wordHash is the filter bit of s. Setting bit 5 of the first byte folds
// ASCII capitals (and maps other bytes alike on both sides).
func wordHash(s string) uint8 {
	if s == "" {
		return 0
	}
	return uint8(len(s)*37) + (s[0] | 0x20)
}

// has reports whether s is one of the words (slices.Contains).
func (w *wordSet) has(s string) bool {
	h := wordHash(s)
	return w.filter[h>>6]&(1<<(h&63)) != 0 && slices.Contains(w.words, s)
}

// hasFold reports whether s equals one of the lower-case words, folding
// ASCII capitals in s (foldIn).
func (w *wordSet) hasFold(s string) bool {
	h := wordHash(s)
	return w.filter[h>>6]&(1<<(h&63)) != 0 && foldIn(s, w.words)
}
