package match

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// candidate is one offering that passed, with what the ranking needs.
type candidate struct {
	idx int32
	v   verdict
}

// cmpVerdict orders two verdicts by confidence, condition met, score,
// closeness and next start (see the package doc's "Order"); 0 means tied
// so far.
func cmpVerdict(a, b *verdict) int {
	switch {
	case a.confidence != b.confidence:
		return cmp.Compare(int(b.confidence), int(a.confidence))
	case a.miss != b.miss:
		if a.miss {
			return 1
		}
		return -1
	case a.score != b.score:
		if a.score > b.score {
			return -1
		}
		return 1
	case a.closeness != b.closeness:
		return cmp.Compare(int(b.closeness), int(a.closeness))
	case a.nextStart != b.nextStart:
		if a.nextStart == 0 || b.nextStart == 0 {
			return cmp.Compare(int(b.nextStart), int(a.nextStart)) // 0 (none) last
		}
		return cmp.Compare(int(a.nextStart), int(b.nextStart))
	}
	return 0
}

// better reports whether a ranks before b.
func (m *Matcher) better(a, b *candidate) bool {
	if c := cmpVerdict(&a.v, &b.v); c != 0 {
		return c < 0
	}
	if c := compareUUID(m.offering(a.idx).ID, m.offering(b.idx).ID); c != 0 {
		return c < 0
	}
	return m.catIdx[a.idx] < m.catIdx[b.idx]
}

// topList keeps the best candidates in order; with limit <= 0 it keeps all.
type topList struct {
	m     *Matcher
	limit int
	items []candidate
}

func (t *topList) offer(c candidate) {
	if t.limit <= 0 {
		t.items = append(t.items, c)
		return
	}
	if len(t.items) == t.limit && !t.m.better(&c, &t.items[len(t.items)-1]) {
		return
	}
	i := len(t.items)
	if i < t.limit {
		t.items = append(t.items, c)
	} else {
		i--
	}
	for i > 0 && t.m.better(&c, &t.items[i-1]) {
		t.items[i] = t.items[i-1]
		i--
	}
	t.items[i] = c
}

func (t *topList) done() []candidate {
	if t.limit <= 0 {
		slices.SortFunc(t.items, func(a, b candidate) int {
			if t.m.better(&a, &b) {
				return -1
			}
			if t.m.better(&b, &a) {
				return 1
			}
			return 0
		})
	}
	return t.items
}

// search runs the indexed filter and judges the survivors, with the class
// judgements t of the call.
func (m *Matcher) search(nf *needFacts, cfg *config, t *classJudgements) []candidate {
	top := topList{m: m, limit: cfg.limit}
	if cfg.limit > 0 {
		top.items = make([]candidate, 0, cfg.limit)
	}
	// The floor starts at the least confidence asked for; once the list is
	// full, it is the last of the list.
	fl := floor{confidence: cfg.minConf, score: -1, miss: true, active: cfg.minConf > lmh.ConfidenceNo}
	var f filter
	m.plan(&f, nf, &cfg.policy)
	if fl.active && fl.confidence > lmh.ConfidenceLow {
		f.narrow(nil, 0)
	}
	var s runSkip
	// The hard part of the run last judged, positions [rlo, rhi): the
	// records of a run share it (see hardPart).
	// checked is the floor's generation when the run was last found not out
	// (hardPart.out), which holds until the floor moves.
	// Likewise the records of the run that share a soft key, positions
	// [slo, shi), last found not out (hardPart.softOut) at generation
	// sChecked.
	var hp hardPart
	rlo, rhi := 0, 0
	slo, shi := 0, 0
	flGen, checked, sChecked := 0, -1, -1
	for w0, words := f.next(); words != nil; w0, words = f.next() {
		for k, x := range words {
			if x == 0 {
				continue
			}
			w := w0 + k
			x &^= s.mask(w)
			for x != 0 {
				i := w<<6 | bits.TrailingZeros64(x)
				x &= x - 1
				h := &m.hot[i]
				if uint(i-rlo) >= uint(rhi-rlo) {
					hp, rlo, rhi, checked = m.ev.hard(nf, h, &cfg.policy, t), i, h.runEnd(i), -1
				}
				if checked != flGen {
					if hp.out(nf, &fl) {
						s.set(i, h.runEnd(i))
						x &^= s.mask(w)
						continue
					}
					checked = flGen
				}
				// (Only worth a look when records follow.)
				if h.softLeft > 0 && fl.active && (sChecked != flGen || uint(i-slo) >= uint(shi-slo)) {
					if hp.softOut(nf, h, t, &fl) {
						s.set(i, h.softEnd(i))
						x &^= s.mask(w)
						continue
					}
					slo, shi, sChecked = i, h.softEnd(i), flGen
				}
				v := m.ev.rest(nf, h, t, &fl, &hp)
				if !v.ok {
					switch {
					case v.run:
						s.set(i, h.runEnd(i))
						x &^= s.mask(w)
					case v.soft:
						s.set(i, h.softEnd(i))
						x &^= s.mask(w)
					}
					continue
				}
				if v.confidence < cfg.minConf {
					continue
				}
				top.offer(candidate{int32(i), v})
				if cfg.limit > 0 && len(top.items) == cfg.limit {
					last := &top.items[len(top.items)-1].v
					fl = floor{confidence: last.confidence, score: last.score, miss: last.miss, active: true}
					flGen++
					if fl.confidence > lmh.ConfidenceLow && f.nlate > 0 {
						// From here on an offering with none of the
						// person's themes (goals, accessibility needs)
						// cannot enter: narrow the rest of the block and
						// the blocks to come.
						x &= f.lateWord(w)
						f.narrow(words[k+1:], w+1)
					}
				}
			}
		}
	}
	return top.done()
}

// runSkip is the rest of a run of records (see Matcher.order) that fails
// on its classes alone: positions [lo, hi).
type runSkip struct{ lo, hi int }

func (s *runSkip) set(i, end int) { s.lo, s.hi = i, end }

// has reports whether position i is to be skipped.
func (s *runSkip) has(i int) bool { return uint(i-s.lo) < uint(s.hi-s.lo) }

// word reports whether every position of word w is to be skipped.
func (s *runSkip) word(w int) bool { return s.lo <= w<<6 && (w+1)<<6 <= s.hi }

// mask returns the bits of word w whose positions are to be skipped.
func (s *runSkip) mask(w int) uint64 {
	lo, hi := max(s.lo-w<<6, 0), min(s.hi-w<<6, 64)
	if lo >= hi {
		return 0
	}
	m := ^uint64(0) << uint(lo)
	if hi < 64 {
		m &= 1<<uint(hi) - 1
	}
	return m
}

// filterBlock is how many words of the bitsets a filter intersects at a
// time: 64 words, 4,096 offerings.
const filterBlock = 64

// filter intersects the bitsets of a need's facts, a block of words at a
// time. It is a conjunction of groups, each a union of bitsets: where the
// person can be reached (coverage and Within), and one group per hard
// constraint the need states and the options do not relax. The words
// holding the person's municipality come first, then the rest of the
// county, the health region and the country: good candidates fill the
// result list early and let the bound skip the far ones. A filter lives on
// its caller's stack; it allocates only for a need with many conditions,
// languages or themes.
type filter struct {
	sets   []bitset // the groups' bitsets, group after group: in fixed, or on the heap when many
	ends   [10]int  // where each group ends in sets
	ngroup int      // how many groups
	// The late groups, the need's themes, goals and accessibility needs
	// (each the union of the offerings naming one of them), follow the
	// groups in sets, ending at lateEnds; they join the groups when the
	// search narrows.
	lateEnds [3]int
	nlate    int
	fixed    [24]bitset // room for the sets of most needs
	spans    [7][2]int  // word intervals to visit, nearest first
	nspan    int        // how many spans
	span     int        // the span being visited
	w        int        // the next word of that span
	nw       int        // words in a bitset
	tail     uint64     // mask of the last word's valid bits
	buf      [filterBlock]uint64
	tmp      [filterBlock]uint64
}

// plan sets f up for need nf under policy p.
func (m *Matcher) plan(f *filter, nf *needFacts, p *policy) {
	var sets []bitset // built on the heap only when fixed is too small
	n := 0
	add := func(b bitset) {
		if sets == nil && n < len(f.fixed) {
			f.fixed[n] = b
		} else {
			if sets == nil {
				sets = append(sets, f.fixed[:n]...)
			}
			sets = append(sets, b)
		}
		n++
	}
	end := func() {
		f.ends[f.ngroup] = n
		f.ngroup++
	}
	switch {
	case p.reach == ReachNational || nf.isInferred(CriterionPlace):
	case nf.muni < 0 && nf.county >= 0:
		// Only a county: offerings for it, its region or the country, and
		// those in or serving part of it.
		add(m.covUp[nf.county])
		add(m.inCounty[nf.county])
		if p.reach == ReachRegion {
			add(m.inRegion[nf.region])
		}
		end()
	case nf.muni < 0:
		add(m.anywhere)
		end()
	default:
		add(m.covMuni[nf.muni])
		add(m.covUp[nf.county])
		switch p.reach {
		case ReachCounty:
			add(m.inCounty[nf.county])
		case ReachRegion:
			add(m.inRegion[nf.region])
		}
		end()
	}
	if nf.roles != 0 && !p.relaxRole && !nf.isInferred(CriterionRole) {
		add(m.roleUnion[nf.roles&15])
		end()
	}
	// Age groups (from free text) only rank, so only a stated age filters.
	if nf.age >= 0 && p.ageSlack == 0 && !nf.isInferred(CriterionAge) {
		add(m.ageGroup[taxonomy.AgeGroupOf(nf.age)])
		end()
	}
	if len(nf.conds) > 0 && !p.relaxCond && !nf.isInferred(CriterionCondition) {
		for _, c := range nf.conds {
			add(m.condOK[c])
		}
		end()
	}
	if nf.langKeys != 0 && !p.relaxLanguage && !nf.isInferred(CriterionLanguage) {
		k := n
		for key := range m.langOK {
			if nf.langKeys&(1<<uint(key)) != 0 {
				add(m.langOK[key])
			}
		}
		if n == k {
			add(m.langNone)
		}
		end()
	}
	if nf.delivery == lmh.InPersonOnly && !p.relaxDelivery && !nf.isInferred(CriterionDelivery) {
		add(m.notDigital)
		end()
	}
	if !p.unavailable {
		if nf.today >= m.buildDay {
			add(m.openAtBuild)
		} else {
			add(m.open)
		}
		end()
	}
	// The person's themes, goals or accessibility needs, when an offering
	// has none of them, are not met, which caps its confidence at
	// ConfidenceLow (judged); once the floor is above that, such offerings
	// cannot enter, and the search narrows the filter to the offerings
	// that have one (narrow).
	for _, late := range [...]struct {
		want uint64
		has  []bitset
	}{{nf.themes, m.themeHas}, {nf.goals, m.goalHas}, {nf.access, m.accessHas}} {
		if late.want == 0 || late.want>>uint(len(late.has)) != 0 {
			continue // no wish, or one outside the vocabulary: no narrowing
		}
		for x := late.want; x != 0; x &= x - 1 {
			if k := bits.TrailingZeros64(x); k < len(late.has) {
				add(late.has[k])
			}
		}
		f.lateEnds[f.nlate] = n
		f.nlate++
	}
	f.sets = sets

	// The position ranges nearest first. They are nested (records are in
	// place order), so the words planned so far are one interval [a, b).
	nrec := len(m.hot)
	f.nw = (nrec + 63) / 64
	f.tail = ^uint64(0)
	if nrec&63 != 0 {
		f.tail = 1<<uint(nrec&63) - 1
	}
	var ranges [4][2]int
	nr := 0
	switch {
	case nf.muni >= 0:
		ranges[0], ranges[1], ranges[2] = m.muniRange[nf.muni], m.countyRange[nf.county], m.regionRange[nf.region]
		nr = 3
	case nf.county >= 0:
		ranges[0], ranges[1] = m.countyRange[nf.county], m.regionRange[nf.region]
		nr = 2
	}
	ranges[nr] = [2]int{0, nrec}
	nr++
	visit := func(lo, hi int) {
		if lo < hi {
			f.spans[f.nspan] = [2]int{lo, hi}
			f.nspan++
		}
	}
	a, b := 0, 0
	for _, rg := range ranges[:nr] {
		if rg[1] <= rg[0] {
			continue
		}
		lo, hi := rg[0]>>6, (rg[1]+63)>>6
		if a == b {
			visit(lo, hi)
		} else {
			visit(lo, a)
			visit(b, hi)
		}
		a, b = lo, hi
	}
	f.span, f.w = 0, 0
	if f.nspan > 0 {
		f.w = f.spans[0][0]
	}
}

// narrow adds the late groups to the groups (once), and clears from
// words, the rest of the block being read from word w on, the offerings
// they rule out.
func (f *filter) narrow(words []uint64, w int) {
	if f.nlate == 0 {
		return
	}
	for k := range words {
		words[k] &= f.lateWord(w + k)
	}
	for _, end := range f.lateEnds[:f.nlate] {
		f.ends[f.ngroup] = end
		f.ngroup++
	}
	f.nlate = 0
}

// lateWord returns word w of the conjunction of the late groups (all ones
// when there are none).
func (f *filter) lateWord(w int) uint64 {
	sets := f.sets
	if sets == nil {
		sets = f.fixed[:]
	}
	out := ^uint64(0)
	start := 0
	if f.ngroup > 0 {
		start = f.ends[f.ngroup-1]
	}
	for _, end := range f.lateEnds[:f.nlate] {
		var u uint64
		for _, s := range sets[start:end] {
			u |= s[w]
		}
		out &= u
		start = end
	}
	return out
}

// next returns the next block of words of the intersection, nil at the
// end: bit b of words[k] stands for the record at position (w0+k)*64 + b,
// and a set bit is an offering the indexes cannot rule out. The words are
// valid until the next call.
func (f *filter) next() (w0 int, words []uint64) {
	if f.span < f.nspan && f.w >= f.spans[f.span][1] {
		f.span++
		if f.span < f.nspan {
			f.w = f.spans[f.span][0]
		}
	}
	if f.span >= f.nspan {
		return 0, nil
	}
	w0 = f.w
	out := f.buf[:min(filterBlock, f.spans[f.span][1]-w0)]
	f.intersect(out, w0)
	if w0+len(out) == f.nw {
		out[len(out)-1] &= f.tail
	}
	f.w += len(out)
	return w0, out
}

// intersect sets out to the words from w0 of the conjunction of the
// groups' unions.
func (f *filter) intersect(out []uint64, w0 int) {
	if f.ngroup == 0 {
		for k := range out {
			out[k] = ^uint64(0)
		}
		return
	}
	sets := f.sets
	if sets == nil {
		sets = f.fixed[:]
	}
	tmp := f.tmp[:len(out)]
	start := 0
	for gi, end := range f.ends[:f.ngroup] {
		dst := out
		if gi > 0 {
			dst = tmp
		}
		copy(dst, sets[start][w0:w0+len(dst)])
		for _, s := range sets[start+1 : end] {
			s = s[w0 : w0+len(dst)]
			for k := range dst {
				dst[k] |= s[k]
			}
		}
		if gi > 0 {
			var any uint64
			for k := range out {
				out[k] &= dst[k]
				any |= out[k]
			}
			if any == 0 {
				return // no survivor in the block: the other groups cannot add one
			}
		} else if f.ngroup > 1 && allZero(out) {
			return
		}
		start = end
	}
}

// allZero reports whether every word of ws is 0.
func allZero(ws []uint64) bool {
	var any uint64
	for _, w := range ws {
		any |= w
	}
	return any == 0
}
