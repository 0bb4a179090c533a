package match

import (
	"fmt"
	"sync"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// Matcher finds the offerings of a catalogue that fit a person's Need,
// ranks them and says why: see the package doc for the constraints, the
// score, the confidence and the order. Build one with New. A Matcher is
// immutable and safe for concurrent use; it keeps the catalogue it was
// given, which must not change while the Matcher is in use.
type Matcher struct {
	cat      []lmh.Offering
	hot      []hotRec // by position: records are stored in place order (index.go)
	catIdx   []int32  // catalogue index of the record at each position
	classes  classFacts
	ev       evaluator
	langIdx  map[string]int
	defaults config
	tables   sync.Pool // *classJudgements, one per call in progress

	// Position ranges [lo, hi) of the records placed in each municipality,
	// county and health region.
	muniRange   [][2]int
	countyRange [][2]int
	regionRange [numRegions][2]int

	// The bitsets of the filter (search.go), a bit per position.
	covMuni     []bitset           // by municipality: coverage names it, or (no coverage) the venue is in it
	covUp       []bitset           // by county: coverage names it or its health region, or is national, or states no place
	anywhere    bitset             // coverage national, or no place stated at all
	inCounty    []bitset           // by county: located in or covering part of it (Within(ReachCounty))
	inRegion    [numRegions]bitset // by health region: likewise (Within(ReachRegion))
	roleUnion   [16]bitset         // by need role mask (bit per taxonomy.Role): offerings for one of them, a related role, or anyone
	ageGroup    []bitset           // by taxonomy.AgeGroup: the age range overlaps it
	condOK      []bitset           // by taxonomy.Condition: passes the condition constraint for it
	langOK      []bitset           // by language key: shares it, lists an interpreter, or states no language
	langNone    bitset             // lists an interpreter or states no language
	notDigital  bitset             // delivered in person, hybrid, or not stated: not digital only
	themeHas    []bitset           // by taxonomy.Theme: the offering names it (see filter.narrow)
	goalHas     []bitset           // by taxonomy.Goal: the offering names it (see filter.narrow)
	accessHas   []bitset           // by taxonomy.Accessibility: the offering lists it (see filter.narrow)
	open        bitset             // not ended, paused or full by status and capacity
	openAtBuild bitset             // open and not ended by date on buildDay
	buildDay    int32              // the matcher clock's day at New
}

// New compiles the catalogue and builds the indexes. It returns an
// error naming the position of an offering it cannot index (a condition or
// theme code outside the vocabulary); offerings need not otherwise be valid.
func New(catalogue []lmh.Offering, opts ...Option) (*Matcher, error) {
	pt := places()
	n := len(catalogue)
	m := &Matcher{cat: catalogue, langIdx: map[string]int{"no": 0}}
	m.defaults = config{limit: 10, clock: time.Now, reader: defaultTextReader{}}
	for _, o := range opts {
		o(&m.defaults)
	}
	m.ev = evaluator{pt: pt, langs: []string{"no"}}
	tags := map[string]int{} // language tag as written → key
	langKey := func(tag string) int {
		if k, ok := tags[tag]; ok {
			return k
		}
		k := m.langKeyOf(primaryLang(tag))
		tags[tag] = k
		return k
	}
	hot := make([]hotRec, n)
	var buf compileBuf
	cl := newClassifier()
	for i := range catalogue {
		if err := checkIndexable(&catalogue[i]); err != nil {
			return nil, fmt.Errorf("match: New: offering %d: %w", i, err)
		}
		c := compile(&catalogue[i], pt, langKey, &buf)
		cl.classify(&c)
		hot[i] = c.hot
	}
	m.classes = cl.facts
	m.buildDay = dayNumber(lmh.DateOf(m.defaults.clock()))
	m.order(hot, pt)
	m.buildIndexes(pt)
	return m, nil
}

// checkIndexable rejects codes the compact records cannot hold.
func checkIndexable(o *lmh.Offering) error {
	for _, c := range o.TargetGroup.Conditions {
		if !c.IsValid() || c >= 64 {
			return fmt.Errorf("target_group.conditions: invalid condition %s", c)
		}
	}
	for _, c := range o.TargetGroup.ExcludeConditions {
		if !c.IsValid() || c >= 64 {
			return fmt.Errorf("target_group.exclude_conditions: invalid condition %s", c)
		}
	}
	for _, t := range o.Themes {
		if !t.IsValid() || t >= 64 {
			return fmt.Errorf("themes: invalid theme %s", t)
		}
	}
	for _, g := range o.Goals {
		if !g.IsValid() || g >= 64 {
			return fmt.Errorf("goals: invalid goal %s", g)
		}
	}
	for _, r := range o.TargetGroup.Roles {
		if !r.IsValid() || r >= 4 {
			return fmt.Errorf("target_group.roles: invalid role %s", r)
		}
	}
	pt := places()
	for i, k := range o.Coverage.Municipalities {
		if _, ok := pt.muniIndex[k]; !ok {
			return fmt.Errorf("coverage.municipalities[%d]: %q is not a kommunenummer in the 2024 list", i, k)
		}
	}
	for i, k := range o.Coverage.Counties {
		if _, ok := pt.countyIndex[k]; !ok {
			return fmt.Errorf("coverage.counties[%d]: %q is not a fylkesnummer in the 2024 list", i, k)
		}
	}
	for i, hr := range o.Coverage.HealthRegions {
		if !hr.IsValid() {
			return fmt.Errorf("coverage.health_regions[%d]: invalid health region %s", i, hr)
		}
	}
	for _, f := range []struct{ path, k string }{{"place.municipality", o.Place.Municipality}, {"provider.municipality", o.Provider.Municipality}} {
		if _, ok := pt.muniIndex[f.k]; f.k != "" && !ok {
			return fmt.Errorf("%s: %q is not a kommunenummer in the 2024 list", f.path, f.k)
		}
	}
	for i, l := range o.Languages {
		if primaryLang(l) == "" {
			return fmt.Errorf("languages[%d]: empty language tag", i)
		}
	}
	return nil
}

// langKeyOf returns the key of primary language subtag t, adding one for
// a language not seen before; -1 when the 63 keys are taken (key 63 marks a
// language no offering has).
func (m *Matcher) langKeyOf(t string) int {
	if k, ok := m.langIdx[t]; ok {
		return k
	}
	if len(m.ev.langs) >= 63 {
		return -1
	}
	k := len(m.ev.langs)
	m.langIdx[t] = k
	m.ev.langs = append(m.ev.langs, t)
	return k
}

// offering returns the catalogue offering of the record at pos.
func (m *Matcher) offering(pos int32) *lmh.Offering { return &m.cat[m.catIdx[pos]] }

// Len returns the number of offerings in the catalogue.
func (m *Matcher) Len() int { return len(m.hot) }

// judgements returns the class judgements for one call with need n under
// policy p; give them back with done.
func (m *Matcher) judgements(n *needFacts, p *policy) *classJudgements {
	t, ok := m.tables.Get().(*classJudgements)
	if !ok {
		t = newClassJudgements(&m.classes)
	}
	t.start(n, p)
	return t
}

func (m *Matcher) config(opts []Option) config {
	c := m.defaults
	for _, o := range opts {
		o(&c)
	}
	if c.today.IsZero() {
		c.today = lmh.DateOf(c.clock())
	}
	return c
}

// Match returns the offerings that fit need, best first (see the package
// doc for the constraints, score and order). An invalid need (an unknown
// municipality, an age outside 0–130, a code outside the vocabulary) gives
// lmh's *ValidationError, which names the fields, never their values. Match
// is safe for concurrent use.
func (m *Matcher) Match(need lmh.Need, opts ...Option) ([]Result, error) {
	cfg := m.config(opts)
	if err := lmh.ValidateNeed(&need); err != nil {
		return nil, err
	}
	nf := m.compileNeed(&need, &cfg)
	t := m.judgements(&nf, &cfg.policy)
	defer m.tables.Put(t)
	top := m.search(&nf, &cfg, t)
	out := make([]Result, len(top))
	for i, c := range top {
		out[i] = m.result(&nf, &cfg.policy, t, c.idx, c.v)
		out[i].Rank = i + 1
	}
	return out, nil
}
