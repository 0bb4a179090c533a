package harvest

import (
	"slices"
	"unsafe"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The members of a classification from in_scope to confidence are, when
// every code is in the vocabulary and every score in [0, 1] (all but
// records of a classifier outside this module), written in place, the
// way appendEvidence writes evidence objects: into room made once, each
// fragment copied whole as a block of fixed size from the tables below
// (what a block writes past its fragment is written over next, or lies
// past the end), through a cursor, with no bounds check and no call.
// Every fragment is a byte array, so the bytes are the same on every
// architecture. appendResultMembers's own way is the reference; any
// value not in these tables sends the record there.

// memberBlock is a classification's member of one code after its comma
// (,"arena":"specialist"), followed by zeros; n is its length, 0 when the
// member does not fit.
type memberBlock struct {
	text [48]byte
	n    uint8
}

// codeBlock is ',' and the JSON string of a code of a list, followed by
// zeros; n is its length, 0 when the code does not fit.
type codeBlock struct {
	text [32]byte
	n    uint8
}

// A list's opening, after its comma, up to its colon: ,"roles":
type listOpen struct {
	text [16]byte
	n    uint8
}

// inPlaceTables are the blocks of the fragment tables (see fragments.go).
type inPlaceTables struct {
	// member[f][i] is the block of fragmentTables.member[f][i].
	member [][]memberBlock
	// code[f][i] is the block of fragmentTables.code[f][i].
	code [][]codeBlock
	// inScope[v] is ,"in_scope":false or ,"in_scope":true for v 0 or 1.
	inScope [2]struct {
		text [24]byte
		n    uint8
	}
	// roles … themes are the openings of the lists.
	roles, ageGroups, methods, conditions, themes listOpen
	// confKey[i] is confidenceKeys[i] for i > 0 (the comma, the facet's
	// name and the colon); confFirst is confidenceKeys[0].
	confKey   [len(facetNames)]listOpen
	confFirst [32]byte
	// score[k] is scoreText[k] in an 8-byte block, for k in [0, 1023]
	// (only [0, 1000] are scores; the rest stay zero).
	score [1024]struct {
		text [8]byte
		n    uint8
	}
}

// buildInPlace makes the in-place tables of t.
func (t *fragmentTables) buildInPlace() {
	p := &t.inPlace
	p.member = make([][]memberBlock, len(t.member))
	for f, row := range t.member {
		p.member[f] = make([]memberBlock, len(row))
		for i, m := range row {
			if len(m) <= len(p.member[f][i].text) {
				p.member[f][i].n = uint8(copy(p.member[f][i].text[:], m))
			}
		}
	}
	p.code = make([][]codeBlock, len(t.code))
	for f, row := range t.code {
		p.code[f] = make([]codeBlock, len(row))
		for i, m := range row {
			if m != "" && len(m) <= len(p.code[f][i].text) {
				p.code[f][i].n = uint8(copy(p.code[f][i].text[:], m))
			}
		}
	}
	for v, s := range [2]string{`,"in_scope":false`, `,"in_scope":true`} {
		p.inScope[v].n = uint8(copy(p.inScope[v].text[:], s))
	}
	open := func(name string) (o listOpen) {
		o.n = uint8(copy(o.text[:], `,"`+name+`":`))
		return o
	}
	p.roles, p.ageGroups, p.methods = open("roles"), open("age_groups"), open("methods")
	p.conditions, p.themes = open("conditions"), open("themes")
	copy(p.confFirst[:], confidenceKeys[0])
	for i, k := range confidenceKeys[1:] {
		p.confKey[i+1].n = uint8(copy(p.confKey[i+1].text[:], k))
	}
	for k := range scoreText {
		p.score[k].n = uint8(copy(p.score[k].text[:], scoreText[k].text[:scoreText[k].n]))
	}
}

// inPlaceRoom is the room appendMembersInPlace makes besides 32 bytes a
// code of a list: the sum of the blocks it writes.
const inPlaceRoom = 24 + 6*48 + 5*(16+2) + 32 + (len(facetNames)-1)*16 + len(facetNames)*8 + 1

// appendMembersInPlace appends c's members from in_scope to confidence
// in place, and reports whether it could; if not, it has appended
// nothing.
func (t *fragmentTables) appendMembersInPlace(b []byte, c *classify.Result) ([]byte, bool) {
	tb := &t.inPlace
	concept, ok1 := memberOf(tb, taxonomy.FacetConcept, uint16(c.Concept))
	format, ok2 := memberOf(tb, taxonomy.FacetFormat, uint16(c.Format))
	arena, ok3 := memberOf(tb, taxonomy.FacetArena, uint16(c.Arena))
	delivery, ok4 := memberOf(tb, taxonomy.FacetDelivery, uint16(c.Delivery))
	scope, ok5 := memberOf(tb, taxonomy.FacetScope, uint16(c.Scope))
	programme, ok6 := memberOf(tb, taxonomy.FacetProgramme, uint16(c.Programme))
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return b, false
	}
	room := inPlaceRoom + 32*(len(c.Roles)+len(c.AgeGroups)+len(c.Methods)+len(c.Conditions)+len(c.Themes))
	if cap(b)-len(b) < room {
		b = slices.Grow(b, room)
	}
	p := unsafe.Pointer(unsafe.SliceData(b[len(b):]))
	start := p
	is := &tb.inScope[b2u(c.InScope)]
	*(*[24]byte)(p) = is.text
	p = unsafe.Add(p, is.n)
	p = putMember(p, concept)
	p = putMember(p, format)
	if p, ok1 = putCodes(p, &tb.roles, tb.code[taxonomy.FacetRole], c.Roles); !ok1 {
		return b, false
	}
	if p, ok1 = putCodes(p, &tb.ageGroups, tb.code[taxonomy.FacetAgeGroup], c.AgeGroups); !ok1 {
		return b, false
	}
	p = putMember(p, arena)
	p = putMember(p, delivery)
	if p, ok1 = putCodes(p, &tb.methods, tb.code[taxonomy.FacetMethod], c.Methods); !ok1 {
		return b, false
	}
	p = putMember(p, scope)
	if p, ok1 = putCodes(p, &tb.conditions, tb.code[taxonomy.FacetCondition], c.Conditions); !ok1 {
		return b, false
	}
	if p, ok1 = putCodes(p, &tb.themes, tb.code[taxonomy.FacetTheme], c.Themes); !ok1 {
		return b, false
	}
	p = putMember(p, programme)
	if p, ok1 = putConfidence(p, tb, &c.Confidence); !ok1 {
		return b, false
	}
	return b[:len(b)+int(uintptr(p)-uintptr(start))], true
}

// memberOf returns the block of code i of facet f, if there is one.
func memberOf(tb *inPlaceTables, f taxonomy.Facet, i uint16) (*memberBlock, bool) {
	if row := tb.member[f]; int(i) < len(row) && row[i].n != 0 {
		return &row[i], true
	}
	return nil, false
}

// putMember copies m to p and returns the cursor past it.
func putMember(p unsafe.Pointer, m *memberBlock) unsafe.Pointer {
	*(*[16]byte)(p) = *(*[16]byte)(m.text[0:16])
	*(*[16]byte)(unsafe.Add(p, 16)) = *(*[16]byte)(m.text[16:32])
	*(*[16]byte)(unsafe.Add(p, 32)) = *(*[16]byte)(m.text[32:48])
	return unsafe.Add(p, m.n)
}

// putCodes writes a list: its opening o, and the codes of values from
// row, the first one's comma made the array's bracket; it reports false
// for a code not in row.
func putCodes[C ~uint16](p unsafe.Pointer, o *listOpen, row []codeBlock, values []C) (unsafe.Pointer, bool) {
	*(*[16]byte)(p) = o.text
	p = unsafe.Add(p, o.n)
	if len(values) == 0 {
		*(*[2]byte)(p) = [2]byte{'[', ']'}
		return unsafe.Add(p, 2), true
	}
	open := p
	for _, v := range values {
		if int(v) >= len(row) || row[v].n == 0 {
			return p, false
		}
		blk := &row[v]
		*(*[16]byte)(p) = *(*[16]byte)(blk.text[0:16])
		*(*[16]byte)(unsafe.Add(p, 16)) = *(*[16]byte)(blk.text[16:32])
		p = unsafe.Add(p, blk.n)
	}
	*(*byte)(open) = '['
	*(*byte)(p) = ']'
	return unsafe.Add(p, 1), true
}

// putConfidence writes the confidence object and its member's name, and
// reports false if a score rounds outside [0, 1] (appendConfidence's
// scores; what it wrote is then not the object).
func putConfidence(p unsafe.Pointer, tb *inPlaceTables, s *classify.Scores) (unsafe.Pointer, bool) {
	*(*[32]byte)(p) = tb.confFirst
	p = unsafe.Add(p, len(confidenceKeys[0]))
	k := uint64(int64(s.InScope*1000 + 0.5))
	out := k | (1000 - k) // bit 63 set if k < 0 or k > 1000
	d := &tb.score[k%uint64(len(tb.score))]
	*(*[8]byte)(p) = d.text
	p = unsafe.Add(p, d.n)
	p = putScore(putConfKey(p, &tb.confKey[1]), tb, s.Concept, &out)
	p = putScore(putConfKey(p, &tb.confKey[2]), tb, s.Format, &out)
	p = putScore(putConfKey(p, &tb.confKey[3]), tb, s.Roles, &out)
	p = putScore(putConfKey(p, &tb.confKey[4]), tb, s.AgeGroups, &out)
	p = putScore(putConfKey(p, &tb.confKey[5]), tb, s.Arena, &out)
	p = putScore(putConfKey(p, &tb.confKey[6]), tb, s.Delivery, &out)
	p = putScore(putConfKey(p, &tb.confKey[7]), tb, s.Methods, &out)
	p = putScore(putConfKey(p, &tb.confKey[8]), tb, s.Scope, &out)
	p = putScore(putConfKey(p, &tb.confKey[9]), tb, s.Conditions, &out)
	p = putScore(putConfKey(p, &tb.confKey[10]), tb, s.Themes, &out)
	p = putScore(putConfKey(p, &tb.confKey[11]), tb, s.Programme, &out)
	*(*byte)(p) = '}'
	return unsafe.Add(p, 1), out>>63 == 0
}

// putConfKey copies the key o to p and returns the cursor past it.
func putConfKey(p unsafe.Pointer, o *listOpen) unsafe.Pointer {
	*(*[16]byte)(p) = o.text
	return unsafe.Add(p, o.n)
}

// putScore writes the score v at p and returns the cursor past it; it
// sets bit 63 of *out if v rounds outside [0, 1], and then what it wrote
// is not the score.
func putScore(p unsafe.Pointer, tb *inPlaceTables, v float64, out *uint64) unsafe.Pointer {
	k := uint64(int64(v*1000 + 0.5))
	*out |= k | (1000 - k)
	d := &tb.score[k%uint64(len(tb.score))]
	*(*[8]byte)(p) = d.text
	return unsafe.Add(p, d.n)
}
