package taxonomy

import (
	"fmt"
	"strings"
)

// Ref refers to one code of any facet. It is what the glossary and the
// exporters use where a value may come from several facets. The zero value
// refers to nothing. Refs are comparable, small, and safe for concurrent use.
//
// The text form is "facet:code", for example "condition:copd".
type Ref struct {
	facet Facet
	index uint16 // 1-based position within the facet
}

type conceptInfo struct {
	facet          Facet
	code           string
	label          [numLangs]string
	def            [numLangs]string
	broader        uint16
	narrower       []uint16
	sources        []uint8
	minAge, maxAge int
	fromDefinition bool
	icd10, icpc2   []string
	formats        []uint16
	arenas         []uint16
	roles          []uint16
	ageGroups      []uint16
	conditions     []uint16
	themes         []uint16
	mappings       []Mapping
}

// Mapping links a code to a code in an outside code system.
type Mapping struct {
	System   string // the code system's URI, e.g. "http://snomed.info/sct"
	Code     string // the code in that system
	Display  string // its display text in that system
	Relation string // FHIR R4 ConceptMap equivalence: "equivalent", "wider", "narrower"
}

// Source is a document a code rests on.
type Source struct {
	ID        string // short stable identifier, e.g. "nklmh-definisjoner"
	Title     string // the document's title
	Publisher string // who published it
	URL       string // where it can be read
	Note      string // what the source is and what the vocabulary takes from it
}

// Sources returns every source the vocabulary cites.
func Sources() []Source { return append([]Source(nil), sources[:]...) }

// ParseRef parses "facet:code".
func ParseRef(s string) (Ref, error) {
	f, c, ok := strings.Cut(s, ":")
	if !ok {
		return Ref{}, fmt.Errorf("%w: reference %q is not of the form facet:code", ErrSyntax, s)
	}
	facet, err := ParseFacet(f)
	if err != nil {
		return Ref{}, err
	}
	i, err := parse(facet, c)
	if err != nil {
		return Ref{}, err
	}
	return Ref{facet: facet, index: i}, nil
}

// MustParseRef is like ParseRef but panics, naming the input, on error.
func MustParseRef(s string) Ref {
	r, err := ParseRef(s)
	if err != nil {
		panic(fmt.Sprintf("taxonomy.MustParseRef(%q): %v", s, err))
	}
	return r
}

func (r Ref) info() *conceptInfo {
	if !r.IsValid() {
		return nil
	}
	return &conceptTable[facetTable[r.facet].first+int(r.index)-1]
}

// IsValid reports whether r refers to a code in the vocabulary.
func (r Ref) IsValid() bool {
	return r.facet.IsValid() && r.index >= 1 && int(r.index) <= facetTable[r.facet].n
}

// IsZero reports whether r is the zero Ref.
func (r Ref) IsZero() bool { return r == Ref{} }

// Facet returns the facet r belongs to.
func (r Ref) Facet() Facet { return r.facet }

// Index returns r's 1-based position within its facet, which is also the
// value of the facet's typed code; 0 for the zero Ref.
func (r Ref) Index() int { return int(r.index) }

// Code returns the stable code, "" for the zero Ref, and a Go-syntax form
// such as "Arena(99)" for a value outside the vocabulary.
func (r Ref) Code() string {
	if c := r.info(); c != nil {
		return c.code
	}
	if r.index == 0 {
		return ""
	}
	name := "Ref"
	if r.facet.IsValid() {
		name = facetTable[r.facet].goType
	}
	return fmt.Sprintf("%s(%d)", name, r.index)
}

// String returns "facet:code", or "" for the zero Ref.
func (r Ref) String() string {
	if r.IsZero() {
		return ""
	}
	return r.facet.String() + ":" + r.Code()
}

// Label returns the preferred label in the given language.
func (r Ref) Label(l Lang) string {
	if c := r.info(); c != nil {
		return c.label[l.slot()]
	}
	return ""
}

// Definition returns the definition in the given language, or the English
// definition when there is none in that language.
func (r Ref) Definition(l Lang) string {
	c := r.info()
	if c == nil {
		return ""
	}
	if d := c.def[l.slot()]; d != "" {
		return d
	}
	return c.def[EN.slot()]
}

// Sources returns the sources the code rests on.
func (r Ref) Sources() []Source {
	c := r.info()
	if c == nil {
		return nil
	}
	out := make([]Source, len(c.sources))
	for i, s := range c.sources {
		out[i] = sources[s]
	}
	return out
}

// Mappings returns the code's links to outside code systems other than
// ICD-10 and ICPC-2 (see Condition.ICD10 and Condition.ICPC2 for those).
func (r Ref) Mappings() []Mapping {
	if c := r.info(); c != nil {
		return append([]Mapping(nil), c.mappings...)
	}
	return nil
}

// Broader returns the code one step up the is-a hierarchy, or the zero Ref at
// a root. Hierarchies never cross facets.
func (r Ref) Broader() Ref {
	if c := r.info(); c != nil && c.broader != 0 {
		return Ref{facet: r.facet, index: c.broader}
	}
	return Ref{}
}

// Narrower returns the codes one step down the hierarchy, in data order.
func (r Ref) Narrower() []Ref {
	c := r.info()
	if c == nil {
		return nil
	}
	return r.refs(c.narrower)
}

// Descendants returns every code below r in the hierarchy, depth first,
// excluding r itself.
func (r Ref) Descendants() []Ref {
	var out []Ref
	for _, n := range r.Narrower() {
		out = append(out, n)
		out = append(out, n.Descendants()...)
	}
	return out
}

// Ancestors returns the broader codes from the nearest up to the root,
// excluding r itself.
func (r Ref) Ancestors() []Ref {
	var out []Ref
	for b := r.Broader(); !b.IsZero(); b = b.Broader() {
		out = append(out, b)
	}
	return out
}

// Depth returns the number of ancestors: 0 for a root.
func (r Ref) Depth() int {
	d := 0
	for b := r.Broader(); !b.IsZero(); b = b.Broader() {
		d++
	}
	return d
}

// Subsumes reports whether r is s or one of s's ancestors. It is reflexive.
// Invalid and zero Refs subsume nothing and are subsumed by nothing.
func (r Ref) Subsumes(s Ref) bool {
	if !r.IsValid() || !s.IsValid() || r.facet != s.facet {
		return false
	}
	for ; !s.IsZero(); s = s.Broader() {
		if s == r {
			return true
		}
	}
	return false
}

// MarshalText returns "facet:code"; the zero Ref marshals to "".
func (r Ref) MarshalText() ([]byte, error) {
	if !r.IsZero() && !r.IsValid() {
		return nil, fmt.Errorf("taxonomy: invalid reference %s", r.Code())
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses "facet:code"; "" gives the zero Ref.
func (r *Ref) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Ref{}
		return nil
	}
	v, err := ParseRef(string(b))
	*r = v
	return err
}

func (r Ref) refs(idx []uint16) []Ref {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Ref, len(idx))
	for i, n := range idx {
		out[i] = Ref{facet: r.facet, index: n}
	}
	return out
}
