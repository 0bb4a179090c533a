package match

import "github.com/lmhkit/lmhkit/taxonomy"

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
}

// classifier numbers the distinct facts of the records New compiles.
type classifier struct {
	facts  classFacts
	ages   map[ageRange]uint16
	langs  map[langFacts]uint32
	conds  map[condFacts]uint32
	places map[placeKey]uint32
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
		conds:  map[condFacts]uint32{},
		places: map[placeKey]uint32{},
	}
}

// classify sets r's class keys, adding classes for facts not seen before.
func (c *classifier) classify(r *rec) {
	r.ageClass = intern(c.ages, &c.facts.ages, r.ages, r.ages)
	r.langClass = intern(c.langs, &c.facts.langs, r.lang, r.lang)
	r.condClass = intern(c.conds, &c.facts.conds, r.cond, r.cond)
	k := placeKey{placeScalars: r.place.placeScalars}
	if r.place.covMuniMore {
		b := make([]byte, 0, 2*len(r.place.covMunis))
		for _, m := range r.place.covMunis {
			b = append(b, byte(m), byte(m>>8))
		}
		k.more = string(b)
	}
	r.placeClass = intern(c.places, &c.facts.places, k, r.place)
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
// call starts; age, language, condition and place by class, filled the
// first time an offering of the class is judged. An entry
// is filled when its generation is the table's: a new call starts a new
// generation instead of clearing the table. A table serves one call at a
// time; the Matcher keeps a pool of them.
type classJudgements struct {
	gen      uint32
	role     [16]judgement
	avail    [numAvailability]judgement
	format   [smallEnum]judgement // by smallKey(format)
	delivery [smallEnum]judgement // by smallKey(delivery)
	slots    [16]judgement        // by time slot mask
	age      []classEntry
	lang     []classEntry
	cond     []classEntry
	place    []classEntry
}

// classEntry is the judgement of one class.
type classEntry struct {
	j     judgement
	gen   uint32 // the generation j was filled in
	level uint8  // for a place class, the closeness
}

func newClassJudgements(f *classFacts) *classJudgements {
	return &classJudgements{
		age:   make([]classEntry, len(f.ages)),
		lang:  make([]classEntry, len(f.langs)),
		cond:  make([]classEntry, len(f.conds)),
		place: make([]classEntry, len(f.places)),
	}
}

// start begins a call for need n under policy p: a new generation, and the
// role and availability tables.
func (t *classJudgements) start(n *needFacts, p *policy) {
	t.gen++
	if t.gen == 0 { // wrapped: forget every generation
		for _, es := range [][]classEntry{t.age, t.lang, t.cond, t.place} {
			clear(es)
		}
		t.gen = 1
	}
	for mask := range t.role {
		t.role[mask] = judgeRole(n, uint8(mask), p)
	}
	for a := range t.avail {
		t.avail[a] = judgeAvailability(availability(a), p)
	}
	for k := range smallEnum {
		t.format[k] = judgeFormat(n, taxonomy.Format(k))
		t.delivery[k] = judgeDelivery(n, taxonomy.Delivery(k))
	}
	for mask := range t.slots {
		t.slots[mask] = judgeTime(n, uint8(mask))
	}
}

// smallEnum is the size of the tables of format and delivery: more than
// either has values.
const smallEnum = 8

// smallKey is the table index of an enumeration value: the value itself,
// or 0 for one outside the table. judgeFormat and judgeDelivery judge a
// value outside their enumeration as they judge 0, so the lookup is exact.
func smallKey[E ~uint8 | ~uint16](e E) E {
	if e >= smallEnum {
		return 0
	}
	return e
}
