package match

import (
	"slices"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// needFacts is a Need compiled for matching, with the facts read from its
// free text merged in and marked.
type needFacts struct {
	conds     []taxonomy.Condition
	condSame  uint64   // bit per need condition
	condAnc   uint64   // their ancestors (an offering for one is broader)
	condDesc  uint64   // their descendants (narrower)
	langList  []string // primary language subtags in the person's order
	langKeys  uint64
	firstLang uint64 // key bit of the preferred (first) language
	themes    uint64
	goals     uint64
	access    uint64
	ageGroups uint64 // from free text when no age is given
	today     int32
	age       int // -1 if unknown
	relAge    int // the age of the relative the free text is about, -1 if unknown
	muni      int // municipality position, -1 if unknown
	county    int // county position, -1 if unknown; known without muni when the text names only a county or a region of one
	unmapped  int // condition codes no condition covers
	region    uint8
	roles     uint8
	slots     uint8
	relative  Relative // whom the free text is about, when not the writer
	format    taxonomy.Format
	delivery  lmh.DeliveryPreference
	fromText  uint32  // bit per Criterion whose facts came from the free text
	inferred  uint32  // bit per Criterion whose fact the text only suggests: it ranks, never excludes
	maxRest   float64 // the most the soft criteria can add (see judge's bound)
	maxWish   float64 // the most themes, goals and accessibility can add (see softOut)
	// startSorted: today is the Matcher's build day, so a run's records
	// with one soft key lie in the order of their start (Matcher.order).
	startSorted bool
}

func (n *needFacts) textBit(c Criterion) bool { return n.fromText&(1<<uint(c)) != 0 }

// isInferred reports whether the person's fact for c was inferred from the
// free text rather than stated in it.
func (n *needFacts) isInferred(c Criterion) bool { return n.inferred&(1<<uint(c)) != 0 }

// unsure is the flag of a criterion met on the person's fact for c: capHigh
// when the fact was inferred (an inferred fact met is not a match one can
// call exact), none otherwise.
func (n *needFacts) unsure(c Criterion) judgeFlags {
	if n.isInferred(c) {
		return capHigh
	}
	return 0
}

// fail is the flag of a failed hard constraint on criterion c: none when
// the person's fact for c was inferred from free text (the criterion is
// then not met and ranks the offering low, but excludes nothing), relaxed
// when an option allows the failure, failed otherwise.
func (n *needFacts) fail(c Criterion, allowed bool) judgeFlags {
	switch {
	case n.isInferred(c):
		return 0
	case allowed:
		return relaxed
	}
	return failed
}

// policy is what the Options set: which hard constraints are
// relaxed.
type policy struct {
	reach         Reach
	ageSlack      int
	relaxRole     bool
	relaxLanguage bool
	relaxCond     bool
	relaxDelivery bool
	unavailable   bool
}

// compileNeed compiles a need that ValidateNeed accepted, merging the
// facts read from its free text into the facets left empty. Facts from a
// TextReader that are not codes of the vocabulary are ignored.
func (m *Matcher) compileNeed(need *lmh.Need, cfg *config) needFacts {
	return m.compileNeedWith(need, cfg, m.langIdx)
}

// compileNeedWith is compileNeed with a given language-key table.
func (m *Matcher) compileNeedWith(need *lmh.Need, cfg *config, langIdx map[string]int) needFacts {
	today := cfg.today
	pt := m.ev.pt
	nf := needFacts{age: -1, relAge: -1, muni: -1, county: -1, today: dayNumber(today)}
	if !today.IsValid() {
		nf.today = dayNumber(lmh.DateOf(time.Now()))
	}
	var tf TextFacts
	if need.FreeText != "" && cfg.reader != nil {
		tf = cfg.reader.ReadNeedText(need.FreeText)
	}
	mark := func(c Criterion) { nf.fromText |= 1 << uint(c) }
	inferred := func(c Criterion) bool { return slices.Contains(tf.Inferred, c) }
	markInferred := func(c Criterion) {
		mark(c)
		nf.inferred |= 1 << uint(c)
	}

	roles := need.Roles
	if len(roles) == 0 && len(tf.Roles) > 0 {
		roles = tf.Roles
		mark(CriterionRole)
		if inferred(CriterionRole) {
			markInferred(CriterionRole)
		}
	}
	for _, r := range roles {
		if !r.IsValid() || r >= 4 {
			continue // only a custom TextReader can give an invalid code
		}
		nf.roles |= uint8(bit(r))
	}
	switch {
	case need.Age != nil:
		nf.age = *need.Age
	case tf.Age != nil && *tf.Age >= 0 && *tf.Age <= taxonomy.MaxAge:
		nf.age = *tf.Age
		mark(CriterionAge)
		if inferred(CriterionAge) {
			markInferred(CriterionAge)
		}
	case len(tf.AgeGroups) > 0:
		// Age groups from words ("pensjonist", a parent's voice) are
		// always inferred: they rank, never exclude.
		for _, g := range tf.AgeGroups {
			if g.IsValid() {
				nf.ageGroups |= bit(g)
			}
		}
		markInferred(CriterionAge)
	}
	if need.Age == nil && tf.RelativeAge != nil && *tf.RelativeAge >= 0 && *tf.RelativeAge <= taxonomy.MaxAge {
		nf.relAge = *tf.RelativeAge
	}
	if len(need.Roles) == 0 && tf.Relative.IsValid() {
		nf.relative = tf.Relative
	}
	nf.conds, nf.unmapped = compileConditions(need.Conditions, need.ICD10, need.ICPC2)
	if len(need.Conditions)+len(need.ICD10)+len(need.ICPC2) == 0 && len(tf.Conditions) > 0 {
		nf.conds, _ = compileConditions(tf.Conditions, nil, nil)
		mark(CriterionCondition)
		if inferred(CriterionCondition) {
			markInferred(CriterionCondition)
		}
	}
	for _, c := range nf.conds {
		nf.condSame |= bit(c)
		for _, a := range c.Ancestors() {
			nf.condAnc |= bit(a)
		}
		for _, d := range taxonomy.All[taxonomy.Condition]() {
			if d != c && c.Subsumes(d) {
				nf.condDesc |= bit(d)
			}
		}
	}
	nf.condAnc &^= nf.condSame
	nf.condDesc &^= nf.condSame | nf.condAnc
	themes, goals := need.Themes, need.Goals
	if len(themes) == 0 && len(tf.Themes) > 0 {
		themes = tf.Themes
		mark(CriterionTheme)
	}
	if len(goals) == 0 && len(tf.Goals) > 0 {
		goals = tf.Goals
		mark(CriterionGoal)
	}
	for _, t := range themes {
		if !t.IsValid() || t >= 64 {
			continue
		}
		nf.themes |= bit(t)
	}
	for _, g := range goals {
		if !g.IsValid() || g >= 64 {
			continue
		}
		nf.goals |= bit(g)
	}
	nf.format = need.PreferredFormat
	if nf.format == 0 && tf.PreferredFormat != 0 {
		nf.format = tf.PreferredFormat
		mark(CriterionFormat)
	}
	if !nf.format.IsValid() {
		nf.format = 0
	}
	nf.delivery = need.Delivery
	if nf.delivery == 0 && tf.Delivery != 0 {
		nf.delivery = tf.Delivery
		mark(CriterionDelivery)
		if inferred(CriterionDelivery) {
			markInferred(CriterionDelivery)
		}
	}
	if !nf.delivery.IsValid() {
		nf.delivery = 0
	}
	muni := need.Municipality
	if muni == "" && tf.Municipality != "" {
		muni = tf.Municipality
		mark(CriterionPlace)
		if inferred(CriterionPlace) {
			markInferred(CriterionPlace)
		}
	}
	if i, ok := pt.muniIndex[muni]; ok && muni != "" {
		nf.muni = i
		nf.county = pt.muniCounty[i]
		nf.region = uint8(pt.muniRegion(i))
	} else if c, ok := pt.countyIndex[tf.County]; ok && need.Municipality == "" && tf.County != "" {
		nf.county = c
		nf.region = uint8(pt.countyReg[c])
		mark(CriterionPlace)
		if inferred(CriterionPlace) {
			markInferred(CriterionPlace)
		}
	}
	langs := need.Languages
	if len(langs) == 0 && len(tf.Languages) > 0 {
		langs = tf.Languages
		mark(CriterionLanguage)
		if inferred(CriterionLanguage) {
			markInferred(CriterionLanguage)
		}
	}
	for i, l := range langs {
		p := primaryLang(l)
		if p == "" {
			continue
		}
		nf.langList = append(nf.langList, p)
		if k, ok := langIdx[p]; ok {
			nf.langKeys |= 1 << uint(k)
			if i == 0 {
				nf.firstLang = 1 << uint(k)
			}
		} else {
			// A language no offering has: only an interpreter or an offering
			// without a stated language can serve it. Mark it with a key no
			// offering carries.
			nf.langKeys |= 1 << 63
		}
	}
	for _, a := range need.Accessibility {
		if !a.IsValid() || a >= 64 {
			continue
		}
		nf.access |= bit(a)
	}
	if len(need.Accessibility) == 0 && tf.Interpreter {
		nf.access |= bit(taxonomy.AccessibilityInterpreter)
		mark(CriterionAccessibility)
	}
	slots := need.Availability
	if len(slots) == 0 && len(tf.Availability) > 0 {
		slots = tf.Availability
		mark(CriterionTime)
	}
	for _, s := range slots {
		if !s.IsValid() {
			continue
		}
		nf.slots |= 1 << uint(s)
	}
	half := func(stated bool, w float64) float64 {
		if stated {
			return w
		}
		return w / 2
	}
	nf.maxRest = half(nf.themes != 0, wTheme) + half(nf.goals != 0, wGoal) + half(nf.format != 0, wFormat) +
		half(nf.delivery != 0, wDelivery) + half(nf.slots != 0, wTime) + half(nf.access != 0, wAccess) + wStart
	nf.maxWish = half(nf.themes != 0, wTheme) + half(nf.goals != 0, wGoal) + half(nf.access != 0, wAccess)
	nf.startSorted = nf.today == m.buildDay
	return nf
}
