package harvest

import (
	"sync"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The vocabulary is a small closed set, so the parts of an output record
// that depend only on a code are written once, when first needed, by the
// same functions that write them for a value outside the vocabulary, and
// then copied whole.
type fragmentTables struct {
	// code[f][i] is ',' and the JSON string of code i of facet f (i ≥ 1).
	code [][]string
	// member[f][i] is the member of a classification that holds code i of
	// facet f (i ≥ 0: code 0 is ""), after its comma: ,"arena":"specialist"
	member [][]string
	// head[f][i][p] is ',' and appendEvidenceHead of facet f, value i of f
	// (for the in-scope decision, the zero facet, i is 1 for true and 0
	// for false) and part p (0 for text, 1 for title).
	head [][][2]string
	// sense[f][i] is appendSense of code i of facet f; sense[0][0] is that
	// of the zero Ref.
	sense [][]string
	// headBlocks holds every head of head that fits a block (see
	// evidenceEntry), followed by zeros, keyed by the head.
	headBlocks map[string]*[headBlock]byte
	// inPlace are the blocks appendMembersInPlace copies.
	inPlace inPlaceTables
}

var fragments = sync.OnceValue(func() *fragmentTables {
	facets := taxonomy.Facets()
	n := 1
	for _, f := range facets {
		n = max(n, int(f)+1)
	}
	t := &fragmentTables{code: make([][]string, n), member: make([][]string, n), head: make([][][2]string, n),
		sense: make([][]string, n)}
	parts := [2]classify.Part{classify.PartText, classify.PartTitle}
	t.head[0] = make([][2]string, 2)
	for p, part := range parts {
		for i, inScope := range []bool{false, true} {
			t.head[0][i][p] = string(appendEvidenceHead([]byte{','}, 0, taxonomy.Ref{}, inScope, part))
		}
	}
	t.sense[0] = []string{string(appendSense(nil, taxonomy.Ref{}))}
	for _, f := range facets {
		refs := f.Refs()
		t.code[f] = make([]string, len(refs)+1)
		t.member[f] = make([]string, len(refs)+1)
		t.member[f][0] = string(appendField(nil, facetField(f), taxonomy.Ref{}.Code()))
		t.head[f] = make([][2]string, len(refs)+1)
		t.sense[f] = make([]string, len(refs)+1)
		for _, r := range refs {
			i := r.Index()
			t.code[f][i] = string(appendString([]byte{','}, r.Code()))
			t.member[f][i] = string(appendField(nil, facetField(f), r.Code()))
			t.sense[f][i] = string(appendSense(nil, r))
			for p, part := range parts {
				t.head[f][i][p] = string(appendEvidenceHead([]byte{','}, f, r, false, part))
			}
		}
	}
	t.buildInPlace()
	t.headBlocks = make(map[string]*[headBlock]byte)
	for _, rows := range t.head {
		for _, parts := range rows {
			for _, h := range parts {
				if h != "" && len(h) <= headBlock && t.headBlocks[h] == nil {
					blk := new([headBlock]byte)
					copy(blk[:], h)
					t.headBlocks[h] = blk
				}
			}
		}
	}
	return t
})

// appendCode appends the code r as a JSON string, after a comma if comma
// is set.
func (t *fragmentTables) appendCode(b []byte, r taxonomy.Ref, comma bool) []byte {
	if f, i := int(r.Facet()), r.Index(); f < len(t.code) && i > 0 && i < len(t.code[f]) {
		s := t.code[f][i]
		if !comma {
			s = s[1:]
		}
		return append(b, s...)
	}
	if comma {
		b = append(b, ',')
	}
	return appendString(b, r.Code())
}

// appendMember appends the member of a classification that holds the
// code r: ,"arena":"specialist"
func (t *fragmentTables) appendMember(b []byte, r taxonomy.Ref) []byte {
	if f, i := int(r.Facet()), r.Index(); f < len(t.member) && i < len(t.member[f]) {
		return append(b, t.member[f][i]...)
	}
	return appendField(b, facetField(r.Facet()), r.Code())
}

// evidenceHead returns ',' and what appendEvidenceHead writes for ev, if it
// is in the tables.
func (t *fragmentTables) evidenceHead(ev *classify.Evidence) (string, bool) {
	f := ev.Facet
	if int(f) >= len(t.head) {
		return "", false
	}
	i := 0
	switch {
	case f == 0:
		if ev.InScope {
			i = 1
		}
	case ev.Value.Facet() == f:
		if i = ev.Value.Index(); i == 0 {
			return "", false
		}
	default:
		return "", false
	}
	row := t.head[f]
	if i >= len(row) {
		return "", false
	}
	if ev.Part == classify.PartTitle {
		return row[i][1], true
	}
	return row[i][0], true // Part.String says "text" for every other part
}

// senseFragment returns what appendSense writes for r, if it is in the
// tables.
func (t *fragmentTables) senseFragment(r taxonomy.Ref) (string, bool) {
	f, i := r.Facet(), r.Index()
	if int(f) >= len(t.sense) || (i == 0 && f != 0) {
		return "", false
	}
	if row := t.sense[f]; i < len(row) {
		return row[i], true
	}
	return "", false
}
