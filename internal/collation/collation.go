// Package collation sorts text the Norwegian way: … x, y, z, æ, ø, å, with
// "aa" as å (Aal beside Ål), case and accents secondary. It wraps
// golang.org/x/text/collate with the Nynorsk tailoring, which is the
// correct one: x/text's Bokmål tailoring sorts æ, ø and å among the a's and
// o's (golang/go#59908), while Nynorsk and Danish follow the Norwegian
// alphabet.
//
// Every list the library shows a person — municipalities, conditions,
// autocomplete hits, coverage tables — is sorted with it. The functions are
// safe for concurrent use.
package collation

import (
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

type collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

// pool holds collators: a Collator keeps state between calls and is not
// safe for concurrent use.
var pool = sync.Pool{New: func() any { return &collator{c: collate.New(language.MustParse("nn"))} }}

// Key returns the sort key of s: comparing keys bytewise orders strings
// as Compare does. Compute keys once for a list sorted or searched often.
func Key(s string) []byte {
	c := pool.Get().(*collator)
	k := slices.Clone(c.c.KeyFromString(&c.buf, s))
	c.buf.Reset()
	pool.Put(c)
	return k
}

// Compare returns -1, 0 or 1 as a sorts before, with or after b in
// Norwegian order.
func Compare(a, b string) int {
	c := pool.Get().(*collator)
	r := c.c.CompareString(a, b)
	pool.Put(c)
	return r
}

// SortFunc sorts xs stably in Norwegian order of name(x), computing each
// key once.
func SortFunc[T any](xs []T, name func(T) string) {
	type keyed struct {
		key []byte
		x   T
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{Key(name(x)), x}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return compareBytes(a.key, b.key) })
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// Strings sorts s in Norwegian order.
func Strings(s []string) { SortFunc(s, func(x string) string { return x }) }

func compareBytes(a, b []byte) int {
	return slices.Compare(a, b)
}
