package classify

import (
	"slices"

	"github.com/lmhkit/lmhkit/lmh"
)

// The weekly meetings: the times of day and the weekdays of the text, and
// how they pair up (the rules are listed in extractschedule.go, under
// weekday and clock_time).

// readTimes finds the times of day.
func (x *xstate) readTimes() {
	skip := 0
	for _, k := range x.trig[trigTime] { // timeAt's cases: a number, klokka, fra
		i := int(k)
		if i < skip {
			continue
		}
		tm, ok := x.timeAt(i)
		if !ok {
			continue
		}
		skip = tm.j
		if !x.publishedBefore(i) && !x.officeHours(i) && !x.publishedDateBefore(i) && !x.deadlineBefore(i) && !x.infoMeetingBefore(i) && !x.mealBefore(i) {
			x.times = append(x.times, tm)
		}
	}
}

// mealBefore reports whether a meal or its serving is named at most four
// words before the time at token i, in its sentence, with no start word
// between ("Frokost serveres fra kl. 08.30", "Kaffe fra kl. 17.30"): when
// the food is, not when the offering meets.
func (x *xstate) mealBefore(i int) bool {
	for k := i - 1; k >= i-5 && k >= int(x.sent[i]); k-- {
		if x.cls(k) == wStart {
			return false
		}
		if x.isAny(k, vFrokost, vLunsj, vMiddag, vKaffe, vKaffi, vServering, vServeres, vServerast, vBevertning) {
			return true
		}
	}
	return false
}

// publishedBefore reports whether the page's date comes just before token
// i ("Publisert 28.01.2019 kl. 15.00").
func (x *xstate) publishedBefore(i int) bool {
	for k := i - 1; k >= i-7 && k >= 0; k-- {
		if x.cls(k) == wPublished {
			return true
		}
	}
	return false
}

// infoMeetingBefore reports whether an information meeting or an
// interview is named just before the time at token i, in its sentence
// ("Informasjonsmøte kl. 18–19"): its time, no session's, when the text
// dates or counts sessions besides (otherwise the meeting may be the
// offering).
func (x *xstate) infoMeetingBefore(i int) bool {
	for k := i - 1; k >= int(x.sent[i]) && k >= i-6; k-- {
		if x.infoMeeting(k) {
			return x.has(wSession, wKveld) || x.sessionDated
		}
	}
	return false
}

// deadlineBefore reports whether a deadline word ("innen", "før",
// "senest", "seinast") comes just before the weekday or time at token i,
// a weekday at most between ("Påmelding innen fredag kl. 12"): a
// deadline's day and hour, no meeting's.
func (x *xstate) deadlineBefore(i int) bool {
	k := i - 1
	if x.cls(k) == wWeekday {
		k--
	}
	return k >= int(x.sent[i]) && x.isAny(k, vInnen, vInnan, vFor2, vSeinast, vSenest)
}

// publishedDateBefore reports whether the time at token i is that of a
// date just before it that is no meeting's: the page's date ("12. mars
// 2023 kl. 12:00 Publisert"), a registration deadline ("Påmeldingsfrist
// 1. mars kl. 12") or an information meeting before the course
// ("Informasjonsmøte 3. februar kl. 18. Kursstart 10. februar").
func (x *xstate) publishedDateBefore(i int) bool {
	// The dates are in order of position: those that end at i-1 or i,
	// found by binary search (a text of many times and dates would
	// otherwise read every date for every time).
	k, _ := slices.BinarySearchFunc(x.dates, i-1, func(d xdate, j int) int { return d.j - j })
	for ; k < len(x.dates) && x.dates[k].j <= i; k++ {
		x.s.work++
		if x.noMeetingDate(x.dates[k].role) {
			return true
		}
	}
	return false
}

// noMeetingDate reports whether a date of the role names no meeting of
// the offering, so that a weekday or a time written with it is none of
// its meetings' either: the page's date, a registration deadline, and an
// information meeting when the text dates a session besides (otherwise
// the meeting is the offering; see placeDates).
func (x *xstate) noMeetingDate(r dateRole) bool {
	switch r {
	case datePublished, dateDeadline:
		return true
	case dateOther:
		return x.sessionDated
	}
	return false
}

// officeHours reports whether the time at token i is when an office or
// a telephone answers ("Telefontid kl. 9–15", "Åpningstid: …", "Ring oss
// mellom 9 og 15", "Du kan ringe oss på … mellom kl. 9 og 15"): not when
// the offering meets.
func (x *xstate) officeHours(i int) bool {
	lo := int(x.sent[i])
	if lo > 0 && x.sent[lo-1] >= int32(lo-2) {
		lo = int(x.sent[lo-1]) // a label on a line of its own
	}
	for k := i - 1; k >= lo && k >= i-10; k-- {
		if x.cls(k) == wPhone || x.isAny(k, vTelefontid, vTelefontider, vAapningstid, vAapningstider, vOpningstid,
			vOpningstider, vKontortid, vKontortider, vSentralbord, vRinge, vRinger, vRingje, vRingja) {
			return true
		}
		// "mandag–fredag kl. 08.00–15.30": every working day, an
		// office's hours.
		if x.cls(k) == wWeekday && (x.p(k-1, '-') || x.cls(k-1) == wTo) && x.cls(k-2) == wWeekday {
			return true
		}
	}
	// "Kontakt oss ⏎ ApD treffes i 1. etasje … man/ons/fre kl 10-13":
	// the hours of the office a contact block names.
	return x.contactBlock(i)
}

// timeAt reads a time, or a range of two, beginning at token i.
func (x *xstate) timeAt(i int) (xtime, bool) {
	var tm xtime
	switch {
	case x.cls(i) == wClock:
		j := i + 1
		if x.p(j, '.') {
			j++
		}
		c, k, ok := x.clockAt(j, true)
		if !ok {
			return tm, false
		}
		tm = xtime{i: i, j: k, start: c}
	case x.tok(i).kind == tNum && x.p(i+1, ':') && x.glued(i+1):
		c, k, ok := x.clockAt(i, false)
		if !ok {
			return tm, false
		}
		tm = xtime{i: i, j: k, start: c}
	case x.tok(i).kind == tNum && x.p(i+1, '.') && x.glued(i+1) && x.tok(i+2).ndig == 2 && x.glued(i+2) &&
		(x.p(i+3, '-') || x.cls(i+3) == wTo || x.cls(i-1) == wFrom):
		c, k, ok := x.clockAt(i, false)
		if !ok || c.Minute()%5 != 0 {
			return tm, false
		}
		tm = xtime{i: i, j: k, start: c}
	case x.cls(i) == wFrom && x.hourAt(i+1) && x.cls(i+2) == wTo && x.hourAt(i+3) && x.weekdayNear(i):
		// "hver tirsdag fra ni til elleve", "fra 10 til 14".
		a, b := int(x.tok(i+1).val), int(x.tok(i+3).val)
		if a < 6 || b > 23 || b <= a {
			return tm, false
		}
		return xtime{i: i, j: i + 4, start: lmh.ClockAt(a, 0), end: lmh.ClockAt(b, 0)}, true
	default:
		return tm, false
	}
	// An end: "– 20.30", "til 18:30", "- kl. 15.00".
	k := tm.j
	if x.p(k, '-') || x.cls(k) == wTo {
		k++
		if x.cls(k) == wCa { // "kl. 18 – ca. 20"
			k++
			if x.p(k, '.') {
				k++
			}
		}
		if x.cls(k) == wClock {
			k++
			if x.p(k, '.') {
				k++
			}
		}
		if c, m, ok := x.clockAt(k, true); ok && tm.start.Before(c) {
			tm.end, tm.j = c, m
		}
	}
	return tm, true
}

// hourAt reports whether token i is a bare hour: a number word, or one
// or two digits not followed by a clock's minutes.
func (x *xstate) hourAt(i int) bool {
	t := x.tok(i)
	if t.cls == wNumber {
		return true
	}
	minutes := (x.p(i+1, '.') || x.p(i+1, ':')) && x.glued(i+1) && x.tok(i+2).kind == tNum && x.tok(i+2).ndig == 2 && x.glued(i+2)
	return t.kind == tNum && t.ndig <= 2 && !minutes
}

// clockAt reads "18", "18.00", "18:00" or "1800" at token i; bare hours
// only when bare is true (after a clock word or a dash).
func (x *xstate) clockAt(i int, bare bool) (lmh.ClockTime, int, bool) {
	t := x.tok(i)
	if t.kind != tNum {
		return lmh.ClockTime{}, i, false
	}
	if t.ndig == 4 && bare {
		h, m := int(t.val/100), int(t.val%100)
		c := lmh.ClockAt(h, m)
		return c, i + 1, !c.IsZero() && h <= 23
	}
	if t.ndig > 2 || t.val > 23 {
		return lmh.ClockTime{}, i, false
	}
	h := int(t.val)
	if (x.p(i+1, '.') || x.p(i+1, ':')) && x.glued(i+1) && x.tok(i+2).kind == tNum && x.tok(i+2).ndig == 2 && x.glued(i+2) {
		m := int(x.tok(i + 2).val)
		if m > 59 {
			return lmh.ClockTime{}, i, false
		}
		return lmh.ClockAt(h, m), i + 3, true
	}
	if !bare {
		return lmh.ClockTime{}, i, false
	}
	return lmh.ClockAt(h, 0), i + 1, true
}

// weekdayNear reports whether a weekday comes within four tokens before
// token i.
func (x *xstate) weekdayNear(i int) bool {
	for k := i - 1; k >= i-4 && k >= 0; k-- {
		if c := x.cls(k); c == wWeekday || c == wWeekdays {
			return true
		}
	}
	return false
}

// readWeekdays finds the weekdays the offering meets on.
func (x *xstate) readWeekdays() {
	for _, k := range x.trig[trigWeekday] {
		i := int(k)
		c := x.cls(i)
		if c != wWeekday && c != wWeekdays {
			continue
		}
		w := xweekday{i: i, day: lmh.Weekday(x.tok(i).val)}
		switch {
		case c == wWeekdays:
			w.recurring = true
		case x.recurringBefore(i):
			w.recurring = true
		case x.cls(i+1) == wEvery && x.cls(i+2) == wMonthUnit,
			x.cls(i-1) == wOrdinal && x.is(i+1, vI) && x.isAny(i+2, vMaaneden, vMaanaden):
			// "Første tirsdag hver måned", "første onsdag i måneden".
			w.recurring = true
		case x.dateFollows(i):
			w.dated = true
		case x.bareWeekday(i):
		default:
			continue
		}
		if x.publishedBefore(i) || x.deadlineBefore(i) || x.contactBlock(i) || x.daySpan(i) || x.datedDays(i) {
			continue
		}
		x.weekdays = append(x.weekdays, w)
	}
}

// daySpan reports whether the weekday at token i is an end of a span of
// days ("fra tirsdag morgen til onsdag ettermiddag", "frå måndag til
// fredag"): a session of several days or a week's opening, no day of a
// weekly meeting. The other end is looked for at most two words away.
func (x *xstate) daySpan(i int) bool {
	switch x.cls(i - 1) {
	case wFrom:
		for k := i + 1; k <= i+3; k++ {
			if x.cls(k) == wTo && x.cls(k+1) == wWeekday && x.tok(k+1).val != x.tok(i).val {
				return x.sameSentence(i, k+1)
			}
		}
	case wTo:
		for k := i - 2; k >= i-4 && k > 0; k-- {
			if x.cls(k) == wWeekday && x.cls(k-1) == wFrom && x.tok(k).val != x.tok(i).val {
				return x.sameSentence(k, i)
			}
		}
	}
	return false
}

// datedDays reports whether the weekday at token i names one of the
// days of a list or a span of dated days with another weekday ("mandag
// 4. og onsdag 6. mars", "fra mandag 25. til og med onsdag 27. april",
// "tysdag 3.–torsdag 5. mars"): days of one run, not a weekly meeting
// day.
func (x *xstate) datedDays(i int) bool {
	sep := func(k int) bool {
		return x.cls(k) == wAnd || x.cls(k) == wTo || x.p(k, ',') || x.p(k, '-')
	}
	day := func(k int) bool { return x.tok(k).kind == tNum && x.tok(k).ndig <= 2 && x.p(k+1, '.') }
	// The day after a weekday, "den" between them or not ("mandag den
	// 4."), or -1.
	dayAfter := func(k int) int {
		if x.cls(k+1) == wThe {
			k++
		}
		if day(k + 1) {
			return k + 1
		}
		return -1
	}
	d := dayAfter(i)
	if d < 0 {
		return false
	}
	// Forward: "mandag 4. og onsdag …".
	if sep(d + 2) {
		k := d + 3
		if x.is(k, vOg) && x.cls(k+1) == wWith {
			k += 2 // "til og med"
		}
		if x.cls(k) == wWeekday && x.tok(k).val != x.tok(i).val && dayAfter(k) >= 0 {
			return true
		}
	}
	// Backward: "… 4. og onsdag 6.", "… 25. til og med onsdag 27.".
	k := i - 1
	if x.cls(k) == wWith && x.is(k-1, vOg) && x.cls(k-2) == wTo {
		k -= 2
	}
	if sep(k) && x.p(k-1, '.') && x.tok(k-2).kind == tNum {
		w := k - 3
		if x.cls(w) == wThe {
			w--
		}
		if x.cls(w) == wWeekday && x.tok(w).val != x.tok(i).val {
			return true
		}
	}
	return false
}

// recurringBefore reports whether "hver", "kvar", "annenhver", "hver
// tredje", or a recurring weekday and "og" come before the weekday at i.
func (x *xstate) recurringBefore(i int) bool {
	k := i - 1
	if x.cls(k) == wOrdinal {
		k--
	}
	switch x.cls(k) {
	case wEvery, wEveryOther:
		return true
	case wAnd, wOr:
		if n := len(x.weekdays); n > 0 && x.weekdays[n-1].recurring && (x.weekdays[n-1].i == k-1 ||
			x.sameSentence(x.weekdays[n-1].i, i) && x.p(k-1, ',')) {
			return true // "hver tirsdag og torsdag", "hver tirsdag fra 10 til 14, og torsdag"
		}
	}
	if x.p(k, ',') {
		if n := len(x.weekdays); n > 0 && x.weekdays[n-1].i == k-1 && x.weekdays[n-1].recurring {
			return true
		}
	}
	return false
}

// dateFollows reports whether a date follows the weekday at i.
func (x *xstate) dateFollows(i int) bool {
	k := i + 1
	if x.cls(k) == wThe {
		k++
	}
	// The dates are in order of position (see publishedDateBefore).
	if n, found := slices.BinarySearchFunc(x.dates, k, func(d xdate, k int) int { return d.i - k }); found {
		x.s.work++
		return !x.noMeetingDate(x.dates[n].role) // the page's date, a deadline: no meeting's day
	}
	return false
}

// bareWeekday reports whether a weekday with no "hver" and no date is
// still the day of a meeting: a time follows in its sentence, or it names
// an evening ("tirsdagskveld", "mandag kveld").
func (x *xstate) bareWeekday(i int) bool {
	if x.cls(i+1) == wKveld || len(x.str(i)) > 9 || x.cls(i-1) == wTime || x.p(i-1, ':') && (x.cls(i-2) == wTime || x.isAny(i-2, vDag, vDager, vDagar, vUkedag)) ||
		x.isAny(i+1, vFormiddag, vEttermiddag, vFormiddagen, vEttermiddagen) {
		return true
	}
	// The times are in order of position: the first after i, found by
	// binary search (a text of many weekdays and times would otherwise
	// read every time for every weekday).
	k, _ := slices.BinarySearchFunc(x.times, i+1, func(tm xtime, i int) int { return tm.i - i })
	for ; k < len(x.times) && x.times[k].i-i <= 6; k++ {
		x.s.work++
		if x.sameSentence(i, x.times[k].i) {
			return true
		}
	}
	return false
}

// weeklyFields are the evidence paths of the first weekly meetings.
var weeklyFields = [...][3]string{
	{"schedule.weekly[0].weekday", "schedule.weekly[0].start", "schedule.weekly[0].end"},
	{"schedule.weekly[1].weekday", "schedule.weekly[1].start", "schedule.weekly[1].end"},
	{"schedule.weekly[2].weekday", "schedule.weekly[2].start", "schedule.weekly[2].end"},
	{"schedule.weekly[3].weekday", "schedule.weekly[3].start", "schedule.weekly[3].end"},
	{"schedule.weekly[4].weekday", "schedule.weekly[4].start", "schedule.weekly[4].end"},
	{"schedule.weekly[5].weekday", "schedule.weekly[5].start", "schedule.weekly[5].end"},
	{"schedule.weekly[6].weekday", "schedule.weekly[6].start", "schedule.weekly[6].end"},
}

// buildWeekly turns the weekdays and times into the weekly meetings.
func (x *xstate) buildWeekly(s *lmh.Schedule) {
	// The text's only time, if it has one.
	var only *xtime
	if len(x.times) > 0 {
		only = &x.times[0]
		for k := range x.times[1:] {
			if t := &x.times[k+1]; t.start != only.start || t.end != only.end {
				only = nil
				break
			}
		}
	}
	spread := x.datesSpreadOverDays()
	for _, w := range x.weekdays {
		if w.dated && spread {
			continue
		}
		dup := false
		for _, have := range s.Weekly {
			if have.Weekday == w.day {
				dup = true
				break
			}
		}
		if dup || len(s.Weekly) == len(weeklyFields) {
			continue
		}
		n := len(s.Weekly)
		b := BasisWeekday
		if w.dated {
			b = BasisDateWeekday
		}
		if x.give(weeklyFields[n][0], x.toks[w.i].start, x.toks[w.i].end, b) == nil {
			continue
		}
		wt := lmh.WeeklyTime{Weekday: w.day}
		tm := x.timeOf(w.i)
		if tm == nil {
			tm = only
		}
		if tm != nil {
			x.giveTime(&wt, n, tm, BasisClockTime)
		}
		s.Weekly = append(s.Weekly, wt)
	}
	if len(s.Weekly) == 0 && len(x.times) > 0 {
		// No weekday: the first time, and its end only when the text gives
		// no other (a programme of several items ends when its last does,
		// not its first).
		var wt lmh.WeeklyTime
		tm := x.times[0]
		if only == nil {
			tm.end = lmh.ClockTime{}
		}
		if x.giveTime(&wt, 0, &tm, BasisClockTime) {
			s.Weekly = append(s.Weekly, wt)
		}
	}
}

// giveTime sets the start and end of weekly meeting n from tm, as far as
// the rule's confidence allows, and reports whether it set either.
func (x *xstate) giveTime(wt *lmh.WeeklyTime, n int, tm *xtime, b Basis) bool {
	if x.give(weeklyFields[n][1], x.toks[tm.i].start, x.toks[tm.j-1].end, b) == nil {
		return false
	}
	wt.Start = tm.start
	if !tm.end.IsZero() && x.give(weeklyFields[n][2], x.toks[tm.i].start, x.toks[tm.j-1].end, b) != nil {
		wt.End = tm.end
	}
	return true
}

// timeOf returns the first time in the sentence of the weekday at token i
// (after it, else before it), or nil. A time written just before the
// weekday, "på" or "hver" at most between, is the weekday's ("kl. 10-12
// på tirsdager og kl. 18-20 på torsdager").
func (x *xstate) timeOf(i int) *xtime {
	var before *xtime
	for k := range x.times {
		tm := &x.times[k]
		if !x.sameSentence(i, tm.i) {
			continue
		}
		if tm.j <= i && (tm.j == i || tm.j == i-1 && (x.is(i-1, vPaa) || x.cls(i-1) == wEvery)) {
			return tm
		}
		if tm.i > i {
			return tm
		}
		if before == nil {
			before = tm
		}
	}
	return before
}
