package match

import (
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// An offering compiled for matching is a hot record (hotRec, 32 bytes):
// for each criterion, the class of the facts its judge reads, or the facts
// themselves where they are a few bits. Offerings with equal facts for a
// criterion share a class, judged once per call (classes.go), so the facts
// (offeringFacts) are kept once per class and the hot loop reads nothing
// but the hot records. A Matcher keeps them in one array, in place order.

// hotRec is the hot record of an offering.
type hotRec struct {
	placeClass uint32
	langClass  uint32
	condClass  uint32
	wishClass  uint32       // themes, goals, accessibility
	startClass uint32       // the schedule
	closeDay   int32        // ended by date from the day after this (end date, else last session); maxDay if never
	ageClass   uint16       //
	runLeft    uint16       // in a Matcher, how many records after this one have its classes (at most 65,535)
	roles      uint8        // bit per taxonomy.Role
	avail      availability // ended by status, paused, full
	soft       softKey      // format, delivery and time slots
	softLeft   uint8        // in a Matcher, how many records after this one in its run have its soft key too (at most 255)
}

// softKey packs the facts of three soft criteria, each with a handful of
// values, into one byte: time slots (bits 0–3), format (4–5) and delivery
// (6–7), the latter two by formatKey and deliveryKey.
type softKey uint8

func (k softKey) slots() uint8    { return uint8(k) & 15 }
func (k softKey) format() uint8   { return uint8(k) >> 4 & 3 }
func (k softKey) delivery() uint8 { return uint8(k) >> 6 }

// formatKey is a format's key in softKey: the value, or 0 for one outside
// the vocabulary (judged, and named in a reason, as 0 is).
func formatKey(f taxonomy.Format) uint8 {
	if f > taxonomy.FormatIndividual {
		return 0
	}
	return uint8(f)
}

// deliveryKey is a delivery's key in softKey: the value, or 0 for one
// outside the vocabulary (judged, and named in a reason, as 0 is).
func deliveryKey(d taxonomy.Delivery) uint8 {
	if d > taxonomy.DeliveryHybrid {
		return 0
	}
	return uint8(d)
}

// runEnd is the position after the run of records at position pos with the
// classes of h (or 65,535 records on, for a longer run).
func (h *hotRec) runEnd(pos int) int { return pos + 1 + int(h.runLeft) }

// softEnd is the position after the records from pos on in h's run that
// share h's soft key (or 255 records on, for more).
func (h *hotRec) softEnd(pos int) int { return pos + 1 + int(h.softLeft) }

// offeringFacts are the facts kept per class.
type offeringFacts struct {
	ages   ageRange
	lang   langFacts
	cond   condFacts
	place  placeFacts
	wishes wishFacts
	start  startFacts
}

// wishFacts are what the judges of themes, goals and accessibility read.
type wishFacts struct {
	themes uint64 // bit per taxonomy.Theme
	goals  uint64 // bit per taxonomy.Goal
	access uint64 // bit per taxonomy.Accessibility
}

// startFacts are what judgeStart reads: the schedule.
type startFacts struct {
	startDay int32   // Schedule.Start, 0 if unset
	endDay   int32   // Schedule.End, 0 if unset
	firstDay int32   // first session date, 0 if none
	lastDay  int32   // last session date, 0 if none
	ongoing  bool    // continuous intake (løpende oppstart)
	days     []int32 // session dates (days since 1970), ascending
}

// compiled is an offering compiled by compile, before New classes and
// orders it. Its slices (the conditions, the municipalities of its
// coverage, the session dates) are those of the compileBuf it was compiled
// with.
type compiled struct {
	hot   hotRec
	facts offeringFacts
}

// compileBuf is scratch space compile reuses from one offering to the next.
type compileBuf struct {
	conds []taxonomy.Condition
	munis []uint16
	days  []int32
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

// condFacts is what judgeCondition reads, and the conditions in the
// order the offering gives them, for the reasons.
type condFacts struct {
	mask       uint64               // bit per condition in conds
	excl       uint64               // bit per condition the target group excludes (ExcludeConditions)
	restricted bool                 // diagnosis-specific: excludes other conditions
	general    bool                 // across diagnoses or about living with illness (scope)
	conds      []taxonomy.Condition // target-group conditions, ICD/ICPC codes mapped
}

// availability is what judgeAvailability reads, as bits.
type availability uint8

const (
	availEnded       availability = 1 << iota // ended by status
	availPaused                               // paused
	availFull                                 // every seat taken
	availEndedByDate                          // ended by date on the day judged (see hotRec.availabilityOn)
	numAvailability  = 1 << iota              // table size
)

// maxDay is a closeDay that never comes.
const maxDay = 1<<31 - 1

// availabilityOn returns the offering's availability on day today.
func (r *hotRec) availabilityOn(today int32) availability {
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
	// Days from the civil date (Howard Hinnant's days_from_civil), after
	// normalising the month as time.Date does; a day outside the month
	// counts on, as in time.Date.
	y, m := d.Year, int(d.Month)-1
	y += floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12 // 0 is January
	if m < 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	doy := (153*((m+10)%12)+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func dateOfDay(n int32) lmh.Date { return lmh.DateOf(time.Unix(int64(n)*86400, 0).UTC()) }

// compileConditions maps taxonomy conditions and ICD-10/ICPC-2 codes to
// conditions, deduplicated, in first-seen order. unmapped counts the codes
// no condition covers.
func compileConditions(conds []taxonomy.Condition, icd10, icpc2 []string) (out []taxonomy.Condition, unmapped int) {
	return appendConditions(nil, conds, icd10, icpc2)
}

// appendConditions is compileConditions appending to out.
func appendConditions(out, conds []taxonomy.Condition, icd10, icpc2 []string) (_ []taxonomy.Condition, unmapped int) {
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

// compile compiles an offering, without its class keys, into buf's space.
// lang assigns language keys to the offering's language tags.
func compile(o *lmh.Offering, pt *placeTable, lang func(tag string) int, buf *compileBuf) compiled {
	c := compiled{facts: offeringFacts{ages: ageRange{0, taxonomy.MaxAge}}}
	h, f := &c.hot, &c.facts
	var slots uint8
	pf := &f.place
	pf.loc, pf.covMuniA, pf.covMuniB = -1, -1, -1
	pf.digital = o.Delivery == taxonomy.DeliveryDigital
	pf.group = o.Format == taxonomy.FormatGroup
	for _, ro := range o.TargetGroup.Roles {
		h.roles |= uint8(bit(ro))
	}
	if !o.TargetGroup.Ages.IsZero() {
		f.ages.min = uint8(min(max(o.TargetGroup.Ages.Min, 0), taxonomy.MaxAge))
		f.ages.max = uint8(min(max(o.TargetGroup.Ages.Upper(), 0), taxonomy.MaxAge))
	}
	buf.conds, _ = appendConditions(buf.conds[:0], o.TargetGroup.Conditions, o.TargetGroup.ICD10, o.TargetGroup.ICPC2)
	if len(buf.conds) == 0 && o.Programme.IsValid() && o.Scope == taxonomy.ScopeDiagnosisSpecific {
		buf.conds = append(buf.conds, o.Programme.Conditions()...)
	}
	f.cond.conds = buf.conds
	for _, cd := range f.cond.conds {
		f.cond.mask |= bit(cd)
	}
	f.cond.restricted = o.Scope == taxonomy.ScopeDiagnosisSpecific && len(f.cond.conds) > 0
	f.cond.general = o.Scope == taxonomy.ScopeCrossDiagnostic || o.Scope == taxonomy.ScopeLivingWithIllness
	for _, x := range o.TargetGroup.ExcludeConditions {
		f.cond.excl |= bit(x)
	}
	for _, t := range o.Themes {
		f.wishes.themes |= bit(t)
	}
	for _, g := range o.Goals {
		f.wishes.goals |= bit(g)
	}
	for _, a := range o.Accessibility {
		f.wishes.access |= bit(a)
		if a == taxonomy.AccessibilityInterpreter {
			f.lang.interp = true
		}
	}
	for _, l := range o.Languages {
		if k := lang(l); k >= 0 && k < 64 {
			f.lang.keys |= 1 << uint(k)
		}
	}
	for _, s := range o.Schedule.TimeSlots() {
		if s.IsValid() {
			slots |= 1 << uint(s)
		}
	}
	// Place: the venue, else the provider's address.
	muni := o.Place.Municipality
	if muni == "" {
		muni = o.Provider.Municipality
	}
	if i, ok := pt.muniIndex[muni]; ok {
		pf.loc = int16(i)
		cy := pt.muniCounty[i]
		pf.inCounty |= 1 << uint(cy)
		pf.inRegion |= 1 << uint(pt.countyReg[cy])
	}
	cov := o.Coverage
	pf.national = cov.National
	pf.covZero = cov.IsZero()
	pf.covMunis = buf.munis[:0]
	for _, k := range cov.Municipalities {
		if i, ok := pt.muniIndex[k]; ok && !slices.Contains(pf.covMunis, uint16(i)) {
			pf.covMunis = append(pf.covMunis, uint16(i))
			cy := pt.muniCounty[i]
			pf.inCounty |= 1 << uint(cy)
			pf.inRegion |= 1 << uint(pt.countyReg[cy])
		}
	}
	for _, k := range cov.Counties {
		if cy, ok := pt.countyIndex[k]; ok {
			pf.covCounty |= 1 << uint(cy)
			pf.inCounty |= 1 << uint(cy)
			pf.inRegion |= 1 << uint(pt.countyReg[cy])
		}
	}
	for _, hr := range cov.HealthRegions {
		if hr.IsValid() {
			pf.covRegion |= 1 << uint(hr)
			pf.inRegion |= 1 << uint(hr)
		}
	}
	buf.munis = pf.covMunis
	if len(pf.covMunis) == 0 {
		pf.covMunis = nil
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
		h.avail |= availEnded
	case lmh.StatusPaused:
		h.avail |= availPaused
	}
	if o.Frames.Capacity.Full() {
		h.avail |= availFull
	}
	h.soft = softKey(slots&15 | formatKey(o.Format)<<4 | deliveryKey(o.Delivery)<<6)
	st := &f.start
	st.ongoing = o.Schedule.Ongoing
	st.startDay = dayNumber(o.Schedule.Start)
	st.endDay = dayNumber(o.Schedule.End)
	days := buf.days[:0]
	for _, d := range o.Schedule.Dates {
		if n := dayNumber(d); n != 0 {
			days = append(days, n)
		}
	}
	slices.Sort(days)
	if len(days) > 0 {
		st.firstDay, st.lastDay = days[0], days[len(days)-1]
	}
	buf.days = days
	if len(days) > 0 {
		st.days = days
	}
	// Ended by date: after the end date, or without one (and without
	// continuous intake) after the last session.
	switch {
	case st.endDay != 0:
		h.closeDay = st.endDay
	case !st.ongoing && st.lastDay != 0:
		h.closeDay = st.lastDay
	default:
		h.closeDay = maxDay
	}
	return c
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
