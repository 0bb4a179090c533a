package taxonomy

import (
	"fmt"
	"strings"
)

// Facet is one dimension of the vocabulary, such as arena or condition.
// The zero value means unset. The facets are predeclared in tables.go.
type Facet uint8

type facetInfo struct {
	code   string
	goType string
	label  [numLangs]string
	def    string
	first  int // index of the facet's first concept in conceptTable
	n      int // number of concepts
}

// Facets returns every facet in data order.
func Facets() []Facet {
	fs := make([]Facet, numFacets)
	for i := range fs {
		fs[i] = Facet(i + 1)
	}
	return fs
}

// ParseFacet parses a facet code such as "arena" or "age_group".
func ParseFacet(s string) (Facet, error) {
	c := canonical(s)
	for f := Facet(1); f <= numFacets; f++ {
		if facetTable[f].code == c {
			return f, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown facet %q", ErrUnknownCode, s)
}

// IsValid reports whether f is one of the predeclared facets.
func (f Facet) IsValid() bool { return f >= 1 && f <= numFacets }

// String returns the facet's code ("arena"), "" for the zero value and
// "Facet(N)" for a value outside the vocabulary. It never panics.
func (f Facet) String() string {
	switch {
	case f == 0:
		return ""
	case f.IsValid():
		return facetTable[f].code
	}
	return fmt.Sprintf("Facet(%d)", uint8(f))
}

// Label returns the facet's name in the given language.
func (f Facet) Label(l Lang) string {
	if !f.IsValid() {
		return ""
	}
	return facetTable[f].label[l.slot()]
}

// Definition returns the facet's description (English).
func (f Facet) Definition() string {
	if !f.IsValid() {
		return ""
	}
	return facetTable[f].def
}

// Len returns the number of codes in the facet.
func (f Facet) Len() int {
	if !f.IsValid() {
		return 0
	}
	return facetTable[f].n
}

// Refs returns every code of the facet, in data order.
func (f Facet) Refs() []Ref {
	rs := make([]Ref, f.Len())
	for i := range rs {
		rs[i] = Ref{facet: f, index: uint16(i + 1)}
	}
	return rs
}

// MarshalText returns the facet's code.
func (f Facet) MarshalText() ([]byte, error) {
	if f != 0 && !f.IsValid() {
		return nil, fmt.Errorf("taxonomy: invalid facet %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText parses a facet code; "" gives the zero value.
func (f *Facet) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = 0
		return nil
	}
	v, err := ParseFacet(string(b))
	*f = v
	return err
}

// canonical lower-cases s, trims it and turns inner runs of spaces and
// hyphens into single underscores: " Next of Kin " becomes "next_of_kin".
func canonical(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '\t':
			sep = true
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		if sep && b.Len() > 0 {
			b.WriteByte('_')
		}
		sep = false
		b.WriteRune(r)
	}
	return b.String()
}
