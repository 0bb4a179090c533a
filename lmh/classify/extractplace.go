package classify

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// The place: the municipality, the venue and its street address.
//
//   - place_name: a municipality (lmh/geo, with Sami and Kven names), or a
//     town, village or bydel (lmh/geo/places) named in the text with a
//     capital letter. A name that is also a common word or a surname
//     ("Time", "Sola", "Moss") counts only before "kommune" or after "i",
//     "på" or "til"; a name after "Helse" is a health trust's, one after
//     "fra" is where someone comes from, and one after "Universitetet i"
//     is a university's. A place after "i" or "på" just after a body's
//     word or an offering's noun is the seat of the unit that holds the
//     offering ("et kommunalt tilbud i Bergen", "fysioterapitenesta i
//     Sogndal": place_seat). When
//     the text names places in more than one municipality, the venue's
//     counts (the one in a "Sted:" line, a street address or after "i" or
//     "på" in a venue's name); with no single venue, none does. A place
//     in the title does not count: a title often names a place the
//     text does not say the offering meets in.
//   - venue: see extractvenue.go.
//   - street_address: a street and a number ("Storgata 33", "Strandgata
//     38, Gjøvik", "Notveien 17", "Storgata 3-5"), with a postcode and
//     town after it; not a postal one ("Postadresse:", "Send påmelding
//     til …"), nor one whose street's name a capitalised word before it
//     may begin ("Kari Bakken 90 12 34 56"), nor a telephone number's
//     first group. A place where a person works is not the
//     municipality ("som jobber med psykisk helse i Vestnes kommune"),
//     nor a partner's ("Med seg har hun, som også tidligere, Vestnes
//     kommune"), nor one it is held in every other time ("annenhver
//     gang i Vestnes").

// xplace is a place named in the text.
type xplace struct {
	i, j   int    // its tokens
	number string // kommunenummer
	tie    placeTie
}

func (x *xstate) readPlace(o *lmh.Offering) {
	x.readVenue(o)
	x.readAddress(&o.Place)
	x.readMunicipality(o)
}

// placesIn appends the places named in the text.
func (x *xstate) placesIn(dst []xplace) []xplace {
	toks, text := x.toks, x.text
	next := 0 // the token after the last place read
	// The capitalised words that begin a place's name.
	for _, k := range x.trig[trigPlace] {
		i := int(k)
		if i < next {
			continue
		}
		t := &toks[i]
		for _, pi := range placeHeads[t.place-1] {
			p := &placeNames[pi]
			j, ok := matchPlace(toks, text, i, p.words)
			if !ok {
				continue
			}
			if !x.placeCounts(toks, text, i, j, p) {
				break
			}
			dst = append(dst, xplace{i: i, j: j, number: p.number})
			next = j
			break
		}
	}
	return dst
}

// matchPlace reports whether the words of a place's name follow one
// another from toks[i], with at most a glued '-' or '.' between them, and
// returns the index after the last.
func matchPlace(toks []xtok, text string, i int, words []string) (int, bool) {
	k := i
	for n, w := range words {
		if n > 0 {
			if k < len(toks) && toks[k].kind == tPunct && (toks[k].ch == '-' || toks[k].ch == '.') {
				k++
			}
		}
		if k >= len(toks) || toks[k].kind != tWord {
			return 0, false
		}
		word := text[toks[k].start:toks[k].end]
		if n == len(words)-1 && toks[k].flags&fGenitive != 0 {
			word = word[:len(word)-1] // "Bergens"
		}
		if !strings.EqualFold(word, w) {
			return 0, false
		}
		k++
	}
	return k, true
}

// placeCounts applies the checks of a place name found at toks[i:j].
func (x *xstate) placeCounts(toks []xtok, text string, i, j int, p *placeName) bool {
	prev := func(k int) *xtok {
		if k < 0 || k >= len(toks) {
			return &noTok
		}
		return &toks[k]
	}
	word := func(k int, w string) bool {
		t := prev(k)
		return t.kind == tWord && strings.EqualFold(text[t.start:t.end], w)
	}
	// "Helse Bergen": a health trust's name; not "Mental Helse
	// Salangen", the association's local branch.
	if word(i-1, "helse") && !word(i-2, "mental") {
		return false
	}
	// Where someone comes from is not where the offering meets:
	// "foreleser fra Bergen", "deltakarar frå Stord"; nor the end of a
	// span of places ("fra Kristiansand til Flekkefjord").
	if c := prev(i - 1).cls; c == wFrom || c == wTo && (prev(i-3).cls == wFrom || prev(i-4).cls == wFrom && prev(i-2).kind == tWord) {
		return false
	}
	// Nor a later place of a list after "fra" ("deltakarar frå Lier og
	// Drammen", "fra Askøy, Øygarden og Bergen kommune"): the list shares
	// its first place's role.
	if x.fromList(i) {
		return false
	}
	// Nor the post town of a postbox ("Postboks 4, 7001 Trondheim",
	// "Pb. 4 7001 Trondheim"): where letters go, not where one meets.
	if x.postboxBefore(i) {
		return false
	}
	// A university's or the state's office: "Universitetet i Bergen".
	if word(i-1, "i") && (word(i-2, "universitetet") || word(i-2, "høgskolen") || word(i-2, "høgskulen") ||
		word(i-2, "statsforvalteren") || word(i-2, "fylkesmannen") || word(i-2, "tingrett")) {
		return false
	}
	if p.before && !(j < len(toks) && toks[j].cls == wKommune) {
		return false // "på Fjell": not "Fjell kommune"
	}
	if p.common {
		after := j < len(toks) && toks[j].cls == wKommune
		before := false
		switch prev(i - 1).cls {
		case wIn, wTo, wBydel:
			before = true
		}
		if !after && !before {
			return false
		}
		// A surname: "Kari Moss".
		if pt := prev(i - 1); pt.kind == tWord && pt.flags&fCap != 0 && pt.cls == wNone && pt.flags&fAllCap == 0 {
			return false
		}
	}
	// A middle name: "Kaja Leknes Lied".
	if pt, nt := prev(i-1), prev(j); pt.kind == tWord && pt.flags&(fCap|fAllCap) == fCap && pt.cls == wNone && pt.flags&fLine == 0 &&
		nt.kind == tWord && nt.flags&(fCap|fAllCap|fLine) == fCap && nt.cls == wNone && nt.place == 0 && i > 1 && (!prev(i-2).isP('.') || abbrevWord(prev(i-3))) {
		return false
	}
	return true
}

// readMunicipality decides the municipality of the offering: from the
// places the text ties to it, the strongest tie first (see placeTie).
// When the places of the strongest tie lie in different municipalities,
// none is given.
func (x *xstate) readMunicipality(o *lmh.Offering) {
	ps := x.placesIn(x.places[:0])
	x.places = ps
	if len(ps) == 0 {
		return
	}
	best := tieRejected
	for k := range ps {
		ps[k].tie = x.placeTie(ps[k].i, ps[k].j)
		if ps[k].tie != tieRejected && (best == tieRejected || ps[k].tie > best) {
			best = ps[k].tie
		}
	}
	if best == tieRejected {
		return
	}
	// A place of the strongest tie in a list of places in other
	// municipalities ("Kurset går i Moss, Rygge og Råde"): the text
	// names several, and none is the offering's alone.
	for k := range ps {
		if ps[k].tie != best {
			continue
		}
		if k+1 < len(ps) && x.listed(ps[k], ps[k+1]) || k > 0 && x.listed(ps[k-1], ps[k]) {
			return
		}
	}
	// "Tre av disse i Åsnes og to i Våler", "i Moss og dessutan i
	// Rygge": the meetings shared between places of two municipalities,
	// whatever ties them; none is the offering's alone.
	for k := range ps {
		if ps[k].tie != tieRejected && x.splitAfter(ps[k]) {
			return
		}
	}
	pick := -1
	for k := range ps {
		// A place tied to nothing counts only when the text names no
		// other municipality at all, not even a rejected one.
		if best != tieNone && ps[k].tie != best {
			continue
		}
		if ps[k].number != ps[0].number && best == tieNone || pick >= 0 && ps[k].number != ps[pick].number {
			return
		}
		if pick < 0 && ps[k].tie == best {
			pick = k
		}
	}
	p := ps[pick]
	if x.give("place.municipality", x.toks[p.i].start, x.toks[p.j-1].end, tieBasis[best]) != nil {
		o.Place.Municipality = p.number
	}
}

// fromList reports whether the place at token i ends a list whose first
// place follows "fra" or "frå": walking back over at most three items,
// each "og", "eller" or a comma, then "kommune" if written, then one to
// three capitalised words (with hyphens), the word before the list's
// first item is "fra".
func (x *xstate) fromList(i int) bool {
	k := i - 1
	for items := 0; items < 3; items++ {
		if !(x.cls(k) == wAnd || x.cls(k) == wOr || x.p(k, ',')) {
			return false
		}
		k--
		if x.cls(k) == wKommune {
			k--
		}
		n := 0
		for n < 3 && (x.tok(k).kind == tWord && x.tok(k).flags&fCap != 0 || x.p(k, '-') && n > 0) {
			k--
			n++
		}
		if n == 0 || !x.sameSentence(k+1, i) {
			return false
		}
		if x.cls(k) == wFrom {
			return true
		}
	}
	return false
}

// listed reports whether places a and b, in this order, are listed
// together ("Moss, Rygge", "Rygge og Råde", "Nordre Follo eller Ås",
// "Lillehammer/Otta") and
// lie in different
// municipalities; a county after a town ("Bodø, Nordland") is not read
// as a place here, so it lists nothing.
func (x *xstate) listed(a, b xplace) bool {
	return b.i == a.j+1 && (x.p(a.j, ',') || x.p(a.j, '/') || x.cls(a.j) == wAnd || x.cls(a.j) == wOr) && a.number != b.number && x.sameSentence(a.i, b.i)
}

// splitAfter reports whether place a, after "i" or "på", is joined by
// "og" and at most two words to a municipality after "i" or "på" in the
// same sentence ("i Åsnes og to i Våler", "i Moss og i Bodø") whose name
// is not a's municipality's: the meetings are shared between the two.
// A name two municipalities share ("Våler") counts when neither is a's.
func (x *xstate) splitAfter(a xplace) bool {
	if x.cls(a.j) != wAnd || !x.isAny(a.i-1, vI, vPaa) {
		return false
	}
	for m := a.j + 2; m <= a.j+4 && m < len(x.toks); m++ {
		if !x.isAny(m-1, vI, vPaa) || x.tok(m).kind != tWord || x.tok(m).flags&fCap == 0 || !x.sameSentence(a.i, m) {
			continue
		}
		ms := geo.Find(x.str(m))
		return len(ms) > 0 && !slices.ContainsFunc(ms, func(mu geo.Municipality) bool { return mu.Number == a.number })
	}
	return false
}

// placeTie is what ties a place named in the text to the offering, in
// order of strength.
type placeTie uint8

const (
	tieRejected  placeTie = iota // a partner's, a region's: not the offering's
	tieNone                      // named, tied to nothing
	tieResidents                 // those who live there: "som bor i Drammen"
	tieOrganiser                 // in the organiser's name: "Oslo universitetssykehus, Ullevål arrangerer"
	tieSeat                      // the seat of a unit or an offering: "et kommunalt tilbud i Bergen", "fysioterapitenesta i Sogndal"
	tieLocal                     // in a local body's name: "Kongsberg Revmatikerforening arrangerer"
	tieKommune                   // named as a municipality or bydel: "Kristiansand kommune tilbyr", "i Bydel Stovner"
	tieVenue                     // where it meets: "Sted: …", "holdes på Frøya", the venue's name
)

var tieBasis = [...]Basis{tieNone: BasisPlaceName, tieResidents: BasisPlaceResidents, tieKommune: BasisPlaceKommune,
	tieOrganiser: BasisPlaceOrganiser, tieSeat: BasisPlaceSeat, tieLocal: BasisPlaceLocal, tieVenue: BasisPlaceVenue}

// placeTie decides the tie of the place at tokens [i, j).
func (x *xstate) placeTie(i, j int) placeTie {
	// A partner: "i samarbeid med UNN Tromsø", "sammen med Elverum kommune",
	// "i lag med Stord kommune".
	// A partner ends at "på" before a venue's name ("sammen med Mental
	// Helse på Frivilligsentralen på Flisa"); a place right after that
	// "på" is the partner's ("sammen med kommunen på Husnes").
	paa := -1
	for k, lo, skipped := i-1, i-8, false; k >= int(x.sent[i]) && k >= lo; k-- {
		paa = x.paaAt(k, paa)
		if x.cls(k) == wWith && (x.cls(k-1) == wPartner || x.togetherBefore(k) && !(x.partnerEnded(k, paa) && paa < i-1) || x.isAny(k+1, vSeg)) {
			return tieRejected // "Med seg har hun Vestnes kommune"
		}
		if x.p(k, '(') {
			break
		}
		if x.p(k, ',') {
			// An inserted clause between commas ("Med seg har hun, som
			// også tidligere, Vestnes kommune"): read on before it (one
			// such clause, so that the look stays short).
			if c := x.insertedClause(k); c >= 0 && !skipped {
				lo -= k - c
				k, skipped = c, true
				continue
			}
			break
		}
	}
	// Every other time there ("Vi bytter på å holde det annenhver gang
	// i Vestnes", "annakvar gong på Stord"): one of the places it
	// alternates between, not the offering's alone.
	if x.isAny(i-1, vI, vPaa) && x.isAny(i-2, vGang, vGong) && x.cls(i-3) == wEveryOther {
		return tieRejected
	}
	// Who developed, funded or supported it: "utviklet av Trondheim
	// kommune", "finansiert av Bærum kommune".
	if x.is(i-1, vAv) && x.isAny(i-2, vUtviklet, vUtvikla, vUtarbeidet, vUtarbeidd, vFinansiert, vStottet, vStotta) {
		return tieRejected
	}
	// The same with the place in that body's name: "utviklet av
	// Kompetansesenteret i Bergen", "utvikla ved Universitetssjukehuset i
	// Tromsø"; and a body or an offering this one follows or draws on
	// (modelOf). Not "fra" alone: "et tilbud fra hjemmetjenesten i Larvik
	// kommune", "ledes av fysioterapeut fra Frisklivssentralen i
	// Kongsberg" name the body that holds it.
	body := x.beforeBodyName(i)
	if b := body; b >= 0 && (x.isAny(b, vAv, vVed) &&
		x.isAny(b-1, vUtviklet, vUtvikla, vUtarbeidet, vUtarbeidd, vFinansiert, vStottet, vStotta) || x.modelOf(b)) {
		return tieRejected
	}
	// Where a person works or has worked: "kreftkoordinator Øvre Eiker
	// kommune", "har jobbet i Arendal kommune i 15 år".
	if x.jobTitle(i-1) || x.cls(i-1) == wIn && (x.inIDs(i-2, workedIDs) || x.workedWith(i-1)) {
		return tieRejected
	}
	// Where a contact works, in a contact block: "Helle Jensen,
	// Familiesenteret Nedre Eiker kommune, telefon …" (a job title
	// before it is read above).
	if c := i - 1 - b2i(x.orgHead(i-1)); x.p(c, ',') && x.affiliated(c) && x.contactBlock(i) {
		return tieRejected
	}
	// The same with the place as the seat of the contact's unit:
	// "Kontaktperson: Kari Nordmann, Frisklivssentralen i Gjøvik".
	if b := body; b >= 0 && x.p(b, ',') && x.affiliated(b) && x.contactBlock(i) {
		return tieRejected
	}
	// A place where it has been held: "Tidligere har kurset vært holdt i
	// Drammen kommune".
	if x.cls(i-1) == wIn && x.pastMeeting(i-1) {
		return tieRejected
	}
	// A region: "Oslo og Akershus", "Oslo/Akershus".
	if (x.cls(j) == wAnd || x.p(j, '/')) && x.tok(j+1).flags&fCap != 0 && x.isCounty(j+1) {
		return tieRejected
	}
	inside := func(span [2]int) bool { return span[0] >= 0 && i >= span[0] && j <= span[1] }
	switch {
	case inside(x.venue) || x.venueContext(i):
		return tieVenue
	case x.cls(j) == wKommune && x.cls(i-1) == wAnd && (x.p(i-2, '-') || x.p(i-2, ',')):
		return tieRejected // "Holtålen-, Os- og Røros kommune": several
	case x.cls(j) == wKommune || x.cls(i-1) == wBydel:
		return tieKommune
	case inside(x.prov) && passes("provider.name", x.provBasis) && !x.severalNamed(x.prov):
		// A local body named after its place meets there ("Jevnaker
		// Frivilligsentral", "Alvdal revmatikerforening", "Kirken i
		// Søndre Land"); a hospital or its unit serves a region from it
		// ("UNN Tromsø", "Tiller DPS").
		// Not when the text names a venue of its own ("Kongsvinger
		// Demensforening arrangerer seminar … på Finnskogentoppen
		// velværehotell"): the body goes there.
		if x.localBody(x.prov) && x.venue[0] < 0 {
			return tieLocal
		}
		if x.seatOf(i) {
			return tieSeat
		}
		return tieOrganiser
	}
	if x.seatOf(i) {
		return tieSeat
	}
	k := i - 1
	if x.cls(k) == wBydel || x.cls(k) == wIn {
		k--
	}
	if x.isAny(k, vBor, vBur, vBosatt, vBusett, vInnbyggere, vInnbyggarar, vInnbyggjarar) {
		return tieResidents
	}
	return tieNone
}

// workedWith reports whether the "i" at token k ends the field or the
// job of someone's work: "som jobber med psykisk helse(vern) i Vestnes
// kommune", "arbeider som sjukepleiar i Stord kommune" (a verb of working
// and "med" or "som" at most six tokens back, no comma or offering's noun
// between). Not "jobber med å starte et kurs i Bergen": what is being
// made is the offering.
func (x *xstate) workedWith(k int) bool {
	for m := k - 1; m >= k-7 && m > int(x.sent[k]); m-- {
		x.s.work++
		if x.p(m, ',') {
			return false
		}
		if x.cls(m) == wWith || x.is(m, vSom) {
			if !x.inIDs(m-1, workedIDs) {
				return false
			}
			for n := m + 1; n < k; n++ {
				if x.is(n, vAa) || x.offeringNoun(n) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// insertedClause returns the comma that opens a clause of at most six
// tokens beginning with "som" and ending at the comma k ("hun, som også
// tidligere, …"), or -1.
func (x *xstate) insertedClause(k int) int {
	for c := k - 2; c >= k-7 && c > int(x.sent[k]); c-- {
		x.s.work++
		if x.p(c, ',') {
			if x.is(c+1, vSom) {
				return c
			}
			return -1
		}
	}
	return -1
}

// workedIDs are the verbs and participles of working somewhere (placeTie).
var workedIDs = newIDSet(vJobbet, vJobba, vJobber, vJobbar, vArbeidet, vArbeider, vArbeidar, vAnsatt, vTilsett)

// seatOf reports whether the place at token i is named as the seat of a
// unit or an offering: after "i" or "på" just after a body's word or an
// offering's noun ("et kommunalt tilbud i Bergen", "fysioterapitenesta i
// Sogndal", "Lokalforeninga på Frøya", "Norsk Revmatikerforbund i
// Stjørdal", "(LPP) i Harstad", "Familievernkontoret i Namsos"). Not
// "ved", which names where someone works as often as where the offering
// is ("Leder ved BUP Tromsø"), nor a job title's "i" ("kreftkoordinator i
// Alver"), nor a place where it has been held.
func (x *xstate) seatOf(i int) bool {
	k := i - 1
	if !x.isAny(k, vI, vPaa) || x.pastMeeting(k) {
		return false
	}
	n := k - 1
	// "(LPP) i Harstad": an organisation's acronym after its name.
	if x.p(n, ')') && x.p(n-2, '(') && x.tok(n-1).flags&fAllCap != 0 {
		return true
	}
	if x.tok(n).kind != tWord || x.jobTitle(n) {
		return false
	}
	return x.orgHead(n) || x.offeringNoun(n) || seatWords.match(x.str(n))
}

// beforeBodyName returns the token before the name of a body whose seat
// the place at token i names ("Kreftforeningen i Oslo", "kompetansesenteret
// i Bergen", "Norsk Revmatikerforbund i Stjørdal"): back over "i" or "på",
// the body's word and up to three capitalised words before it; or -1 when
// no body's word comes before "i" or "på".
func (x *xstate) beforeBodyName(i int) int {
	k := i - 1
	if !x.isAny(k, vI, vPaa) {
		return -1
	}
	k--
	if x.tok(k).kind != tWord || !(x.orgHead(k) || x.offeringNoun(k) || seatWords.match(x.str(k))) {
		return -1
	}
	k--
	for n := 0; n < 3 && k >= int(x.sent[i]) && (x.tok(k).kind == tWord && x.tok(k).flags&fCap != 0 || x.p(k, '-')); n++ {
		k--
	}
	return k
}

// b2i returns 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// modelOf reports whether the body or offering whose name follows token
// b is another's that this one follows or draws on, or the owner of the
// pages named: "etter modell av kurset i Trondheim", "inspirert av
// Frisklivssentralen i Bergen", "basert på et kurs i Trondheim", "bygger
// på erfaringer fra gruppa i Bergen", "på nettsida til Frisklivssentralen
// i Bergen".
func (x *xstate) modelOf(b int) bool {
	if x.isAny(b, vEn, vEt, vEi, vEin, vEit) {
		b--
	}
	switch {
	case x.isAny(b, vAv, vEtter) || x.cls(b) == wFrom || x.is(b, vPaa):
		return x.tok(b-1).kind == tWord && modelWords.match(x.str(b-1))
	case x.is(b, vTil):
		return x.webPageWord(b - 1)
	}
	return false
}

// modelWords are the endings of the words that name a model or a source
// before "av", "etter", "fra" or "på" (modelOf).
var modelWords = newSuffixSet([]string{"modell", "modellen", "inspirert", "inspirerte", "basert", "basera",
	"bygger", "byggjer", "erfaringer", "erfaringar", "erfaringene", "erfaringane", "mønster", "mønsteret"}, 0)

// seatWords are the endings of a service's word that is no
// organisation's word of a name (orgHead): "Rask psykisk helsehjelp i
// Sandnes".
var seatWords = newSuffixSet([]string{"helsehjelp"}, 0)

// localBody reports whether the organisation's name at tokens span ends
// in a local body's word: an association, a local branch, a volunteer or
// healthy-living centre, a church, a family centre.
func (x *xstate) localBody(span [2]int) bool {
	// "LHL Malvik", "Mental Helse Salangen": a national association's
	// local branch, named by its place.
	if last := x.tok(span[1] - 1); last.place != 0 && span[1]-1 > span[0] &&
		(x.nationalOrg(span[0]) > 0 || x.tok(span[0]).flags&fAllCap != 0 && branchAcronyms[x.str(span[0])]) {
		return true
	}
	for k := span[1] - 1; k >= span[0]; k-- {
		if t := x.tok(k); t.kind == tWord && localBodySet.match(x.str(k)) {
			return true
		}
		if x.orgHead(k) {
			return false // the name's own word is another's ("Sykehuset Innlandet")
		}
	}
	return false
}

// branchAcronyms are national patients' and users' associations whose
// local branches are named by their place ("LHL Malvik", "NCF Oslo").
var branchAcronyms = map[string]bool{"LHL": true, "LPP": true, "NCF": true, "NFS": true, "NRF": true, "HLF": true,
	"NHF": true, "FFO": true, "SAFO": true, "NAF": true}

// localBodySet holds the endings of a local body's word (localBody).
var localBodySet = newSuffixSet([]string{"forening", "foreningen", "foreininga", "lag", "laget", "lokallag", "lokallaget",
	"frivilligsentral", "frivilligsentralen", "frisklivssentral", "frisklivssentralen", "kirke", "kirken", "kyrkje",
	"kyrkja", "menighet", "menigheten", "sokn", "soknet", "familiesenter", "familiesenteret", "tjenesten", "tenesta"}, 0)

// severalNamed reports whether the name at tokens span joins two with
// "og" ("Oppdal og Rennebu Revmatikerforening"): a name of several
// places ties the offering to none of them.
func (x *xstate) severalNamed(span [2]int) bool {
	for k := span[0]; k < span[1]; k++ {
		// Not the "og" of a compound's lower-case parts ("Psykisk
		// helse- og rustjenesten i Grane"; "Holtålen-, Os- og Røros
		// kommune" names three).
		if x.cls(k) == wAnd && !(x.p(k-1, '-') && x.glued(k-1) && x.tok(k-2).flags&fCap == 0) {
			return true
		}
	}
	return false
}

// isCounty reports whether token i names a county, today's or a former
// one ("Akershus", "Sogn").
func (x *xstate) isCounty(i int) bool {
	if x.tok(i).kind != tWord {
		return false
	}
	_, ok := geo.FindCounty(x.str(i))
	return ok || x.isAny(i, vAkershus, vSogn, vHordaland, vTelemark, vTroms, vFinnmark, vNordland, vOppland, vHedmark)
}

// venueContext reports whether the place at token i is named as where the
// offering meets: in a "Sted:" line, in a street address, or after "i" or
// "på" after a venue's name ("Ringerike bibliotek", "på Husnes").
func (x *xstate) venueContext(i int) bool {
	// A "Sted:" line.
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if x.cls(k) == wPlaceLabel && x.p(k+1, ':') {
			return !x.contactBlock(k) // not an office's, in a contact block
		}
		if x.toks[k+1].flags&fLine != 0 {
			break
		}
	}
	// After an address: "Strandgata 38, Gjøvik".
	if x.p(i-1, ',') && x.tok(i-2).kind == tNum && x.streetWord(i-3) {
		return true
	}
	// "Kjøpmannsgata 13, 7500 Stjørdal"; a postcode after a post-office
	// box, or on a line of its own, is a postal address, not a venue.
	if x.tok(i-1).kind == tNum && x.tok(i-1).ndig == 4 {
		k := i - 2
		if x.p(k, ',') {
			k--
		}
		return x.tok(k).kind == tNum && x.streetWord(k-1) && !x.isAny(k-2, vPb, vPostboks)
	}
	// "biblioteket på Husnes", "holdes på Frøya", "foregår ved
	// SiV-Tønsberg": after "i", "på" or "ved", in a sentence that says
	// where something meets.
	k := i - 1
	if x.p(k, '-') && x.glued(k) {
		k -= 2
	}
	if x.cls(k) != wIn || x.pastMeeting(k) {
		return false // a meeting that has been, as for the venue
	}
	if lo := x.sent[i]; lo != x.meetSent {
		// Whether the sentence names a meeting, read once per sentence.
		x.meetSent, x.meetHas = lo, false
		for m, end := int(lo), x.sentenceEnd(i); m < end && !x.meetHas; m++ {
			x.s.work++
			x.meetHas = x.meetingWord(m)
		}
	}
	return x.meetHas
}

// meetingWord reports whether token m says where something meets: a
// verb of meeting ("holdes", "møtes", "foregår", "held til") or a
// venue's noun ("bibliotek", "kirke", "kulturhus", "lokaler").
func (x *xstate) meetingWord(m int) bool {
	if id := x.tok(m).id; meetingWordIDs.has(id) || keptWord(id) && x.keptAt(m) {
		return true
	}
	return x.feature(m, featMeeting)
}

// meetingWordIDs are the words of meetingWord.
var meetingWordIDs = newIDSet(vHoldes, vHoldast, vHaldast, vMotes, vMotast, vMotest, vSamles, vSamlast, vForegaar, vForegaar2,
	vGjennomfores, vGjennomforast, vArrangeres, vArrangerast, vGaar, vTreffes, vOppmote, vLokaler, vLokala, vLokalene, vPaagaar)

// streetWord reports whether token i is a street's name: a capitalised
// word ending in -gata, -gate, -veien, -vegen, -vei, -veg, -allé,
// -plass, -bakken, -brygga or -torget.
func (x *xstate) streetWord(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.flags&fCap != 0 && x.feature(i, featStreet)
}

// readAddress reads a street address: "Storgata 33", "Strandgata 38,
// Gjøvik", "Notveien 17", "Kjøpmannsgata 13, 7500 Stjørdal". Not one in a
// contact block ("Kontakt oss ⏎ … ⏎ Storgata 5"), the office's; and none
// when the text gives a second address on another street: it does not
// say which is the sessions'.
func (x *xstate) readAddress(pl *lmh.Place) {
	found, fi, fj := false, 0, 0
	more := 0
	for _, k := range x.nums {
		n := x.tok(int(k))
		if n.kind != tNum || n.ndig > 3 || n.val == 0 {
			continue
		}
		i, ok := x.streetBefore(int(k)) // the street's name before the number
		if !ok || x.isDateNumber(int(k)) {
			continue
		}
		if x.postalAddress(i) {
			continue
		}
		if found {
			// At most maxRivals addresses more are compared with the
			// one read, so that a text of many stays linear.
			if more++; more > maxRivals {
				break
			}
			if !strings.EqualFold(x.str(i), x.str(fi)) {
				return
			}
			continue
		}
		if x.contactBlock(i) {
			continue
		}
		// "Dronning Mauds Minnegate 10": a capitalised word before the
		// street's name begins it, which is cut; "Kari Bakken 90 12 34
		// 56": a person's surname and a telephone number.
		if p := x.tok(i - 1); p.kind == tWord && p.flags&fCap != 0 && p.cls == wNone && x.tok(i).flags&fLine == 0 && i-1 >= int(x.sent[i]) {
			continue
		}
		if _, _, ok := x.phoneAt(int(k)); ok {
			continue
		}
		j := int(k) + 1
		// A range of numbers: "Storgata 3-5", "Storgata 3–5".
		if x.p(j, '-') && x.glued(j) && x.tok(j+1).kind == tNum && x.glued(j+1) && x.tok(j+1).ndig <= 3 {
			j += 2
		}
		// A house letter: "33 B", "33b".
		if t := x.tok(j); t.kind == tWord && t.end-t.start == 1 && (x.glued(j) || t.flags&fCap != 0) && x.cls(j) == wNone {
			j++
		}
		// ", 7500 Stjørdal" or ", Gjøvik".
		if x.p(j, ',') {
			k := j + 1
			if t := x.tok(k); t.kind == tNum && t.ndig == 4 {
				k++
			}
			if t := x.tok(k); t.kind == tWord && t.flags&fCap != 0 && t.place != 0 {
				if _, ok := matchAnyPlace(x.toks, x.text, k); ok {
					j = k + 1
				}
			}
		}
		found, fi, fj = true, i, j
	}
	if found && x.give("place.address", x.toks[fi].start, x.toks[fj-1].end, BasisAddress) != nil {
		pl.Address = x.text[x.toks[fi].start:x.toks[fj-1].end]
	}
}

// postalWords are the words of a postal or invoicing address's label,
// or of sending something by post.
var postalWords = newIDSet(vPostadresse, vPostboks, vFakturaadresse, vSend, vSendes, vSendast, vPostlegg)

// postalAddress reports whether the street at token i is a postal one:
// it is a postbox ("Postboks 4, 7001 Trondheim", "Pb. 4"), its line says
// "Postadresse", "Postboks" or "Fakturaadresse" before it, or its
// sentence sends something there ("Send påmelding til …"), at most 12
// tokens back.
func (x *xstate) postalAddress(i int) bool {
	if x.isAny(i, vPostboks, vPb) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if postalWords.has(x.toks[k].id) {
			return true
		}
		if x.toks[k].flags&fLine != 0 || k < int(x.sent[i]) {
			return false
		}
	}
	return false
}

// postboxBefore reports whether the place at token i follows a postbox
// and its number, with only numbers (the postcode) and punctuation
// between, at most six tokens back on its line ("Postboks 4, 7001
// Trondheim", "Pb. 4, 7001 Trondheim").
func (x *xstate) postboxBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if x.isAny(k, vPostboks, vPb) {
			return k+1 < i && x.tok(k+1).kind == tNum || x.p(k+1, '.') && x.tok(k+2).kind == tNum
		}
		if t := x.tok(k); t.kind != tNum && t.kind != tPunct || t.flags&fLine != 0 {
			return false
		}
	}
	return false
}

// matchAnyPlace reports whether a known place's name begins at toks[i].
func matchAnyPlace(toks []xtok, text string, i int) (int, bool) {
	t := &toks[i]
	if t.place == 0 {
		return 0, false
	}
	for _, pi := range placeHeads[t.place-1] {
		if j, ok := matchPlace(toks, text, i, placeNames[pi].words); ok {
			return j, true
		}
	}
	return 0, false
}

// abbrevWord reports whether t is a short word that a full stop
// abbreviates ("dr.", "kl.", "ca.").
func abbrevWord(t *xtok) bool { return t.sets&setAbbrev != 0 }

// venueNouns are the endings of a venue's noun.
var venueNouns = []string{"bibliotek", "biblioteket", "kirke", "kyrkje", "kulturhus", "kulturhuset", "senter", "senteret", "huset", "helsehus",
	"hall", "scene", "rådhus", "rådhuset", "helsestasjon", "helsetun", "skole", "skule", "hotell", "torget", "sal", "salen",
	"auditorium", "auditoriet", "kantine", "kantinen", "kantina", "lokaler", "lokalene", "arena", "inngangen", "kurbad", "sykehus", "sjukehus",
	"kjeller", "kjellaren", "kjelleren", "treffsted", "omsorgssenter", "konferansesenter",
	"helsepark", "helseparken", "flerbrukshus", "fleirbrukshus", "samfunnshus", "grendehus", "bydelshus", "hallen", "hotellet"}

// venueNoun reports whether w ends in a venue's noun.
func venueNoun(w string) bool { return venueNounSet.match(w) }

var venueNounSet = newSuffixSet(venueNouns, 0)

// streetBefore returns where the street's name before the number at token
// n begins: a word with a street's ending ("Storgata 3"), a capitalised
// word and a street's word of its own ("Kongens gate 30", "Kongens gt.
// 30"), or a capitalised word just after "adresse" ("har adresse
// Evjensvollen 26", "Adresse: Evjensvollen 26").
func (x *xstate) streetBefore(n int) (int, bool) {
	i := n - 1
	if x.streetWord(i) {
		return i, true
	}
	if x.p(i, '.') && x.glued(i) && x.tok(i-1).kind == tWord && x.str(i-1) == "gt" {
		i-- // "gt."
	}
	if t := x.tok(i); t.kind == tWord && t.flags&fCap == 0 && t.end-t.start <= 6 && (streetWords[x.str(i)] || x.str(i) == "gt") {
		if p := x.tok(i - 1); p.kind == tWord && p.flags&fCap != 0 && p.cls == wNone && p.place == 0 && x.sameSentence(i-1, i) {
			return i - 1, true
		}
		return 0, false
	}
	if t := x.tok(i); t.kind == tWord && t.flags&fCap != 0 && t.cls == wNone && t.place == 0 &&
		(x.is(i-1, vAdresse) || x.p(i-1, ':') && x.is(i-2, vAdresse)) {
		return i, true
	}
	return 0, false
}

// streetEndings are the endings of a street's name.
var streetEndings = []string{"gata", "gate", "gaten", "veien", "vegen", "vei", "veg", "plass", "bakken", "brygga", "brygge", "torget"}

// streetName reports whether w ends like a street's name and is longer
// than the ending.
func streetName(w string) bool { return streetEndingSet.match(w) }

var streetEndingSet = newSuffixSet(streetEndings, 2)

// keptAt reports whether tokens m and m+1 say where the offering is
// housed, a verb of meeting with the offering its subject just before:
// "holder til", Nynorsk "held til" and "heldt til" ("Kurset held til på
// Stord", "Gruppa heldt til i Bergen"); not where an organisation or a
// person is ("Kreftforeningen holder til i Oslo", "Han held til i
// Bergen").
func (x *xstate) keptAt(m int) bool {
	return keptWord(x.tok(m).id) && x.is(m+1, vTil) && x.offeringNoun(m-1)
}

// keptWord reports whether id is the verb of keptAt ("holder", "held",
// "heldt"), the cheap test its callers make first.
func keptWord(id wordID) bool { return id == vHolder || id == vHeld || id == vHeldt }
