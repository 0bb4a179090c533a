package match

import (
	"cmp"
	"slices"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// order stores the compiled records in place order (national ones first,
// then by health region, county and municipality), so the candidates of
// one person lie close together in memory, and notes the position range of
// each municipality, county and region. pos is a record's position; catIdx
// maps it back to the catalogue, idRank to its rank by offering ID.
func (m *Matcher) order(compiled []rec, pt *placeTable) {
	n := len(compiled)
	m.catIdx = make([]int32, n)
	for i := range m.catIdx {
		m.catIdx[i] = int32(i)
	}
	placeKey := func(r *rec) int {
		if r.place.national || r.place.loc < 0 && r.place.covMuniA < 0 {
			return 0
		}
		loc := int(r.place.loc)
		if loc < 0 {
			loc = int(r.place.covMuniA)
		}
		return 1 + int(pt.muniRegion(loc))<<20 + pt.muniCounty[loc]<<10 + loc
	}
	slices.SortStableFunc(m.catIdx, func(a, b int32) int { return cmp.Compare(placeKey(&compiled[a]), placeKey(&compiled[b])) })
	m.muniRange = make([][2]int, len(pt.munis))
	m.countyRange = make([][2]int, len(pt.counties))
	widen := func(rg *[2]int, pos int) {
		if rg[1] == 0 {
			rg[0] = pos
		}
		rg[1] = pos + 1
	}
	for pos, i := range m.catIdx {
		r := &compiled[i]
		m.recs[pos] = *r
		if k := placeKey(r); k > 0 {
			loc := int(r.place.loc)
			if loc < 0 {
				loc = int(r.place.covMuniA)
			}
			widen(&m.muniRange[loc], pos)
			widen(&m.countyRange[pt.muniCounty[loc]], pos)
			widen(&m.regionRange[pt.muniRegion(loc)], pos)
		}
	}
	byID := slices.Clone(m.catIdx)
	slices.SortStableFunc(byID, func(a, b int32) int { return compareUUID(m.cat[a].ID, m.cat[b].ID) })
	rankOf := make([]int32, n) // catalogue index → rank by ID
	for rank, i := range byID {
		rankOf[i] = int32(rank)
	}
	m.idRank = make([]int32, n)
	for pos, i := range m.catIdx {
		m.idRank[pos] = rankOf[i]
	}
}

func compareUUID(a, b [16]byte) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

func (m *Matcher) buildIndexes(pt *placeTable) {
	n := len(m.recs)
	nb := func() bitset { return newBitset(n) }
	m.covMuni = make([]bitset, len(pt.munis))
	m.covCounty = make([]bitset, len(pt.counties))
	m.inCounty = make([]bitset, len(pt.counties))
	for i := range m.covMuni {
		m.covMuni[i] = nb()
	}
	for i := range m.covCounty {
		m.covCounty[i] = nb()
		m.inCounty[i] = nb()
	}
	for i := range m.covRegion {
		m.covRegion[i] = nb()
		m.inRegion[i] = nb()
	}
	m.national, m.placeUnknown, m.open, m.langNone, m.openAtBuild = nb(), nb(), nb(), nb(), nb()
	m.buildDay = dayNumber(lmh.DateOf(m.defaults.clock()))
	var roleBits [8]bitset // by single role code
	for i := range roleBits {
		roleBits[i] = nb()
	}
	ages := taxonomy.All[taxonomy.AgeGroup]()
	m.ageGroup = make([]bitset, len(ages)+1)
	for i := range m.ageGroup {
		m.ageGroup[i] = nb()
	}
	conds := taxonomy.All[taxonomy.Condition]()
	m.condOK = make([]bitset, len(conds)+1)
	for i := range m.condOK {
		m.condOK[i] = nb()
	}
	m.langOK = make([]bitset, len(m.ev.langs))
	for i := range m.langOK {
		m.langOK[i] = nb()
	}
	for i := range m.recs {
		r := &m.recs[i]
		pf := &r.place
		switch {
		case pf.national:
			m.national.set(i)
		case pf.covZero && pf.loc < 0:
			m.placeUnknown.set(i)
		case pf.covZero:
			m.covMuni[pf.loc].set(i)
		}
		for _, mu := range pf.covMunis {
			m.covMuni[mu].set(i)
		}
		for c := range pt.counties {
			if pf.covCounty&(1<<uint(c)) != 0 {
				m.covCounty[c].set(i)
			}
			if pf.inCounty&(1<<uint(c)) != 0 {
				m.inCounty[c].set(i)
			}
		}
		for hr := 1; hr < numRegions; hr++ {
			if pf.covRegion&(1<<uint(hr)) != 0 {
				m.covRegion[hr].set(i)
			}
			if pf.inRegion&(1<<uint(hr)) != 0 {
				m.inRegion[hr].set(i)
			}
		}
		if r.roles == 0 {
			roleBits[0].set(i)
		}
		for ro := 1; ro < 8; ro++ {
			if r.roles&(1<<uint(ro)) != 0 {
				roleBits[ro].set(i)
			}
		}
		for _, g := range ages {
			if g.MinAge() <= int(r.ages.max) && g.MaxAge() >= int(r.ages.min) {
				m.ageGroup[g].set(i)
			}
		}
		for _, c := range conds {
			if !r.cond.restricted || condRelated(c, r.conds) {
				m.condOK[c].set(i)
			}
		}
		if r.lang.keys == 0 || r.lang.interp {
			m.langNone.set(i)
		}
		for k := range m.langOK {
			if r.lang.keys == 0 || r.lang.interp || r.lang.keys&(1<<uint(k)) != 0 {
				m.langOK[k].set(i)
			}
		}
		if r.avail == 0 {
			m.open.set(i)
			// Ended by date on the build day means ended on every later day.
			if r.availabilityOn(m.buildDay) == 0 {
				m.openAtBuild.set(i)
			}
		}
	}
	for mask := 1; mask < len(m.roleUnion); mask++ {
		u := nb()
		u.or(roleBits[0])
		want := uint8(mask) | relatedRoles(uint8(mask))
		for ro := 1; ro < 8; ro++ {
			if want&(1<<uint(ro)) != 0 {
				u.or(roleBits[ro])
			}
		}
		m.roleUnion[mask] = u
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
