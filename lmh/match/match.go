package match

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Matcher finds the offerings of a catalogue that fit a person's Need,
// ranks them and says why. The sources put the principle plainly: the
// user's needs decide which offering fits best, and access must be equal
// whatever the person's age, residence or condition.
//
//	m, err := lmh.NewMatcher(lmh.SampleCatalogue())
//	results, err := m.Match(need, lmh.Limit(5))
//	for _, r := range results {
//		fmt.Println(r.Offering.Name, r.Confidence)
//		for _, why := range r.Reasons {
//			fmt.Println("  ", why.Text(taxonomy.NB))
//		}
//	}
//
// # Hard constraints
//
// An offering is excluded when it fails one of these; each can be relaxed
// by a MatchOption, and a relaxed failure is kept with Fit NotMet, Relaxed
// set and Confidence at most Low:
//
//   - role: none of the person's roles is served (RelaxRole). Patient and
//     user partly meet each other: pasient is the specialist service's word
//     and bruker the municipal one's for the person living with the illness.
//   - age: the person's age lies outside the target group's range
//     (RelaxAge allows some years either side).
//   - place: the person's municipality is not in the offering's Coverage
//     (municipalities, counties, health regions, or national). An offering
//     without declared coverage serves its venue's municipality. WithReach
//     widens this to every offering held in or covering part of the
//     person's county, health region, or the whole country.
//   - language: no language in common (Bokmål, Nynorsk and "no" count as
//     one) and the offering lists no interpreter (RelaxLanguage).
//   - availability: the offering has ended (by status, end date or last
//     session date), is paused, or is full (IncludeUnavailable).
//   - condition: the offering is diagnosis-specific and none of its
//     conditions is the person's, broader or narrower than it
//     (RelaxCondition). Conditions given as ICD-10 or ICPC-2 codes are
//     mapped through taxonomy.ConditionFor first, so F32.1 meets an offering
//     for depression and E11 one for diabetes.
//
// Facts the person did not give (no age, no role, no condition) exclude
// nothing; their criterion is FitUnknown. The exception is place: without a
// municipality nobody can tell whether a place-bound offering is within
// reach, so only offerings open to the whole country (or stating no place at
// all) are kept, unless WithReach(ReachNational) asks for every one.
// ICD-10 and ICPC-2 codes no condition covers are reported in the condition
// reason, never dropped silently.
//
// # Score
//
// The survivors get a score from 0 to 1, the weighted sum of these parts
// (weights in points out of 100; a criterion the person left open earns
// half its weight, so it neither helps nor hurts):
//
//	condition     25  same condition 1, the offering's is broader 0.9, narrower 0.6,
//	                  an offering naming no conditions 0.4 (0.5 if none given),
//	                  one across diagnoses that names only other conditions 0.1
//	                  (not met: a course for next of kin in mental illness is
//	                  no course for next of kin in dementia),
//	                  diagnosis-specific with no condition given 0.3
//	place         15  same municipality 1, county 0.75, health region 0.5,
//	                  national digital (or far but covered) 0.3, kept by WithReach 0.1
//	themes        12  share of the person's themes the offering covers
//	role          10  same role 1, related role (patient/user) 0.6
//	delivery      10  the preference accepts the offering's delivery 1, else 0
//	start          8  1 − days to the next start / 365 (at least 0.2); continuous
//	                  intake 0.9; under way or started earlier 0.3; no dates 0.5
//	goals          5  share of the person's goals
//	format         5  group or individual as preferred
//	time           5  meets in a time slot the person can attend
//	language       3  the person's first language 1, another of theirs 0.8,
//	                  interpreter 0.5
//	accessibility  2  share of the person's accessibility needs listed
//
// # Confidence
//
// ConfidenceExact: every fact the person gave is met and no restriction of
// the offering is left unchecked (a diagnosis-specific offering when no
// condition is given, an age limit when no age is given). ConfidenceHigh:
// nothing is contradicted, but something is only partly met or cannot be
// checked. ConfidenceLow: a criterion is not met — a preference (format,
// delivery, themes, time), the condition of an offering across diagnoses
// that names only other conditions, or a hard constraint kept by a relaxing
// option.
//
// # Order and tie-break
//
// Results are ordered by confidence (exact first), then score, then
// closeness, then the nearest next start date (offerings with none last),
// then offering ID (as text), then catalogue position. The order is total,
// so the same catalogue and need always give the same ranking.
//
// # Free text
//
// When Need.FreeText is set it is read by the matcher's TextReader (by
// default a reader built on the package's classifier and lmh/geo), and the
// facts found fill the facets the caller left empty — never overriding a
// field that is set. Reasons based on such a fact have FromText set and say
// so in their text.
//
// # Indexes
//
// NewMatcher compiles every offering into a compact record and builds one
// bitset (a bit per offering) per municipality, county and health region
// of coverage, per county and region an offering lies in, per role
// combination, age group, condition (offerings that pass the condition
// constraint for it, through the hierarchy) and language, and one of open
// offerings. Match intersects the bitsets of the need's facts in a single
// pass over the words and evaluates only the survivors, keeping the best in
// a bounded list; reasons are written only for the results returned.
// Records are stored in place order and survivors are visited nearest first
// (the person's municipality, county, region, then the rest); once the list
// is full, a candidate is dropped as soon as a bound on the best confidence
// and score it could still reach shows it cannot enter. The bound is sound,
// so the results are those of a full evaluation. The indexes are a filter,
// never a judge: every survivor is checked by the
// same evaluation a linear scan would run, so relaxed options and the
// baseline give identical results.
//
// # Concurrency
//
// A Matcher is immutable after NewMatcher and safe for concurrent use by
// multiple goroutines. It keeps the catalogue slice it was given and
// returns pointers into it; the caller must not modify the catalogue while
// the Matcher is in use.
type Matcher struct {
	cat     []lmh.Offering
	recs    []rec
	ev      evaluator
	langIdx map[string]int
	idRank  []int32 // rank by ID of the record at each position
	catIdx  []int32 // catalogue index of the record at each position

	// Position ranges [lo, hi) of the records placed in each municipality,
	// county and health region (records are stored in place order).
	muniRange   [][2]int
	countyRange [][2]int
	regionRange [numRegions][2]int
	defaults    config

	covMuni      []bitset
	covCounty    []bitset
	covRegion    [numRegions]bitset
	national     bitset
	placeUnknown bitset
	inCounty     []bitset
	inRegion     [numRegions]bitset
	roleUnion    [16]bitset // by need role mask (bit per taxonomy.Role)
	ageGroup     []bitset   // by taxonomy.AgeGroup
	condOK       []bitset   // by taxonomy.Condition
	langOK       []bitset   // by language key
	langNone     bitset     // interpreter or no language stated
	open         bitset     // not ended, paused or full by status and capacity
	openAtBuild  bitset     // open and not ended by date on buildDay
	buildDay     int32      // the matcher clock's day at NewMatcher

	scratch sync.Pool // *[]bitset of unions
}

// Reach is how far from the person's municipality in-person and other
// place-bound offerings may be for Match to keep them. The zero value,
// ReachCoverage, follows each offering's Coverage. Values are safe for
// concurrent use.
type Reach uint8

// The reaches, from narrowest to widest.
const (
	ReachCoverage Reach = iota // only offerings whose coverage includes the person
	ReachCounty                // also offerings held in or covering part of the person's county
	ReachRegion                // also those in the person's health region
	ReachNational              // every offering, wherever it is
)

// String returns "coverage", "county", "region" or "national"; it never
// panics.
func (r Reach) String() string {
	switch r {
	case ReachCoverage:
		return "coverage"
	case ReachCounty:
		return "county"
	case ReachRegion:
		return "region"
	case ReachNational:
		return "national"
	}
	return "Reach(" + strconv.Itoa(int(r)) + ")"
}

// Result is one offering matched to a need: the offering, its score from 0
// to 1, its confidence and one Reason per criterion (in Criterion order,
// Reasons[0] is the role). A Result is derived from a Need and so is health
// data; its String reveals only the offering, score and confidence. Results
// are values owned by the caller: safe for concurrent reads, not writes.
type Result struct {
	// Offering points into the Matcher's catalogue (or, for Explain, is the
	// offering explained).
	Offering *lmh.Offering
	// Score is the soft score from 0 to 1; 0 when excluded.
	Score float64
	// Confidence orders results; ConfidenceNo means excluded.
	Confidence lmh.Confidence
	// Rank is the 1-based position among the need's results under the same
	// options (with no limit for Explain); 0 when excluded.
	Rank int
	// Reasons holds one reason per criterion, in Criterion order.
	Reasons []Reason
}

// Reason returns the reason for criterion c (the zero Reason if c is not
// a valid criterion).
func (r Result) Reason(c Criterion) Reason {
	for _, x := range r.Reasons {
		if x.Criterion == c {
			return x
		}
	}
	return Reason{}
}

// Excluded reports whether a hard constraint excludes the offering.
func (r Result) Excluded() bool { return r.Confidence == lmh.ConfidenceNo }

// Failed returns the reasons whose fit is NotMet: for an excluded result
// the hard constraints that excluded it, otherwise what ranked it lower.
func (r Result) Failed() []Reason {
	var out []Reason
	for _, x := range r.Reasons {
		if x.Fit == FitNotMet {
			out = append(out, x)
		}
	}
	return out
}

// String returns "#1 <offering id> 0.83 exact". It never includes the need's
// values.
func (r Result) String() string {
	id := ""
	if r.Offering != nil {
		id = r.Offering.ID.String()
	}
	return "#" + strconv.Itoa(r.Rank) + " " + id + " " + strconv.FormatFloat(r.Score, 'f', 2, 64) + " " + r.Confidence.String()
}

// GoString is like String, so %#v reveals no value of the need.
func (r Result) GoString() string { return "match.Result{" + r.String() + "}" }

// Format implements fmt.Formatter so that every verb prints String.
func (r Result) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, r.GoString())
		return
	}
	fmt.Fprint(f, r.String())
}

// Option configures a Matcher or one call of Match or Explain. Given to
// New, an option sets the Matcher's default for every call; given to Match
// or Explain, it applies to that call on top of the defaults. Options are
// immutable and may be shared between calls and goroutines.
type Option func(*config)

// config is what the options set: the matcher's defaults, and a copy per
// call.
type config struct {
	policy
	limit   int
	minConf lmh.Confidence
	today   lmh.Date
	clock   func() time.Time
	reader  TextReader
}

// Limit sets how many results Match returns; the default is 10. n <= 0
// returns every offering that passes.
func Limit(n int) Option { return func(c *config) { c.limit = n } }

// Within widens the place constraint, e.g. Within(ReachRegion) to
// "include the whole health region".
func Within(r Reach) Option { return func(c *config) { c.reach = r } }

// RelaxRole keeps offerings for other roles (marked not met).
func RelaxRole() Option { return func(c *config) { c.relaxRole = true } }

// RelaxAge keeps offerings whose age range misses the person's age by at
// most years (taxonomy.MaxAge ignores age). With only age groups read from
// free text, any years > 0 ignores the age groups.
func RelaxAge(years int) Option { return func(c *config) { c.ageSlack = max(years, 0) } }

// RelaxLanguage keeps offerings with no shared language and no interpreter.
func RelaxLanguage() Option { return func(c *config) { c.relaxLanguage = true } }

// RelaxCondition keeps diagnosis-specific offerings for other conditions.
func RelaxCondition() Option { return func(c *config) { c.relaxCond = true } }

// IncludeUnavailable keeps ended, paused and full offerings.
func IncludeUnavailable() Option { return func(c *config) { c.unavailable = true } }

// MinConfidence drops results below c.
func MinConfidence(c lmh.Confidence) Option { return func(cfg *config) { cfg.minConf = c } }

// On sets the day schedules are judged by, instead of the clock's today.
func On(d lmh.Date) Option { return func(c *config) { c.today = d } }

// Clock sets the clock that gives "today" for schedules (ended offerings,
// the next start) when On is not given. The default is time.Now.
func Clock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.clock = now
		}
	}
}

// Reader sets the reader of Need.FreeText. A nil reader turns free-text
// reading off.
func Reader(r TextReader) Option { return func(c *config) { c.reader = r } }

// New compiles the catalogue and builds the indexes. It returns an
// error naming the position of an offering it cannot index (a condition or
// theme code outside the vocabulary); offerings need not otherwise be valid.
func New(catalogue []lmh.Offering, opts ...Option) (*Matcher, error) {
	pt := places()
	n := len(catalogue)
	m := &Matcher{
		cat:     catalogue,
		recs:    make([]rec, n),
		langIdx: map[string]int{"no": 0},
	}
	m.defaults = config{limit: 10, clock: time.Now, reader: defaultTextReader{}}
	for _, o := range opts {
		o(&m.defaults)
	}
	m.ev = evaluator{pt: pt, langs: []string{"no"}}
	langKey := func(t string) int {
		if k, ok := m.langIdx[t]; ok {
			return k
		}
		if len(m.ev.langs) >= 63 { // key 63 marks a language no offering has
			return -1
		}
		k := len(m.ev.langs)
		m.langIdx[t] = k
		m.ev.langs = append(m.ev.langs, t)
		return k
	}
	compiled := make([]rec, n)
	for i := range catalogue {
		if err := checkIndexable(&catalogue[i]); err != nil {
			return nil, fmt.Errorf("match: New: offering %d: %w", i, err)
		}
		compiled[i] = compile(&catalogue[i], pt, langKey)
	}
	// Store the records in place order (national ones first, then by health
	// region, county and municipality), so the candidates of one person lie
	// close together in memory. pos is a record's position, catIdx maps it
	// back to the catalogue.
	m.catIdx = make([]int32, n)
	for i := range m.catIdx {
		m.catIdx[i] = int32(i)
	}
	placeKey := func(r *rec) int {
		if r.national || r.loc < 0 && r.covMuniA < 0 {
			return 0
		}
		loc := int(r.loc)
		if loc < 0 {
			loc = int(r.covMuniA)
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
			loc := int(r.loc)
			if loc < 0 {
				loc = int(r.covMuniA)
			}
			widen(&m.muniRange[loc], pos)
			widen(&m.countyRange[pt.muniCounty[loc]], pos)
			widen(&m.regionRange[pt.muniRegion(loc)], pos)
		}
	}
	byID := slices.Clone(m.catIdx)
	slices.SortStableFunc(byID, func(a, b int32) int { return compareUUID(catalogue[a].ID, catalogue[b].ID) })
	rankOf := make([]int32, n) // catalogue index → rank by ID
	for rank, i := range byID {
		rankOf[i] = int32(rank)
	}
	m.idRank = make([]int32, n)
	for pos, i := range m.catIdx {
		m.idRank[pos] = rankOf[i]
	}
	m.buildIndexes(pt)
	return m, nil
}

func compareUUID(a, b [16]byte) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// checkIndexable rejects codes the compact records cannot hold.
func checkIndexable(o *lmh.Offering) error {
	for _, c := range o.TargetGroup.Conditions {
		if !c.IsValid() || c >= 64 {
			return fmt.Errorf("target_group.conditions: invalid condition %s", c)
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
		switch {
		case r.national:
			m.national.set(i)
		case r.covZero && r.loc < 0:
			m.placeUnknown.set(i)
		case r.covZero:
			m.covMuni[r.loc].set(i)
		}
		for _, mu := range r.covMunis {
			m.covMuni[mu].set(i)
		}
		for c := range pt.counties {
			if r.covCounty&(1<<uint(c)) != 0 {
				m.covCounty[c].set(i)
			}
			if r.inCounty&(1<<uint(c)) != 0 {
				m.inCounty[c].set(i)
			}
		}
		for hr := 1; hr < numRegions; hr++ {
			if r.covRegion&(1<<uint(hr)) != 0 {
				m.covRegion[hr].set(i)
			}
			if r.inRegion&(1<<uint(hr)) != 0 {
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
			if g.MinAge() <= int(r.ageMax) && g.MaxAge() >= int(r.ageMin) {
				m.ageGroup[g].set(i)
			}
		}
		for _, c := range conds {
			if !r.restricted || condRelated(c, r.conds) {
				m.condOK[c].set(i)
			}
		}
		if r.langKeys == 0 || r.interp {
			m.langNone.set(i)
		}
		for k := range m.langOK {
			if r.langKeys == 0 || r.interp || r.langKeys&(1<<uint(k)) != 0 {
				m.langOK[k].set(i)
			}
		}
		if r.status != lmh.StatusEnded && r.status != lmh.StatusPaused && !r.full {
			m.open.set(i)
			// Ended by date on the build day means ended on every later day.
			if !((r.endDay != 0 && r.endDay < m.buildDay) || (r.endDay == 0 && !r.ongoing && r.lastDay != 0 && r.lastDay < m.buildDay)) {
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

// offering returns the catalogue offering of the record at pos.
func (m *Matcher) offering(pos int32) *lmh.Offering { return &m.cat[m.catIdx[pos]] }

// Len returns the number of offerings in the catalogue.
func (m *Matcher) Len() int { return len(m.recs) }

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

// Match returns the offerings that fit need, best first (see Matcher for
// the constraints, score and order). An invalid need (an unknown
// municipality, an age outside 0–130, a code outside the vocabulary) gives
// a *NeedError that names the field, never its value. Match is safe for
// concurrent use.
func (m *Matcher) Match(need lmh.Need, opts ...Option) ([]Result, error) {
	cfg := m.config(opts)
	if err := lmh.ValidateNeed(&need); err != nil {
		return nil, err
	}
	nf := m.compileNeed(&need, &cfg)
	top := m.search(&nf, &cfg)
	out := make([]Result, len(top))
	for i, c := range top {
		out[i] = m.result(&nf, &cfg.policy, m.offering(c.idx), &m.recs[c.idx], c.v)
		out[i].Rank = i + 1
	}
	return out, nil
}

func (m *Matcher) result(nf *needFacts, p *policy, o *lmh.Offering, r *rec, v verdict) Result {
	var reasons [numCriteria]Reason
	m.ev.evaluate(nf, r, p, &reasons)
	return Result{Offering: o, Score: v.score, Confidence: v.confidence, Reasons: slices.Clone(reasons[1:])}
}

// candidate is one offering that passed, with what the ranking needs.
type candidate struct {
	idx int32
	v   verdict
}

// cmpVerdict orders two verdicts by confidence, score, closeness and next
// start (see "Order and tie-break"); 0 means tied so far.
func cmpVerdict(a, b *verdict) int {
	switch {
	case a.confidence != b.confidence:
		return cmp.Compare(int(b.confidence), int(a.confidence))
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
	if m.idRank[a.idx] != m.idRank[b.idx] {
		return m.idRank[a.idx] < m.idRank[b.idx]
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

// search runs the indexed filter and evaluates the survivors.
func (m *Matcher) search(nf *needFacts, cfg *config) []candidate {
	top := topList{m: m, limit: cfg.limit}
	if cfg.limit > 0 {
		top.items = make([]candidate, 0, cfg.limit)
	}
	var fl floor
	visit := func(i int) {
		v := m.ev.quick(nf, &m.recs[i], &cfg.policy, &fl)
		if v.ok && v.confidence >= cfg.minConf && v.confidence > lmh.ConfidenceNo {
			top.offer(candidate{int32(i), v})
			if cfg.limit > 0 && len(top.items) == cfg.limit {
				last := &top.items[len(top.items)-1].v
				fl = floor{confidence: last.confidence, score: last.score, active: true}
			}
		}
	}
	m.filter(nf, &cfg.policy, visit)
	return top.done()
}

// filter calls visit for every offering the indexes cannot rule out, in
// catalogue order.
func (m *Matcher) filter(nf *needFacts, p *policy, visit func(int)) {
	var ors, ands [][]uint64
	var scratch *[]bitset
	union := func(sets ...bitset) bitset {
		if len(sets) == 1 {
			return sets[0]
		}
		if scratch == nil {
			scratch = m.getScratch()
		}
		u := m.scratchSet(scratch)
		for _, s := range sets {
			u.or(s)
		}
		return u
	}
	switch {
	case p.reach == ReachNational:
	case nf.muni < 0:
		ors = append(ors, m.national, m.placeUnknown)
	default:
		ors = append(ors, m.covMuni[nf.muni], m.covCounty[nf.county], m.covRegion[nf.region], m.national, m.placeUnknown)
		switch p.reach {
		case ReachCounty:
			ors = append(ors, m.inCounty[nf.county])
		case ReachRegion:
			ors = append(ors, m.inRegion[nf.region])
		}
	}
	if nf.roles != 0 && !p.relaxRole {
		ands = append(ands, m.roleUnion[nf.roles&15])
	}
	switch {
	case nf.age >= 0 && p.ageSlack == 0:
		ands = append(ands, m.ageGroup[taxonomy.AgeGroupOf(nf.age)])
	case nf.age < 0 && nf.ageGroups != 0 && p.ageSlack == 0:
		var sets []bitset
		for g := 1; g < len(m.ageGroup); g++ {
			if nf.ageGroups&(1<<uint(g)) != 0 {
				sets = append(sets, m.ageGroup[g])
			}
		}
		ands = append(ands, union(sets...))
	}
	if len(nf.conds) > 0 && !p.relaxCond {
		sets := make([]bitset, 0, len(nf.conds))
		for _, c := range nf.conds {
			sets = append(sets, m.condOK[c])
		}
		ands = append(ands, union(sets...))
	}
	if nf.langKeys != 0 && !p.relaxLanguage {
		var sets []bitset
		for k := range m.langOK {
			if nf.langKeys&(1<<uint(k)) != 0 {
				sets = append(sets, m.langOK[k])
			}
		}
		if len(sets) == 0 {
			sets = append(sets, m.langNone)
		}
		ands = append(ands, union(sets...))
	}
	if !p.unavailable {
		if nf.today >= m.buildDay {
			ands = append(ands, m.openAtBuild)
		} else {
			ands = append(ands, m.open)
		}
	}
	nw := (len(m.recs) + 63) / 64
	// Visit the words holding the person's municipality, county and health
	// region first, then the rest: good candidates fill the result list
	// early and let quick's bound skip the far ones.
	var ranges [4][2]int
	nr := 0
	if nf.muni >= 0 {
		ranges[0] = m.muniRange[nf.muni]
		ranges[1] = m.countyRange[nf.county]
		ranges[2] = m.regionRange[nf.region]
		nr = 3
	}
	ranges[nr] = [2]int{0, len(m.recs)}
	nr++
	var doneBuf [32]uint64
	var done []uint64
	if nw <= len(doneBuf)*64 {
		done = doneBuf[:(nw+63)/64]
	} else {
		done = make([]uint64, (nw+63)/64)
	}
	for _, rg := range ranges[:nr] {
		if rg[1] <= rg[0] {
			continue
		}
		for w := rg[0] >> 6; w <= (rg[1]-1)>>6; w++ {
			if done[w>>6]&(1<<uint(w&63)) != 0 {
				continue
			}
			done[w>>6] |= 1 << uint(w&63)
			m.visitWord(w, nw, ors, ands, visit)
		}
	}
	if scratch != nil {
		m.scratch.Put(scratch)
	}
}

// visitWord intersects word w of the filter's bitsets and visits its bits.
func (m *Matcher) visitWord(w, nw int, ors, ands [][]uint64, visit func(int)) {
	{
		x := ^uint64(0)
		if len(ors) > 0 {
			x = 0
			for _, s := range ors {
				x |= s[w]
			}
		}
		for _, s := range ands {
			x &= s[w]
		}
		if w == nw-1 && len(m.recs)&63 != 0 {
			x &= (1 << uint(len(m.recs)&63)) - 1
		}
		for x != 0 {
			b := x & -x
			visit(w<<6 | popcount(b-1))
			x ^= b
		}
	}
}

func (m *Matcher) getScratch() *[]bitset {
	if s, ok := m.scratch.Get().(*[]bitset); ok {
		*s = (*s)[:0]
		return s
	}
	s := make([]bitset, 0, 4)
	return &s
}

// scratchSet returns a cleared bitset from the pooled scratch space.
func (m *Matcher) scratchSet(s *[]bitset) bitset {
	k := len(*s)
	if k < cap(*s) {
		*s = (*s)[:k+1]
		b := (*s)[k]
		if b != nil && len(b) == (len(m.recs)+63)/64 {
			clear(b)
			return b
		}
	} else {
		*s = append(*s, nil)
	}
	b := newBitset(len(m.recs))
	(*s)[k] = b
	return b
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
	r := compile(o, ev.pt, func(t string) int {
		if k, ok := idx[t]; ok {
			return k
		}
		if len(ev.langs) >= 63 {
			return -1
		}
		idx[t] = len(ev.langs)
		ev.langs = append(ev.langs, t)
		return len(ev.langs) - 1
	})
	// Compile the need against the table extended with o's languages, so a
	// language only o has is still shared.
	nf := m.compileNeedWith(&need, &cfg, idx)
	var reasons [numCriteria]Reason
	v := ev.evaluate(&nf, &r, &cfg.policy, &reasons)
	res := Result{Offering: o, Reasons: slices.Clone(reasons[1:])}
	if !v.ok {
		return res, nil
	}
	res.Score, res.Confidence = v.score, v.confidence
	// Rank: one plus the number of catalogue offerings that rank before it.
	me := candidate{idx: -1, v: v}
	rank := 1
	m.filter(&nf, &cfg.policy, func(i int) {
		if m.offering(int32(i)) == o {
			return
		}
		w := ev.quick(&nf, &m.recs[i], &cfg.policy, nil)
		if w.ok && m.betterThanOutside(&candidate{int32(i), w}, &me, o) {
			rank++
		}
	})
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
