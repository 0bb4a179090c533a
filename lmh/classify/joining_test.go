package classify

import (
	"math/rand"
	"strings"
	"testing"
)

// joiningRef is aboutJoining's test as it was: one search per word.
func joiningRef(src string) bool {
	for _, w := range joiningWords {
		if strings.Contains(src, w) {
			return true
		}
	}
	return false
}

// TestJoiningIn holds joiningIn to a search for every word of
// joiningWords, on texts made of the words, pieces of them, their other
// first letters and what may stand around them.
func TestJoiningIn(t *testing.T) {
	bits := []string{" ", "d", "e", "eg", "g", "s", "seg", " deg", " dykk", "e deg", "e seg", "dykk", "m", "M",
		"p", "P", "å", "Å", "\xc3", "\xa5", "eld", "meld", "Meld", "Melde deg", "Melde seg", "påmeld", "Påmeld", "PÅmeld",
		"r", "R", "egistrer", "egistre", "ø", "Ø", "øknad", "økna", "h", "H", "envis", "envi", "t", "T", "ilvis", "ilvi",
		"b", "B", "estill", "estil", "hen", "Hen", "til", "Til", "vis", "re", "Re", "gistrer", "sø", "Sø", "knad", ".", "x"}
	for _, w := range joiningWords {
		bits = append(bits, w, w[1:], w[:len(w)-1])
	}
	rng := rand.New(rand.NewSource(12))
	n, yes := 0, 0
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.Intn(8) {
			b.WriteString(bits[rng.Intn(len(bits))])
		}
		src := b.String()
		want := joiningRef(src)
		if got := joiningIn(src); got != want {
			t.Fatalf("joiningIn(%q) = %v, want %v", src, got, want)
		}
		n++
		if want {
			yes++
		}
	}
	if yes < n/20 || yes > n-n/20 {
		t.Fatalf("%d of %d texts hold a word: the test should hold both kinds", yes, n)
	}
}
