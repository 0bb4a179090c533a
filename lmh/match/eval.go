package match

import (
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// This file holds the one definition of what a match is: how an offering
// and a need are compiled into compact records, the hard constraints, the
// score and the reasons. The indexed Matcher and the linear-scan baseline in
// the benchmarks both call evaluate, so they cannot disagree; the indexes
// only decide which offerings evaluate is called for.

// closeness levels, nearest first in value order (higher is nearer).
const (
	closeOut      = 0 // outside the offering's coverage (kept only by WithReach)
	closeNational = 1 // national digital, or in person far away but covered
	closeRegion   = 2 // same health region
	closeCounty   = 3 // same county
	closeMuni     = 4 // same municipality
	closeUnknown  = 5 // the need gives no municipality
)

// rec is an offering compiled for matching: every facet as a small integer
// or bit mask. About 150 bytes plus its short slices.
type rec struct {
	// Hot fields first: evaluate reads these for every candidate, so they
	// share the record's first cache lines.
	langKeys    uint64            // language keys (see primaryLang)
	themes      uint64            // bit per taxonomy.Theme
	condMask    uint64            // bit per condition in conds
	goals       uint64            // bit per taxonomy.Goal
	access      uint64            // bit per taxonomy.Accessibility
	covCounty   uint32            // bit per county position named in Coverage
	inCounty    uint32            // counties the offering is located in or covers part of
	startDay    int32             // Schedule.Start, 0 if unset
	endDay      int32             // Schedule.End, 0 if unset
	firstDay    int32             // first session date, 0 if none
	lastDay     int32             // last session date, 0 if none
	loc         int16             // municipality position of the venue (or provider), -1 if none
	covMuniA    int16             // first municipality named in Coverage, -1 if none
	covMuniB    int16             // second, -1 if none; covMunis holds any more
	format      taxonomy.Format   // group or individual
	delivery    taxonomy.Delivery // in person, digital, hybrid
	ageMin      uint8             // 0 if none
	ageMax      uint8             // taxonomy.MaxAge if none
	roles       uint8             // bit per taxonomy.Role
	slots       uint8             // bit per TimeSlot
	covRegion   uint8             // bit per geo.HealthRegion named in Coverage
	inRegion    uint8             // regions the offering is located in or covers part of
	status      lmh.Status        // active, paused, ended
	national    bool              // Coverage.National
	covZero     bool              // no coverage declared: the venue's municipality is assumed
	covMuniMore bool              // more than two municipalities named in Coverage
	restricted  bool              // diagnosis-specific: excludes other conditions
	full        bool              // every seat taken
	ongoing     bool              // continuous intake (løpende oppstart)
	interp      bool              // lists an interpreter

	// Cold fields: read for explanations and rare cases.
	conds    []taxonomy.Condition // target-group conditions, ICD/ICPC codes mapped
	covMunis []uint16             // municipality positions named in Coverage
	days     []int32              // session dates (days since 1970), ascending
}

// coversMuni reports whether Coverage names municipality position m.
func (r *rec) coversMuni(m int) bool {
	if int(r.covMuniA) == m || int(r.covMuniB) == m {
		return true
	}
	return r.covMuniMore && containsU16(r.covMunis, uint16(m))
}

// langKey maps a BCP 47 tag to a small key: Norwegian Bokmål, Nynorsk and
// "no" share one key, because a reader of one reads the other; every other
// primary subtag gets its own. Keys live in a Matcher-wide table.
func primaryLang(tag string) string {
	t := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(t, "-_"); i >= 0 {
		t = t[:i]
	}
	switch t {
	case "nb", "nn", "no", "nob", "nno", "nor":
		return "no"
	case "sme":
		return "se"
	case "eng":
		return "en"
	}
	return t
}

// dayNumber returns d as days since 1970-01-01, 0 for the zero date.
func dayNumber(d lmh.Date) int32 {
	if d.IsZero() {
		return 0
	}
	return int32(d.Time(time.UTC).Unix() / 86400)
}

func dateOfDay(n int32) lmh.Date { return lmh.DateOf(time.Unix(int64(n)*86400, 0).UTC()) }

// compileConditions maps taxonomy conditions and ICD-10/ICPC-2 codes to
// conditions, deduplicated, in first-seen order. unmapped counts the codes
// no condition covers.
func compileConditions(conds []taxonomy.Condition, icd10, icpc2 []string) (out []taxonomy.Condition, unmapped int) {
	add := func(c taxonomy.Condition) {
		if c.IsValid() && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, c := range conds {
		add(c)
	}
	for _, s := range icd10 {
		if c, ok := taxonomy.ConditionFor(taxonomy.ICD10, s); ok {
			add(c)
		} else {
			unmapped++
		}
	}
	for _, s := range icpc2 {
		if c, ok := taxonomy.ConditionFor(taxonomy.ICPC2, s); ok {
			add(c)
		} else {
			unmapped++
		}
	}
	return out, unmapped
}

func bit[C ~uint16 | ~uint8](c C) uint64 {
	if c >= 64 {
		return 0
	}
	return 1 << uint(c)
}

// compile turns an offering into a rec. lang assigns language keys.
func compile(o *lmh.Offering, pt *placeTable, lang func(string) int) rec {
	r := rec{loc: -1, covMuniA: -1, covMuniB: -1, ageMax: taxonomy.MaxAge, format: o.Format, delivery: o.Delivery, status: o.Status}
	for _, ro := range o.TargetGroup.Roles {
		r.roles |= uint8(bit(ro))
	}
	if !o.TargetGroup.Ages.IsZero() {
		r.ageMin = uint8(min(max(o.TargetGroup.Ages.Min, 0), taxonomy.MaxAge))
		r.ageMax = uint8(min(max(o.TargetGroup.Ages.Upper(), 0), taxonomy.MaxAge))
	}
	r.conds, _ = compileConditions(o.TargetGroup.Conditions, o.TargetGroup.ICD10, o.TargetGroup.ICPC2)
	if len(r.conds) == 0 && o.Programme.IsValid() && o.Scope == taxonomy.ScopeDiagnosisSpecific {
		r.conds = slices.Clone(o.Programme.Conditions())
	}
	for _, c := range r.conds {
		r.condMask |= bit(c)
	}
	r.restricted = o.Scope == taxonomy.ScopeDiagnosisSpecific && len(r.conds) > 0
	for _, t := range o.Themes {
		r.themes |= bit(t)
	}
	for _, g := range o.Goals {
		r.goals |= bit(g)
	}
	for _, a := range o.Accessibility {
		r.access |= bit(a)
		if a == taxonomy.AccessibilityInterpreter {
			r.interp = true
		}
	}
	for _, l := range o.Languages {
		if k := lang(primaryLang(l)); k >= 0 && k < 64 {
			r.langKeys |= 1 << uint(k)
		}
	}
	for _, s := range o.Schedule.TimeSlots() {
		if s.IsValid() {
			r.slots |= 1 << uint(s)
		}
	}
	// Place: the venue, else the provider's address.
	muni := o.Place.Municipality
	if muni == "" {
		muni = o.Provider.Municipality
	}
	if i, ok := pt.muniIndex[muni]; ok {
		r.loc = int16(i)
		c := pt.muniCounty[i]
		r.inCounty |= 1 << uint(c)
		r.inRegion |= 1 << uint(pt.countyReg[c])
	}
	cov := o.Coverage
	r.national = cov.National
	r.covZero = cov.IsZero()
	for _, k := range cov.Municipalities {
		if i, ok := pt.muniIndex[k]; ok && !slices.Contains(r.covMunis, uint16(i)) {
			r.covMunis = append(r.covMunis, uint16(i))
			c := pt.muniCounty[i]
			r.inCounty |= 1 << uint(c)
			r.inRegion |= 1 << uint(pt.countyReg[c])
		}
	}
	for _, k := range cov.Counties {
		if c, ok := pt.countyIndex[k]; ok {
			r.covCounty |= 1 << uint(c)
			r.inCounty |= 1 << uint(c)
			r.inRegion |= 1 << uint(pt.countyReg[c])
		}
	}
	for _, hr := range cov.HealthRegions {
		if hr.IsValid() {
			r.covRegion |= 1 << uint(hr)
			r.inRegion |= 1 << uint(hr)
		}
	}
	// Availability and schedule.
	r.full = o.Frames.Capacity.Full()
	r.ongoing = o.Schedule.Ongoing
	r.startDay = dayNumber(o.Schedule.Start)
	r.endDay = dayNumber(o.Schedule.End)
	for _, d := range o.Schedule.Dates {
		if n := dayNumber(d); n != 0 {
			r.days = append(r.days, n)
		}
	}
	slices.Sort(r.days)
	if len(r.days) > 0 {
		r.firstDay, r.lastDay = r.days[0], r.days[len(r.days)-1]
	}
	switch len(r.covMunis) {
	default:
		r.covMuniMore = true
		fallthrough
	case 2:
		r.covMuniB = int16(r.covMunis[1])
		fallthrough
	case 1:
		r.covMuniA = int16(r.covMunis[0])
	case 0:
	}
	return r
}

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
	muni      int // municipality position, -1 if unknown
	county    int
	unmapped  int // condition codes no condition covers
	region    uint8
	roles     uint8
	slots     uint8
	format    taxonomy.Format
	delivery  lmh.DeliveryPreference
	fromText  uint32  // bit per Criterion whose facts came from the free text
	maxRest   float64 // the most the criteria after condition can add (see quick's bound)
}

func (n *needFacts) textBit(c Criterion) bool { return n.fromText&(1<<uint(c)) != 0 }

// policy is what a MatchOption set changes: which hard constraints are
// relaxed.
type policy struct {
	reach         Reach
	ageSlack      int
	relaxRole     bool
	relaxLanguage bool
	relaxCond     bool
	unavailable   bool
}

// verdict is the outcome of evaluating one offering for one need.
type verdict struct {
	score      float64
	confidence lmh.Confidence
	closeness  uint8
	nextStart  int32 // next start day, 0 if none
	ok         bool  // passes the hard constraints (after relaxation)
}

// Weights of the soft score, in points out of 100; documented on Matcher.
const (
	wCondition = 25
	wRole      = 10
	wTheme     = 12
	wGoal      = 5
	wFormat    = 5
	wDelivery  = 10
	wTime      = 5
	wPlace     = 15
	wStart     = 8
	wLanguage  = 3
	wAccess    = 2
)

// related roles: patient and user both name the person living with the
// health challenge (pasient in the specialist service, bruker in the
// municipal one), so each partly meets the other.
func relatedRoles(mask uint8) uint8 {
	var out uint8
	if mask&uint8(bit(taxonomy.RolePatient)) != 0 {
		out |= uint8(bit(taxonomy.RoleUser))
	}
	if mask&uint8(bit(taxonomy.RoleUser)) != 0 {
		out |= uint8(bit(taxonomy.RolePatient))
	}
	return out &^ mask
}

// evaluator carries the matcher-wide context evaluate needs.
type evaluator struct {
	pt    *placeTable
	langs []string // language key → primary subtag
}

// evalState collects the fits of one evaluation and, when explaining, the
// reasons. Arguments for reasons are only built when explain is set, so the
// hot path allocates nothing.
type evalState struct {
	out     *[numCriteria]Reason
	n       *needFacts
	fits    [numCriteria]Fit
	relaxed [numCriteria]bool
	blocks  [numCriteria]bool // an unknown that hides a restriction, or a stated fact left unchecked
	fail    bool
	explain bool
}

func (s *evalState) set(c Criterion, f Fit, m msgKey) {
	s.fits[c] = f
	if s.explain {
		s.out[c] = Reason{Criterion: c, Fit: f, FromText: s.n.textBit(c), msg: m}
	}
}

// with sets the arguments of the reason for c; call only when explaining.
func (s *evalState) with(c Criterion, a ...arg) {
	copy(s.out[c].args[:], a)
}

// hardFail records a failed hard constraint, kept when allowed by a
// relaxing option.
func (s *evalState) hardFail(c Criterion, allowed bool) {
	if allowed {
		s.relaxed[c] = true
	} else {
		s.fail = true
	}
}

// evaluate checks the hard constraints and computes the score of r for n.
// When out is non-nil it also writes one Reason per criterion (the slow
// path, used only for the results returned and for Explain).
func (ev *evaluator) evaluate(n *needFacts, r *rec, p *policy, out *[numCriteria]Reason) verdict {
	var v verdict
	st := evalState{out: out, n: n, explain: out != nil}
	s := &st
	pts := 0.0

	// Role (hard).
	switch {
	case r.roles == 0:
		s.set(CriterionRole, FitUnknown, msgRoleOfferUnknown)
		pts += wRole * 0.5
		s.blocks[CriterionRole] = n.roles != 0
	case n.roles == 0:
		s.set(CriterionRole, FitUnknown, msgRoleNeedUnknown)
		if s.explain {
			s.with(CriterionRole, arg{kind: argRolesPl, mask: uint64(r.roles)})
		}
		pts += wRole * 0.5
		s.blocks[CriterionRole] = true
	case n.roles&r.roles != 0:
		s.set(CriterionRole, FitMet, msgRoleMet)
		if s.explain {
			s.with(CriterionRole, arg{kind: argRolesPl, mask: uint64(r.roles)}, arg{kind: argRoleSing, n: int32(lowestRole(n.roles & r.roles))})
		}
		pts += wRole
	case relatedRoles(n.roles)&r.roles != 0:
		s.set(CriterionRole, FitPartlyMet, msgRoleRelated)
		if s.explain {
			s.with(CriterionRole, arg{kind: argRolesPl, mask: uint64(r.roles)}, arg{kind: argRoleSing, n: int32(lowestRole(n.roles))})
		}
		pts += wRole * 0.6
	default:
		s.set(CriterionRole, FitNotMet, msgRoleNot)
		if s.explain {
			s.with(CriterionRole, arg{kind: argRolesPl, mask: uint64(r.roles)}, arg{kind: argRolesPl, mask: uint64(n.roles)})
		}
		s.hardFail(CriterionRole, p.relaxRole)
	}
	if s.fail && !s.explain {
		return v
	}

	// Age (hard).
	ageArg := arg{kind: argAgeRange, n: int32(r.ageMin), m: int32(r.ageMax)}
	switch {
	case r.ageMin == 0 && r.ageMax >= taxonomy.MaxAge:
		s.set(CriterionAge, FitMet, msgAgeAll)
	case n.age >= 0:
		if n.age >= int(r.ageMin) && n.age <= int(r.ageMax) {
			s.set(CriterionAge, FitMet, msgAgeMet)
		} else {
			s.set(CriterionAge, FitNotMet, msgAgeNot)
			d := int(r.ageMin) - n.age
			if n.age > int(r.ageMax) {
				d = n.age - int(r.ageMax)
			}
			s.hardFail(CriterionAge, d <= p.ageSlack)
		}
		if s.explain {
			s.with(CriterionAge, ageArg, arg{kind: argInt, n: int32(n.age)})
		}
	case n.ageGroups != 0:
		if ageGroupsOverlap(n.ageGroups, int(r.ageMin), int(r.ageMax)) {
			s.set(CriterionAge, FitMet, msgAgeGroupMet)
		} else {
			s.set(CriterionAge, FitNotMet, msgAgeGroupNot)
			s.hardFail(CriterionAge, p.ageSlack > 0)
		}
		if s.explain {
			s.with(CriterionAge, ageArg, arg{kind: argAgeGroups, mask: n.ageGroups})
		}
	default:
		s.set(CriterionAge, FitUnknown, msgAgeNeedUnknown)
		if s.explain {
			s.with(CriterionAge, ageArg)
		}
		s.blocks[CriterionAge] = true
	}
	if s.fail && !s.explain {
		return v
	}

	// Place (hard: coverage; soft: closeness).
	v.closeness = ev.place(s, r, p)
	if s.fail && !s.explain {
		return v
	}
	pts += wPlace * closenessScore[v.closeness]

	// Language (hard).
	switch {
	case r.langKeys == 0:
		s.set(CriterionLanguage, FitUnknown, msgLangOfferUnknown)
		pts += wLanguage * 0.5
		s.blocks[CriterionLanguage] = n.langKeys != 0
	case n.langKeys == 0:
		s.set(CriterionLanguage, FitUnknown, msgLangNeedUnknown)
		if s.explain {
			s.with(CriterionLanguage, ev.langArg(r.langKeys))
		}
		pts += wLanguage * 0.5
		s.blocks[CriterionLanguage] = r.langKeys&1 == 0 // key 0 is Norwegian
	case n.langKeys&r.langKeys != 0:
		s.set(CriterionLanguage, FitMet, msgLangMet)
		if s.explain {
			s.with(CriterionLanguage, ev.langArg(n.langKeys&r.langKeys))
		}
		if n.firstLang&r.langKeys != 0 {
			pts += wLanguage
		} else {
			pts += wLanguage * 0.8
		}
	case r.interp:
		s.set(CriterionLanguage, FitPartlyMet, msgLangInterpreter)
		if s.explain {
			s.with(CriterionLanguage, ev.langArg(r.langKeys))
		}
		pts += wLanguage * 0.5
	default:
		s.set(CriterionLanguage, FitNotMet, msgLangNot)
		if s.explain {
			s.with(CriterionLanguage, ev.langArg(r.langKeys))
		}
		s.hardFail(CriterionLanguage, p.relaxLanguage)
	}
	if s.fail && !s.explain {
		return v
	}

	// Availability (hard).
	ended := r.status == lmh.StatusEnded ||
		(r.endDay != 0 && r.endDay < n.today) ||
		(r.endDay == 0 && !r.ongoing && r.lastDay != 0 && r.lastDay < n.today)
	switch {
	case ended:
		s.set(CriterionAvailability, FitNotMet, msgAvailEnded)
		s.hardFail(CriterionAvailability, p.unavailable)
	case r.status == lmh.StatusPaused:
		s.set(CriterionAvailability, FitNotMet, msgAvailPaused)
		s.hardFail(CriterionAvailability, p.unavailable)
	case r.full:
		s.set(CriterionAvailability, FitNotMet, msgAvailFull)
		s.hardFail(CriterionAvailability, p.unavailable)
	default:
		s.set(CriterionAvailability, FitMet, msgAvailOpen)
	}
	if s.fail && !s.explain {
		return v
	}

	// Condition (hard for diagnosis-specific offerings; soft fit).
	pts += wCondition * ev.condition(s, r, p)
	if s.fail && !s.explain {
		return v
	}

	// Themes and goals.
	pts += wTheme * overlap(s, CriterionTheme, n.themes, r.themes, argThemes, msgThemeAll, msgThemeSome, msgThemeNone, msgThemeNeedUnknown)
	pts += wGoal * overlap(s, CriterionGoal, n.goals, r.goals, argGoals, msgGoalAll, msgGoalSome, msgGoalNone, msgGoalNeedUnknown)

	// Format.
	switch {
	case n.format == 0:
		s.set(CriterionFormat, FitUnknown, msgFormatNeedUnknown)
		pts += wFormat * 0.5
	case n.format == r.format:
		s.set(CriterionFormat, FitMet, msgFormatMet)
		pts += wFormat
	default:
		s.set(CriterionFormat, FitNotMet, msgFormatNot)
	}
	if s.explain {
		s.with(CriterionFormat, arg{kind: argFormat, n: int32(r.format)}, arg{kind: argFormat, n: int32(n.format)})
	}

	// Delivery.
	switch {
	case n.delivery == 0:
		s.set(CriterionDelivery, FitUnknown, msgDeliveryNeedUnknown)
		pts += wDelivery * 0.5
	case n.delivery.Accepts(r.delivery):
		s.set(CriterionDelivery, FitMet, msgDeliveryMet)
		pts += wDelivery
	default:
		s.set(CriterionDelivery, FitNotMet, msgDeliveryNot)
	}
	if s.explain {
		s.with(CriterionDelivery, arg{kind: argDelivery, n: int32(r.delivery)})
	}

	// Time slots.
	switch {
	case n.slots == 0:
		s.set(CriterionTime, FitUnknown, msgTimeNeedUnknown)
		pts += wTime * 0.5
	case r.slots == 0:
		s.set(CriterionTime, FitUnknown, msgTimeOfferUnknown)
		pts += wTime * 0.5
		s.blocks[CriterionTime] = true
	case n.slots&r.slots != 0:
		s.set(CriterionTime, FitMet, msgTimeMet)
		if s.explain {
			s.with(CriterionTime, arg{kind: argSlots, mask: uint64(n.slots & r.slots)})
		}
		pts += wTime
	default:
		s.set(CriterionTime, FitNotMet, msgTimeNot)
		if s.explain {
			s.with(CriterionTime, arg{kind: argSlots, mask: uint64(r.slots)}, arg{kind: argSlots, mask: uint64(n.slots)})
		}
	}

	// Accessibility.
	got := n.access & r.access
	switch {
	case n.access == 0:
		s.set(CriterionAccessibility, FitUnknown, msgAccessNeedNone)
		pts += wAccess * 0.5
	case got == n.access:
		s.set(CriterionAccessibility, FitMet, msgAccessMet)
		pts += wAccess
	case got != 0:
		s.set(CriterionAccessibility, FitPartlyMet, msgAccessSome)
		pts += wAccess * float64(popcount(got)) / float64(popcount(n.access))
	default:
		s.set(CriterionAccessibility, FitNotMet, msgAccessNone)
	}
	if s.explain {
		if got != 0 {
			s.with(CriterionAccessibility, arg{kind: argAccess, mask: got}, arg{kind: argAccess, mask: n.access &^ got})
		} else {
			s.with(CriterionAccessibility, arg{kind: argAccess, mask: n.access})
		}
	}

	// Start date.
	so := startFit(n.today, r)
	v.nextStart = so.next
	pts += wStart * so.score
	s.set(CriterionStart, so.fit, so.msg)
	if s.explain {
		s.with(CriterionStart, arg{kind: argDate, n: so.day}, arg{kind: argDays, n: so.day - n.today})
	}

	if s.fail {
		return v // explaining an excluded offering: reasons written, no score
	}
	v.ok = true
	v.score = pts / 100
	v.confidence = lmh.ConfidenceExact
	for c := Criterion(1); c < numCriteria; c++ {
		switch {
		case s.relaxed[c] || s.fits[c] == FitNotMet:
			v.confidence = lmh.ConfidenceLow
		case v.confidence > lmh.ConfidenceHigh && (s.fits[c] == FitPartlyMet || (s.fits[c] == FitUnknown && s.blocks[c])):
			v.confidence = lmh.ConfidenceHigh
		}
		if s.explain {
			out[c].Relaxed = s.relaxed[c]
		}
	}
	return v
}

// closenessScore is the share of wPlace each closeness level earns.
var closenessScore = [...]float64{closeOut: 0.1, closeNational: 0.3, closeRegion: 0.5, closeCounty: 0.75, closeMuni: 1, closeUnknown: 0.5}

func lowestRole(mask uint8) taxonomy.Role {
	for _, r := range taxonomy.All[taxonomy.Role]() {
		if mask&uint8(bit(r)) != 0 {
			return r
		}
	}
	return 0
}

func ageGroupsOverlap(groups uint64, lo, hi int) bool {
	for _, g := range taxonomy.All[taxonomy.AgeGroup]() {
		if groups&bit(g) != 0 && g.MinAge() <= hi && g.MaxAge() >= lo {
			return true
		}
	}
	return false
}

type geoRegion = geo.HealthRegion

func popcount(x uint64) int { return bits.OnesCount64(x) }

func containsU16(s []uint16, x uint16) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// placeFacts is what placeCore finds; evaluate and quick both use it.
type placeFacts struct {
	level    uint8
	covered  bool // the person lives in the offering's coverage
	inPerson bool // met in person at a known venue
	noNeed   bool // the need gives no municipality
	noOffer  bool // the offering gives neither coverage nor venue
}

func (ev *evaluator) placeCore(n *needFacts, r *rec) placeFacts {
	pt := ev.pt
	if n.muni < 0 {
		return placeFacts{level: closeUnknown, noNeed: true, covered: r.national}
	}
	f := placeFacts{level: closeOut}
	inMuni := false
	switch {
	case r.national:
		f.covered = true
		inMuni = r.coversMuni(n.muni)
	case r.covZero:
		if r.loc < 0 {
			return placeFacts{level: closeUnknown, noOffer: true}
		}
		inMuni = int(r.loc) == n.muni
		f.covered = inMuni
	default:
		inMuni = r.coversMuni(n.muni)
		f.covered = inMuni || r.covCounty&(1<<uint(n.county)) != 0 || r.covRegion&(1<<n.region) != 0
	}
	f.inPerson = r.delivery != taxonomy.DeliveryDigital && r.loc >= 0
	if f.inPerson {
		lc := pt.muniCounty[r.loc]
		switch {
		case int(r.loc) == n.muni:
			f.level = closeMuni
		case lc == n.county:
			f.level = closeCounty
		case pt.countyReg[lc] == geoRegion(n.region):
			f.level = closeRegion
		case f.covered:
			f.level = closeNational
		}
	} else if f.covered {
		switch {
		case inMuni:
			f.level = closeMuni
		case r.covCounty&(1<<uint(n.county)) != 0:
			f.level = closeCounty
		case r.covRegion&(1<<n.region) != 0:
			f.level = closeRegion
		default:
			f.level = closeNational
		}
	}
	if !f.covered && f.level == closeNational {
		f.level = closeOut
	}
	return f
}

// reachAllowed reports whether p's reach keeps an offering outside the
// person's coverage.
func reachAllowed(n *needFacts, r *rec, p *policy) bool {
	switch p.reach {
	case ReachNational:
		return true
	case ReachRegion:
		return n.muni >= 0 && r.inRegion&(1<<n.region) != 0
	case ReachCounty:
		return n.muni >= 0 && r.inCounty&(1<<uint(n.county)) != 0
	}
	return false
}

// place decides reach (hard) and closeness (soft) and returns the level.
// Without the person's municipality only offerings open to the whole
// country (or stating no place at all) can be shown to be within reach;
// others fail the constraint unless the reach is ReachNational.
func (ev *evaluator) place(s *evalState, r *rec, p *policy) uint8 {
	pt, n := ev.pt, s.n
	f := ev.placeCore(n, r)
	switch {
	case f.noOffer:
		s.set(CriterionPlace, FitUnknown, msgPlaceOfferUnknown)
		s.blocks[CriterionPlace] = true
		return f.level
	case f.noNeed && !f.covered:
		s.set(CriterionPlace, FitNotMet, msgPlaceNeedUnknown)
		if s.explain {
			s.with(CriterionPlace, ev.areaArg(r))
		}
		s.hardFail(CriterionPlace, reachAllowed(n, r, p))
		return f.level
	case f.noNeed && r.delivery != taxonomy.DeliveryDigital:
		s.set(CriterionPlace, FitMet, msgPlaceNeedUnknown)
		if s.explain {
			s.with(CriterionPlace, ev.areaArg(r))
		}
		return f.level
	}
	covered, level, inPerson := f.covered, f.level, f.inPerson
	if !covered {
		s.set(CriterionPlace, FitNotMet, msgPlaceOut)
		if s.explain {
			s.with(CriterionPlace, ev.areaArg(r), arg{kind: argName, list: []string{pt.munis[n.muni].Name}})
		}
		s.hardFail(CriterionPlace, reachAllowed(n, r, p))
		return level
	}
	if inPerson {
		switch level {
		case closeMuni:
			s.set(CriterionPlace, FitMet, msgPlaceMuni)
		case closeCounty:
			s.set(CriterionPlace, FitMet, msgPlaceCounty)
		case closeRegion:
			s.set(CriterionPlace, FitMet, msgPlaceRegion)
		default:
			s.set(CriterionPlace, FitPartlyMet, msgPlaceFar)
		}
		if s.explain {
			lc := pt.muniCounty[r.loc]
			locName := arg{kind: argName, list: []string{pt.munis[r.loc].Name}}
			switch level {
			case closeMuni:
				s.with(CriterionPlace, locName)
			case closeCounty:
				s.with(CriterionPlace, locName, arg{kind: argName, list: []string{pt.counties[lc].Name}})
			case closeRegion:
				s.with(CriterionPlace, locName, arg{kind: argName, list: []string{pt.countyReg[lc].Name()}})
			default:
				s.with(CriterionPlace, locName, ev.areaArg(r))
			}
		}
		return level
	}
	switch {
	case (level == closeNational || f.noNeed) && r.format == taxonomy.FormatGroup:
		s.set(CriterionPlace, FitMet, msgPlaceNationalCourse)
	case level == closeNational || f.noNeed:
		s.set(CriterionPlace, FitMet, msgPlaceNational)
	default:
		s.set(CriterionPlace, FitMet, msgPlaceDigitalArea)
		if s.explain {
			s.with(CriterionPlace, ev.areaArg(r))
		}
	}
	return level
}

// areaArg describes whom the offering serves by place.
func (ev *evaluator) areaArg(r *rec) arg {
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
	for hr := geoRegion(1); hr < numRegions; hr++ {
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

// condition decides the condition criterion and returns the share of
// wCondition earned. The need's conditions are precompiled into masks:
// condSame (the conditions), condAnc (their ancestors: an offering for one
// of these is broader) and condDesc (their descendants: narrower).
func (ev *evaluator) condition(s *evalState, r *rec, p *policy) float64 {
	n := s.n
	if len(n.conds) == 0 {
		if r.restricted {
			s.set(CriterionCondition, FitUnknown, msgCondNeedUnknown)
			if n.unmapped > 0 {
				s.set(CriterionCondition, FitUnknown, msgCondCodeUnmapped)
			}
			if s.explain {
				s.with(CriterionCondition, arg{kind: argConds, list: condCodes(r.conds)})
			}
			s.blocks[CriterionCondition] = true
			return 0.3
		}
		s.set(CriterionCondition, FitMet, msgCondOpen)
		return 0.5
	}
	switch {
	case r.condMask&n.condSame != 0:
		s.set(CriterionCondition, FitMet, msgCondSame)
		if s.explain {
			s.with(CriterionCondition, arg{kind: argConds, list: maskCodes(r.condMask & n.condSame)})
		}
		return 1
	case r.condMask&n.condAnc != 0:
		s.set(CriterionCondition, FitMet, msgCondBroader)
		if s.explain {
			oc, nc := bestPair(n.conds, r.conds, func(nc, oc taxonomy.Condition) bool { return oc.Subsumes(nc) })
			s.with(CriterionCondition, arg{kind: argConds, list: []string{oc.String()}}, arg{kind: argConds, list: []string{nc.String()}})
		}
		return 0.9
	case r.condMask&n.condDesc != 0:
		s.set(CriterionCondition, FitPartlyMet, msgCondNarrower)
		if s.explain {
			oc, nc := bestPair(n.conds, r.conds, func(nc, oc taxonomy.Condition) bool { return nc.Subsumes(oc) })
			s.with(CriterionCondition, arg{kind: argConds, list: []string{oc.String()}}, arg{kind: argConds, list: []string{nc.String()}})
		}
		return 0.6
	case !r.restricted && len(r.conds) == 0:
		// Open to any diagnosis: no conditions named.
		s.set(CriterionCondition, FitPartlyMet, msgCondGeneral)
		if s.explain {
			s.with(CriterionCondition, arg{kind: argConds, list: condCodes(n.conds)})
		}
		return 0.4
	case !r.restricted:
		// Across diagnoses, but the diagnoses it names are others: not an
		// exclusion, yet not a fit either (a course for next of kin in
		// mental illness is no course for next of kin in dementia).
		s.set(CriterionCondition, FitNotMet, msgCondListed)
		if s.explain {
			s.with(CriterionCondition, arg{kind: argConds, list: condCodes(r.conds)}, arg{kind: argConds, list: condCodes(n.conds)})
		}
		return 0.1
	}
	s.set(CriterionCondition, FitNotMet, msgCondOther)
	if s.explain {
		s.with(CriterionCondition, arg{kind: argConds, list: condCodes(r.conds)}, arg{kind: argConds, list: condCodes(n.conds)})
	}
	s.hardFail(CriterionCondition, p.relaxCond)
	return 0
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

// overlap scores a set-valued soft criterion: the share of the person's
// wishes the offering covers; 0.5 when the person named none.
func overlap(s *evalState, c Criterion, want, have uint64, kind argKind, all, some, none, unknown msgKey) float64 {
	if want == 0 {
		s.set(c, FitUnknown, unknown)
		return 0.5
	}
	got := want & have
	switch {
	case got == want:
		s.set(c, FitMet, all)
		if s.explain {
			s.with(c, arg{kind: kind, mask: got})
		}
		return 1
	case got != 0:
		s.set(c, FitPartlyMet, some)
		if s.explain {
			s.with(c, arg{kind: kind, mask: got}, arg{kind: kind, mask: want &^ got})
		}
		return float64(popcount(got)) / float64(popcount(want))
	}
	s.set(c, FitNotMet, none)
	if s.explain {
		s.with(c, arg{kind: kind, mask: want})
	}
	return 0
}

type startOutcome struct {
	fit   Fit
	msg   msgKey
	day   int32 // the day the reason names
	next  int32 // the next start day for the tie-break, 0 if none
	score float64
}

// startFit finds the next start on or after today. A start within 60 days
// is met; later is partly met; continuous intake is met; an offering under
// way is partly met; no dates at all is unknown.
func startFit(today int32, r *rec) startOutcome {
	next := int32(0)
	switch {
	case r.firstDay >= today:
		next = r.firstDay
	case r.lastDay >= today:
		for _, d := range r.days {
			if d >= today {
				next = d
				break
			}
		}
	}
	if next == 0 && r.startDay >= today {
		next = r.startDay
	}
	switch {
	case next != 0:
		d := next - today
		sc := 1 - float64(d)/365
		if sc < 0.2 {
			sc = 0.2
		}
		if d <= 60 {
			return startOutcome{FitMet, msgStartSoon, next, next, sc}
		}
		return startOutcome{FitPartlyMet, msgStartLater, next, next, sc}
	case r.ongoing:
		return startOutcome{FitMet, msgStartContinuous, 0, 0, 0.9}
	case r.startDay != 0 && r.endDay >= today:
		return startOutcome{FitPartlyMet, msgStartOngoing, r.endDay, 0, 0.3}
	case r.startDay != 0:
		return startOutcome{FitPartlyMet, msgStartPast, r.startDay, 0, 0.3}
	}
	return startOutcome{FitUnknown, msgStartRolling, 0, 0, 0.5}
}
