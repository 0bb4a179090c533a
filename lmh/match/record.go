package match

import (
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// rec is an offering compiled for matching: every facet as a small integer
// or bit mask. The facts each hard criterion reads are grouped in a type of
// their own (ageRange, langFacts, availability, condFacts, placeFacts), and
// offerings with equal facts for a criterion share a class: the quick path
// judges a criterion once per class (classes.go).
type rec struct {
	// The class keys of the hard criteria, and the facts of the soft
	// criteria: what the hot loop reads, first. roles is its own class key,
	// and avail with closeDay gives the availability's.
	placeClass uint32
	langClass  uint32
	condClass  uint32
	ageClass   uint16
	roles      uint8             // bit per taxonomy.Role
	avail      availability      // ended by status, paused, full
	closeDay   int32             // ended by date from the day after this (end date, else last session); maxDay if never
	startDay   int32             // Schedule.Start, 0 if unset
	endDay     int32             // Schedule.End, 0 if unset
	firstDay   int32             // first session date, 0 if none
	lastDay    int32             // last session date, 0 if none
	format     taxonomy.Format   // group or individual
	delivery   taxonomy.Delivery // in person, digital, hybrid
	slots      uint8             // bit per TimeSlot
	ongoing    bool              // continuous intake (løpende oppstart)
	themes     uint64            // bit per taxonomy.Theme
	goals      uint64            // bit per taxonomy.Goal
	access     uint64            // bit per taxonomy.Accessibility
	days       []int32           // session dates (days since 1970), ascending

	// The facts of the hard criteria, for explaining and indexing.
	ages  ageRange
	lang  langFacts
	cond  condFacts
	place placeFacts
	conds []taxonomy.Condition // target-group conditions, ICD/ICPC codes mapped
}

// ageRange is an offering's target age range: what judgeAge reads.
type ageRange struct {
	min uint8 // 0 if none
	max uint8 // taxonomy.MaxAge if none
}

// langFacts is what judgeLanguage reads.
type langFacts struct {
	keys   uint64 // bit per language key (see primaryLang)
	interp bool   // lists an interpreter
}

// condFacts is what judgeCondition reads.
type condFacts struct {
	mask       uint64 // bit per condition in rec.conds
	restricted bool   // diagnosis-specific: excludes other conditions
}

// availability is what judgeAvailability reads, as bits.
type availability uint8

const (
	availEnded       availability = 1 << iota // ended by status
	availPaused                               // paused
	availFull                                 // every seat taken
	availEndedByDate                          // ended by date on the day judged (see rec.availabilityOn)
	numAvailability  = 1 << iota              // table size
)

// maxDay is a closeDay that never comes.
const maxDay = 1<<31 - 1

// availabilityOn returns r's availability on day today.
func (r *rec) availabilityOn(today int32) availability {
	if r.closeDay < today {
		return r.avail | availEndedByDate
	}
	return r.avail
}

// placeFacts is what judgePlace reads: where the offering is met and whom
// its Coverage serves. placeScalars holds all of it but the list of
// municipalities beyond the first two.
type placeFacts struct {
	placeScalars
	covMunis []uint16 // municipality positions named in Coverage, all of them
}

type placeScalars struct {
	covCounty   uint32 // bit per county position named in Coverage
	inCounty    uint32 // counties the offering is located in or covers part of
	loc         int16  // municipality position of the venue (or provider), -1 if none
	covMuniA    int16  // first municipality named in Coverage, -1 if none
	covMuniB    int16  // second, -1 if none; covMunis holds any more
	covRegion   uint8  // bit per geo.HealthRegion named in Coverage
	inRegion    uint8  // regions the offering is located in or covers part of
	national    bool   // Coverage.National
	covZero     bool   // no coverage declared: the venue's municipality is assumed
	covMuniMore bool   // more than two municipalities named in Coverage
	digital     bool   // delivered digitally only
	group       bool   // a group offering
}

// coversMuni reports whether Coverage names municipality position m.
func (f *placeFacts) coversMuni(m int) bool {
	if int(f.covMuniA) == m || int(f.covMuniB) == m {
		return true
	}
	return f.covMuniMore && containsU16(f.covMunis, uint16(m))
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

// compile turns an offering into a rec, without its class keys. lang
// assigns language keys.
func compile(o *lmh.Offering, pt *placeTable, lang func(string) int) rec {
	r := rec{ages: ageRange{0, taxonomy.MaxAge}, format: o.Format, delivery: o.Delivery}
	pf := &r.place
	pf.loc, pf.covMuniA, pf.covMuniB = -1, -1, -1
	pf.digital = o.Delivery == taxonomy.DeliveryDigital
	pf.group = o.Format == taxonomy.FormatGroup
	for _, ro := range o.TargetGroup.Roles {
		r.roles |= uint8(bit(ro))
	}
	if !o.TargetGroup.Ages.IsZero() {
		r.ages.min = uint8(min(max(o.TargetGroup.Ages.Min, 0), taxonomy.MaxAge))
		r.ages.max = uint8(min(max(o.TargetGroup.Ages.Upper(), 0), taxonomy.MaxAge))
	}
	r.conds, _ = compileConditions(o.TargetGroup.Conditions, o.TargetGroup.ICD10, o.TargetGroup.ICPC2)
	if len(r.conds) == 0 && o.Programme.IsValid() && o.Scope == taxonomy.ScopeDiagnosisSpecific {
		r.conds = slices.Clone(o.Programme.Conditions())
	}
	for _, c := range r.conds {
		r.cond.mask |= bit(c)
	}
	r.cond.restricted = o.Scope == taxonomy.ScopeDiagnosisSpecific && len(r.conds) > 0
	for _, t := range o.Themes {
		r.themes |= bit(t)
	}
	for _, g := range o.Goals {
		r.goals |= bit(g)
	}
	for _, a := range o.Accessibility {
		r.access |= bit(a)
		if a == taxonomy.AccessibilityInterpreter {
			r.lang.interp = true
		}
	}
	for _, l := range o.Languages {
		if k := lang(primaryLang(l)); k >= 0 && k < 64 {
			r.lang.keys |= 1 << uint(k)
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
		pf.loc = int16(i)
		c := pt.muniCounty[i]
		pf.inCounty |= 1 << uint(c)
		pf.inRegion |= 1 << uint(pt.countyReg[c])
	}
	cov := o.Coverage
	pf.national = cov.National
	pf.covZero = cov.IsZero()
	for _, k := range cov.Municipalities {
		if i, ok := pt.muniIndex[k]; ok && !slices.Contains(pf.covMunis, uint16(i)) {
			pf.covMunis = append(pf.covMunis, uint16(i))
			c := pt.muniCounty[i]
			pf.inCounty |= 1 << uint(c)
			pf.inRegion |= 1 << uint(pt.countyReg[c])
		}
	}
	for _, k := range cov.Counties {
		if c, ok := pt.countyIndex[k]; ok {
			pf.covCounty |= 1 << uint(c)
			pf.inCounty |= 1 << uint(c)
			pf.inRegion |= 1 << uint(pt.countyReg[c])
		}
	}
	for _, hr := range cov.HealthRegions {
		if hr.IsValid() {
			pf.covRegion |= 1 << uint(hr)
			pf.inRegion |= 1 << uint(hr)
		}
	}
	switch len(pf.covMunis) {
	default:
		pf.covMuniMore = true
		fallthrough
	case 2:
		pf.covMuniB = int16(pf.covMunis[1])
		fallthrough
	case 1:
		pf.covMuniA = int16(pf.covMunis[0])
	case 0:
	}
	// Availability and schedule.
	switch o.Status {
	case lmh.StatusEnded:
		r.avail |= availEnded
	case lmh.StatusPaused:
		r.avail |= availPaused
	}
	if o.Frames.Capacity.Full() {
		r.avail |= availFull
	}
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
	// Ended by date: after the end date, or without one (and without
	// continuous intake) after the last session.
	switch {
	case r.endDay != 0:
		r.closeDay = r.endDay
	case !r.ongoing && r.lastDay != 0:
		r.closeDay = r.lastDay
	default:
		r.closeDay = maxDay
	}
	return r
}

func popcount(x uint64) int { return bits.OnesCount64(x) }

func containsU16(s []uint16, x uint16) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
