package harvest

import (
	"encoding/binary"
	"slices"
	"strconv"
	"unsafe"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Encoder writes the output line of a record: the classification of a good
// record, or the error record of a bad one. Run uses it; so can any other
// runner (a pipeline on many machines, a web service) that must write the
// same JSON. The zero Encoder is ready to use.
//
// A classification is one line of JSON with exactly these members, in
// this order:
//
//	id, in_scope, concept, format, roles, age_groups, arena, delivery,
//	methods, scope, conditions, themes, programme, confidence, evidence
//
// and input, holding the record's other members, when it has any. Single
// values are codes ("" when unknown), lists are arrays ([] when empty),
// confidence is an object of the facets above with scores rounded to three
// decimals, and each evidence is {facet, value, field, start, end, term,
// concept, rule}. An error record is {"line":N,"file":…,"id":…,"error":…},
// file only when the Encoder has a Name and id null when the record has
// none.
//
// An Encoder is a plain value: safe for concurrent use as long as nobody
// changes it.
type Encoder struct {
	// Name is the input's name, given as "file" in error records; "" leaves
	// it out.
	Name string
	// batch is the memory of the batch a worker's records are cut from
	// (see worker.do): bytes that are written over once the batch is
	// done, so that an evidence whose term lies in them is not cached
	// (see evidenceMiss). Zero for any other Encoder.
	batch span
}

// span is the addresses [lo, hi) of a block of memory.
type span struct{ lo, hi uintptr }

// holds reports whether p lies in the span.
func (s span) holds(p *byte) bool {
	return uintptr(unsafe.Pointer(p))-s.lo < s.hi-s.lo
}

// Append appends the output line of rec to dst: AppendError when rec.Err is
// set, else AppendResult with the classification c. c may be nil for a bad
// record.
func (e Encoder) Append(dst []byte, rec *Record, c *classify.Result) []byte {
	if rec.Err != nil {
		return e.AppendError(dst, rec)
	}
	return e.AppendResult(dst, rec, c)
}

// facetNames are the facets of an output record, in output order; the
// confidence object lists them in this order too.
var facetNames = [...]string{
	"in_scope", "concept", "format", "roles", "age_groups", "arena", "delivery",
	"methods", "scope", "conditions", "themes", "programme",
}

// AppendResult appends the classification c of the good record rec to dst
// as one line of JSON, ending in a newline.
func (e Encoder) AppendResult(dst []byte, rec *Record, c *classify.Result) []byte {
	b := e.appendResultMembers(dst, rec, c)
	// Members that describe the record further (such as a draft offering
	// read from it, see AppendDraft) belong here, after evidence and before
	// input.
	b = appendInput(b, rec.Other)
	return append(b, "}\n"...)
}

// appendResultMembers appends the opening of a classification's line: its
// members from id to evidence.
func (e Encoder) appendResultMembers(dst []byte, rec *Record, c *classify.Result) []byte {
	t := fragments()
	b := append(dst, `{"id":`...)
	b = appendString(b, rec.ID)
	if b, ok := t.appendMembersInPlace(b, c); ok {
		return appendEvidence(t, b, c.Evidence, e.batch)
	}
	if c.InScope {
		b = append(b, `,"in_scope":true`...)
	} else {
		b = append(b, `,"in_scope":false`...)
	}
	b = t.appendMember(b, c.Concept.Ref())
	b = t.appendMember(b, c.Format.Ref())
	b = appendCodes(t, append(b, `,"roles":[`...), taxonomy.FacetRole, c.Roles)
	b = appendCodes(t, append(b, `,"age_groups":[`...), taxonomy.FacetAgeGroup, c.AgeGroups)
	b = t.appendMember(b, c.Arena.Ref())
	b = t.appendMember(b, c.Delivery.Ref())
	b = appendCodes(t, append(b, `,"methods":[`...), taxonomy.FacetMethod, c.Methods)
	b = t.appendMember(b, c.Scope.Ref())
	b = appendCodes(t, append(b, `,"conditions":[`...), taxonomy.FacetCondition, c.Conditions)
	b = appendCodes(t, append(b, `,"themes":[`...), taxonomy.FacetTheme, c.Themes)
	b = t.appendMember(b, c.Programme.Ref())
	b = appendConfidence(b, &c.Confidence)
	return appendEvidence(t, b, c.Evidence, e.batch)
}

// confidenceKeys are the members of the confidence object, each after the
// comma or the brace before it.
var confidenceKeys = func() (keys [len(facetNames)]string) {
	for i, name := range facetNames {
		sep := ","
		if i == 0 {
			sep = `,"confidence":{`
		}
		keys[i] = sep + `"` + name + `":`
	}
	return keys
}()

// confidenceKeyWords[i] is confidenceKeys[i] in four little-endian words,
// to be written whole and cut to its length confidenceKeyLen[i].
var confidenceKeyWords, confidenceKeyLen = func() (w [len(facetNames)][4]uint64, n [len(facetNames)]int) {
	for i, k := range confidenceKeys {
		var text [32]byte
		n[i] = copy(text[:], k)
		for j := range w[i] {
			w[i][j] = binary.LittleEndian.Uint64(text[8*j:])
		}
	}
	return w, n
}()

// confidenceRoom is the room appendConfidence makes: every key and score
// is written in whole words before being cut to its length.
const confidenceRoom = 32 + (len(facetNames)-1)*(16+8) + 8 + 1

// appendConfidence appends the confidence object. Every key but the first
// fits two words and every score in [0, 1] one, so each is written with
// whole-word stores and cut to its length, one facet after another
// (putKey, putValue) with no copy of the scores. The keys and scores are written
// before their range is known; if one rounds outside [0, 1], what was
// written is dropped and appendConfidenceSlow writes the object.
func appendConfidence(b []byte, s *classify.Scores) []byte {
	if cap(b)-len(b) < confidenceRoom {
		b = slices.Grow(b, confidenceRoom)
	}
	n, buf := len(b), b[:cap(b)]
	w := &confidenceKeyWords[0]
	binary.LittleEndian.PutUint64(buf[n:n+8], w[0])
	binary.LittleEndian.PutUint64(buf[n+8:n+16], w[1])
	binary.LittleEndian.PutUint64(buf[n+16:n+24], w[2])
	binary.LittleEndian.PutUint64(buf[n+24:n+32], w[3])
	n += confidenceKeyLen[0]
	k := int64(s.InScope*1000 + 0.5)
	out := uint64(k) | uint64(1000-k) // bit 63 set if k < 0 or k > 1000
	d := &scoreWords[uint64(k)%uint64(len(scoreWords))]
	binary.LittleEndian.PutUint64(buf[n:n+8], d.text)
	n += d.n
	n = putValue(buf, putKey(buf, n, 1), s.Concept, &out)
	n = putValue(buf, putKey(buf, n, 2), s.Format, &out)
	n = putValue(buf, putKey(buf, n, 3), s.Roles, &out)
	n = putValue(buf, putKey(buf, n, 4), s.AgeGroups, &out)
	n = putValue(buf, putKey(buf, n, 5), s.Arena, &out)
	n = putValue(buf, putKey(buf, n, 6), s.Delivery, &out)
	n = putValue(buf, putKey(buf, n, 7), s.Methods, &out)
	n = putValue(buf, putKey(buf, n, 8), s.Scope, &out)
	n = putValue(buf, putKey(buf, n, 9), s.Conditions, &out)
	n = putValue(buf, putKey(buf, n, 10), s.Themes, &out)
	n = putValue(buf, putKey(buf, n, 11), s.Programme, &out)
	if out>>63 != 0 {
		return appendConfidenceSlow(b, &[len(facetNames)]float64{s.InScope, s.Concept, s.Format, s.Roles,
			s.AgeGroups, s.Arena, s.Delivery, s.Methods, s.Scope, s.Conditions, s.Themes, s.Programme})
	}
	buf[n] = '}'
	return buf[:n+1]
}

// putKey writes the key of facet i (> 0) of the confidence object, with
// the comma before it, at buf[n:], which has room for two words, and
// returns the index past it.
func putKey(buf []byte, n, i int) int {
	w := &confidenceKeyWords[i]
	binary.LittleEndian.PutUint64(buf[n:n+8], w[0])
	binary.LittleEndian.PutUint64(buf[n+8:n+16], w[1])
	return n + confidenceKeyLen[i]
}

// putValue writes the score v at buf[n:], which has room for a word, and
// returns the index past it; it sets bit 63 of *out if v rounds outside
// [0, 1], and then what it wrote is not the score.
func putValue(buf []byte, n int, v float64, out *uint64) int {
	k := uint64(int64(v*1000 + 0.5))
	*out |= k | (1000 - k)
	d := &scoreWords[k%uint64(len(scoreWords))]
	binary.LittleEndian.PutUint64(buf[n:n+8], d.text)
	return n + d.n
}

// scoreWords[k] is scoreText[k] in a little-endian word, for k in [0,
// 1000]; the table is a power of two long so that a masked index needs no
// bounds check.
var scoreWords = func() (t [1024]struct {
	text uint64
	n    int
}) {
	for k := range scoreText {
		var text [8]byte
		copy(text[:], scoreText[k].text[:scoreText[k].n])
		t[k].text, t[k].n = binary.LittleEndian.Uint64(text[:]), int(scoreText[k].n)
	}
	return t
}()

// appendConfidenceSlow is appendConfidence for scores of which one rounds
// outside [0, 1].
func appendConfidenceSlow(b []byte, scores *[len(facetNames)]float64) []byte {
	for i, v := range scores {
		b = append(b, confidenceKeys[i]...)
		b = appendScore(b, v)
	}
	return append(b, '}')
}

// appendScore appends a score rounded to three decimals, k/1000 for
// k = int64(v*1000+0.5), as strconv.AppendFloat(b, float64(k)/1000, 'f',
// -1, 64) writes it: for k in [0, 1000], almost every score, from a table
// of what strconv writes.
func appendScore(b []byte, v float64) []byte {
	k := int64(v*1000 + 0.5)
	if k < 0 || k > 1000 {
		return strconv.AppendFloat(b, float64(k)/1000, 'f', -1, 64)
	}
	d := &scoreText[k] // five bytes at once, then cut to its length
	b = append(b, d.text[0], d.text[1], d.text[2], d.text[3], d.text[4])
	return b[:len(b)-5+int(d.n)]
}

// scoreText[k] is k/1000 as strconv writes it ("0", "0.5", "0.123", "1").
var scoreText = func() (t [1001]struct {
	text [5]byte
	n    uint8
}) {
	for k := range t {
		t[k].n = uint8(copy(t[k].text[:], strconv.FormatFloat(float64(k)/1000, 'f', -1, 64)))
	}
	return t
}()

// appendEvidence appends the evidence array. Of each evidence, the parts
// before and after the offsets come from the cache of tails.go; only the
// offsets are written here. With room made for every object left,
// appendEvidenceFast writes the objects it can in place; each it cannot
// (its entry not in its first set, a head or tail longer than its block,
// an offset of 1,000 or more) is written here by appendEvidenceObject,
// its entry from evidenceParts, and appendEvidenceFast goes on after it.
// Every head starts with a comma; the first one's becomes the array's
// opening bracket.
func appendEvidence(t *fragmentTables, b []byte, evidence []classify.Evidence, batch span) []byte {
	if len(evidence) == 0 {
		return append(b, `,"evidence":[]`...)
	}
	b = append(b, `,"evidence":`...)
	open := len(b)
	for {
		// Room for every object left, evidenceRoom bytes each from p.
		if room := len(evidence) * evidenceRoom; cap(b)-len(b) < room {
			b = slices.Grow(b, room)
		}
		p := unsafe.Pointer(unsafe.SliceData(b[len(b):]))
		q, i := appendEvidenceFast(p, evidence)
		b = b[:len(b)+int(uintptr(q)-uintptr(p))]
		if i == len(evidence) {
			break
		}
		ev := &evidence[i]
		b = appendEvidenceObject(b, evidenceParts(t, ev, batch), ev)
		evidence = evidence[i+1:]
	}
	b[open] = '['
	return append(b, ']')
}

// appendEvidenceFast writes the evidence objects of evidence at p, which
// has evidenceRoom bytes of room for each, up to the first one it cannot
// write in place, and returns the end of what it wrote and that one's
// index (len(evidence) if none). It makes no call, so that what its loop
// carries stays in registers. An object is written in place when its
// entry is in its first set (see evidenceParts), its head and tail fit
// their blocks and its offsets are below 1,000, with no bounds check: the
// head's block and the tail's copied whole (what a block writes past its
// part is written over next, or lies past the end), the offsets from a
// table of their digits and the member between them as an 8-byte array.
// All are byte arrays, so the bytes are the same on every architecture.
func appendEvidenceFast(p unsafe.Pointer, evidence []classify.Evidence) (unsafe.Pointer, int) {
	for i := range evidence {
		ev := &evidence[i]
		tp, rp := unsafe.StringData(ev.Term), unsafe.StringData(string(ev.Basis))
		lens := uint64(len(ev.Term))<<32 | uint64(len(ev.Basis))
		key, sense := evidenceKeys(ev)
		set := &evidenceCache[evidenceHash(tp, rp, lens, key, sense)>>(64-tailSetBits)]
		e := set[0].Load()
		if !e.is(tp, rp, lens, key, sense) {
			if e = set[1].Load(); !e.is(tp, rp, lens, key, sense) {
				return p, i
			}
		}
		start, end := uint(ev.Start), uint(ev.End)
		if e.headBlock == nil || start >= offsetLimit || end >= offsetLimit {
			return p, i
		}
		h := unsafe.Pointer(e.headBlock) // five 16-byte copies are headBlock bytes (headCopied)
		*(*[16]byte)(p) = *(*[16]byte)(h)
		*(*[16]byte)(unsafe.Add(p, 16)) = *(*[16]byte)(unsafe.Add(h, 16))
		*(*[16]byte)(unsafe.Add(p, 32)) = *(*[16]byte)(unsafe.Add(h, 32))
		*(*[16]byte)(unsafe.Add(p, 48)) = *(*[16]byte)(unsafe.Add(h, 48))
		*(*[16]byte)(unsafe.Add(p, 64)) = *(*[16]byte)(unsafe.Add(h, 64))
		n := int(e.headLen)
		start, end = start&(uint(len(offsetDigits))-1), end&(uint(len(offsetDigits))-1) // below offsetLimit: the mask spares a bounds check
		*(*[4]byte)(unsafe.Add(p, n)) = offsetDigits[start]
		n += int(offsetLen[start])
		*(*[8]byte)(unsafe.Add(p, n)) = endMember
		n += len(`,"end":`)
		*(*[4]byte)(unsafe.Add(p, n)) = offsetDigits[end]
		n += int(offsetLen[end])
		*(*[tailBlock]byte)(unsafe.Add(p, n)) = e.tailBlock
		n += int(e.tailLen)
		// Less than evidenceRoom bytes were written: p+n is in the room.
		p = unsafe.Add(p, n)
	}
	return p, len(evidence)
}

// appendEvidenceObject appends the evidence object ev of the entry e with
// bounds-checked copies.
func appendEvidenceObject(b []byte, e *evidenceEntry, ev *classify.Evidence) []byte {
	if e.long != nil {
		b = append(b, e.long.head...)
	} else {
		b = append(b, e.headBlock[:e.headLen]...)
	}
	b = strconv.AppendInt(b, int64(ev.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(ev.End), 10)
	if e.long != nil {
		return append(b, e.long.tail...)
	}
	return append(b, e.tailBlock[:e.tailLen]...)
}

// evidenceRoom is the room appendEvidence writes an evidence object in:
// the head's block, the offsets of up to three digits each with the
// member between them (the last array written may reach 3+7+4 bytes past
// the head), and the tail's block.
const evidenceRoom = headBlock + 3 + 7 + 3 + tailBlock

// headCopied is 0, and does not compile unless appendEvidenceFast's
// copies of a head are headBlock bytes.
const headCopied = uint(headBlock-5*16) + uint(5*16-headBlock)

// offsetLimit is the first offset not in offsetDigits.
const offsetLimit = 1000

// endMember is `,"end":` and a byte written over next.
var endMember = [8]byte{',', '"', 'e', 'n', 'd', '"', ':', ' '}

// offsetDigits[v] holds the decimal digits of v (< offsetLimit), and
// offsetLen[v] their number; the tables are a power of two long so that a
// masked index needs no bounds check.
var offsetDigits, offsetLen = func() (t [1024][4]byte, n [1024]uint8) {
	for v := range offsetLimit {
		n[v] = uint8(copy(t[v][:], strconv.Itoa(v)))
	}
	return t, n
}()

// appendEvidenceHead appends the start of an evidence object up to its
// start offset: {"facet":…,"value":…,"field":…,"start":
func appendEvidenceHead(b []byte, f taxonomy.Facet, v taxonomy.Ref, inScope bool, p classify.Part) []byte {
	b = append(b, `{"facet":`...)
	b = appendString(b, facetField(f))
	if f == 0 {
		b = appendField(b, "value", strconv.FormatBool(inScope))
	} else {
		b = appendField(b, "value", v.Code())
	}
	b = appendField(b, "field", p.String())
	return append(b, `,"start":`...)
}

// appendSense appends the end of the term, the sense as Ref.String writes
// it ("facet:code", "" for none), and the start of the rule:
// ","concept":"…","rule":"
func appendSense(b []byte, r taxonomy.Ref) []byte {
	b = append(b, `","concept":"`...)
	if !r.IsZero() {
		b = append(b, r.Facet().String()...)
		b = append(b, ':')
		b = appendStringBody(b, r.Code())
	}
	return append(b, `","rule":"`...)
}

// AppendError appends the error record of the bad record rec to dst as one
// line of JSON, ending in a newline: {"line":N,"file":…,"id":…,"error":…}.
func (e Encoder) AppendError(dst []byte, rec *Record) []byte {
	b := append(dst, `{"line":`...)
	b = strconv.AppendInt(b, int64(rec.Line), 10)
	if e.Name != "" {
		b = appendField(b, "file", e.Name)
	}
	b = append(b, `,"id":`...)
	if rec.HasID {
		b = appendString(b, rec.ID)
	} else {
		b = append(b, "null"...)
	}
	msg := "unknown error"
	if rec.Err != nil {
		msg = rec.Err.Error()
	}
	b = appendField(b, "error", msg)
	return append(b, "}\n"...)
}

func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return appendString(b, value)
}

// appendCodes appends the codes of a list of facet f and the end of the
// array. A code's Ref is {f, the code's value}, so a code of the
// vocabulary is read from the tables by its value, without a call of Ref.
func appendCodes[C interface {
	~uint16
	Ref() taxonomy.Ref
}](t *fragmentTables, b []byte, f taxonomy.Facet, values []C) []byte {
	var row []string
	if int(f) < len(t.code) {
		row = t.code[f]
	}
	for i, v := range values {
		if k := int(v); k > 0 && k < len(row) {
			s := row[k]
			if i == 0 {
				s = s[1:]
			}
			b = append(b, s...)
		} else {
			b = t.appendCode(b, v.Ref(), i > 0)
		}
	}
	return append(b, ']')
}

func appendInput(b []byte, other []Field) []byte {
	if len(other) == 0 {
		return b
	}
	b = append(b, `,"input":{`...)
	for i, f := range other {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, f.Name)
		b = append(b, ':')
		b = append(b, f.Value...)
	}
	return append(b, '}')
}

// facetField names a facet as the output record's member does.
func facetField(f taxonomy.Facet) string {
	switch f {
	case 0:
		return "in_scope"
	case taxonomy.FacetRole:
		return "roles"
	case taxonomy.FacetAgeGroup:
		return "age_groups"
	case taxonomy.FacetMethod:
		return "methods"
	case taxonomy.FacetCondition:
		return "conditions"
	case taxonomy.FacetTheme:
		return "themes"
	}
	return f.String()
}
