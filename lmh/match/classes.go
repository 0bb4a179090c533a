package match

import (
	"math/bits"
	"slices"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Classes of offerings. Each judge of a hard criterion reads a few facts of
// the offering (judgeAge an ageRange, judgePlace a placeFacts, …), so
// offerings with equal facts get equal judgements for one need and policy.
// New numbers the distinct facts of each criterion (a class) and stores the
// class in the record; the quick path then judges each class once per call
// and looks the judgement up for every offering of that class. A catalogue
// of a million offerings has some thousands of place classes and fewer of
// the rest, so the hot loop reads small keys instead of facts and calls no
// judge for most offerings.

// classFacts holds the facts of each class, by class key.
type classFacts struct {
	ages   []ageRange
	langs  []langFacts
	conds  []condFacts
	places []placeFacts
	wishes []wishFacts
	starts []startFacts
}

// factsOf returns the facts of a record's classes.
func (f *classFacts) factsOf(h *hotRec) offeringFacts {
	return offeringFacts{ages: f.ages[h.ageClass], lang: f.langs[h.langClass], cond: f.conds[h.condClass],
		place: f.places[h.placeClass], wishes: f.wishes[h.wishClass], start: f.starts[h.startClass]}
}

// classifier numbers the distinct facts of the offerings New compiles.
type classifier struct {
	facts  classFacts
	ages   map[ageRange]uint16
	langs  map[langFacts]uint32
	conds  map[string]uint32 // by the flags (a leading byte), the conditions in order, and the excluded conditions after a 0xff
	places map[placeKey]uint32
	wishes map[wishFacts]uint32
	starts map[startKey]uint32
	buf    []byte
}

// startKey is startFacts as a map key: the session dates as a string.
type startKey struct {
	startDay, endDay int32
	ongoing          bool
	days             string
}

// placeKey is placeFacts as a map key: the scalars, and the municipalities
// beyond the first two as a string (empty when there are none).
type placeKey struct {
	placeScalars
	more string
}

func newClassifier() *classifier {
	return &classifier{
		ages:   map[ageRange]uint16{},
		langs:  map[langFacts]uint32{},
		conds:  map[string]uint32{},
		places: map[placeKey]uint32{},
		wishes: map[wishFacts]uint32{},
		starts: map[startKey]uint32{},
	}
}

// classify sets c's class keys, adding classes for facts not seen before
// (with their own copies of c's slices, which are compile's scratch).
func (cl *classifier) classify(c *compiled) {
	h, f := &c.hot, &c.facts
	h.ageClass = intern(cl.ages, &cl.facts.ages, f.ages, f.ages)
	h.langClass = intern(cl.langs, &cl.facts.langs, f.lang, f.lang)
	h.wishClass = intern(cl.wishes, &cl.facts.wishes, f.wishes, f.wishes)
	cl.buf = cl.buf[:0]
	var flags byte
	if f.cond.restricted {
		flags |= 1
	}
	if f.cond.general {
		flags |= 2
	}
	cl.buf = append(cl.buf, flags)
	for _, cd := range f.cond.conds {
		cl.buf = append(cl.buf, byte(cd), byte(cd>>8))
	}
	if f.cond.excl != 0 {
		cl.buf = append(cl.buf, 0xff, 0xff)
		for x := f.cond.excl; x != 0; x &= x - 1 {
			cl.buf = append(cl.buf, byte(bits.TrailingZeros64(x)))
		}
	}
	if k, ok := cl.conds[string(cl.buf)]; ok {
		h.condClass = k
	} else {
		fc := f.cond
		fc.conds = slices.Clone(fc.conds)
		h.condClass = intern(cl.conds, &cl.facts.conds, string(cl.buf), fc)
	}
	k := placeKey{placeScalars: f.place.placeScalars}
	if f.place.covMuniMore {
		cl.buf = cl.buf[:0]
		for _, m := range f.place.covMunis {
			cl.buf = append(cl.buf, byte(m), byte(m>>8))
		}
		k.more = string(cl.buf)
	}
	if i, ok := cl.places[k]; ok {
		h.placeClass = i
	} else {
		fp := f.place
		fp.covMunis = slices.Clone(fp.covMunis)
		h.placeClass = intern(cl.places, &cl.facts.places, k, fp)
	}
	st := &f.start
	sk := startKey{startDay: st.startDay, endDay: st.endDay, ongoing: st.ongoing}
	if len(st.days) > 0 {
		cl.buf = cl.buf[:0]
		for _, d := range st.days {
			cl.buf = append(cl.buf, byte(d), byte(d>>8), byte(d>>16), byte(d>>24))
		}
		sk.days = string(cl.buf)
	}
	if i, ok := cl.starts[sk]; ok {
		h.startClass = i
	} else {
		fs := *st
		fs.days = slices.Clone(fs.days)
		h.startClass = intern(cl.starts, &cl.facts.starts, sk, fs)
	}
}

// intern returns the class of key, adding one with facts f when key is new.
func intern[K comparable, F any, I uint16 | uint32](idx map[K]I, facts *[]F, key K, f F) I {
	if i, ok := idx[key]; ok {
		return i
	}
	i := I(len(*facts))
	if int(i) != len(*facts) {
		panic("match: too many classes") // unreachable: an ageRange has fewer than 2^16 values, and a catalogue fewer than 2^32 offerings
	}
	idx[key] = i
	*facts = append(*facts, f)
	return i
}

// classJudgements caches judgements by class for one need and policy: the
// role by role mask, the availability by its bits, and the format,
// delivery and time slots of the soft criteria by value, filled when the
// call starts; age, language, condition, place, wishes and start by class,
// filled the first time an offering of the class is judged. For a wish class it
// keeps the points and flags of themes, goals and accessibility together,
// for the bound. An entry
// is filled when its generation is the table's: a new call starts a new
// generation instead of clearing the table. A table serves one call at a
// time; the Matcher keeps a pool of them.
type classJudgements struct {
	facts    *classFacts // the facts the classes stand for
	gen      uint32
	role     [16]judgement
	avail    [numAvailability]judgement
	format   [4]judgement  // by formatKey
	delivery [4]judgement  // by deliveryKey
	slots    [16]judgement // by time slot mask
	age      []classEntry
	lang     []classEntry
	cond     []classEntry
	place    []classEntry
	wish     []wishEntry
	sched    []classEntry // the start date
}

// wishEntry is the judgements of themes, goals and accessibility (in that
// order) for one wish class.
type wishEntry struct {
	j   [3]judgement
	gen uint32
}

// classEntry is the judgement of one class.
type classEntry struct {
	j     judgement
	gen   uint32 // the generation j was filled in
	next  int32  // for a start class, the next start day (0 if none)
	level uint8  // for a place class, the closeness
}

func newClassJudgements(f *classFacts) *classJudgements {
	return &classJudgements{
		facts: f,
		age:   make([]classEntry, len(f.ages)),
		lang:  make([]classEntry, len(f.langs)),
		cond:  make([]classEntry, len(f.conds)),
		place: make([]classEntry, len(f.places)),
		wish:  make([]wishEntry, len(f.wishes)),
		sched: make([]classEntry, len(f.starts)),
	}
}

// start begins a call for need n under policy p: a new generation, and the
// role and availability tables.
func (t *classJudgements) start(n *needFacts, p *policy) {
	t.gen++
	if t.gen == 0 { // wrapped: forget every generation
		for _, es := range [][]classEntry{t.age, t.lang, t.cond, t.place, t.sched} {
			clear(es)
		}
		clear(t.wish)
		t.gen = 1
	}
	for mask := range t.role {
		t.role[mask] = judgeRole(n, uint8(mask), p)
	}
	for a := range t.avail {
		t.avail[a] = judgeAvailability(availability(a), p)
	}
	for k := range t.format {
		t.format[k] = judgeFormat(n, taxonomy.Format(k))
		t.delivery[k] = judgeDelivery(n, taxonomy.Delivery(k), p)
	}
	for mask := range t.slots {
		t.slots[mask] = judgeTime(n, uint8(mask))
	}
}
