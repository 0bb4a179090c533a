package match

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// evaluate is judge (judge.go) for the explaining path: it judges every
// criterion of the offering (hot record h, facts f),
// even after a failed hard constraint, and writes one Reason per criterion
// into out (out[c-1] for criterion c): the judgement's fit and sentence,
// with the sentence's arguments added by reasonArgs. It is used only for
// the results returned and for Explain.
//
// The classes come from the class judgements t of the call. With t nil
// they are judged from f, through tables of one class each, so an offering
// outside the catalogue (Explain) is judged like one inside.
func (ev *evaluator) evaluate(n *needFacts, h *hotRec, f *offeringFacts, p *policy, t *classJudgements, out []Reason) verdict {
	// Tables of one class each for the offering's own facts, and its hot
	// record with every class key 0; local, so they stay on the stack.
	var (
		facts classFacts
		one   classJudgements
		es    [5]classEntry
		ws    [1]wishEntry
		h0    hotRec
	)
	if t == nil {
		facts = classFacts{ages: []ageRange{f.ages}, langs: []langFacts{f.lang}, conds: []condFacts{f.cond},
			places: []placeFacts{f.place}, wishes: []wishFacts{f.wishes}, starts: []startFacts{f.start}}
		one = classJudgements{facts: &facts, age: es[0:1], lang: es[1:2], cond: es[2:3], place: es[3:4], wish: ws[:], sched: es[4:5]}
		one.start(n, p)
		h0 = *h
		h0.ageClass, h0.langClass, h0.condClass, h0.placeClass, h0.wishClass, h0.startClass = 0, 0, 0, 0, 0, 0
		t, h = &one, &h0
	}

	var js [numCriteria]judgement
	v := ev.judge(n, h, p, t, nil, &js)
	for c := Criterion(1); c < numCriteria; c++ {
		j, o := &js[c], &out[c-1]
		o.Criterion, o.Fit, o.msg = c, j.fit, j.msg
		// Only a sentence that names the person's fact credits the text
		// with it.
		o.FromText = n.textBit(c) && namesNeedFact(j.msg)
		o.Inferred = o.FromText && n.isInferred(c)
		o.Relaxed = j.flags&relaxed != 0
		o.excluding = j.flags&failed != 0
		ev.reasonArgs(&o.args, j.msg, n, h, f)
	}
	return v
}

// reasonArgs sets a to the arguments of sentence msg for the offering (h,
// f) and need n: the values the sentence names. It decides nothing.
func (ev *evaluator) reasonArgs(a *[2]arg, msg msgKey, n *needFacts, h *hotRec, f *offeringFacts) {
	pt := ev.pt
	rolesOffered := arg{kind: argRolesPl, mask: uint64(h.roles)}
	ageRange := arg{kind: argAgeRange, n: int32(f.ages.min), m: int32(f.ages.max)}
	switch msg {
	case msgRoleNeedUnknown:
		*a = [2]arg{rolesOffered}
	case msgRoleMet:
		*a = [2]arg{rolesOffered, {kind: argRoleSing, n: int32(lowestRole(n.roles & h.roles))}}
	case msgRoleRelated:
		*a = [2]arg{rolesOffered, {kind: argRoleSing, n: int32(lowestRole(n.roles))}}
	case msgRoleNot:
		*a = [2]arg{rolesOffered, {kind: argRolesPl, mask: uint64(n.roles)}}
	case msgRoleForRelative:
		*a = [2]arg{rolesOffered, {kind: argRelative, n: int32(n.relative), m: int32(n.relAge)}}

	case msgAgeMet, msgAgeNot:
		*a = [2]arg{ageRange, {kind: argInt, n: int32(n.age)}}
	case msgAgeGroupMet, msgAgeGroupNot:
		*a = [2]arg{ageRange, {kind: argAgeGroups, mask: n.ageGroups}}
	case msgAgeForRelative:
		*a = [2]arg{ageRange, {kind: argRelative, n: int32(n.relative), m: int32(n.relAge)}}
	case msgAgeNeedUnknown:
		*a = [2]arg{ageRange}

	case msgPlaceNeedUnknown, msgPlaceDigitalArea:
		*a = [2]arg{ev.areaArg(&f.place)}
	case msgPlaceOut:
		where := pt.counties[n.county].Name // a need that names only a county
		if n.muni >= 0 {
			where = pt.munis[n.muni].Name
		}
		*a = [2]arg{ev.areaArg(&f.place), {kind: argName, list: []string{where}}}
	case msgPlaceCountyPart, msgPlaceCountyCovered:
		*a = [2]arg{ev.areaArg(&f.place), {kind: argName, list: []string{pt.counties[n.county].Name}}}
	case msgPlaceInCounty:
		*a = [2]arg{{kind: argName, list: []string{pt.munis[f.place.loc].Name}}, {kind: argName, list: []string{pt.counties[n.county].Name}}}
	case msgPlaceMuni, msgPlaceCounty, msgPlaceRegion, msgPlaceFar:
		lc := pt.muniCounty[f.place.loc]
		locName := arg{kind: argName, list: []string{pt.munis[f.place.loc].Name}}
		switch msg {
		case msgPlaceCounty:
			*a = [2]arg{locName, {kind: argName, list: []string{pt.counties[lc].Name}}}
		case msgPlaceRegion:
			*a = [2]arg{locName, {kind: argName, list: []string{pt.countyReg[lc].Name()}}}
		case msgPlaceFar:
			*a = [2]arg{locName, ev.areaArg(&f.place)}
		default:
			*a = [2]arg{locName}
		}

	case msgLangNeedUnknown, msgLangInterpreter, msgLangNot:
		*a = [2]arg{ev.langArg(f.lang.keys)}
	case msgLangMet:
		*a = [2]arg{ev.langArg(n.langKeys & f.lang.keys)}

	case msgCondNeedUnknown, msgCondCodeUnmapped:
		*a = [2]arg{{kind: argConds, list: condCodes(f.cond.conds)}}
	case msgCondSame:
		*a = [2]arg{{kind: argConds, list: maskCodes(f.cond.mask & n.condSame)}}
	case msgCondBroader:
		oc, nc := bestPair(n.conds, f.cond.conds, func(nc, oc taxonomy.Condition) bool { return oc.Subsumes(nc) })
		*a = [2]arg{{kind: argConds, list: []string{oc.String()}}, {kind: argConds, list: []string{nc.String()}}}
	case msgCondNarrower:
		oc, nc := bestPair(n.conds, f.cond.conds, func(nc, oc taxonomy.Condition) bool { return nc.Subsumes(oc) })
		*a = [2]arg{{kind: argConds, list: []string{oc.String()}}, {kind: argConds, list: []string{nc.String()}}}
	case msgCondGeneral, msgCondUntied:
		*a = [2]arg{{kind: argConds, list: condCodes(n.conds)}}
	case msgCondExcluded:
		ex := f.cond.excl & (n.condSame | n.condAnc)
		var mine []taxonomy.Condition
		for _, c := range n.conds {
			for x := ex; x != 0; x &= x - 1 {
				if taxonomy.Condition(bits.TrailingZeros64(x)).Subsumes(c) {
					mine = append(mine, c)
					break
				}
			}
		}
		*a = [2]arg{{kind: argConds, list: maskCodes(ex)}, {kind: argConds, list: condCodes(mine)}}
	case msgCondExclNeedUnknown:
		*a = [2]arg{{kind: argConds, list: maskCodes(f.cond.excl)}}
	case msgCondListed, msgCondOther:
		*a = [2]arg{{kind: argConds, list: condCodes(f.cond.conds)}, {kind: argConds, list: condCodes(n.conds)}}

	case msgThemeAll, msgThemeSome, msgThemeNone:
		*a = overlapArgs(argThemes, n.themes, f.wishes.themes)
	case msgGoalAll, msgGoalSome, msgGoalNone:
		*a = overlapArgs(argGoals, n.goals, f.wishes.goals)

	case msgFormatMet, msgFormatNot, msgFormatNeedUnknown:
		*a = [2]arg{{kind: argFormat, n: int32(h.soft.format())}, {kind: argFormat, n: int32(n.format)}}
	case msgDeliveryMet, msgDeliveryNot, msgDeliveryNeedUnknown, msgDeliveryInPerson:
		*a = [2]arg{{kind: argDelivery, n: int32(h.soft.delivery())}}
	case msgTimeMet:
		*a = [2]arg{{kind: argSlots, mask: uint64(n.slots & h.soft.slots())}}
	case msgTimeNot:
		*a = [2]arg{{kind: argSlots, mask: uint64(h.soft.slots())}, {kind: argSlots, mask: uint64(n.slots)}}

	case msgAccessMet, msgAccessSome, msgAccessNone, msgAccessNeedNone:
		if got := n.access & f.wishes.access; got != 0 {
			*a = [2]arg{{kind: argAccess, mask: got}, {kind: argAccess, mask: n.access &^ got}}
		} else {
			*a = [2]arg{{kind: argAccess, mask: n.access}}
		}

	case msgStartSoon, msgStartLater, msgStartOngoing, msgStartRolling, msgStartPast, msgStartContinuous:
		day := startFit(n.today, &f.start).day
		*a = [2]arg{{kind: argDate, n: day}, {kind: argDays, n: day - n.today}}
	}
}

// overlapArgs names what a set-valued criterion found: what is covered and
// what is not, or the wishes none of which is.
func overlapArgs(kind argKind, want, have uint64) [2]arg {
	got := want & have
	switch {
	case got == want:
		return [2]arg{{kind: kind, mask: got}}
	case got != 0:
		return [2]arg{{kind: kind, mask: got}, {kind: kind, mask: want &^ got}}
	}
	return [2]arg{{kind: kind, mask: want}}
}

func lowestRole(mask uint8) taxonomy.Role {
	for _, r := range taxonomy.All[taxonomy.Role]() {
		if mask&uint8(bit(r)) != 0 {
			return r
		}
	}
	return 0
}

// areaArg describes whom the offering serves by place.
func (ev *evaluator) areaArg(r *placeFacts) arg {
	pt := ev.pt
	a := arg{kind: argArea}
	if r.national {
		a.n = 1
		return a
	}
	if r.covZero && r.loc >= 0 {
		a.list = []string{pt.munis[r.loc].Name}
		return a
	}
	for _, m := range r.covMunis {
		a.list = append(a.list, pt.munis[m].Name)
	}
	for i, c := range pt.counties {
		if r.covCounty&(1<<uint(i)) != 0 {
			a.list = append(a.list, c.Name)
		}
	}
	for hr := geo.HealthRegion(1); hr < numRegions; hr++ {
		if r.covRegion&(1<<uint(hr)) != 0 {
			a.list = append(a.list, hr.Name())
		}
	}
	return a
}

func (ev *evaluator) langArg(keys uint64) arg {
	a := arg{kind: argLangs}
	for k, t := range ev.langs {
		if k < 64 && keys&(1<<uint(k)) != 0 {
			a.list = append(a.list, t)
		}
	}
	return a
}

func bestPair(need, offered []taxonomy.Condition, ok func(nc, oc taxonomy.Condition) bool) (oc, nc taxonomy.Condition) {
	for _, n := range need {
		for _, o := range offered {
			if ok(n, o) {
				return o, n
			}
		}
	}
	return 0, 0
}

func maskCodes(mask uint64) []string {
	var out []string
	for _, c := range taxonomy.All[taxonomy.Condition]() {
		if mask&bit(c) != 0 {
			out = append(out, c.String())
		}
	}
	return out
}

func condCodes(cs []taxonomy.Condition) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}

// result is the Result for a record search returned, with its reasons.
func (m *Matcher) result(nf *needFacts, p *policy, t *classJudgements, pos int32, v verdict) Result {
	reasons := make([]Reason, numCriteria-1)
	h := &m.hot[pos]
	f := m.classes.factsOf(h)
	m.ev.evaluate(nf, h, &f, p, t, reasons)
	return Result{Offering: m.offering(pos), Score: v.score, Confidence: v.confidence, Reasons: reasons}
}

// Explain evaluates one offering for need, whether or not it is in the
// catalogue, and says why it was excluded or how it ranks: the Result has a
// Reason per criterion, ConfidenceNo and the failing hard constraints in
// Failed when it is excluded, and otherwise its Rank among all of the
// need's results under the same options (ignoring Limit). It is safe for
// concurrent use.
func (m *Matcher) Explain(need lmh.Need, o *lmh.Offering, opts ...Option) (Result, error) {
	if o == nil {
		return Result{}, errors.New("match: Explain: nil offering")
	}
	cfg := m.config(opts)
	if err := lmh.ValidateNeed(&need); err != nil {
		return Result{}, err
	}
	if err := checkIndexable(o); err != nil {
		return Result{}, fmt.Errorf("match: Explain: %w", err)
	}
	ev := m.ev
	ev.langs = slices.Clone(m.ev.langs)
	idx := map[string]int{}
	for k, t := range ev.langs {
		idx[t] = k
	}
	c := compile(o, ev.pt, func(tag string) int {
		t := primaryLang(tag)
		if k, ok := idx[t]; ok {
			return k
		}
		if len(ev.langs) >= 63 {
			return -1
		}
		idx[t] = len(ev.langs)
		ev.langs = append(ev.langs, t)
		return len(ev.langs) - 1
	}, &compileBuf{})
	// Compile the need against the table extended with o's languages, so a
	// language only o has is still shared.
	nf := m.compileNeedWith(&need, &cfg, idx)
	reasons := make([]Reason, numCriteria-1)
	v := ev.evaluate(&nf, &c.hot, &c.facts, &cfg.policy, nil, reasons)
	res := Result{Offering: o, Reasons: reasons}
	if !v.ok {
		return res, nil
	}
	res.Score, res.Confidence = v.score, v.confidence
	// Rank: one plus the number of catalogue offerings that rank before it.
	me := candidate{idx: -1, v: v}
	rank := 1
	t := m.judgements(&nf, &cfg.policy)
	defer m.tables.Put(t)
	var f filter
	m.plan(&f, &nf, &cfg.policy)
	var s runSkip
	for w0, words := f.next(); words != nil; w0, words = f.next() {
		for k, x := range words {
			w := w0 + k
			if s.word(w) {
				continue
			}
			for x != 0 {
				i := w<<6 | bits.TrailingZeros64(x)
				x &= x - 1
				if s.has(i) || m.offering(int32(i)) == o {
					continue
				}
				h := &m.hot[i]
				v := m.ev.quick(&nf, h, &cfg.policy, t, nil)
				if !v.ok && v.run {
					s.set(i, h.runEnd(i))
				}
				if v.ok && m.betterThanOutside(&candidate{int32(i), v}, &me, o) {
					rank++
				}
			}
		}
	}
	res.Rank = rank
	return res, nil
}

// betterThanOutside is better for a catalogue candidate a against an
// offering o that may not be in the catalogue.
func (m *Matcher) betterThanOutside(a, b *candidate, o *lmh.Offering) bool {
	if c := cmpVerdict(&a.v, &b.v); c != 0 {
		return c < 0
	}
	return compareUUID(m.offering(a.idx).ID, o.ID) < 0
}
