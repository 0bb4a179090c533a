package harvest

import (
	"sync/atomic"
	"unsafe"

	"github.com/lmhkit/lmhkit/lmh/classify"
)

// An evidence object is everything but its two offsets a function of the
// evidence's facet, value, part, term, sense and rule,
//
//	{"facet":"roles","value":"next_of_kin","field":"text","start":
//	,"term":"pårørende","concept":"role:next_of_kin","rule":"term"}
//
// and the classifier gives the same few hundred of them again and again:
// its terms are the strings of its glossary and cue table, its rules
// constants. So the head (up to "start":) and the tail (from "term") of
// each are cached together, keyed by the address and length of the term's
// and the rule's bytes and by the facet, value, in-scope flag, part and
// sense packed in a word. A Go string's bytes never change, and an entry
// keeps them alive, so an entry whose key matches holds the head and tail
// of exactly that evidence; any other string (a term cut from the
// listing, say) only misses: its head and tail are written and take an
// entry, as on any miss.
type evidenceEntry struct {
	// The key: the term's and the rule's bytes, their lengths
	// (len(term)<<32 | len(rule)) and the rest of the evidence that the
	// object depends on (evidenceKeys).
	term, rule *byte
	lens       uint64
	key, sense uint64
	// headBlock is ',' and the object up to its start offset, and
	// tailBlock the object from the comma after its end offset to the
	// closing brace, each followed by zeros, to be copied whole; headLen
	// and tailLen are their lengths. headBlock is the fragment tables'
	// block of the head when it is one of theirs (shared by every entry of
	// the same facet, value and part), so that an entry is three cache
	// lines. long is set instead, and headBlock nil, when the head or the
	// tail does not fit its block.
	headLen, tailLen uint8
	headBlock        *[headBlock]byte
	long             *evidenceText
	tailBlock        [tailBlock]byte
}

// evidenceText is the head and the tail of an evidence object, as strings.
type evidenceText struct {
	head, tail string
}

// headBlock and tailBlock are the sizes of the blocks an evidence's head
// and tail are copied in when they fit: all but 3 of the vocabulary's
// heads (of up to 83 bytes) fit 80, and the goldens' tails are up to 106
// bytes.
const (
	headBlock = 80
	tailBlock = 112
)

// newEvidenceEntry returns the entry of head and tail for the key given;
// t's block of the head is taken when t has one.
func newEvidenceEntry(t *fragmentTables, tp, rp *byte, lens, key, sense uint64, head, tail string) *evidenceEntry {
	e := &evidenceEntry{term: tp, rule: rp, lens: lens, key: key, sense: sense}
	if len(head) > headBlock || len(tail) > tailBlock {
		e.long = &evidenceText{head, tail}
		return e
	}
	e.headLen, e.tailLen = uint8(len(head)), uint8(len(tail))
	if e.headBlock = t.headBlocks[head]; e.headBlock == nil {
		e.headBlock = new([headBlock]byte)
		copy(e.headBlock[:], head)
	}
	copy(e.tailBlock[:], tail)
	return e
}

// tailSets is the number of sets of the cache, two entries each (a power
// of two). An entry may lie in either of two sets, chosen by different
// bits of its hash, so that few sets overflow and thrash. The
// classifier's dev set and holdout need some 1,500 entries.
const (
	tailSetBits = 12
	tailSets    = 1 << tailSetBits
)

// evidenceCache is shared by all encoders: each entry is replaced whole,
// so concurrent readers see an old entry or a new one, never a mix.
var evidenceCache [tailSets][2]atomic.Pointer[evidenceEntry]

// evidenceKeys returns what of ev other than its term and rule decides
// its head and tail: its facet, value, in-scope flag and part (key) and
// its sense (sense). Where classify.Evidence lays those out as it does on
// every architecture Go supports (rawEvidenceKeys), they are read as they
// lie in memory, the first four in one word (less the padding byte after
// Facet), the sense in one more: a finer key than their values (every
// part, not only whether it is the title) but never a coarser one,
// whatever the byte order. Elsewhere they are packed from the fields.
func evidenceKeys(ev *classify.Evidence) (key, sense uint64) {
	if rawEvidenceKeys {
		p := unsafe.Pointer(ev)
		return *(*uint64)(p) & evidenceKeyMask, uint64(*(*uint32)(unsafe.Add(p, unsafe.Offsetof(ev.Sense))))
	}
	return uint64(ev.Facet) | uint64(ev.Value.Facet())<<8 | uint64(ev.Value.Index())<<16 |
			b2u(ev.InScope)<<32 | b2u(ev.Part == classify.PartTitle)<<33,
		uint64(ev.Sense.Facet()) | uint64(ev.Sense.Index())<<8
}

// rawEvidenceKeys says that evidenceKeys may read a classify.Evidence's
// memory: its Facet, Value (four bytes), InScope and Part fill its first
// word but for one byte after Facet, the struct and its Sense (four
// bytes) are aligned for word and 32-bit loads.
const rawEvidenceKeys = unsafe.Offsetof(classify.Evidence{}.Facet) == 0 &&
	unsafe.Sizeof(classify.Evidence{}.Facet) == 1 &&
	unsafe.Offsetof(classify.Evidence{}.Value) == 2 && unsafe.Sizeof(classify.Evidence{}.Value) == 4 &&
	unsafe.Offsetof(classify.Evidence{}.InScope) == 6 && unsafe.Sizeof(classify.Evidence{}.InScope) == 1 &&
	unsafe.Offsetof(classify.Evidence{}.Part) == 7 && unsafe.Sizeof(classify.Evidence{}.Part) == 1 &&
	unsafe.Sizeof(classify.Evidence{}.Sense) == 4 && unsafe.Offsetof(classify.Evidence{}.Sense)%4 == 0 &&
	unsafe.Alignof(classify.Evidence{}) == unsafe.Sizeof(uintptr(0)) && unsafe.Sizeof(uintptr(0)) == 8

// evidenceKeyMask clears the padding byte after an Evidence's Facet (its
// second byte in memory) from the word evidenceKeys reads.
var evidenceKeyMask = func() (m uint64) {
	b := (*[8]byte)(unsafe.Pointer(&m))
	for i := range b {
		b[i] = 0xFF
	}
	b[1] = 0
	return m
}()

// evidenceHash is the hash of an evidence object's key: its term's and
// rule's addresses and lengths and its other keys.
func evidenceHash(tp, rp *byte, lens, key, sense uint64) uint64 {
	return (uint64(uintptr(unsafe.Pointer(tp)))+lens)*0x9E3779B97F4A7C15 ^
		(uint64(uintptr(unsafe.Pointer(rp)))+key+sense<<40)*0xC2B2AE3D27D4EB4F
}

// evidenceParts returns the entry of the evidence object ev (see
// evidenceEntry), from the cache or, on a miss, written and cached, unless
// its term or rule lies in batch: bytes that will be written over (see
// Encoder.batch), which an entry must not key. No entry can match such a
// term, since an entry keeps the bytes of its own alive and they are no
// batch's. appendEvidence looks at the first place itself first.
func evidenceParts(t *fragmentTables, ev *classify.Evidence, batch span) *evidenceEntry {
	tp, rp := unsafe.StringData(ev.Term), unsafe.StringData(string(ev.Basis))
	lens := uint64(len(ev.Term))<<32 | uint64(len(ev.Basis))
	key, sense := evidenceKeys(ev)
	if (uint64(len(ev.Term))|uint64(len(ev.Basis)))>>32 != 0 || batch.holds(tp) || batch.holds(rp) {
		return evidenceMiss(t, ev, nil, nil, tp, rp, lens, key, sense)
	}
	h := evidenceHash(tp, rp, lens, key, sense)
	set := &evidenceCache[h>>(64-tailSetBits)]
	if e := set[0].Load(); e.is(tp, rp, lens, key, sense) {
		return e
	}
	if e := set[1].Load(); e.is(tp, rp, lens, key, sense) {
		return e
	}
	alt := &evidenceCache[h&(tailSets-1)]
	if e := alt[0].Load(); e.is(tp, rp, lens, key, sense) {
		return e
	}
	if e := alt[1].Load(); e.is(tp, rp, lens, key, sense) {
		return e
	}
	return evidenceMiss(t, ev, set, alt, tp, rp, lens, key, sense)
}

// is reports whether e, which may be nil, is the entry of the key given.
func (e *evidenceEntry) is(tp, rp *byte, lens, key, sense uint64) bool {
	return e != nil && e.term == tp && e.rule == rp && e.lens == lens && e.key == key && e.sense == sense
}

// evidenceMiss writes the head and the tail of ev and caches them: in the
// first empty place of its two sets, set and alt, or else first in set,
// moving the entry there to the second place. A nil set (for a term or
// rule of 4 GiB or more, whose length does not fit the key, or one in a
// batch's memory) caches nothing.
func evidenceMiss(t *fragmentTables, ev *classify.Evidence, set, alt *[2]atomic.Pointer[evidenceEntry],
	tp, rp *byte, lens, key, sense uint64) *evidenceEntry {
	head, ok := t.evidenceHead(ev) // the tables' own string: not copied
	if !ok {
		head = string(appendEvidenceHead([]byte{','}, ev.Facet, ev.Value, ev.InScope, ev.Part))
	}
	b := append(make([]byte, 0, 32+len(ev.Term)+len(ev.Basis)), `,"term":"`...)
	b = appendStringBody(b, ev.Term)
	if mid, ok := t.senseFragment(ev.Sense); ok {
		b = append(b, mid...)
	} else {
		b = appendSense(b, ev.Sense)
	}
	b = appendStringBody(b, string(ev.Basis))
	b = append(b, '"', '}')
	e := newEvidenceEntry(t, tp, rp, lens, key, sense, head, string(b))
	if set == nil {
		return e
	}
	for _, p := range [...]*atomic.Pointer[evidenceEntry]{&set[0], &set[1], &alt[0], &alt[1]} {
		if p.Load() == nil {
			p.Store(e)
			return e
		}
	}
	set[1].Store(set[0].Load()) // the newer entry moves to the second place
	set[0].Store(e)
	return e
}
