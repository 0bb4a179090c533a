package match

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// order stores the records (given in catalogue order) in place order:
// national ones and those stating no place first, then by health region,
// county and municipality, so the candidates of one person lie close
// together in memory. Within a municipality, records with the same classes
// of the hard criteria lie together: such a run is judged alike up to its
// availability and its other classes, so once one of its records fails on its
// classes the search skips the rest (hotRec.runLeft). Within a run, records
// with the same soft key (format, delivery and time slots) lie together, so
// once the bound rules out the run's hard part with those soft criteria,
// the search skips them all (hotRec.softLeft); and they lie in order of
// their start's score on the build day, best first, so that on that day,
// once the bound rules out one of them with its start, it rules out the
// rest too (verdict.soft). Records that tie keep their catalogue order. It
// notes the position range of each municipality, county and region; catIdx
// maps a position back to the catalogue.
func (m *Matcher) order(hot []hotRec, pt *placeTable) {
	n := len(hot)
	// The place of each place class: 0 for national or unplaced, else one
	// more than the region, county and municipality it is placed in.
	type placed struct {
		key  uint64
		muni int32
	}
	where := make([]placed, len(m.classes.places))
	for k := range m.classes.places {
		f := &m.classes.places[k]
		if f.national || f.loc < 0 && f.covMuniA < 0 {
			continue
		}
		loc := int(f.loc)
		if loc < 0 {
			loc = int(f.covMuniA)
		}
		where[k] = placed{uint64(1 + int(pt.muniRegion(loc))<<20 + pt.muniCounty[loc]<<10 + loc), int32(loc)}
	}
	// Sort by place, then by the records' classes, numbered in order of
	// first appearance, then by soft key: the key is the place (under 2^23)
	// in bits 40 to 62, the class tuple in bits 8 to 39, the soft key in
	// bits 0 to 7.
	type tuple struct {
		place, cond, lang uint32
		age               uint16
		roles             uint8
	}
	tuples := map[tuple]uint32{}
	keys := make([]uint64, n)
	for i := range hot {
		h := &hot[i]
		t := tuple{h.placeClass, h.condClass, h.langClass, h.ageClass, h.roles}
		id, ok := tuples[t]
		if !ok {
			id = uint32(len(tuples))
			tuples[t] = id
		}
		keys[i] = where[h.placeClass].key<<40 | uint64(id)<<8 | uint64(h.soft)
	}
	// The start classes ranked by their score on the build day, best
	// first (equal scores, equal ranks), and the records in that order
	// before the sort by key, which keeps it among equal keys.
	score := make([]float64, len(m.classes.starts))
	byScore := make([]int32, len(score))
	for k := range m.classes.starts {
		score[k], byScore[k] = startFit(m.buildDay, &m.classes.starts[k]).score, int32(k)
	}
	slices.SortFunc(byScore, func(a, b int32) int { return cmp.Compare(score[b], score[a]) })
	rank := make([]uint64, len(score))
	for r, k := range byScore {
		if r > 0 && score[k] != score[byScore[r-1]] {
			rank[k] = uint64(r)
		} else if r > 0 {
			rank[k] = rank[byScore[r-1]]
		}
	}
	startKeys := make([]uint64, n)
	for i := range hot {
		startKeys[i] = rank[hot[i].startClass]
	}
	perm := radixOrder(keys, radixOrder(startKeys, nil))
	m.hot = make([]hotRec, n)
	m.catIdx = make([]int32, n)
	m.muniRange = make([][2]int, len(pt.munis))
	m.countyRange = make([][2]int, len(pt.counties))
	widen := func(rg *[2]int, pos int) {
		if rg[1] == 0 {
			rg[0] = pos
		}
		rg[1] = pos + 1
	}
	for pos, i := range perm {
		h := &hot[i]
		m.hot[pos], m.catIdx[pos] = *h, i
		if w := where[h.placeClass]; w.key > 0 {
			widen(&m.muniRange[w.muni], pos)
			widen(&m.countyRange[pt.muniCounty[w.muni]], pos)
			widen(&m.regionRange[pt.muniRegion(int(w.muni))], pos)
		}
	}
	for end := n; end > 0; {
		start := end - 1
		for start > 0 && keys[perm[start-1]]>>8 == keys[perm[end-1]]>>8 {
			start--
		}
		for pos := end - 1; pos >= start; pos-- {
			h := &m.hot[pos]
			h.runLeft = uint16(min(end-1-pos, 1<<16-1))
			if pos+1 < end && keys[perm[pos+1]] == keys[perm[pos]] {
				h.softLeft = uint8(min(int(m.hot[pos+1].softLeft)+1, 1<<8-1))
			}
		}
		end = start
	}
}

// radixOrder returns the indexes of keys in ascending order of key, ties
// in the order of from (in index order when from is nil): a
// least-significant-digit radix sort, a byte at a time over the bytes the
// keys use.
func radixOrder(keys []uint64, from []int32) []int32 {
	n := len(keys)
	perm, next := make([]int32, n), make([]int32, n)
	var most uint64
	for i, k := range keys {
		perm[i] = int32(i)
		most |= k
	}
	if from != nil {
		copy(perm, from)
	}
	for shift := 0; shift < bits.Len64(most); shift += 8 {
		var count [257]int
		for _, k := range keys {
			count[1+int(k>>shift&0xff)]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for _, i := range perm {
			d := keys[i] >> shift & 0xff
			next[count[d]] = i
			count[d]++
		}
		perm, next = next, perm
	}
	return perm
}

func compareUUID(a, b [16]byte) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// buildIndexes builds the filter's bitsets. What a record contributes
// follows from its classes, so each class's share is worked out once.
func (m *Matcher) buildIndexes(pt *placeTable) {
	n := len(m.hot)
	nb := func() bitset { return newBitset(n) }
	bitsets := func(k int) []bitset {
		bs := make([]bitset, k)
		for i := range bs {
			bs[i] = nb()
		}
		return bs
	}
	covMuni := bitsets(len(pt.munis))
	covCounty := bitsets(len(pt.counties))
	var covRegion [numRegions]bitset
	m.inCounty = bitsets(len(pt.counties))
	for i := range covRegion {
		covRegion[i], m.inRegion[i] = nb(), nb()
	}
	m.anywhere, m.langNone, m.open, m.openAtBuild, m.notDigital = nb(), nb(), nb(), nb(), nb()
	roleBits := bitsets(8) // by single role code; 0 for offerings naming none
	ages := taxonomy.All[taxonomy.AgeGroup]()
	m.ageGroup = bitsets(len(ages) + 1)
	conds := taxonomy.All[taxonomy.Condition]()
	unrestricted := nb()
	restricted := bitsets(len(conds) + 1) // diagnosis-specific offerings that pass for the condition
	hasKey := bitsets(len(m.ev.langs))
	m.themeHas = bitsets(len(taxonomy.All[taxonomy.Theme]()) + 1)
	m.goalHas = bitsets(len(taxonomy.All[taxonomy.Goal]()) + 1)
	m.accessHas = bitsets(len(taxonomy.All[taxonomy.Accessibility]()) + 1)

	// Per class: the age groups an age range overlaps, the conditions a
	// diagnosis-specific offering passes for.
	ageMask := make([]uint64, len(m.classes.ages))
	for k, a := range m.classes.ages {
		for _, g := range ages {
			if g.MinAge() <= int(a.max) && g.MaxAge() >= int(a.min) {
				ageMask[k] |= bit(g)
			}
		}
	}
	condMask := make([]uint64, len(m.classes.conds))
	for k, c := range m.classes.conds {
		for _, cd := range conds {
			if c.restricted && condRelated(cd, c.conds) {
				condMask[k] |= bit(cd)
			}
		}
	}

	for i := range m.hot {
		h := &m.hot[i]
		pf := &m.classes.places[h.placeClass]
		switch {
		case pf.national:
			m.anywhere.set(i)
		case pf.covZero && pf.loc < 0:
			m.anywhere.set(i)
		case pf.covZero:
			covMuni[pf.loc].set(i)
		}
		for _, mu := range pf.covMunis {
			covMuni[mu].set(i)
		}
		for x := pf.covCounty; x != 0; x &= x - 1 {
			covCounty[bits.TrailingZeros32(x)].set(i)
		}
		for x := pf.inCounty; x != 0; x &= x - 1 {
			m.inCounty[bits.TrailingZeros32(x)].set(i)
		}
		for x := pf.covRegion; x != 0; x &= x - 1 {
			covRegion[bits.TrailingZeros8(x)].set(i)
		}
		for x := pf.inRegion; x != 0; x &= x - 1 {
			m.inRegion[bits.TrailingZeros8(x)].set(i)
		}
		if h.roles == 0 {
			roleBits[0].set(i)
		}
		for x := h.roles; x != 0; x &= x - 1 {
			roleBits[bits.TrailingZeros8(x)].set(i)
		}
		for x := ageMask[h.ageClass]; x != 0; x &= x - 1 {
			m.ageGroup[bits.TrailingZeros64(x)].set(i)
		}
		if !m.classes.conds[h.condClass].restricted {
			unrestricted.set(i)
		}
		for x := condMask[h.condClass]; x != 0; x &= x - 1 {
			restricted[bits.TrailingZeros64(x)].set(i)
		}
		if l := m.classes.langs[h.langClass]; l.keys == 0 || l.interp {
			m.langNone.set(i)
		} else {
			for x := l.keys; x != 0; x &= x - 1 {
				if k := bits.TrailingZeros64(x); k < len(hasKey) {
					hasKey[k].set(i)
				}
			}
		}
		if h.soft.delivery() != uint8(taxonomy.DeliveryDigital) {
			m.notDigital.set(i)
		}
		w := &m.classes.wishes[h.wishClass]
		for x := w.themes; x != 0; x &= x - 1 {
			if k := bits.TrailingZeros64(x); k < len(m.themeHas) {
				m.themeHas[k].set(i)
			}
		}
		for x := w.goals; x != 0; x &= x - 1 {
			if k := bits.TrailingZeros64(x); k < len(m.goalHas) {
				m.goalHas[k].set(i)
			}
		}
		for x := w.access; x != 0; x &= x - 1 {
			if k := bits.TrailingZeros64(x); k < len(m.accessHas) {
				m.accessHas[k].set(i)
			}
		}
		if h.avail == 0 {
			m.open.set(i)
			// Ended by date on the build day means ended on every later day.
			if h.availabilityOn(m.buildDay) == 0 {
				m.openAtBuild.set(i)
			}
		}
	}

	// The unions the filter reads.
	m.covMuni = covMuni
	m.covUp = make([]bitset, len(pt.counties))
	for c := range m.covUp {
		u := nb()
		u.or(covCounty[c])
		u.or(covRegion[pt.countyReg[c]])
		u.or(m.anywhere)
		m.covUp[c] = u
	}
	for mask := 1; mask < len(m.roleUnion); mask++ {
		u := nb()
		u.or(roleBits[0])
		want := uint8(mask) | relatedRoles(uint8(mask))
		for x := want; x != 0; x &= x - 1 {
			u.or(roleBits[bits.TrailingZeros8(x)])
		}
		m.roleUnion[mask] = u
	}
	m.condOK = make([]bitset, len(conds)+1)
	for _, cd := range conds {
		u := nb()
		u.or(unrestricted)
		u.or(restricted[cd])
		m.condOK[cd] = u
	}
	m.langOK = make([]bitset, len(m.ev.langs))
	for k := range m.langOK {
		u := nb()
		u.or(m.langNone)
		u.or(hasKey[k])
		m.langOK[k] = u
	}
}

func condRelated(c taxonomy.Condition, offered []taxonomy.Condition) bool {
	for _, o := range offered {
		if o.Subsumes(c) || c.Subsumes(o) {
			return true
		}
	}
	return false
}
