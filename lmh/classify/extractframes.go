package classify

import (
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// The frames: sessions, hours, capacity (cost, referral and registration
// are read in extractterms.go).
//
//   - sessions: a number and a kind of meeting: "8 samlinger", "fire
//     kvelder", "over to dager", "12 ganger", "fem tirsdager", "6 x 3
//     timer"; a range gives its lower end. "To ganger i året" is a
//     frequency, not a count (nor "fire ganger årlig"), nor are some of
//     the meetings ("etter 3 samlinger", "de første 4 gangene", "har hatt
//     10 samlinger så langt") or the runs of a course ("har vært
//     arrangert 12 ganger") or a ratio ("ti ganger så stor risiko",
//     "tre gonger høgare"). sessions_per_week: a weekly rhythm and a
//     number of weeks: "to dager hver uke i seks uker", "ukentlig i ti
//     uker", "hver mandag og torsdag … over seks uker". dates_counted:
//     three or more session dates listed within half a year, and no count
//     written. sessions_times: "6 x 3 timer".
//   - hours_stated: "12 timer til sammen"; hours_computed: the sessions
//     times the length of one: "2 timer hver gang", "samlinger på 2
//     klokketimer", "varer i 2,5 time", "45 minutter", "6 x 3 timer", or
//     the meeting's clock times ("kl. 12.00–15.00").
//   - capacity_range: a range of people: "8–12 deltakere", "grupper på
//     6-10 personar", "5-6 familier"; capacity_max: "maks 15", "inntil 12
//     deltakere", "plass til 10", "opp til 18 pasienter", "ti deltakere i
//     hver gruppe", "Det er 12 plasser" (not "3 ledige plasser");
//     capacity_min: "minst fire deltakarar".

func (x *xstate) readFrames(o *lmh.Offering) {
	f := &o.Frames
	x.readCost(f)
	x.readReferral(f)
	x.readRegistration(f)
	x.readSessions(f, &o.Schedule)
	x.readCapacity(f)
}

// wordsOnly reports whether tokens [i, j) are all words.
func (x *xstate) wordsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if x.tok(k).kind != tWord {
			return false
		}
	}
	return true
}

// readSessions reads the number of sessions and the hours.
func (x *xstate) readSessions(f *lmh.Frames, s *lmh.Schedule) {
	at, end, n, exact := -1, -1, 0, false
	var basis Basis
	length := 0.0        // the length of one session, when the count states it ("6 x 3 timer")
	rival := false       // a second count, of another number, after the one read
	var rlo, rhi float64 // the range of the count read
	for _, k := range x.nums {
		if rival {
			break
		}
		i := int(k)
		lo, hi, next, article, ok := x.rng(i)
		if !ok || x.isDateNumber(i) || x.clockBefore(i) || x.rangeEnd(i) || x.pageNumber(i) {
			continue
		}
		if at >= 0 {
			// Once a count is read, a plain count of another number
			// later ("6 samlinger … 2 samlinger for pårørende") leaves
			// the number of this offering's sessions in doubt.
			u := next
			if x.cls(u) == wWeekly || x.inIDs(u, unitKindIDs) {
				u++
			}
			// "4 kvelder før jul og 4 kvelder etter jul": a count of
			// the same number joined to the one read by "og" in its
			// sentence is a second part, and the whole in doubt (not the
			// end of a range, "mellom 8 og 10 gonger").
			again := x.cls(i-1) == wAnd && i > end && x.sameSentence(at, i)
			// "Vi har også et kurs over 4 kvelder for pårørende": another
			// offering's count is no rival (alsoNamedBefore).
			if x.sessionUnit(u) && !x.partCount(i) && !x.frequencyAfter(u+1) && !article &&
				lo == float64(int(lo)) && lo >= 1 && hi <= 200 && (lo < rlo || hi > rhi || again) && !x.alsoNamedBefore(i) {
				if per, _ := x.perUnit(u + 1); per == wNone {
					rival = true
				}
			}
			// "to kvelder i april og to i mai", "4 samlinger før jul og
			// 4 etter", "2 samlinger for pårørende og 6 for pasienter":
			// the same count's noun left out after "og", just
			// after the count read and its phrase of time or place, is
			// a second part, and the whole in doubt (not the parts of a
			// whole after it: "totalt sju samlinger, tre i Moelv og fire
			// i Brumunddal").
			if again && !x.sessionUnit(u) && (x.cls(next) == wIn || x.isAny(next, vFor2, vEtter, vFor)) && !article &&
				lo == float64(int(lo)) && lo >= 1 && hi <= 200 && i-1-end <= 3 && x.wordsOnly(end, i-1) {
				rival = true
			}
			continue
		}
		// "6 x 3 timer": six sessions of three hours.
		if t := x.tok(i); t.kind == tNum && lo == hi && x.is(next, vX) {
			if l, m, _, ok := x.qty(next + 1); ok && x.cls(m) == wHour && lo >= 2 && lo <= 100 && l >= 0.5 && l <= 8 {
				at, end, n, exact, basis, length = i, m+1, int(lo), true, BasisSessionsTimes, l
				rlo, rhi = lo, lo
			}
			continue
		}
		u := next
		if x.cls(u) == wWeekly || x.inIDs(u, unitKindIDs) {
			u++
		}
		if !x.sessionUnit(u) || x.partCount(i) {
			continue
		}
		// "Vi har også et kurs over 4 kvelder for pårørende": another
		// offering's count.
		if x.alsoNamedBefore(i) {
			continue
		}
		// "en samling i uka i ti uker": an article counts only before a
		// weekly rhythm.
		if per, _ := x.perUnit(u + 1); article && per != wWeek {
			continue
		}
		// A frequency: "to ganger i året", "1-2 dager i uken", "fire
		// ganger årlig", "to gonger årleg", "én gang daglig", "tre
		// gonger om dagen".
		if x.frequencyAfter(u + 1) {
			continue
		}
		if per, k := x.perUnit(u + 1); per != wNone {
			if per == wWeek {
				if wlo, whi, wend, ok := x.weeksAfter(k); ok && (lo == hi || wlo == whi) {
					at, end, n, exact, basis = i, wend, int(lo*wlo), lo == hi && wlo == whi, BasisSessionsPerWeek
					rlo, rhi = float64(n), float64(int(hi*whi))
				}
			}
			continue
		}
		if lo != float64(int(lo)) || lo < 1 || hi > 200 {
			continue
		}
		at, end, n, exact, basis = i, u+1, int(lo), lo == hi, BasisSessions
		rlo, rhi = lo, hi
	}
	if rival {
		at = -1
		exact = false
	} else if at < 0 {
		at, end, n, exact = x.weeklySessions(s)
		basis = BasisSessionsPerWeek
	}
	if at < 0 && !rival && len(s.Dates) >= 3 && s.Dates[len(s.Dates)-1].Before(addDays(s.Dates[0], 183)) && !x.datesAlternative() &&
		!twoRuns(s.Dates) && !x.startsListed() {
		// Three or more session dates listed within half a year, and no
		// count written (dates further apart are more often the runs of a
		// course than its meetings).
		at, end, n, exact, basis = x.dates[0].i, x.dates[len(x.dates)-1].j, len(s.Dates), true, BasisDatesCounted
	}
	if at >= 0 && n > 0 && x.give("frames.sessions", x.tok(min(at, end-1)).start, x.tok(max(at, end-1)).end, basis) != nil {
		f.Sessions = n
	}
	// Hours: stated in all, or sessions × the length of one.
	if h, i, j, ok := x.totalHours(f.Sessions); ok {
		if x.give("frames.hours", x.toks[i].start, x.toks[j-1].end, BasisHoursStated) != nil {
			f.Hours = h
		}
		return
	}
	if f.Sessions > 0 && exact && length > 0 {
		if x.give("frames.hours", x.toks[at].start, x.tok(end-1).end, BasisHoursComputed) != nil {
			f.Hours = float64(f.Sessions) * length
		}
		return
	}
	if f.Sessions > 0 && exact {
		if l, i, j, ok := x.sessionLength(s); ok && x.give("frames.hours", x.toks[i].start, x.toks[j-1].end, BasisHoursComputed) != nil {
			f.Hours = float64(f.Sessions) * l
		}
	}
}

// unitKindIDs are the adjectives of a session's kind (faste, korte, lange …).
var unitKindIDs = newIDSet(vFaste, vKorte, vLange, vUlike, vHalve, vHele)

// wholeOfferingIs reports whether the amount at token i is said of the
// whole offering, its name the subject of "er på" just before ("Kurset
// er på 3 timer", "Mestringskurset er på 12 timar", "Tilbodet er på 6
// timar"): a group's or a meeting's ("Gruppa er på 2 timer") is one
// meeting's length, and so is any amount "per gang" or "hver gang"
// (asked by the caller), and any when more than one session is counted.
func (x *xstate) wholeOfferingIs(i int) bool {
	return x.is(i-1, vPaa) && x.is(i-2, vEr) && x.tok(i-3).kind == tWord && wholeOfferingWords.match(x.str(i-3))
}

// wholeOfferingWords are the endings of nouns naming a whole offering,
// compounds included ("mestringskurset", "pårørendeskulen").
var wholeOfferingWords = newSuffixSet([]string{"kurset", "tilbudet", "tilbodet", "skolen", "skulen", "programmet",
	"opplæringen", "opplæringa"}, 0)

// twoRuns reports whether the dates fall apart into runs: a gap of more
// than four weeks after dates a week or two apart ("Kurs 1: 3., 10. og
// 17. mars. Kurs 2: 5., 12. og 19. mai"), so that their number is not
// one course's sessions.
func twoRuns(ds []lmh.Date) bool {
	short, long := false, false
	for k := 1; k < len(ds); k++ {
		a, b := ds[k-1].Time(time.UTC), ds[k].Time(time.UTC)
		switch d := b.Sub(a).Hours() / 24; {
		case d > 28:
			long = true
		case d >= 0 && d <= 14:
			short = true
		}
	}
	return short && long
}

// pageNumber reports whether the number at token i is a page's ("Side 8
// Samling for slagrammede", "s. 12"): a magazine's contents, no count.
func (x *xstate) pageNumber(i int) bool {
	return x.is(i-1, vSide) || x.p(i-1, '.') && x.str(i-2) == "s" && x.glued(i-1)
}

// datesAlternative reports whether "eller" stands between the first and
// the last session's date read ("3. mars, 10. mars eller 17. mars"):
// dates to choose among, not the sessions of one course. At most 256
// tokens are read.
func (x *xstate) datesAlternative() bool {
	lo, hi := -1, -1
	for _, d := range x.dates {
		if d.role == dateSession {
			if lo < 0 {
				lo = d.i
			}
			hi = d.j
		}
	}
	for k := lo; k >= 0 && k < hi && k < lo+256; k++ {
		if x.cls(k) == wOr {
			return true
		}
	}
	return false
}

// timesWord reports whether token i is "gang" in the sense of times
// ("ganger", "gonger"), not "samlinger" or "kvelder".
func (x *xstate) timesWord(i int) bool {
	return x.isAny(i, vGang, vGanger, vGonger, vGangar, vGongar)
}

// startsListed reports whether the first session date follows a start
// word and the next date is listed with it ("Nye kurs starter 3. mars,
// 5. mai og 1. september", "Nye kurs startar …", "Oppstart: 3. mars, 7.
// april og 5. mai"): the starts of several runs, not the meetings of one.
// Not when the sessions themselves start there ("Samlingene starter 3.
// mars, 10. mars og 17. mars": a session's word before the start word).
func (x *xstate) startsListed() bool {
	first := -1
	for k := range x.dates {
		if x.dates[k].role == dateSession {
			first = k
			break
		}
	}
	if first < 0 || first+1 >= len(x.dates) {
		return false
	}
	d := x.dates[first]
	gap := x.dates[first+1].i - d.j
	if gap != 1 || !x.p(d.j, ',') && x.cls(d.j) != wAnd {
		return false
	}
	start := -1
	for k := d.i - 1; k >= d.i-3 && k >= int(x.sent[d.i]); k-- {
		if x.cls(k) == wStart {
			start = k
			break
		}
	}
	if start < 0 {
		return false
	}
	for k := start - 1; k >= int(x.sent[d.i]); k-- {
		x.s.work++
		if x.sessionUnit(k) {
			return false
		}
	}
	return true
}

// partCount reports whether the count at token i is of some of the
// meetings, not all: "etter 2 samlinger", "før 3. gang", "hver 2. gang",
// "hittil 4 samlinger".
func (x *xstate) partCount(i int) bool {
	// "ti gonger så stor risiko", "tre ganger høyere", "fem ganger
	// mer": a ratio, no count of anything.
	if x.timesWord(i+1) && x.ratioAfter(i+2) {
		return true
	}
	if x.is(i-1, vEtter) {
		return !x.isAny(i-2, vSlutter, vSluttar, vAvsluttes, vAvsluttast) // "slutter etter 6 samlinger": all of them
	}
	// "3 moduler, hver på 2 dager", "tre kurs i året, hvert over to
	// dager": the meetings of one part.
	if x.cls(i-2) == wEvery && x.isAny(i-1, vPaa, vOver, vAv) {
		return true
	}
	// "4 moduler med 2 samlinger hver": each part's ("2 samlinger hver
	// uke" is a rhythm).
	if x.cls(i+2) == wEvery && x.tok(i+3).kind != tWord {
		return true
	}
	// "de første 4 gangene", "de to siste samlingene"; "har vært
	// arrangert 12 ganger" counts the runs of the course, not its meetings.
	if x.cls(i-1) == wOrdinal || x.cls(i-1) == wPast || x.cls(i+1) == wOrdinal || x.cls(i+1) == wPast ||
		x.isAny(i-1, vArrangert, vHoldt, vGjennomfort, vAvholdt, vHeldt) {
		return true
	}
	// "har vært holdt over 40 ganger", "har gått 10 ganger", "har vore
	// halde 12 gonger", "Vi har kjørt kurset 8 ganger": a participle of
	// running the course before the count of times, with a word of degree
	// or the course between, counts the runs too.
	if x.timesWord(i + 1) {
		k := i - 1
		if x.cls(k) == wOver || x.cls(k) == wCa || x.is(k, vNesten) {
			k--
		}
		if x.offeringNoun(k) {
			k--
		}
		if x.isAny(k, vArrangert, vHoldt, vGjennomfort, vGjennomford, vAvholdt, vHeldt, vHalde, vGaatt, vKjort, vKoyrt) && x.isAny(k-1, vHar, vHadde, vVaert, vVore, vEr, vBlitt, vVorte) ||
			x.isAny(k, vArrangert, vHoldt, vGjennomfort, vGjennomford, vAvholdt, vHeldt, vHalde, vGaatt, vKjort, vKoyrt) && x.isAny(k-2, vHar, vHadde) {
			return true
		}
	}
	// "2 x 2 dager": a factor of the count, not the count; "samlinger à
	// 2 dager": the length of each.
	if x.is(i-1, vX) || (x.cls(i-1) == wPer || x.is(i-1, vPaa)) && x.sessionUnit(i-2) {
		return true
	}
	// "3 moduler à 2 dager", "4 bolkar à to dagar": the length of each
	// part, whatever the part is called.
	if x.cls(i-1) == wPer && x.tok(i-2).kind == tWord && (x.tok(i-3).kind == tNum || x.cls(i-3) == wNumber) {
		return true
	}
	// "2 oppfølgingssamlinger": meetings after the offering, not its own.
	if t := x.tok(i + 1); t.kind == tWord && (hasPrefixFold(x.str(i+1), "oppfølging") || hasPrefixFold(x.str(i+1), "oppfylging")) {
		return true
	}
	// "2 samlinger à 2 dager", "2 samlingar på to dagar": sessions of
	// several days, which the corpus counts as days; in doubt.
	if u := i + 1; x.tok(u).val != 1 && (x.cls(u+1) == wPer || x.is(u+1, vPaa)) {
		if _, _, m, _, ok := x.rng(u + 2); ok && x.cls(m) == wSession && x.tok(m).val == 1 {
			return true
		}
	}
	// "Påmelding senest 5 dager før kursstart", "seinast 3 dagar før
	// kurset startar", "2 dagar etter første samling": a lead time
	// before or after the start or a session, no count of days it lasts
	// ("to dagar før jul" still counts them).
	// Not after "over": "Samlingene går over 2 dager etter oppstart i
	// mars" is how long they last.
	if x.isAny(i+1, vDager, vDagar, vDag) && (x.isAny(i-1, vSenest, vSeinast) ||
		x.isAny(i+2, vFor2, vEtter) && x.startOrSession(i+3) && x.cls(i-1) != wOver) {
		return true
	}
	// "Hun var innlagt i 14 dager", "i løpet av 2 dager": a span of
	// time, no count of meetings.
	if x.isAny(i+1, vDager, vDagar) && x.spanOfDays(i) {
		return true
	}
	// "Vi har hatt 10 samlinger så langt": the meetings held so far.
	if x.is(i-1, vHatt) || x.is(i-2, vHatt) && x.cls(i-1) == wOver {
		return true
	}
	for k, end := i+1, x.sentenceEnd(i); k < end && k < i+6; k++ {
		if x.is(k, vLangt) && x.is(k-1, vSaa) {
			return true
		}
		if k > i+3 {
			continue
		}
		// "har gått 5 ganger før.": the runs so far; "2 samlinger i
		// hver", after "delt i 3 moduler": the meetings of one part.
		if x.is(k, vFor2) && (k+1 >= end || x.tok(k+1).kind == tPunct) ||
			x.is(k, vI) && x.cls(k+1) == wEvery && (k+2 >= end || x.tok(k+2).kind == tPunct ||
				x.cls(k+2) != wWeek && x.cls(k+2) != wMonthUnit && x.cls(k+2) != wYear) {
			return true
		}
	}
	// "tre kurssamlinger som går fra tirsdag morgen til onsdag
	// ettermiddag": sessions of several days, in doubt as "samlinger à
	// 2 dager" (at most eight words on).
	for k, end := i+2, x.sentenceEnd(i); k < end && k < i+10; k++ {
		if x.cls(k) == wFrom && x.cls(k+1) == wWeekday && x.daySpan(k+1) {
			return true
		}
	}
	// "deretter 4 samlinger til", "ytterligere 3 samlinger", "2 ekstra
	// samlinger": meetings besides others, the count of a part.
	if x.isAny(i-1, vYtterligere, vYtterlegare, vDeretter) || x.is(i+1, vEkstra) ||
		x.sessionUnit(i+1) && x.is(i+2, vTil) && (x.tok(i+3).kind == tPunct || i+3 >= x.sentenceEnd(i)) {
		return true
	}
	return x.inIDs(i-1, sinceIDs) || x.cls(i-1) == wEvery
}

// spanOfDays reports whether the number of days at token i is a span of
// time: after "i løpet av", or after "i" in a sentence that names no
// offering, session or meeting in the twelve tokens before ("Hun var
// innlagt i 14 dager"; not "Kurset varer i 2 dager", "Vi møtes i 2
// dager"). "på" is not read so: "Korte intervensjoner på 5 dager" names
// an offering by a word offeringWord does not know.
func (x *xstate) spanOfDays(i int) bool {
	k := i - 1
	if x.is(k, vAv) && x.is(k-1, vLopet) {
		return true
	}
	if !x.is(k, vI) {
		return false
	}
	for m := k - 1; m >= int(x.sent[i]) && m >= k-12; m-- {
		x.s.work++
		if x.offeringWord(m) || x.sessionUnit(m) || x.meetingWord(m) {
			return false
		}
	}
	return true
}

// frequencyAfter reports whether token k, after a count of sessions,
// makes it a frequency: "årlig", "årleg", "daglig", "dagleg" ("to ganger
// årlig", "én gang daglig"), "om" or "per" before "dagen", "dag" or
// "døgnet" ("tre gonger om dagen", "2 ganger pr. dag"), "hver" or "kvar"
// before "dag" ("to ganger hver dag"), or "i døgnet"
// (not "i dag", today).
func (x *xstate) frequencyAfter(k int) bool {
	if x.isAny(k, vAarlig, vAarleg, vDaglig, vDagleg) {
		return true
	}
	n := k + 1
	if x.p(n, '.') {
		n++ // "pr. dag"
	}
	// "to ganger hver dag", "to gonger kvar dag", "per døgn".
	return (x.is(k, vOm) || x.cls(k) == wPer || x.cls(k) == wEvery) && x.isAny(n, vDagen, vDognet, vDag, vDogn) || x.is(k, vI) && x.is(n, vDognet)
}

// alsoNamedBefore reports whether an offering named as one more comes
// before token i in its sentence, within ten tokens: a word of addition
// ("også", "òg", "dessuten", "dessutan", "i tillegg") and after it an
// offering's word ("Vi har også et kurs over 4 kvelder", "LHL tilbyr òg
// ei treningsgruppe som møtest 12 gonger"); not "Kurset går også over 4
// kvelder", where the offering comes first.
func (x *xstate) alsoNamedBefore(i int) bool {
	lo := max(int(x.sent[i]), i-10)
	for k := i - 1; k >= lo; k-- {
		x.s.work++
		// The word of addition first, by its ID (most counts have none
		// before them); then an offering's word between it and i.
		if id := x.toks[k].id; !additionIDs.has(id) && !(id == vI && x.is(k+1, vTillegg)) {
			continue
		}
		// Not the text's own offering: "i tillegg til kurset", "også i
		// år" (the offering run again), "Kurset har også …" (its
		// subject before).
		if x.is(k, vI) && x.is(k+2, vTil) || x.timeAfter(k+1) || k-1 >= lo && x.definiteOffering(k-1) || k-2 >= lo && x.definiteOffering(k-2) {
			return false
		}
		for m := k + 1; m < i; m++ {
			if x.offeringWord(m) {
				// "Pårørende kan også delta på kurset": the offering
				// the text is about, named in the definite form.
				return !x.definiteOffering(m)
			}
		}
		return false
	}
	return false
}

// definiteOffering reports whether token i is an offering's word in the
// definite form ("kurset", "gruppa", "samlingene", "tilbodet"): the
// offering the text is about, not one named as one more.
func (x *xstate) definiteOffering(i int) bool {
	if !x.offeringWord(i) {
		return false
	}
	w := x.str(i)
	return hasSuffixFold(w, "et") || hasSuffixFold(w, "en") || hasSuffixFold(w, "a") || hasSuffixFold(w, "ne")
}

// timeAfter reports whether tokens k, k+1 name a time of the year the
// offering runs again: "i år", "dette året", "denne hausten", "til
// våren" (after a word of addition: "Også i år arrangerer vi kurs").
func (x *xstate) timeAfter(k int) bool {
	return x.isAny(k, vI, vDette, vDenne, vNeste, vTil) && (x.cls(k+1) == wYear || seasonIDs.has(x.tok(k+1).id))
}

// seasonIDs are timeAfter's seasons.
var seasonIDs = newIDSet(vHaust, vHausten, vHost, vHosten, vVaar2, vVaaren, vHaustsemesteret, vHostsemesteret, vVaarsemesteret)

// additionIDs are alsoNamedBefore's words of addition besides "i
// tillegg".
var additionIDs = newIDSet(vOgsaa, vOg2, vDessuten, vDessutan)

// startOrSession reports whether token k, after "før" or "etter", names
// the offering's start or its sessions: a start's word ("oppstart",
// "kursstart", "start"), an ordinal ("første samling") or an offering's
// word ("kurset").
func (x *xstate) startOrSession(k int) bool {
	t := x.tok(k)
	if t.kind != tWord {
		return false
	}
	return x.cls(k) == wStart || x.cls(k) == wOrdinal || x.offeringWord(k) || hasSuffixFold(x.str(k), "start")
}

// ratioAfter reports whether token k, after a count of times, makes the
// count a ratio: "så" before what is compared ("ti ganger så stor"), not
// before a clause's subject ("8 ganger så du får god tid", "så det
// blir"), or a comparative ("tre ganger høyere"), not "mer eller
// mindre" (more or less).
func (x *xstate) ratioAfter(k int) bool {
	if x.is(k, vSaa) {
		return !x.inIDs(k+1, subjectIDs)
	}
	return x.inIDs(k, comparativeIDs) && !x.is(k+1, vEller)
}

// subjectIDs are the pronouns that open a clause as its subject ("så du
// får", "så det blir").
var subjectIDs = newIDSet(vDu, vDet, vVi, vDe, vDei, vMan, vHan, vHun, vHo, vMe, vDere, vAlle)

// comparativeIDs are the comparatives that make a count of times a
// ratio ("tre ganger høyere", "fem gonger fleire").
var comparativeIDs = newIDSet(vMer, vMeir, vFlere, vFleire, vMindre, vStorre, vHoyere, vHogare, vHogre, vOftere, vOftare,
	vLavere, vLaagare, vBedre, vBetre, vVerre, vVerre2, vRaskere, vRaskare)

// sinceIDs are the words before a count of what has been (for, innen,
// hittil, allerede).
var sinceIDs = newIDSet(vFor2, vInnen, vInnan, vHittil, vAllerede, vAllereie)

// sessionUnit reports whether token i names a kind of meeting: also a
// weekday in the plural ("fem tirsdager").
func (x *xstate) sessionUnit(i int) bool {
	switch x.cls(i) {
	case wSession:
		return !x.isAny(i, vDagers, vDagars, vTimen)
	case wKveld, wWeekdays:
		return true
	}
	t := x.tok(i)
	return t.kind == tWord && t.cls == wNone && x.feature(i, featSession)
}

// sessionCompound reports whether w is a compound that names a meeting
// ("kveldssamlinger", "temakvelder").
func sessionCompound(w string) bool { return sessionEndings.match(w) }

var sessionEndings = newSuffixSet([]string{"samlinger", "samlingar", "samling", "kvelder", "kveldar"}, 3)

// perUnit reads a frequency at token i: "i uka", "per år", "pr. uke",
// "i måneden", "hver uke". It returns the unit's class (wWeek, wYear,
// wMonthUnit) and the index after it, or wNone.
func (x *xstate) perUnit(i int) (wclass, int) {
	if !(x.cls(i) == wIn || x.cls(i) == wPer || x.cls(i) == wEvery || x.is(i, vOm)) {
		return wNone, i
	}
	k := i + 1
	if x.p(k, '.') {
		k++
	}
	if x.cls(i) == wIn && x.cls(k) == wEvery {
		k++ // "i hver uke", "i kvar veke"
	}
	switch c := x.cls(k); c {
	case wWeek, wYear, wMonthUnit:
		return c, k + 1
	}
	// "i løpet av året", "i løpet av en sesong": a frequency over a
	// period, not a count of one course's meetings.
	if x.is(i, vI) && x.is(k, vLopet) && x.is(k+1, vAv) {
		return wYear, k + 2
	}
	return wNone, i
}

// weeksAfter reads a duration in weeks near token i: "i seks uker",
// "over en periode på 12 uker", in the rest of its sentence, else before
// it in the sentence ("Kurset går over seks uker, to … per uke"), else in
// a next sentence that opens with "Varighet" ("Varighet: 4-5 uker").
// Within the sentence it reads at most maxWeeksAway tokens either way, so
// that a sentence of many rhythms is not read whole for each.
//
// A rhythm said of the time after the offering ("Du får trene 2 ganger i
// uka også etter kurset", "Etter endt kurs kan du trene to gonger i
// veka": afterOffering) is not the offering's, and no weeks are read for
// it.
func (x *xstate) weeksAfter(i int) (lo, hi float64, end int, ok bool) {
	if x.afterOffering(i) {
		return 0, 0, 0, false
	}
	stop := x.sentenceEnd(max(i-1, 0))
	if lo, hi, end, ok = x.weeksIn(i, min(stop, i+maxWeeksAway)); ok {
		return
	}
	if lo, hi, end, ok = x.weeksIn(max(int(x.sent[max(i-1, 0)]), i-maxWeeksAway), i); ok {
		return
	}
	if x.is(stop, vVarighet) || x.is(stop, vVarigheit) {
		return x.weeksIn(stop, x.sentenceEnd(stop))
	}
	// "Kurset går over 8 uker. Vi trener 2 ganger i uka": the whole
	// offering's length, said in the sentence before or after with the
	// offering its subject, is the rhythm's number of weeks (the corpus
	// multiplies them).
	if x.wholeOfferingSubject(stop) {
		if lo, hi, end, ok = x.weeksIn(stop, min(x.sentenceEnd(stop), stop+maxWeeksAway)); ok {
			return
		}
	}
	if s0 := int(x.sent[max(i-1, 0)]); s0 > 0 {
		if p0 := int(x.sent[s0-1]); x.wholeOfferingSubject(p0) {
			return x.weeksIn(p0, min(s0, p0+maxWeeksAway))
		}
	}
	return 0, 0, 0, false
}

// maxAfterAway is how far, in tokens, afterOffering looks either way of
// a rhythm for "etter" and the offering.
const maxAfterAway = 12

// afterOffering reports whether the clause around token i (a weekly
// rhythm) places it after the offering: "etter" with an offering's noun
// at most two words on ("etter kurset", "etter endt kurs", "etter at
// kurset er slutt", "etter avslutta tilbod"), within maxAfterAway tokens
// either way and no comma or other sentence between ("Kurset går 2 ganger
// i uka i 8 uker, og etter kurset …" keeps its rhythm).
func (x *xstate) afterOffering(i int) bool {
	lo, hi := int(x.sent[max(i-1, 0)]), x.sentenceEnd(max(i-1, 0))
	for k := i - 1; k >= lo && k >= i-maxAfterAway && !x.p(k, ','); k-- {
		if x.is(k, vEtter) && x.offeringSoon(k) {
			return true
		}
	}
	for k := i; k < hi && k <= i+maxAfterAway && !x.p(k, ','); k++ {
		if x.is(k, vEtter) && x.offeringSoon(k) {
			return true
		}
	}
	return false
}

// offeringSoon reports whether an offering's noun is among the three
// tokens after k.
func (x *xstate) offeringSoon(k int) bool {
	for j := k + 1; j <= k+3 && j < len(x.toks); j++ {
		if x.offeringNoun(j) {
			return true
		}
	}
	return false
}

// wholeOfferingSubject reports whether the sentence beginning at token
// k begins with a noun of the whole offering ("Kurset går over 8 uker",
// "Tilbodet varer i 12 veker").
func (x *xstate) wholeOfferingSubject(k int) bool {
	return k < len(x.toks) && x.tok(k).kind == tWord && wholeOfferingWords.match(x.str(k))
}

// maxWeeksAway is how far from a weekly rhythm weeksAfter looks for its
// number of weeks, in tokens.
const maxWeeksAway = 48

// weeksIn reads a duration in weeks in tokens [from, to).
func (x *xstate) weeksIn(from, to int) (lo, hi float64, end int, ok bool) {
	for k := from; k < to; k++ {
		x.s.work++
		if x.p(k, ':') && (x.is(k-1, vVarighet) || x.is(k-1, vVarigheit)) {
			if a, b, n, _, ok := x.rng(k + 1); ok && x.cls(n) == wWeek && a >= 2 && b <= 60 {
				return a, b, n + 1, true
			}
		}
		if !(x.cls(k) == wIn || x.cls(k) == wOver || x.cls(k) == wThrough) {
			continue
		}
		m := k + 1
		if x.cls(m) == wNumber && x.tok(m).val == 1 && x.cls(m+1) == wPeriod && x.is(m+2, vPaa) {
			m += 3
		}
		if a, b, n, _, ok := x.rng(m); ok && x.cls(n) == wWeek && a >= 2 && b <= 60 {
			return a, b, n + 1, true
		}
	}
	return 0, 0, 0, false
}

// maxRhythms is how many weekly rhythms weeklySessions reads.
const maxRhythms = 8

// weeklySessions reads sessions from a weekly rhythm and a number of
// weeks when no count is written: "ukentlig i ti uker", "hver mandag og
// torsdag … over en periode på seks uker", "en gang i uka i 8 uker".
//
// At most maxRhythms rhythms are read, each with a look at its sentence:
// a text of many ("møtes hver tirsdag, " over and over) would otherwise
// read its sentence once for each.
func (x *xstate) weeklySessions(s *lmh.Schedule) (at, end, n int, exact bool) {
	// Every rhythm below needs a word of a week ("ukentlig", "uke", read
	// also by perUnit) or "hver" and a weekday: a text without them has
	// none, and its keys need no look.
	if !x.has(wWeekly, wWeek) && !(x.has(wEvery) && x.has(wWeekday)) {
		return -1, -1, 0, false
	}
	rhythms := 0
	for _, k := range x.keys {
		i := int(k)
		// The cases below, tested at once: most keys are none of them.
		if c := x.toks[i].cls; c != wWeekly && c != wEvery && c != wNumber && !x.is(i+1, vGong) {
			continue
		}
		perWeek := 0
		switch {
		case x.cls(i) == wWeekly:
			perWeek = 1
		case x.cls(i) == wEvery && x.cls(i+1) == wWeek:
			perWeek = 1
		case x.cls(i) == wNumber && x.tok(i).val == 1 && x.cls(i+1) == wSession && x.is(i+1, vGang) || x.is(i+1, vGong):
			if c, _ := x.perUnit(i + 2); c == wWeek {
				perWeek = 1
			}
		case x.cls(i) == wEvery && x.cls(i+1) == wWeekday:
			perWeek = 0
			for _, w := range x.weekdays {
				x.s.work++
				if w.recurring && x.sameSentence(w.i, i) {
					perWeek++
				}
			}
		}
		if perWeek == 0 {
			continue
		}
		if rhythms++; rhythms > maxRhythms {
			break
		}
		if lo, hi, e, ok := x.weeksAfter(i + 1); ok {
			return i, max(e, i+1), perWeek * int(lo), lo == hi
		}
	}
	return -1, -1, 0, false
}

// totalHours reads a stated total: "12 timer til sammen", "totalt 20
// timar".
func (x *xstate) totalHours(sessions int) (float64, int, int, bool) {
	for _, k := range x.nums {
		i := int(k)
		v, next, article, ok := x.qty(i)
		if !ok || article || x.cls(next) != wHour {
			continue
		}
		if x.isAny(next+1, vTotalt, vTilsammen, vFordelt, vFordelte) || x.cls(next+1) == wTo && x.isAny(next+2, vSammen, vSaman) ||
			x.is(next+1, vI) && x.is(next+2, vAlt) || x.isAny(i-1, vTotalt, vTilsammen) ||
			sessions <= 1 && x.wholeOfferingIs(i) && x.cls(next+1) != wEvery && x.cls(next+1) != wPer && !x.is(next+1, vAv) {
			// "Totalt 12 timer undervisning og 4 timer med individuell
			// oppfølging": a second amount of hours after it leaves the
			// total in doubt.
			if x.hoursAfter(next + 1) {
				return 0, 0, 0, false
			}
			return v, i, next + 1, true
		}
	}
	return 0, 0, 0, false
}

// hoursAfter reports whether another amount of hours follows token k in
// its sentence, within 8 tokens.
func (x *xstate) hoursAfter(k int) bool {
	for m := k; m < k+8 && m < x.sentenceEnd(k); m++ {
		if x.tok(m).kind == tNum && x.cls(m+1) == wHour || x.cls(m) == wNumber && x.cls(m+1) == wHour {
			return true
		}
	}
	return false
}

// sessionLength reads how long one session lasts, in hours. A second
// length said of every session, another than the first ("2 timer hver
// gang … samlingene varer 3 timer"), leaves it in doubt: none is read.
func (x *xstate) sessionLength(s *lmh.Schedule) (float64, int, int, bool) {
	found, fh, fi, fj, more := false, 0.0, 0, 0, 0
	for _, k := range x.nums {
		i := int(k)
		lo, hi, next, article, ok := x.rng(i)
		if !ok || x.isDateNumber(i) || x.clockBefore(i) || x.rangeEnd(i) {
			continue
		}
		unit := x.cls(next)
		if unit != wHour && unit != wMinute {
			continue
		}
		// "Samlingene varer 2 timer, den siste 3 timer": one session's
		// length, said besides every one's, leaves it in doubt.
		if found && lo == hi && x.oneSessionBefore(i) {
			return 0, 0, 0, false
		}
		if x.is(next, vTimen) {
			continue
		}
		if article && !x.is(i, vEn) && !x.is(i, vEin) {
			continue
		}
		per := false
		switch {
		// "2 timer hver gang", "1,5 timer av gangen", "2 timer per samling",
		// "2 timer pr. gang".
		case (x.cls(next+1) == wEvery || x.cls(next+1) == wPer) && x.sessionAfterPer(next+2):
			per = true
		case x.is(next+1, vAv) && x.cls(next+2) == wEach:
			per = true
		// "samlinger på 2 klokketimer", "samlinger à 2 timer",
		// "Samlingene er på 2,5 timer".
		case (x.is(i-1, vPaa) || x.cls(i-1) == wPer) && (x.sessionUnit(i-2) || x.is(i-2, vEr) && x.sessionUnit(i-3)):
			per = true
		// "varer i 2,5 time", "varer 1,5 time", "varer i cirka 45 minutter".
		case x.lastsBefore(i):
			per = true
		// "møtes to timer ukentlig".
		case x.cls(next+1) == wWeekly:
			per = true
		// "Kvar samling er 1,5 time".
		case x.is(i-1, vEr) && x.sessionUnit(i-2) && x.cls(i-3) == wEvery:
			per = true
		}
		if !per || lo != hi {
			continue
		}
		// "Varigheten er vanligvis 90 minutter pr. gang": what is usual,
		// not what is stated.
		if x.hedgeBefore(i) {
			continue
		}
		// "Første samling varer 3 timer, de andre 2 timer": the length
		// of one session, not of every one.
		if x.oneSessionBefore(i) {
			return 0, 0, 0, false
		}
		// "en oppfølgingssamling på 3 timer", "Oppfølgingssamlingen varer
		// 3 timer": a follow-up's length, not every session's.
		if x.followUpBefore(i) {
			continue
		}
		if x.p(i-1, ',') && x.glued(i) && x.glued(i-1) && x.tok(i-2).kind == tNum {
			continue // the decimals of "1,5 timer", read with it
		}
		h := lo
		if unit == wMinute {
			if lo < 15 || lo > 240 {
				continue
			}
			h = lo / 60
		} else if lo < 0.5 || lo > 8 {
			continue
		}
		if !found {
			found, fh, fi, fj = true, h, i, next+1
			continue
		}
		if h != fh {
			return 0, 0, 0, false
		}
		// At most maxRivals lengths more are compared, so that a text
		// of many stays linear.
		if more++; more >= maxRivals {
			break
		}
	}
	if found {
		return fh, fi, fj, true
	}
	// The meeting's clock times, when the text gives one range.
	if len(x.times) > 0 {
		t := x.times[0]
		for _, u := range x.times[1:] {
			if u.start != t.start || u.end != t.end {
				return 0, 0, 0, false
			}
		}
		// "Første dag er kl. 10-15", "Siste samling er frå kl. 12 til
		// 15", the text's only clock times: one session's, not every
		// one's ("Dag 1 kl. 10-15. Dag 2 kl. 10-15" gives every one's).
		if len(x.times) == 1 && x.namedSessionBefore(t.i) {
			return 0, 0, 0, false
		}
		if !t.end.IsZero() {
			h := float64(t.end.Minutes()-t.start.Minutes()) / 60
			if h >= 0.5 && h <= 8 {
				return h, t.i, t.j, true
			}
		}
	}
	return 0, 0, 0, false
}

// followUpBefore reports whether a follow-up's word ("oppfølgingssamling",
// "oppfylgingssamlinga", "oppfølging") comes before token i in its
// sentence, within 4 tokens.
func (x *xstate) followUpBefore(i int) bool {
	for k := i - 1; k >= i-4 && k >= int(x.sent[i]); k-- {
		t := x.tok(k)
		if t.kind == tPunct {
			return false // "6 samlinger med oppfølging, 3 timer hver gang"
		}
		if t.kind == tWord && (hasPrefixFold(x.str(k), "oppfølging") || hasPrefixFold(x.str(k), "oppfylging")) {
			return true
		}
	}
	return false
}

// hedgeBefore reports whether "vanligvis", "vanlegvis" or "normalt"
// comes before token i in its sentence, within 4 tokens.
func (x *xstate) hedgeBefore(i int) bool {
	for k := i - 1; k >= i-4 && k >= int(x.sent[i]); k-- {
		if x.isAny(k, vVanligvis, vVanlegvis, vNormalt) {
			return true
		}
	}
	return false
}

// sessionAfterPer reports whether a session's word stands at token k,
// or after the full stop of "pr." there.
func (x *xstate) sessionAfterPer(k int) bool {
	if x.p(k, '.') && x.glued(k) {
		k++
	}
	c := x.cls(k)
	return c == wSession || c == wEach || c == wKveld
}

// oneSessionBefore reports whether an ordinal or "siste" comes before
// token i in its sentence, within 8 tokens ("Første samling varer 3
// timer", "Den siste kvelden varer 2 timer"): what follows is said of
// one session.
func (x *xstate) oneSessionBefore(i int) bool {
	for k := i - 1; k >= int(x.sent[i]) && k >= i-8; k-- {
		if x.cls(k) == wOrdinal || x.cls(k) == wPast {
			return true
		}
	}
	return false
}

// namedSessionBefore reports whether one session is named before token
// i in its sentence, at most eight tokens back: an ordinal or "siste"
// before a session's word in the singular ("Første dag", "siste
// samling", "andre kvelden", "første kursdagen"), or such a word before
// its number ("Dag 1 er kl. 10-15", "Samling 2:"). What follows is that
// session's; "De andre dagene" and "siste tirsdag i måneden" name no one
// session.
func (x *xstate) namedSessionBefore(i int) bool {
	for k := i - 1; k >= int(x.sent[i]) && k >= i-8; k-- {
		x.s.work++
		if (x.cls(k) == wOrdinal || x.cls(k) == wPast) && x.oneSessionWord(k+1) {
			return true
		}
		if x.oneSessionWord(k) && x.tok(k+1).kind == tNum && k+1 < i {
			if lo, hi, _, _, ok := x.rng(k + 1); ok && lo == hi && lo >= 1 && lo <= 9 {
				return true
			}
		}
	}
	return false
}

// oneSessionWord reports whether token i names one session: a day, an
// evening, a gathering or a meeting in the singular, compounds included
// ("kursdagen", "temakvelden"), not a weekday.
func (x *xstate) oneSessionWord(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && x.cls(i) != wWeekday && x.cls(i) != wWeekdays && oneSessionWords.match(x.str(i))
}

var oneSessionWords = newSuffixSet([]string{"dag", "dagen", "kveld", "kvelden", "samling", "samlinga", "samlingen",
	"møte", "møtet", "treff", "treffet", "økt", "økta", "økten", "gang", "gangen"}, 0)

// rangeEnd reports whether the quantity at token i ends a range ("1,5–2
// timer", "4 til 6"): read as a whole from its start, not alone.
func (x *xstate) rangeEnd(i int) bool {
	k := i - 1
	if !(x.p(k, '-') || x.cls(k) == wTo) {
		return false
	}
	t := x.tok(k - 1)
	return t.kind == tNum || t.cls == wNumber
}

// lastsBefore reports whether "varer" (lasts) comes just before token i.
func (x *xstate) lastsBefore(i int) bool {
	k := i - 1
	if x.cls(k) == wCa {
		k--
		if x.p(k, '.') {
			k--
		}
	}
	if x.p(k, '.') && x.cls(k-1) == wCa {
		k -= 2
	}
	if x.is(k, vI) {
		k--
	}
	return x.isAny(k, vVarer, vVarar, vVare, vVarte, vVarighet, vVarigheit)
}

// readCapacity reads how many participants the offering takes.
func (x *xstate) readCapacity(f *lmh.Frames) {
	if !x.has(wMax, wMin, wPerson) && x.seenSets&setGroup == 0 {
		return
	}
	skip, conflict := 0, false
	// The bounds read, each with its span and rule; given at the end
	// unless the text states two sizes.
	type bound struct {
		v          int
		start, end int32
		b          Basis
	}
	var lo, hi bound
	defer func() {
		if conflict {
			return
		}
		if lo.v > 0 && x.give("frames.capacity.min", lo.start, lo.end, lo.b) != nil {
			f.Capacity.Min = lo.v
		}
		if hi.v > 0 && x.give("frames.capacity.max", hi.start, hi.end, hi.b) != nil {
			f.Capacity.Max = hi.v
		}
	}()
	for _, k := range x.trig[trigCapacity] {
		i := int(k)
		if i < skip {
			continue
		}
		switch {
		case x.cls(i) == wMax || x.inIDs(i, placeWordIDs) && x.isAny(i+1, vTil, vFor):
			k := i + 1
			if x.cls(i) != wMax {
				k++
			}
			if x.p(k, '.') {
				k++
			}
			// "Maksimum antall deltagere i gruppene er ti".
			if x.is(k, vAntall) {
				for m := k + 1; m < min(x.sentenceEnd(i), k+7); m++ {
					if x.is(m, vEr) {
						k = m + 1
						break
					}
				}
			}
			v, next, article, ok := x.qty(k)
			if !ok || article || x.isDateNumber(k) || v < 2 || v > 500 || v != float64(int(v)) {
				continue
			}
			if u := x.cls(next); u != wNone && u != wPerson && !x.groupWord(next) && x.tok(next).kind == tWord && u != wIn && u != wAnd {
				continue
			}
			// "inntil 3 individuelle samtaler": a word the rules do not
			// know, then no one counted, is a number of something else.
			if t := x.tok(next); t.kind == tWord && t.cls == wNone && t.id == 0 && !x.groupWord(next) && x.cls(next+1) != wPerson {
				continue
			}
			// "plass til 202 i auditoriet" is the room's, not the group's.
			if x.cls(i) != wMax && x.cls(next) != wPerson {
				continue
			}
			if hi.v == 0 {
				hi = bound{int(v), x.toks[i].start, x.tok(next - 1).end, BasisCapacityMax}
			}
		case x.cls(i) == wMin:
			v, next, article, ok := x.qty(i + 1)
			if !ok || article || v < 2 || v > 100 {
				continue
			}
			// "minimum fire og maksimum syv personer".
			if x.cls(next) == wAnd && x.cls(next+1) == wMax {
				w, n2, _, ok2 := x.qty(next + 2)
				if ok2 && w > v && x.cls(n2) == wPerson && lo.v == 0 && hi.v == 0 {
					lo = bound{int(v), x.toks[i].start, x.tok(n2).end, BasisCapacityRange}
					hi = bound{int(w), x.toks[i].start, x.tok(n2).end, BasisCapacityRange}
					skip = n2 + 1
				}
				continue
			}
			if x.cls(next) != wPerson {
				continue
			}
			if lo.v == 0 {
				lo = bound{int(v), x.toks[i].start, x.tok(next).end, BasisCapacityMin}
			}
		default:
			if c := x.tok(i); c.kind != tNum && c.cls != wNumber && c.cls != wBetween {
				continue
			}
			a, b, next, article, ok := x.rng(i)
			if !ok || article || x.isDateNumber(i) || x.clockBefore(i) || b > 500 || a != float64(int(a)) || b != float64(int(b)) {
				continue
			}
			unit := x.cls(next) == wPerson
			// "grupper på 6-10", "Gruppestørrelse: 6-10".
			group := x.groupBefore(i)
			if a < b && (unit || group && !x.otherUnit(next)) && a >= 2 && (group || !x.attendance(i)) {
				if lo.v != 0 && (lo.v != int(a) || hi.v != int(b)) {
					// Two sizes ("8–12 deltakere … 12–24 deltakere"): the
					// text gives no one capacity.
					conflict = true
				}
				if lo.v == 0 && hi.v == 0 {
					lo = bound{int(a), x.toks[i].start, x.tok(next).end, BasisCapacityRange}
					hi = bound{int(b), x.toks[i].start, x.tok(next).end, BasisCapacityRange}
				}
				skip = next
				continue
			}
			// "Det er 12 plasser": the places there are, not the free ones
			// left ("3 ledige plasser").
			if a == b && a >= 2 && x.isAny(next, vPlasser, vPlassar) && !x.isAny(i-1, vLedige, vLedig) &&
				!x.isAny(next+1, vIgjen, vLedige, vLedig) && hi.v == 0 {
				hi = bound{int(a), x.toks[i].start, x.tok(next).end, BasisCapacityMax}
				continue
			}
			// "ti deltakere i hver gruppe".
			if a == b && unit && x.is(next+1, vI) && x.cls(next+2) == wEvery && x.groupWord(next+3) && a >= 2 {
				if hi.v == 0 {
					hi = bound{int(a), x.toks[i].start, x.tok(next + 3).end, BasisCapacityMax}
				}
			}
		}
	}
}

// placeWordIDs are the words of places in a group (opp, plass) before
// "til" or "for".
var placeWordIDs = newIDSet(vOpp, vPlass, vPlassar, vPlasser)

// attendance reports whether the sentence of the range at token i tells
// who comes or came rather than how many the group takes. Before the
// range: a verb of coming or of a past ("Det kommer gjerne 10-15
// personer", "Det kjem 8-12", "Det har vært mellom 8 og 12 deltakere på
// kursene", "Vi har hatt 10-15 deltakere", "hatt" only just before the
// range, for "for deg som har hatt hjerneslag, 8-12 deltakere" is the
// offering's), what often happens ("pleier", "ofte") or a figure ("i
// snitt", "de fleste"). Anywhere in the sentence: a verb of having taken
// part ("10-15 personer deltok", "møtte", "har delteke") or a share
// ("%"). A range of people there is attendance, no capacity; not one
// that sizes a group ("En gruppe består vanligvis av 4-8 personer",
// groupBefore, is not asked).
func (x *xstate) attendance(i int) bool {
	for k, end := int(x.sent[i]), x.sentenceEnd(i); k < end; k++ {
		x.s.work++
		if x.isAny(k, vMotte, vDeltok, vDeltatt, vDelteke) || x.p(k, '%') {
			return true
		}
		if k < i && (x.isAny(k, vKommer, vKjem, vPleier, vPleiar, vOfte, vVar, vVaert, vVore, vFleste, vSnitt, vGjennomsnitt) ||
			k >= i-3 && x.is(k, vHatt)) {
			return true
		}
	}
	return false
}

// groupWord reports whether token i is "gruppe" or one of its forms.
func (x *xstate) groupWord(i int) bool {
	return x.isAny(i, vGruppe, vGruppa, vGruppen, vGrupper, vGruppene, vGruppene, vGrupper, vGruppestorrelse, vGruppestorleik)
}

// groupBefore reports whether the range at token i sizes a group:
// "grupper på", "gruppa har", "Gruppestørrelse:", "består av".
func (x *xstate) groupBefore(i int) bool {
	k := i - 1
	if x.p(k, ':') {
		return x.groupWord(k - 1)
	}
	if x.isAny(k, vPaa, vAv, vHar) {
		return x.groupWord(k-1) || x.is(k, vAv) && x.isAny(k-1, vBestaar, vBestaaande, vBestaar)
	}
	return false
}

// otherUnit reports whether token i is a unit other than people.
func (x *xstate) otherUnit(i int) bool {
	switch x.cls(i) {
	case wYear, wWeek, wHour, wMinute, wSession, wKveld, wMonthUnit, wKr:
		return true
	}
	return false
}

// hasSuffixFold reports whether s ends with suf, ignoring ASCII case.
func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	t := s[len(s)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if t[i]|0x20 != suf[i]|0x20 {
			return false
		}
	}
	return true
}
