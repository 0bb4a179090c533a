package classify

import (
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// The schedule: dates, weekdays and times of day.
//
//   - date: a day and a month, in words or digits, with or without a year:
//     "14. januar", "14 november", "14.01.25", "tirsdag 14. januar 2026",
//     "10.09"; a list of days with one month ("5., 12. og 19. mars")
//     starts on its first. "D.M" with a one-digit month, no full stop
//     and no year after it is a section's or figure's number ("1.1
//     Bakgrunn", "Figur 5.1"), not a date, unless a weekday or "den"
//     comes before it or a clock after it. A date after "publisert", "oppdatert" or
//     "skrevet", before a "Publisert" label on its line, or on the line
//     under a line of that label alone, is the
//     page's, not the offering's (nor are its weekday and time); one
//     after "påmeldingsfrist" or "påmelding innen" (or "påmelding til …
//     før") is the registration deadline (registration_deadline); one
//     after "søknadsfrist" is none of the offering's, nor is one in a
//     sentence of a holiday, a cancelled meeting, an earlier run or a
//     day that comes round every year ("sommerferie fra 20. juni",
//     "avlyst", "Tidligere kurs …", "arrangerer vi alltid", "hvert
//     år"), one
//     after "siden", or one from which a price applies ("Fra 1. januar er
//     egenandelen …"); one after "siste"
//     is the last session (last_date); one moved from ("flytta frå 5.10
//     til …") or planned and not held ("skulle startet opp 3. februar")
//     is dropped. The first session date is the start; all of them are
//     the dates. A start word's date after another date no start word
//     marks leaves the start in doubt (none is given).
//   - start_date: "oppstart 3. mars", "fra 3. mars", "starter 14. mars".
//     A week number ("uke 5") is not read: no date is stated, and the
//     corpus leaves it unset too.
//   - A date without a year gets the first year that puts it on or after
//     the reference date (YearInferred); later dates without a year come
//     on or after the first one, and a deadline on or before it. A date
//     whose stated year lies before the reference date is kept and
//     marked Past.
//   - weekday: "hver tirsdag", "kvar torsdag", "annenhver onsdag", "hver
//     tredje onsdag", "tirsdager", "tysdagane", "på tirsdager"; date_weekday:
//     the weekday written with a date ("fredag 22. oktober").
//   - clock_time: "kl. 18.00–20.30", "klokka 18", "kl 18-20", "18:00",
//     "15:30 til 18:30", "12.30-14.30", and after a weekday "fra ni til
//     elleve". Each weekday takes the time of its sentence, or the text's
//     only time; a time with no weekday gives a weekly meeting whose day is
//     unset (the draft's problems say so).

// xdate is a date read from the text.
type xdate struct {
	i, j       int // its tokens
	month, day int
	year       int // 0 when not written
	weekday    lmh.Weekday
	role       dateRole
	basis      Basis
	date       lmh.Date // the date, the year inferred where not written
	inferred   bool
}

type dateRole uint8

const (
	dateSession    dateRole = iota // a session, or the start
	datePublished                  // the page's date
	dateDeadline                   // the registration deadline
	dateLast                       // the last session
	dateMovedFrom                  // a date the session moved from
	dateOther                      // an information meeting, an interview: not a session
	dateNotSession                 // an application's deadline, a break, a cancelled meeting: never a session
	// datePublished also covers the date a service opened ("offisielt
	// åpnet 10. mai", "innført fra 1. mars 2016"): not a session.
)

// xtime is a time of day, or a range of two, read from the text.
type xtime struct {
	i, j       int
	start, end lmh.ClockTime
}

// xweekday is a weekday named in the text.
type xweekday struct {
	i         int
	day       lmh.Weekday
	recurring bool // every week, or every n weeks
	dated     bool // written with a date
}

func (x *xstate) readSchedule(o *lmh.Offering) {
	x.readDates()
	x.readTimes()
	x.readWeekdays()
	s := &o.Schedule
	x.placeDates(o)
	x.buildWeekly(s)
	for _, k := range x.keys {
		if x.seenSets&setOngoing == 0 {
			break
		}
		i := int(k)
		if (x.isAny(i, vLopende, vLopande) && x.isAny(i+1, vOppstart, vOpptak, vInntak)) || x.is(i, vFortlopende) {
			s.Ongoing = true
			x.add("schedule.ongoing", x.toks[i].start, x.tok(i).end, BasisStartDate, 0.8)
			break
		}
	}
}

// readDates finds the dates of the text.
func (x *xstate) readDates() {
	skip := 0
	x.sessionDated = false
	for _, k := range x.nums {
		i := int(k)
		if i < skip {
			continue
		}
		d, ok := x.dateAt(i)
		if !ok {
			continue
		}
		x.dates = append(x.dates, d)
		x.sessionDated = x.sessionDated || d.role == dateSession
		skip = d.j
	}
}

// dateAt reads a date beginning at token i.
func (x *xstate) dateAt(i int) (xdate, bool) {
	t := x.tok(i)
	var d xdate
	switch {
	case t.kind == tNum && t.val >= 1 && t.val <= 31 && t.ndig <= 2:
		j := i + 1
		if x.p(j, '.') {
			j++
		}
		// "6.-8. september", "fra 14. til 16. mai", "fra mandag 25.
		// til og med onsdag 27. april", "fra mandag den 25. til onsdag
		// den 27. april": the first day of a range, which takes its
		// month (and year) from the last.
		if x.p(j, '-') || j == i+2 && x.is(j, vTil) {
			m := j + 1
			if x.is(j, vTil) && x.is(m, vOg) && x.cls(m+1) == wWith {
				m += 2 // "til og med"
			}
			if x.cls(m) == wWeekday {
				m++
			}
			if x.cls(m) == wThe {
				m++
			}
			if x.tok(m).kind == tNum && x.tok(m).val > t.val && x.tok(m).val <= 31 {
				k := m + 1
				if x.p(k, '.') {
					k++
				}
				if x.cls(k) == wMonth {
					j = k
				}
			}
		}
		switch {
		case x.cls(j) == wMonth && (j > i+1 || x.glued(j) || x.tok(j).flags&fSpace != 0):
			d = xdate{i: i, j: j + 1, day: int(t.val), month: int(x.tok(j).val), basis: BasisDate}
			// "14. jan." abbreviated: skip its full stop.
			if x.p(d.j, '.') && len(x.str(j)) <= 4 && x.tok(d.j+1).kind != tNum {
				d.j++
			}
			if y := x.tok(d.j); y.kind == tNum && y.ndig == 4 && y.val >= 1990 && y.val <= 2100 {
				d.year, d.j = int(y.val), d.j+1
			}
		case j == i+2 && x.glued(i+1) && x.glued(j) && x.tok(j).kind == tNum && x.tok(j).ndig <= 2 &&
			x.tok(j).val >= 1 && x.tok(j).val <= 12:
			// "14.01", "14.01.25", "14.01.2025".
			if x.clockBefore(i) {
				return d, false
			}
			d = xdate{i: i, j: j + 1, day: int(t.val), month: int(x.tok(j).val), basis: BasisDate}
			if x.p(j+1, '.') && x.glued(j+1) && x.tok(j+2).kind == tNum && x.glued(j+2) {
				y := x.tok(j + 2)
				switch {
				case y.ndig == 4 && y.val >= 1990 && y.val <= 2100:
					d.year, d.j = int(y.val), j+3
				case y.ndig == 2:
					d.year, d.j = 2000+int(y.val), j+3
				default:
					return d, false
				}
			} else if x.p(j+1, '-') && x.tok(j+2).kind == tNum {
				return d, false // "10.00-12.00" is a time
			} else if x.sectionNumber(i, j) {
				return d, false
			}
		default:
			return d, false
		}
	default:
		return d, false
	}
	// A weekday before it: "fredag 22. oktober", "mandag den 10. januar".
	k := i - 1
	if x.cls(k) == wThe {
		k--
	}
	if x.cls(k) == wWeekday {
		d.weekday = lmh.Weekday(x.tok(k).val)
	}
	// "tirsdagene 5., 12. og 19. mars", "mandag 4. og onsdag 6. mars",
	// "mandag den 4. og tirsdag den 5. mars": the list's first day (each
	// day may have its weekday, and "den", before it).
	for k := d.i - 1; ; k -= 3 {
		if x.cls(k) == wThe {
			k--
		}
		if x.cls(k) == wWeekday {
			k--
		}
		if !((x.cls(k) == wAnd || x.p(k, ',')) && x.p(k-1, '.') && x.glued(k-1)) {
			break
		}
		t := x.tok(k - 2)
		if t.kind != tNum || t.ndig > 2 || t.val < 1 || int(t.val) >= d.day {
			break
		}
		d.day, d.i = int(t.val), k-2
	}
	d.role = x.dateRole(i)
	if d.role == dateSession && x.earlierRun(i, d.j) {
		d.role = dateNotSession
	}
	// "Søndag 12. mars 2023 kl. 12:00 Publisert": the page's date, its
	// label after it.
	if d.role == dateSession && (x.publishedAfter(d.j) || x.publishedLabelAbove(i) || x.bylineLine(d.i, d.j)) {
		d.role = datePublished
	}
	if d.role == dateSession && d.basis == BasisDate && x.startsAt(i) {
		d.basis = BasisStartDate
	}
	return d, true
}

// sectionNumber reports whether "D.M" at tokens i to j, with no year
// after it, is a section's, a figure's or a table's number rather than a
// date: its month is written with one digit and no full stop after it,
// and a word of a part of a document stands before it ("Kapittel 7.3",
// "Figur 5.1", "kap. 7.3"), or it begins its line, or follows a heading
// in capitals, before a capitalised word ("1.1 Bakgrunn", "BAKGRUNN OG
// FORMÅL 1.1 Bakgrunn"), or it ends a number of three levels ("3.3.1"). A "D.M" in a sentence or a list ("Kurset starter
// 5.3 på …", "3.9, 10.9 og 17.9", "Oppstart: 12.9") is a date; so is one
// after a weekday or "den" or before a clock ("tirsdag 3.9", "den 5.3",
// "3.9 kl. 18").
func (x *xstate) sectionNumber(i, j int) bool {
	if x.tok(j).ndig != 1 || x.p(j+1, '.') {
		return false
	}
	k := i - 1
	if x.p(k, '.') {
		if x.glued(i) && x.glued(k) && x.tok(k-1).kind == tNum {
			return true // the last two of "3.3.1"
		}
		k-- // "kap. 7.3"
	}
	if x.tok(k).kind == tWord {
		for _, w := range sectionWords {
			if strings.EqualFold(x.str(k), w) {
				return true
			}
		}
	}
	n := x.tok(j + 1)
	return (i == 0 || x.tok(i).flags&fLine != 0 || x.tok(i-1).flags&fAllCap != 0) && n.kind == tWord && n.flags&fCap != 0 && n.flags&fLine == 0 &&
		x.cls(j+1) != wWeekday && x.cls(j+1) != wClock && x.cls(j+1) != wMonth
}

// sectionWords name a part of a document whose number may follow
// (sectionNumber).
var sectionWords = []string{"kapittel", "kap", "figur", "fig", "tabell", "avsnitt", "vedlegg", "pkt"}

// untilDate reports whether the date at token i follows "til" (or "fram
// til", "frem til") that ends no range: no number, weekday, month or
// "og med" just before "til", and no word that makes "til" the day one
// is moved, welcomed or invited to ("flyttet til 5. mars", "Velkommen
// til 5. mars", "Vi inviterer til 5. mars": the session's day).
func (x *xstate) untilDate(i int) bool {
	if !x.is(i-1, vTil) {
		return false
	}
	t := x.tok(i - 2)
	if t.kind == tNum || x.p(i-2, '.') || x.p(i-2, '-') || x.cls(i-2) == wWeekday || x.cls(i-2) == wMonth || x.cls(i-2) == wClock ||
		x.cls(i-2) == wMoved || toDayWords[string(x.lowerTok(i-2))] {
		return false
	}
	return true
}

// toDayWords are the words before "til <date>" that name the day of a
// session, not the end of a time (untilDate).
var toDayWords = map[string]bool{"velkommen": true, "velkomen": true, "inviterer": true, "inviterar": true,
	"invitasjon": true, "invitert": true, "invitere": true, "innbyr": true, "endret": true, "endra": true}

// bylineTo reports whether tokens (k, i) hold no line's end, no start
// word and no new clause (a colon, "og", a comma before a word in lower
// case: "Publisert av LMS, kurset holdes 5. mars", "publisert i
// kalenderen, og går 5. mars"): the date at i is still the one the label
// at k names.
func (x *xstate) bylineTo(k, i int) bool {
	for m := k + 1; m <= i; m++ {
		x.s.work++
		if x.toks[m].flags&fLine != 0 || x.cls(m) == wStart || x.p(m, ':') || x.p(m, ';') || x.is(m, vOg) ||
			x.p(m, ',') && x.tok(m+1).kind == tWord && x.tok(m+1).flags&fCap == 0 {
			return false
		}
	}
	return !x.is(k, vSist)
}

// heldInPast reports whether token k tells a gathering as held: a verb
// of holding in the preterite ("arrangerte", "gjennomførte", "markerte",
// "møtte", "deltok", "samlet", "samla", "fant sted", "gikk av
// stabelen"), how many came ("kom 20 deltakere", "var det 20"), or "ble", "blei", "vart" before
// a participle of holding ("ble avholdt", "vart halde", "ble markert");
// or the perfect: "har" or "hadde" before "hatt" or a participle of
// holding ("har hatt sitt første kurs", "hadde arrangert"), and "hadde"
// with no plan, wish or condition ("hadde sitt første kurs", "hadde
// kurs", "hadde 20 deltakere").
func (x *xstate) heldInPast(k int) bool {
	t := x.tok(k)
	if t.kind != tWord {
		return false
	}
	if x.isAny(k, vBle, vBlei, vVart) {
		return heldParticiples[string(x.lowerTok(k+1))]
	}
	if x.isAny(k, vHar, vHadde) {
		if x.is(k+1, vHatt) || heldParticiples[string(x.lowerTok(k+1))] {
			return true
		}
		// "hadde" with no participle tells what a gathering had ("Vi
		// hadde et kurs 11. mars", "Kurset 11. mars hadde 20
		// deltakere"), not a plan or a wish ("hadde tenkt", "hadde
		// lyst") nor a condition ("Hvis du hadde …").
		// Nor "hadde" opening its sentence ("Hadde du lyst til å delta
		// …", a condition or a question) or before "vært"/"vore" ("Det
		// hadde vært fint om du kom").
		return x.is(k, vHadde) && !haddePlan[string(x.lowerTok(k+1))] && k != int(x.sent[k]) &&
			!x.isAny(k-1, vHvis, vDersom, vViss, vOm) && !x.isAny(k-2, vHvis, vDersom, vViss, vOm)
	}
	switch t.id {
	case vFant, vFann:
		// "Kurset fant sted 5. mars", "fann stad".
		return x.isAny(k+1, vSted, vStad)
	case vGikkNb, vGikk:
		// "gikk av stabelen 5. mars", "gjekk av stabelen".
		return x.is(k+1, vAv) && x.is(k+2, vStabelen)
	case vKom, vVar:
		// "5. mars kom 20 deltakere", "Den 5. mars var det 20
		// deltakere": how many came; not "Kom 5. mars!", an invitation
		// with the day.
		n := k + 1
		if x.is(n, vDet) {
			n++
		}
		return x.tok(n).kind == tNum && !x.isDateNumber(n)
	}
	return heldPreterites[string(x.lowerTok(k))]
}

// heldNear reports whether a verb that tells a gathering as held
// (heldInPast) belongs to the clause of the date at token i: before it
// within eight tokens with no clause's edge between (a comma, "og",
// "som", …: "samla seg 11. desember", "NFF møtte Erna Solberg tirsdag
// 31. januar"; not "Kurset holdes 5. mars for deg som deltok", "5. mars,
// og i fjor deltok 20"), or just after the date's own tokens ("Mandag 14.
// oktober 2013 arrangerte Sørum kommune"; not "5. mars 2027 med markerte
// turstier"). "har samlet" is the perfect of gathering people for the day
// to come, not a report. Each look is bounded and counted.
func (x *xstate) heldNear(i, lo, end int) bool {
	for k := i - 1; k >= max(lo, i-8); k-- {
		x.s.work++
		if x.clauseEdge(k) && x.tok(k+1).kind != tNum { // "11. og 12. desember" is one list of days
			break
		}
		if x.heldInPast(k) && !x.isAny(k-1, vHar, vHadde) {
			return true
		}
	}
	for k := i; k < min(end, i+8); k++ {
		x.s.work++
		t := x.tok(k)
		if t.kind == tNum || t.kind == tPunct && !x.clauseEdge(k) && !x.p(k, '!') && !x.p(k, '?') ||
			x.cls(k) == wMonth || x.cls(k) == wWeekday {
			continue
		}
		return x.heldInPast(k) && !x.isAny(k-1, vHar, vHadde)
	}
	return false
}

// clauseEdge reports whether token k ends or begins a clause within a
// sentence: a comma, a colon, a semicolon, or "og", "men", "som", "at",
// "der", "fordi", "etter".
func (x *xstate) clauseEdge(k int) bool {
	return x.p(k, ',') || x.p(k, ':') || x.p(k, ';') || clauseWords[string(x.lowerTok(k))]
}

// clauseWords are clauseEdge's words.
var clauseWords = map[string]bool{"og": true, "men": true, "som": true, "at": true, "der": true, "fordi": true, "etter": true}

// haddePlan are the words after "hadde" that make it a plan or a wish,
// not a report (heldInPast).
var haddePlan = map[string]bool{"tenkt": true, "planlagt": true, "planlagd": true, "planar": true, "planer": true,
	"lyst": true, "håpet": true, "håpa": true, "ønsket": true, "ønska": true, "ynskt": true, "behov": true, "mulighet": true,
	"moglegheit": true, "anledning": true, "høve": true, "vært": true, "vore": true}

// heldPreterites and heldParticiples are heldInPast's words.
var heldPreterites = map[string]bool{"arrangerte": true, "gjennomførte": true, "markerte": true, "møtte": true,
	"deltok": true, "samlet": true, "samla": true}
var heldParticiples = map[string]bool{"avholdt": true, "holdt": true, "halde": true, "haldt": true, "arrangert": true,
	"gjennomført": true, "markert": true, "skipa": true}

// earlierRun reports whether the date at tokens [i, j) is that of an
// earlier run of the offering: "i fjor" just after it ("12. mars i
// fjor"), or "i fjor", "forrige", "førre" or "fjorårets" shortly before
// it in its sentence with no word of a new run between ("Forrige kurs var
// 10. mai", "I fjor startet kurset 3. februar"; not "Etter suksessen i
// fjor starter kurset igjen 5. mars").
func (x *xstate) earlierRun(i, j int) bool {
	end := x.sentenceEnd(i)
	for k := j; k < end && k < j+3; k++ {
		if x.lastYear(k) {
			return true
		}
	}
	for k := i - 1; k >= int(x.sent[i]) && k >= i-8; k-- {
		x.s.work++
		t := &x.toks[k]
		if t.cls == wStart {
			return false
		}
		// By the word's ID (a word of a new run first, as isAny was
		// asked before).
		switch id := t.id; {
		case id == 0:
		case newRunWord(id):
			return false
		case id == vForrige || id == vForre || id == vFjoraarets:
			return true
		case id == vFjor || id == vFjol:
			if x.is(k-1, vI) {
				return true
			}
		}
	}
	return false
}

// lastYear reports whether token k is "fjor" or "fjol" after "i".
func (x *xstate) lastYear(k int) bool {
	return x.isAny(k, vFjor, vFjol) && x.is(k-1, vI)
}

// holiday reports whether token k is a holiday ("ferie", "sommarferie",
// "juleferien").
func (x *xstate) holiday(k int) bool {
	t := x.tok(k)
	if t.kind != tWord || t.end-t.start < 5 {
		return false
	}
	w := x.str(k)
	return hasSuffixFold(w, "ferie") || hasSuffixFold(w, "ferien") || hasSuffixFold(w, "feria")
}

// publishedAfter reports whether "Publisert" or "Oppdatert" follows the
// date that ends before token j on its line, a clock time at most
// between.
func (x *xstate) publishedAfter(j int) bool {
	for k := j; k < j+8 && k < len(x.toks); k++ {
		if k > j && x.toks[k].flags&fLine != 0 {
			return false
		}
		switch {
		case x.cls(k) == wPublished:
			return !x.is(k, vSist)
		case x.cls(k) == wClock, x.tok(k).kind == tNum, x.p(k, '.'), x.p(k, ':'):
		default:
			return false
		}
	}
	return false
}

// bylineLine reports whether the date at tokens [i, j) stands on a
// byline's line: "Av" and a capitalised name after it, past one mark
// or on a line the date opens ("05.03.2024 | Av Kari Nordmann", "5.
// mars 2024 – av Kari Nordmann"; not "foredrag 5. mars av Kari
// Nordmann"), or a line that opens with "Av" and a capitalised name, or
// with "Tekst" or "Foto" as a label ("Av Kari Nordmann | 05.03.2024",
// "Tekst og foto: Kari Nordmann 05.03.2024"), at most twelve tokens
// before the date with no start word between. Not "Av og til møtes vi
// … 5. mars".
func (x *xstate) bylineLine(i, j int) bool {
	k := j
	if t := x.tok(k); t.kind == tPunct && t.flags&fLine == 0 {
		k++
	}
	if t := x.tok(k + 1); (k > j || x.tok(i).flags&fLine != 0) && x.is(k, vAv) && x.tok(k).flags&fLine == 0 &&
		t.kind == tWord && t.flags&fCap != 0 && t.flags&fLine == 0 {
		return true
	}
	for m := i - 1; m >= 0 && m >= i-12; m-- {
		x.s.work++
		if x.cls(m) == wStart {
			return false
		}
		if x.toks[m].flags&fLine == 0 {
			continue
		}
		if n := x.tok(m + 1); x.is(m, vAv) && n.kind == tWord && n.flags&fCap != 0 {
			return true
		}
		return x.isAny(m, vTekst, vFoto) && (x.p(m+1, ':') || x.cls(m+1) == wAnd && x.isAny(m+2, vTekst, vFoto))
	}
	return false
}

// publishedLabelAbove reports whether the date at token i (or its
// weekday) begins a line just after a line that holds only "Publisert" or
// "Oppdatert" ("Publisert⏎02. desember 2013"): the page's date under its
// label, which dateRole does not see across the line's end.
func (x *xstate) publishedLabelAbove(i int) bool {
	k := i - 1
	if x.cls(k) == wThe {
		k--
	}
	if x.cls(k) == wWeekday {
		i, k = k, k-1
	}
	if x.p(k, ':') {
		k--
	}
	return x.tok(i).flags&fLine != 0 && x.cls(k) == wPublished && x.tok(k).flags&fLine != 0 && !x.is(k, vSist)
}

// clockBefore reports whether a clock word comes just before token i ("kl.
// 18.30"), so that the number is a time.
func (x *xstate) clockBefore(i int) bool {
	k := i - 1
	if x.p(k, '.') {
		k--
	}
	return x.cls(k) == wClock || x.cls(k) == wFrom && x.cls(k-1) == wClock
}

// dateRole decides what the date at token i is.
func (x *xstate) dateRole(i int) dateRole {
	lo := int(x.sent[min(i, len(x.sent)-1)])
	end := x.sentenceEnd(i)
	if int32(lo) != x.memoSent {
		// What the whole sentence says, read once per sentence.
		x.memoSent, x.memoRole, x.memoFee, x.memoInfo = int32(lo), 0, false, false
		held, again := false, false
		for k := lo; k < end; k++ {
			x.s.work++
			held = held || x.heldInPast(k)
			again = again || x.cls(k) == wStart || x.isAny(k, vNeste, vIgjen, vNy, vNye, vNytt)
			if x.memoRole == 0 {
				// "Påmeldingen åpner 1. januar" is when sign-up opens (read
				// for its date below), not when a service opened; "Laget
				// vart skipa 28. oktober 1986", "stiftet 5. mai" is when a
				// club was founded.
				if x.cls(k) == wFounded && x.cls(k-1) != wRegister || x.is(k, vSkipa) && x.isAny(k-1, vVart, vBle, vBlei) {
					x.memoRole = datePublished
				} else if x.isAny(k, vAvlyst, vAvlyses, vAvlysast, vTidligere, vTidlegare, vAlltid) || x.holiday(k) ||
					x.is(k, vKraft) && x.is(k-1, vI) ||
					x.cls(k) == wEvery && x.cls(k+1) == wYear || x.plannedOnly(k) {
					// A break, a cancelled meeting, an earlier run or a
					// day that comes round every year: "sommerferie fra
					// 20. juni", "Kurset er avlyst 5. mars", "Tidligere
					// kurs ble holdt 5. mai", "Den 10. september
					// arrangerer vi alltid en fagdag", "hvert år 10.
					// oktober"; a plan that did not hold ("gruppen som
					// skulle startet opp 03.02.21"); a law or a scheme
					// coming into force ("trådte i kraft 1. januar").
					x.memoRole = dateNotSession
				} else {
					x.memoFee = x.memoFee || x.cls(k) == wFee
				}
			}
			x.memoInfo = x.memoInfo || x.infoMeeting(k)
		}
		// "Mandag 14. oktober 2013 arrangerte Sørum kommune en
		// temakveld", "samla seg 11. og 12. desember", "vart halde 5.
		// mai": a gathering told as held, in a sentence that names no
		// start nor a new run, is a report of it, not a session to come.
		x.memoHeld = x.memoRole == 0 && held && !again
	}
	if x.memoRole != 0 {
		return x.memoRole
	}
	if x.memoHeld && x.heldNear(i, lo, end) {
		return dateNotSession
	}
	// "siden 1. januar 2019": since when it has run; "Fra 1. januar er
	// egenandelen 400 kr": when a price applies; "Kurset avsluttes 10.
	// juni", "sluttar 3. mai": when it ends, not when it starts.
	// "parkere gratis etter 1. desember", "Etter 5. mars blir kurset
	// digitalt": a bound in time, not a day something is held.
	if x.isAny(i-1, vSiden, vSida, vEtter) || x.memoFee && x.cls(i-1) == wFrom || x.isAny(i-1, vSlutter, vSluttar, vAvsluttes, vAvsluttast) {
		return dateNotSession
	}
	// "Fra 15. august kan du melde deg på", "Frå 1. mars opnar
	// påmeldinga": a sentence that opens with from when one may sign up;
	// no session ("Kurset går fra 3. mars, påmelding til LMS" is one).
	if x.cls(i-1) == wFrom && i-1 == lo {
		for k := i + 1; k < min(end, i+8); k++ {
			if x.p(k, ',') {
				break
			}
			if c := x.cls(k); c == wSignUp || c == wRegister {
				return dateNotSession
			}
		}
	}
	if x.memoInfo {
		// An information meeting or an interview before the course is not
		// one of its sessions. Read within 64 tokens of the date, so that a
		// sentence of many dates costs no more than a line of them.
		for k := max(lo, i-64); k < min(end, i+64); k++ {
			x.s.work++
			if x.infoMeeting(k) && !x.courseDatesLabel(k, i) {
				return dateOther
			}
		}
	}
	for k := i - 1; k >= max(lo, i-8); k-- {
		switch x.cls(k) {
		case wPublished:
			if i-k <= 4 {
				return datePublished
			}
			// "Skrevet av Simon-Peter Neumer | 14. juni 2012", "publisert
			// i Psykologtidsskriftet nr. 3. august 2020": a byline's or a
			// publication's date further on, on the same line, no start
			// word between.
			if x.isAny(k+1, vAv, vI) && x.bylineTo(k, i) {
				return datePublished
			}
		case wDeadline:
			if x.isAny(k, vSoknadsfrist, vSoknadsfristen) {
				return dateNotSession // an application's deadline: neither a session nor the registration's
			}
			return dateDeadline
		case wRegister, wSignUp:
			// "påmelding innen 1. mars"; "Send påmelding til
			// kurs@example.no før 12. august", the deadline word just
			// before the date.
			if (i-k <= 5 || x.deadlineWordBetween(i-3, i)) && x.deadlineWordBetween(k, i) {
				return dateDeadline
			}
			// "Påmeldingen stenger 1. februar", "påmeldinga
			// stengjer 1. februar": when sign-up closes, the deadline;
			// "Påmelding til 1. mars", "Meld deg på til 1. mars": sign-up
			// is open until then.
			if i-k <= 3 && x.isAny(i-1, vStenger, vStengjer, vStenges, vStengast, vLukkes, vLukker, vLukkast) || i-k <= 4 && x.untilDate(i) {
				return dateDeadline
			}
			// "Påmelding fra 1. februar", "Påmeldingen åpner 1.
			// februar": when sign-up opens, no session.
			if i-k <= 3 && (x.cls(i-1) == wFrom || x.isAny(i-1, vAapner, vOpnar)) {
				return dateNotSession
			}
		case wPast:
			if i-k <= 6 {
				return dateLast
			}
		case wFrom:
			if i-k == 1 && x.movedBefore(k) {
				return dateMovedFrom
			}
		case wReferral:
			if i-k <= 2 {
				return datePublished // "åpen for henvisning fra 1. juni"
			}
		}
	}
	// "besøksstans til 18.01.21", "stengt fram til 1. mars": until
	// when, with no date of a range before "til" (read after the words
	// before the date, so that "Påmeldingsfrist til 1. mars" stays the
	// deadline). "Svar innen 1. mars", "Ta kontakt før 1. mars", "må være
	// mottatt seinast 1. mars": a deadline for something else than
	// signing up, and no session.
	if x.untilDate(i) || x.deadlineWordBetween(max(lo, i-3)-1, i) {
		return dateNotSession
	}
	// "Vi har også kurs for pårørende, med oppstart 5. mars": another
	// offering's day (asked last: most dates have no word of addition
	// before them).
	if x.alsoNamedBefore(i) {
		return dateNotSession
	}
	return dateSession
}

// plannedOnly reports whether token k is "skulle" and a verb of starting
// or holding within two words ("skulle startet opp", "skulle ha vore
// halde"): what was to be, said when it was moved or called off.
func (x *xstate) plannedOnly(k int) bool {
	if !x.isAny(k, vSkulle, vSkulla) {
		return false
	}
	for m := k + 1; m <= k+3; m++ {
		if x.cls(m) == wStart || x.isAny(m, vStartet, vStarta, vBegynt, vHoldt, vHeldt, vArrangert, vGjennomfort, vAvholdt) {
			return true
		}
	}
	return false
}

// courseDatesLabel reports whether a label of the course's dates
// ("Kursdatoer:", "Datoer") comes between tokens k and i.
func (x *xstate) courseDatesLabel(k, i int) bool {
	for m := k + 1; m < i; m++ {
		if x.cls(m) == wDate || x.isAny(m, vKursdatoer, vKursdatoar, vKursdato) {
			return true
		}
	}
	return false
}

// deadlineWordBetween reports whether "innen", "før", "seinast" … lies
// between tokens k and i.
func (x *xstate) deadlineWordBetween(k, i int) bool {
	for m := k + 1; m < i; m++ {
		if x.isAny(m, vInnen, vInnan, vFor2, vSeinast, vSenest, vSist) {
			return true
		}
	}
	return false
}

// movedBefore reports whether the sentence says before token k that the
// session moved ("flytta frå").
func (x *xstate) movedBefore(k int) bool {
	for m := k - 1; m >= int(x.sent[k]) && m >= k-4; m-- {
		if x.cls(m) == wMoved {
			return true
		}
	}
	return false
}

// statedYears fills in the year of each date without one from the dates
// with one (statedYear). placeDates calls it only when there are dates,
// so that a listing without any does not clear its table (1,664 bytes).
func (x *xstate) statedYears() {
	// The first date (in the text's order) with a year for each day of
	// the year, kept as years are filled in, so that each date without
	// one finds its day's year in one step (a text of many dates stays
	// linear). An entry holds the date's index plus one (0: none), so
	// the table starts zero and costs no loop to clear.
	var firstYear [13][32]int32
	note := func(k int) {
		if o := &x.dates[k]; o.year != 0 && o.role != datePublished && uint(o.month) <= 12 && uint(o.day) <= 31 {
			if f := &firstYear[o.month][o.day]; *f == 0 || int32(k) < *f-1 {
				*f = int32(k) + 1
			}
		}
	}
	for k := range x.dates {
		note(k)
	}
	for k := range x.dates {
		if d := &x.dates[k]; d.year == 0 && d.role != datePublished {
			d.year = x.statedYear(d, &firstYear)
			note(k)
		}
	}
}

// startsAt reports whether a start word comes just before the date at
// token i: "oppstart 3. mars", "fra 3. mars", "starter 14. mars".
func (x *xstate) startsAt(i int) bool {
	for k := i - 1; k >= i-3 && k >= int(x.sent[i]); k-- {
		if x.cls(k) == wStart || x.cls(k) == wFrom && k == i-1 {
			return true
		}
	}
	return false
}

// placeDates settles the years of the dates and puts them in the draft.
func (x *xstate) placeDates(o *lmh.Offering) {
	s := &o.Schedule
	var first *xdate
	ref := x.reference()
	// An information meeting before the course is no session of it, but
	// it is the offering when the text dates nothing else
	// ("informasjonsmøte om demens 5. februar").
	other := !x.startMonth()
	for k := range x.dates {
		if x.dates[k].role == dateSession {
			other = false
		}
	}
	for k := range x.dates {
		if d := &x.dates[k]; d.role == dateOther && other {
			d.role = dateSession
		}
	}
	if len(x.dates) > 0 {
		x.statedYears()
	}
	// "Verdensdagen markeres 10. oktober. Kurset starter 3. november": a
	// date the text says the offering starts on, after another date
	// that no start word marks, leaves the start in doubt.
	doubt := false
	if fs := x.firstSession(); fs >= 0 && x.dates[fs].basis != BasisStartDate {
		for k := fs + 1; k < len(x.dates); k++ {
			if d := &x.dates[k]; d.role == dateSession && d.basis == BasisStartDate {
				doubt = d.month != x.dates[fs].month || d.day != x.dates[fs].day
				break
			}
		}
	}
	for k := range x.dates {
		d := &x.dates[k]
		if d.role != dateSession {
			continue
		}
		after := ref
		if first != nil {
			after = first.date
		}
		x.settle(d, after)
		if first == nil {
			first = d
			if doubt {
				// No start; the dates are kept.
			} else if e := x.give("schedule.start", x.toks[d.i].start, x.toks[d.j-1].end, d.basis); e != nil {
				s.Start = d.date
				e.YearInferred, e.Past = d.inferred, d.date.Before(x.asOf)
			}
		}
		if len(s.Dates) == 0 || s.Dates[len(s.Dates)-1].Before(d.date) {
			s.Dates = append(s.Dates, d.date)
		}
	}
	if len(s.Dates) < 2 || s.Start.IsZero() {
		s.Dates = nil
	} else {
		x.add("schedule.dates", x.toks[first.i].start, x.toks[x.dates[len(x.dates)-1].j-1].end, BasisDate, 0.8)
	}
	for k := range x.dates {
		d := &x.dates[k]
		switch d.role {
		case dateLast:
			if !s.End.IsZero() {
				continue
			}
			after := ref
			if first != nil {
				after = first.date
			}
			x.settle(d, after)
			if first != nil && d.date.Before(first.date) {
				continue
			}
			s.End = d.date
			e := x.add("schedule.end", x.toks[d.i].start, x.toks[d.j-1].end, BasisLastDate, 0.8)
			e.YearInferred, e.Past = d.inferred, d.date.Before(x.asOf)
		case dateDeadline:
			if !o.Frames.RegistrationDeadline.IsZero() {
				continue
			}
			x.settle(d, ref)
			if first != nil && d.inferred && first.date.Before(d.date) {
				// A deadline comes before the start: the latest such date.
				d.date.Year = first.date.Year
				if first.date.Before(d.date) {
					d.date.Year--
				}
			}
			if e := x.give("frames.registration_deadline", x.toks[d.i].start, x.toks[d.j-1].end, BasisDeadline); e != nil {
				o.Frames.RegistrationDeadline = d.date
				e.YearInferred, e.Past = d.inferred, d.date.Before(x.asOf)
			}
		}
	}
}

// firstSession returns the index of the first session's date, or -1.
func (x *xstate) firstSession() int {
	for k := range x.dates {
		if x.dates[k].role == dateSession {
			return k
		}
	}
	return -1
}

// startMonth reports whether the text dates the start by its month alone
// ("Oppstart januar 2025", "Gruppa startar i mai"): an information
// meeting's date is then not the offering's.
func (x *xstate) startMonth() bool {
	if !x.has(wStart) || !x.has(wMonth) {
		return false
	}
	for _, k := range x.keys {
		i := int(k)
		if x.cls(i) != wStart {
			continue
		}
		m := i + 1
		if x.isAny(m, vI, vOpp) {
			m++
		}
		if x.cls(m) == wMonth && x.tok(m-1).kind != tNum && !x.p(m-1, '.') {
			return true
		}
	}
	return false
}

// reference returns the date a date written without a year is read
// against: the page's own date when the text gives one with its year
// ("Publisert 21.04.2023": "Lørdag 22. april" is then 22 April 2023, not
// of the year the listing is read in), else the Draft's AsOf.
func (x *xstate) reference() lmh.Date {
	for k := range x.dates {
		if d := &x.dates[k]; d.role == datePublished && d.year != 0 {
			p := lmh.Date{Year: d.year, Month: time.Month(d.month), Day: d.day}
			if p.IsValid() {
				return p
			}
		}
	}
	return x.asOf
}

// statedYear returns the year the text states for the date d written
// without one, or 0: the year of the same day written in full elsewhere
// ("14 november … Dato 14.11.2019"), else that of the one season the text
// names with a year, when d falls in it ("Kurs våren 2024 … 4. mars").
//
// first holds, per month and day, the index plus one of the first date
// with a year (0: none).
func (x *xstate) statedYear(d *xdate, first *[13][32]int32) int {
	if uint(d.month) <= 12 && uint(d.day) <= 31 {
		if j := first[d.month][d.day]; j > 0 {
			return x.dates[j-1].year
		}
	}
	if !x.season.read {
		x.season.read = true
		x.season.year, x.season.spring = x.seasonYear()
	}
	year, spring := x.season.year, x.season.spring
	if year != 0 && (spring && d.month <= 6 || !spring && d.month >= 8) {
		return year
	}
	return 0
}

// seasonYear returns the year of the one season the text names with one,
// and whether it is the spring; 0 when it names none, or two.
func (x *xstate) seasonYear() (int, bool) {
	if x.seenSets&setSeason == 0 {
		return 0, false
	}
	year, spring := 0, false
	for _, k := range x.keys {
		i := int(k)
		sp := x.isAny(i, vVaaren, vVaarsemesteret)
		if !sp && !x.isAny(i, vHosten, vHausten, vHost, vHaust, vHostsemesteret, vHaustsemesteret) {
			continue
		}
		y := x.tok(i + 1)
		if y.kind != tNum || y.ndig != 4 || y.val < 1990 || y.val > 2100 {
			continue
		}
		if year != 0 && (year != int(y.val) || spring != sp) {
			return 0, false // two seasons: which one is a date's?
		}
		year, spring = int(y.val), sp
	}
	return year, spring
}

// settle gives d its full date: the written year, else the first year
// that puts it on or after after.
func (x *xstate) settle(d *xdate, after lmh.Date) {
	if d.year != 0 {
		d.date = lmh.Date{Year: d.year, Month: time.Month(d.month), Day: d.day}
		return
	}
	d.inferred = true
	for y := after.Year; y <= after.Year+8; y++ {
		c := lmh.Date{Year: y, Month: time.Month(d.month), Day: d.day}
		if c.IsValid() && !c.Before(after) {
			d.date = c
			return
		}
	}
}

// addDays returns d moved by n days.
func addDays(d lmh.Date, n int) lmh.Date {
	return lmh.DateOf(d.Time(time.UTC).AddDate(0, 0, n))
}

// datesSpreadOverDays reports whether the session dates fall on more than
// one weekday (with their years settled): then a weekday written with one
// of them is not the offering's weekday ("Oppstart: Mandag 04.03.24 …
// 04.03, 05.03, 12.03").
func (x *xstate) datesSpreadOverDays() bool {
	var day time.Weekday = -1
	var first lmh.Date
	for k := range x.dates {
		d := x.dates[k]
		if d.role != dateSession {
			continue
		}
		after := x.asOf
		if !first.IsZero() {
			after = first
		}
		x.settle(&d, after)
		if first.IsZero() {
			first = d.date
		}
		wd := d.date.Time(time.UTC).Weekday()
		if day >= 0 && wd != day {
			return true
		}
		day = wd
	}
	return false
}

// infoMeeting reports whether token k names an information meeting or an
// interview before a course.
func (x *xstate) infoMeeting(k int) bool {
	return x.isAny(k, vInformasjonsmote, vInformasjonsmotet, vInfomote, vForsamtale, vForsamtaler, vInntakssamtale,
		vInntakssamtaler, vIntervju)
}
