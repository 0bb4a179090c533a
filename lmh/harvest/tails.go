package harvest

import (
	"sync/atomic"
	"unsafe"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The end of an evidence object, from its term to its rule,
//
//	,"term":"pårørende","concept":"role:next_of_kin","rule":"term"}
//
// depends on the term, the sense and the rule, and the classifier gives
// the same few hundred of them again and again: its terms are the strings
// of its glossary and cue table, its rules constants. So tails are cached,
// keyed by the address and length of the term's and the rule's bytes and
// by the sense. A Go string's bytes never change, and an entry keeps them
// alive, so an entry whose key matches holds the tail of exactly that
// term and rule; any other string (a term cut from the listing, say) only
// misses: its tail is written and takes an entry, as on any miss.
type evidenceTail struct {
	term, rule       *byte
	termLen, ruleLen int
	sense            taxonomy.Ref
	json             string
}

// tailSets is the number of sets of the cache, two entries each (a power
// of two). The classifier's dev set and holdout need some 1,000 entries.
const (
	tailSetBits = 12
	tailSets    = 1 << tailSetBits
)

// tails is shared by all encoders: each entry is replaced whole, so
// concurrent readers see an old entry or a new one, never a mix.
var tails [tailSets][2]atomic.Pointer[evidenceTail]

// appendEvidenceTail appends the end of the evidence object ev, from the
// comma after its end offset.
func appendEvidenceTail(b []byte, t *fragmentTables, ev *classify.Evidence) []byte {
	tp, rp := unsafe.StringData(ev.Term), unsafe.StringData(string(ev.Basis))
	h := (uint64(uintptr(unsafe.Pointer(tp)))+uint64(len(ev.Term)))*0x9E3779B97F4A7C15 ^
		(uint64(uintptr(unsafe.Pointer(rp)))+uint64(ev.Sense.Index())<<8+uint64(ev.Sense.Facet()))*0xC2B2AE3D27D4EB4F
	set := &tails[h>>(64-tailSetBits)]
	for i := range set {
		if e := set[i].Load(); e != nil && e.term == tp && e.rule == rp && e.termLen == len(ev.Term) &&
			e.ruleLen == len(ev.Basis) && e.sense == ev.Sense {
			return append(b, e.json...)
		}
	}
	start := len(b)
	b = append(b, `,"term":"`...)
	b = appendStringBody(b, ev.Term)
	if mid, ok := t.senseFragment(ev.Sense); ok {
		b = append(b, mid...)
	} else {
		b = appendSense(b, ev.Sense)
	}
	b = appendStringBody(b, string(ev.Basis))
	b = append(b, '"', '}')
	slot := &set[0] // the newer entry moves to the second place
	if old := slot.Load(); old != nil {
		set[1].Store(old)
	}
	slot.Store(&evidenceTail{term: tp, rule: rp, termLen: len(ev.Term), ruleLen: len(ev.Basis), sense: ev.Sense,
		json: string(b[start:])})
	return b
}
