package taxonomy

import (
	"fmt"
	"unicode/utf8"
)

// Code is the constraint satisfied by every typed code (Arena, Role,
// Condition, …). It lets generic code work across facets.
type Code interface {
	~uint16
	Facet() Facet      // the facet the type's codes belong to
	Ref() Ref          // the code as an untyped Ref
	String() string    // the code, e.g. "next_of_kin"; "" for the zero value
	Label(Lang) string // the preferred label in a language
	IsValid() bool     // the value is one of the facet's codes
}

// All returns every code of C's facet, in data order.
func All[C Code]() []C {
	var zero C
	n := zero.Facet().Len()
	out := make([]C, n)
	for i := range out {
		out[i] = C(i + 1)
	}
	return out
}

// Parse parses a code of C's facet; it is the generic form of ParseArena,
// ParseRole and so on.
func Parse[C Code](s string) (C, error) {
	var zero C
	i, err := parse(zero.Facet(), s)
	return C(i), err
}

// FromRef converts r to the typed code of C's facet. It reports false if r
// belongs to another facet or is not valid.
func FromRef[C Code](r Ref) (C, bool) {
	var zero C
	if r.facet != zero.Facet() || !r.IsValid() {
		return zero, false
	}
	return C(r.index), true
}

func fromRefs[C Code](rs []Ref) []C {
	if len(rs) == 0 {
		return nil
	}
	out := make([]C, len(rs))
	for i, r := range rs {
		out[i] = C(r.index)
	}
	return out
}

func toCodes[C Code](idx []uint16) []C {
	if len(idx) == 0 {
		return nil
	}
	out := make([]C, len(idx))
	for i, n := range idx {
		out[i] = C(n)
	}
	return out
}

const maxCodeLen = 64

// parse looks s up in facet f after canonicalisation.
func parse(f Facet, s string) (uint16, error) {
	c := canonical(s)
	if i, ok := codeIndex[f][c]; ok && f.IsValid() {
		return i, nil
	}
	e := &CodeError{Facet: f, Code: s, Syntax: !wellFormed(c)}
	if utf8.ValidString(s) && len(s) <= 4*maxCodeLen {
		e.Nearest = nearest(f, s)
	}
	return 0, e
}

func wellFormed(c string) bool {
	if c == "" || len(c) > maxCodeLen {
		return false
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_') {
			return false
		}
	}
	return true
}

func mustParse(f Facet, s string) uint16 {
	i, err := parse(f, s)
	if err != nil {
		panic(fmt.Sprintf("taxonomy: MustParse%s(%q): %v", facetTable[f].goType, s, err))
	}
	return i
}

func marshalCode(r Ref) ([]byte, error) {
	if r.index == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("taxonomy: cannot marshal %s: not in the vocabulary", r.Code())
	}
	return []byte(r.info().code), nil
}

func unmarshalCode(f Facet, b []byte) (uint16, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return parse(f, string(b))
}
