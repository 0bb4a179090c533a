package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The venue: where the sessions are held, as the text names it.
//
//   - venue (a label): the rest of a line labelled "Sted", "Stad", "Hvor",
//     "Oppmøte" or "Møtested" (with a colon, or alone on its line and the
//     venue on the next), up to a comma: "Sted: HSD Senteret, Bremnes på
//     Bømlo" gives "HSD Senteret"; not "Digitalt", "Kommer" or "Meld deg
//     på …", nor a label in a contact block ("Kontakt oss").
//   - venue (a sentence): a named place after "i", "på", "ved" or "til" in
//     a sentence that says something meets or is held there ("foregår ved
//     SiV-Tønsberg", "samles … i MO-senteret Wergeland", "informasjonsmøte
//     … i biblioteket på Husnes", "temakafé … ved Hjerteknekten i
//     Steinkjer"): capitalised words and a venue's own words ("senter",
//     "bibliotek", "kirke", "sjukehus"), with "i", "på" or "ved" and a
//     place's name after them. A town or municipality alone is no venue
//     (nor a one-word name with no venue's word and no definite ending,
//     "på Husnes"), nor is a street address ("i Storgata 3"), a digital
//     offering's, a unit's seat ("Psykoseteamet ved …"), a place in a
//     contact block, one of alternatives or of several ("eller", "/",
//     "også", "alle", "blant annet", a list of towns), or where one signs
//     up or asks. After "til" the event comes first and its place after
//     its own "på", "i" or "ved".

// maxLabelName is how many tokens a labelled venue's name ("Sted: …")
// may run to before its line ends or a comma, a bracket or a full stop
// cuts it; a longer run is no name.
const maxLabelName = 32

func (x *xstate) readVenue(o *lmh.Offering) {
	x.venue = [2]int{-1, -1}
	if o.Delivery == taxonomy.DeliveryDigital {
		return
	}
	pl := &o.Place
	// A labelled line first.
	for _, k := range x.trig[trigVenueLabel] {
		i := int(k)
		t := x.tok(i)
		// The Nynorsk "Kvar" and "Kor" ("where") label as "Hvor" does,
		// and as it only on a line of their own or before ':' (below),
		// not "Kvar tysdag", "Kor mange".
		if t.cls != wPlaceLabel && t.id != vKvar && t.id != vKor || t.id == vAdresse || t.flags&fCap == 0 {
			continue
		}
		if i > 0 && t.flags&fLine == 0 && !x.p(i-1, '*') && !x.p(i-1, '-') && !x.p(i-1, '.') {
			continue
		}
		j := i + 1
		alone := false
		switch {
		case x.p(j, ':'):
			j++
		case x.tok(j).flags&fLine != 0:
			alone = true
		default:
			continue
		}
		for j < len(x.toks) && (x.p(j, '-') || x.p(j, '*')) {
			j++ // a bullet
		}
		if j >= len(x.toks) {
			continue
		}
		k, long := j+1, false
		for k < len(x.toks) && x.toks[k].flags&fLine == 0 && !x.p(k, ',') && !x.p(k, '(') && !x.sentenceStop(k) {
			if long = k-j >= maxLabelName; long {
				break
			}
			x.s.work++
			k++
		}
		if long {
			continue // no name, and a line of many labels is read once for each at most maxLabelName tokens
		}
		for k > j+1 && x.p(k-1, '.') {
			k--
		}
		// A heading alone on its line is a label only when a short name,
		// not a sentence, follows.
		if x.placeOnly(j, k) || k == j+1 && x.townLike(j) || alone && (k-j > 6 || x.tok(j).flags&fCap == 0) {
			continue
		}
		// "Hvor: Digitalt", "Sted: Kommer", "Sted: Meld deg på …": no
		// venue named; nor one in a contact block ("Kontakt oss ⏎ … ⏎
		// Sted: …"), the office's, not the sessions'.
		if x.isAny(j, vDigitalt, vDigital, vNett, vNettet, vOnline, vTeams, vZoom, vKommer, vAvtales, vOppgis) ||
			x.cls(j) == wSignUp || x.cls(j) == wRegister || noPlaceYet[string(x.lowerTok(j))] || x.contactBlock(i) || !x.labelName(j, k) {
			continue
		}
		x.setVenue(pl, j, k, BasisVenueLabel)
		return
	}
	found := [2]int{-1, -1} // the venue read, while the rest of the text is read for another
	more := 0
	for _, k := range x.trig[trigPrep] {
		i := int(k)
		c := x.cls(i)
		if c != wIn && c != wTo {
			continue
		}
		if !x.is(i, vI) && !x.is(i, vPaa) && !x.is(i, vVed) && !x.is(i, vTil) {
			continue
		}
		// Most prepositions begin no name ("i dag", "på nett", "til
		// å"): those are passed over before the sentence is read, unless
		// they follow "eller" or "enten", which end the reading below.
		if !x.nameCanStart(i+1) && x.cls(i-1) != wOr && !x.is(i-1, vEnten) {
			continue
		}
		// "holdes på Frivilligsentralen, og på Bjørkeli Hotell i juni":
		// a second place joined to the venue just read, by the same verb
		// of meeting; the text does not say which is this offering's.
		if found[0] >= 0 && found[1] == i-2 && x.p(i-2, ',') && (x.cls(i-1) == wAnd || x.cls(i-1) == wOr) {
			if j, ok := x.venueName(i+1, true); ok && !x.sameName(found, [2]int{i + 1, j}) {
				return
			}
		}
		strong := x.meetingBefore(i)
		if !strong && !x.heldSentence(i) || x.pastMeeting(i) || x.affiliated(i) || x.tiedElsewhere(i) || x.nextTo(i) || x.destination(i) ||
			x.otherEventBefore(i) {
			continue
		}
		// "Kontakt oss ⏎ ApD treffes i 1. etasje i Fløyahallen": the
		// office's place, not the sessions'.
		if x.contactBlock(i) {
			continue
		}
		// "på Helsehuset eller på Rådhuset", "enten på Helsehuset …",
		// "… eller på Teams": one of alternative places, which the text
		// does not settle.
		if x.cls(i-1) == wOr || x.is(i-1, vEnten) {
			return
		}
		// "Kurset er en del av tilbudet på Frisklivssentralen": the
		// service it belongs to, not where it meets.
		if x.partOf(i) {
			continue
		}
		j, ok := x.venueName(i+1, strong)
		if !ok || x.prov[0] >= 0 && i >= x.prov[0] && i < x.prov[1] {
			continue // "arrangeres av Lærings- og mestringssenteret ved UNN": the organiser's name
		}
		// "Psykoseteamet ved Sykehuset Levanger", "avdelinga i Helse
		// Førde": a unit's seat, where it belongs, not where it meets (a
		// name read from an earlier preposition takes the seat in with
		// it).
		if x.isAny(i, vVed, vI) && x.orgHead(i-1) {
			continue
		}
		// "samles til Åpent treffsted på Kroa", "inviterer til Temakveld
		// i Biblioteket": after "til" comes the event, and the place
		// after its own "på", "i" or "ved"; not after an organisation's
		// name ("i lokalene til Revmatikerforbundet i Sandefjord").
		if x.is(i, vTil) {
			if m := x.innerPrep(i+2, j); m > 0 && !x.orgHead(m-1) {
				if i, j, ok = m, 0, false; x.tok(m+1).flags&fLine == 0 {
					j, ok = x.venueName(m+1, strong)
				}
				if !ok {
					continue
				}
			}
		}
		// "Tilbudet finnes også på Frisklivssentralen i Sarpsborg",
		// "tilbys ved alle sykehusene i …", "blant annet på
		// Helsehuset": one of several places.
		if x.severalPlaces(i) {
			return
		}
		// "holdes i Moss og på Helsehuset i Sarpsborg": the second of
		// two places.
		if (x.cls(i-1) == wAnd || x.cls(i-1) == wOr) && x.tok(i-2).place != 0 {
			return
		}
		// "på Jergul Astu i Karasjok kommune": the municipality's word
		// belongs to the name.
		if x.cls(j) == wKommune && x.tok(j-1).place != 0 && x.sameSentence(j-1, j) {
			j++
		}
		if found[0] < 0 {
			found = [2]int{i + 1, j}
			continue
		}
		// At most maxRivals names more are compared with the one read,
		// so that a text of many stays linear.
		if more++; more > maxRivals {
			break
		}
		// A second place of meeting, by another name ("Vi møtes på
		// Frivilligsentralen … Turen går til Sjøbadet"): the text does
		// not say which is this offering's.
		if !x.sameName(found, [2]int{i + 1, j}) {
			return
		}
	}
	if found[0] >= 0 {
		x.setVenue(pl, found[0], found[1], BasisVenue)
	}
}

// noPlaceYet are the first words of a "Sted:" line that names no place:
// when or how it will be told ("Meldes senere", "Annonseres på nettsida",
// "Se nettsiden", "Sjå heimesida", "Etter avtale", "Blir sendt ut"), that
// it varies ("Ulike steder", "Varierer"), that it is not known ("Ikke
// bestemt", "Ukjent"), or a home ("Hjemme hos deg", "Heime hos ein av
// deltakarane", "Hos deg"). "Kommer", "Avtales", "Oppgis" and the digital
// words were such words already.
var noPlaceYet = map[string]bool{"meldes": true, "meldast": true, "annonseres": true, "annonserast": true,
	"bestemmes": true, "bestemmast": true, "opplyses": true, "opplysast": true, "avklares": true, "avklarast": true,
	"varsles": true, "varslast": true, "kunngjøres": true, "kunngjerast": true, "sendes": true, "sendast": true,
	"gis": true, "blir": true, "vert": true, "kjem": true, "avtalast": true, "oppgjevast": true,
	"se": true, "sjå": true, "les": true, "etter": true, "ulike": true, "ulikt": true, "forskjellige": true,
	"varierer": true, "varierende": true, "varierande": true, "ikke": true, "ikkje": true, "ukjent": true,
	"hjemme": true, "heime": true, "hos": true}

// labelName reports whether tokens [j, k), the rest of a "Sted:" line,
// may read as one place's name: not a street address ("Sted: Storgata
// 5"), not a time ("Oppmøte: Hovedinngangen kl. 17.45", "Sted: Tirsdager
// kl. 18"), not two places ("Moss og Sarpsborg", "Kalnes/Moss", "… eller
// digitalt"; "Otium bo- og velferdssenter" is one).
func (x *xstate) labelName(j, k int) bool {
	if x.streetWord(j) && x.tok(j+1).kind == tNum {
		return false
	}
	for m := j; m < k; m++ {
		t := x.tok(m)
		// "Helsehuset 2. etasje", "Møterom 3 på Helsehuset", "Helsehuset
		// – inngang B": a floor, a room or an entrance with the name,
		// whose ends are in doubt.
		if t.kind == tNum || t.isP('-') && !x.glued(m) {
			return false
		}
		switch t.cls {
		case wClock, wWeekday, wWeekdays, wMonth, wOr:
			return false
		case wAnd:
			if !(x.p(m-1, '-') && x.glued(m-1)) {
				return false
			}
		}
		if t.isP('/') {
			return false
		}
	}
	return true
}

// sentenceStop reports whether token k is a full stop that ends a
// sentence, a word after it ("Sted: Helsehuset. Parkering ved
// inngangen"): not an abbreviation's ("St. Olavs hospital").
func (x *xstate) sentenceStop(k int) bool {
	return x.p(k, '.') && !x.in(k-1, setAbbrev) && x.tok(k-1).kind == tWord && x.tok(k+1).kind == tWord &&
		x.tok(k+1).flags&fCap != 0
}

// sameName reports whether the names at tokens a and b are one name, or
// one is part of the other ("Frisklivssentralen", "Frisklivssentralen i
// Moss"), ignoring case.
func (x *xstate) sameName(a, b [2]int) bool {
	sa := x.text[x.toks[a[0]].start:x.toks[a[1]-1].end]
	sb := x.text[x.toks[b[0]].start:x.toks[b[1]-1].end]
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	for k := 0; k+len(sa) <= len(sb); k++ {
		if strings.EqualFold(sb[k:k+len(sa)], sa) {
			return true
		}
	}
	return false
}

// contactBlock reports whether one of the three lines before token i
// opens with "Kontakt" or "Kontaktinformasjon", or token i's line with
// "Kontaktperson" (and its plurals), or the line before with that word
// alone ("Kontaktperson:⏎Kari Nordmann, Frisklivssentralen i Gjøvik"):
// a "Kontaktperson" line among an offering's facts ("Kontaktperson: Kari
// Nordmann⏎Sted: …⏎Tid: …") heads no block.
func (x *xstate) contactBlock(i int) bool {
	if x.seenSets&setContact == 0 {
		return false
	}
	lines := 0
	// At most 256 tokens back: three lines, or one very long one, without
	// walking a text with no line break back to its start for every label.
	for k := i - 1; k >= 0 && k >= i-256 && lines < 3; k-- {
		x.s.work++
		if x.toks[k].flags&fLine == 0 {
			continue
		}
		lines++
		if x.isAny(k, vKontakt, vKontaktinfo) {
			return true
		}
		if x.isAny(k, vKontaktperson, vKontaktpersoner, vKontaktpersonar) {
			// The lines counted from i's own (the first if i does not
			// begin it, none if it does).
			own := b2i(x.tok(i).flags&fLine == 0)
			n := k + 1 + b2i(x.p(k+1, ':'))
			return lines == own || lines == own+1 && x.tok(n).flags&fLine != 0
		}
	}
	return false
}

// setVenue records tokens [i, j) as the venue.
func (x *xstate) setVenue(pl *lmh.Place, i, j int, b Basis) {
	// "ved Medisinsk avdeling, Førde sentralsjukehus": a unit's name, a
	// comma and the body it belongs to, which ends the sentence, is one
	// name as written, as the provider reads it (unitThenOrg); not the
	// unit cut short.
	if x.p(j, ',') {
		j = x.unitThenOrg(j)
	}
	name := strings.TrimRight(x.text[x.toks[i].start:x.toks[j-1].end], " ,.:;")
	if name == "" || len(name) > 200 {
		return
	}
	x.venue = [2]int{i, j}
	if x.venueBounded(j) && x.give("place.name", x.toks[i].start, x.toks[j-1].end, b) != nil {
		pl.Name = name
	}
}

// otherPlaceKind are places that are no building's name, after "og"
// (venueBounded): at home, outdoors.
var otherPlaceKind = map[string]bool{"hjemme": true, "heime": true, "ute": true, "utendørs": true, "utandørs": true}

// premisesAfter reports whether token k, just after a possessive, is a
// noun of premises or of a room that venueNoun does not know ("lokale",
// "lokalet", "lokala", "møterom", "rommet"), and not "lokale" as an
// adjective, before a lower-case word of no class ("sine lokale lag").
func (x *xstate) premisesAfter(k int) bool {
	t := x.tok(k)
	if t.kind != tWord || t.flags&fCap != 0 || !premisesNounSet.match(x.str(k)) {
		return false
	}
	n := x.tok(k + 1)
	return !(n.kind == tWord && n.flags&fCap == 0 && n.cls == wNone && x.sameSentence(k, k+1))
}

// premisesNounSet holds the endings premisesAfter reads.
var premisesNounSet = newSuffixSet([]string{"lokale", "lokalet", "lokala", "rom", "rommet"}, 0)

// possessives are "sin", "si", "sitt", "sine": after a name, its owner's
// ("LMS sine lokaler").
var possessives = map[string]bool{"sin": true, "si": true, "sitt": true, "sine": true}

// venueBounded reports whether a venue's name that ends before token j
// ends there for certain: not where a comma and another name may carry
// it on ("Storsalen, Helsehuset"; a place or a street after the comma
// is the district or the address, not the venue), nor where "i" or "på"
// and a room or a floor follow ("Lærings- og mestringssenteret i fløy
// H"), nor at an abbreviation's full stop ("ved St. Olavs hospital"). A
// name cut one part short is a wrong name, so it is not given.
func (x *xstate) venueBounded(j int) bool {
	if j >= len(x.toks) || x.toks[j].flags&fLine != 0 {
		return true
	}
	// "Vardesenteret ved St. Olavs hospital": cut at an abbreviation's
	// full stop.
	if x.p(j, '.') && x.in(j-1, setAbbrev) {
		return false
	}
	// "ved Avdeling for fysikalsk medisin": a unit's word, capitalised,
	// whose name goes on after "for".
	if x.is(j, vFor) && x.tok(j-1).flags&fCap != 0 && unitWords[string(x.lowerTok(j-1))] {
		return false
	}
	// "i LMS sine nye lokale", "på Frivilligsentralen sitt store
	// møterom": the name is the owner of the place the possessive goes
	// on to.
	if possessives[string(x.lowerTok(j))] && x.sameSentence(j-1, j) {
		return false
	}
	switch {
	case x.cls(j) == wOr || x.p(j, '/'):
		// "på Helsehuset eller Rådhuset", "Helsehuset/Rådhuset", "… eller
		// digitalt": alternatives, not the place.
		return false
	case x.cls(j) == wAnd:
		// "i Gamle Aker kirke og Frogner kirke": a second venue, or a
		// name that goes on ("Sogn og Fjordane"); not "og i Parken".
		t := x.tok(j + 1)
		// "på Frivilligsentralen og hjemme hos deltakerne", "og ute",
		// "og digitalt": a second place of another kind; the text gives
		// two.
		if x.isAny(j+1, vDigitalt, vDigital) || otherPlaceKind[string(x.lowerTok(j+1))] {
			return false
		}
		return !(t.kind == tWord && t.flags&fCap != 0 && t.cls == wNone && x.sameSentence(j, j+1))
	case x.p(j, '(') && x.tok(j+1).flags&fAllCap != 0 && x.p(j+2, ')'):
		// "Lærings- og mestringssenteret (LMS) ved Sykehuset Innlandet":
		// the name goes on after its acronym.
		t := x.tok(j + 4)
		return !(x.isAny(j+3, vI, vPaa, vVed) && t.kind == tWord && t.flags&fCap != 0)
	case x.p(j, ','):
		t := x.tok(j + 1)
		if t.kind != tWord || t.flags&fCap == 0 || x.tok(j+1).flags&fLine != 0 {
			return true
		}
		// "ved Medisinsk avdeling, Førde sentralsjukehus og Nordfjord
		// sjukehus": a unit and a body's name after the comma that does
		// not end the sentence (setVenue joins one that does); the unit
		// alone is cut short.
		if x.orgHead(j - 1) {
			if k, ok := x.orgName(j + 1); ok && x.properName(j+1, k) {
				return false
			}
		}
		if t.place != 0 && x.placeList(j+1) {
			// "på Frisklivssentralen i Moss, Sarpsborg eller Halden",
			// "på Sykehuset Innlandet, Gjøvik eller Lillehammer": the
			// places it is held in, one of them this one.
			return false
		}
		if t.place != 0 || x.streetWord(j+1) || t.cls != wNone {
			return true
		}
		// "Stad: Ulstein helsestasjon, Reiten", "på Haraldsplass
		// Diakonale Sykehus, Ulriksdal 8": after a building's name (a
		// venue's word that names no room), one word alone to the end
		// of its line, or with a number, is its district or its
		// address ("Storsalen, Helsehuset" goes on: a room first).
		if n := x.tok(j + 2); x.venue[0] >= 0 && x.buildingName(j-1) &&
			(j+2 >= len(x.toks) || n.flags&fLine != 0 || n.kind == tNum || x.p(j+2, '.') && (j+3 >= len(x.toks) || x.tok(j+3).flags&fLine != 0)) {
			return true
		}
		return false
	case x.isAny(j, vI, vPaa):
		// "… i Namsos på ettermiddag og kveldstid": a time of day, not
		// a room.
		if x.isAny(j+1, vFormiddag, vEttermiddag, vFormiddagen, vEttermiddagen, vKveldstid, vDagtid) || x.cls(j+1) == wKveld {
			return true
		}
		t := x.tok(j + 1)
		return !(t.kind == tNum || t.kind == tWord && t.flags&fCap == 0 && t.cls == wNone)
	}
	// "ved Rema 1000": a number that ends the name is part of it (not
	// "Helsehuset 2. etasje", a floor, nor "Helsehuset 3 ganger").
	if t := x.tok(j); t.kind == tNum && !x.glued(j) {
		n := x.tok(j + 1)
		if j+1 >= len(x.toks) || n.flags&fLine != 0 || n.isP(',') || n.isP('.') && (j+2 >= len(x.toks) || x.tok(j+2).flags&(fCap|fLine) != 0) {
			return false
		}
	}
	// "i Olav Tryggvasons gate": a lower-case word the rules do not know
	// may go on with the name.
	if t := x.tok(j); t.kind == tWord && t.flags&fCap == 0 && t.cls == wNone && t.id == 0 && t.sets == 0 && !x.glued(j) {
		return false
	}
	return true
}

// buildingName reports whether token k, a venue's name's last word,
// names a building: a venue's noun that is no room's.
func (x *xstate) buildingName(k int) bool {
	w := x.str(k)
	return x.tok(k).kind == tWord && venueNoun(w) && !roomNounSet.match(w)
}

// roomNounSet holds the endings of a room's noun, which a building's
// name may follow after a comma ("Storsalen, Helsehuset").
var roomNounSet = newSuffixSet([]string{"sal", "salen", "rom", "rommet", "auditorium", "auditoriet", "kantine", "kantinen",
	"kantina", "kjeller", "kjellaren", "kjelleren", "inngangen", "lokaler", "lokalene"}, 0)

// placeList reports whether the capitalised name at token k goes on
// into a list of names ("Sarpsborg eller Halden", "Sarpsborg, Halden og
// Moss"): "og" or "eller" and a capitalised word come after it within a
// few words and commas.
func (x *xstate) placeList(k int) bool {
	for m := k + 1; m < k+8 && m < len(x.toks); m++ {
		t := x.tok(m)
		if t.flags&fLine != 0 {
			return false
		}
		switch {
		case t.cls == wOr || t.cls == wAnd:
			n := x.tok(m + 1)
			return n.kind == tWord && n.flags&fCap != 0 && n.flags&fLine == 0
		case t.kind == tWord && t.flags&fCap != 0, t.isP(','):
			continue
		}
		return false
	}
	return false
}

// streetWords are the words that name a street written apart from its
// name ("Kongens Gate", "Olav Kyrres Plass").
var streetWords = map[string]bool{"gate": true, "gata": true, "vei": true, "veg": true, "veien": true, "vegen": true,
	"plass": true, "allé": true, "alle": true, "torg": true, "torget": true, "brygge": true, "brygga": true}

// unitWords are the words that open a unit's name and go on with "for"
// and what the unit does ("Avdeling for …", "Senter for …").
var unitWords = map[string]bool{"avdeling": true, "seksjon": true, "senter": true, "enhet": true, "eining": true,
	"klinikk": true, "kompetansesenter": true, "kompetansetjeneste": true, "tjeneste": true, "teneste": true,
	"poliklinikk": true, "post": true, "sengepost": true, "nasjonalt": true, "regionalt": true, "team": true}

// placeOnly reports whether tokens [i, j) are only a place's name.
func (x *xstate) placeOnly(i, j int) bool {
	if t := x.tok(i); t.place != 0 {
		if e, ok := matchAnyPlace(x.toks, x.text, i); ok && e >= j {
			return true
		}
	}
	return false
}

// venueName reads a venue's name beginning at token i: capitalised words,
// or lower-case words of a venue ("biblioteket", "auditoriet"), and "i",
// "på" or "ved" with a name after them.
func (x *xstate) venueName(i int, strong bool) (int, bool) {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fLine != 0 {
		return 0, false
	}
	// "i Storgata 3": an address, not a venue's name.
	if x.streetWord(i) && x.tok(i+1).kind == tNum {
		return 0, false
	}
	venue, proper := false, false
	j := i
	for j < len(x.toks) && j < i+10 {
		tk := x.tok(j)
		if j > i && tk.flags&fLine != 0 {
			break
		}
		switch {
		case tk.kind == tWord && tk.flags&fCap != 0 && (tk.cls == wNone || tk.place != 0) && (j == i || !x.isAny(j, vVelkommen, vKontakt)):
			proper = true
			if !venue && (x.feature(j, featMeeting) || x.feature(j, featOrgHead)) {
				venue = true
			}
			j++
			continue
		case tk.kind == tWord && tk.flags&fCap == 0 && tk.cls == wNone && (x.feature(j, featMeeting) || x.feature(j, featOrgHead)):
			venue = true
			j++
			continue
		case tk.kind == tWord && tk.flags&fCap == 0 && tk.plain() && j > i && proper && !venue && x.tok(j+1).kind == tWord &&
			x.tok(j+1).flags&fCap == 0 && x.tok(j+1).cls == wNone && x.feature(j+1, featMeeting):
			// "Stord kommunale rehabiliteringssenter", "Ole Vig
			// videregående skole": an adjective before the venue's noun.
			j++
			continue
		case tk.kind == tWord && tk.flags&fCap == 0 && tk.cls == wNone && j > i && proper && x.p(j+1, '-') && x.glued(j+1) &&
			x.cls(j+2) == wAnd && x.tok(j+3).kind == tWord && x.tok(j+3).flags&fCap == 0 && x.feature(j+3, featMeeting):
			// "Høyås bo- og rehabiliteringssenter", "Eid helse- og
			// omsorgssenter": the first part of a venue's compound noun,
			// its tail after "- og".
			venue = true
			j += 4
			continue
		case tk.isP('-') && x.glued(j) && x.tok(j+1).kind == tWord && x.glued(j+1):
			if !venue && (x.feature(j+1, featMeeting) || x.feature(j+1, featOrgHead)) {
				venue = true // "MO-senteret"
			}
			j += 2
			continue
		case tk.isP('-') && x.glued(j) && x.cls(j+1) == wAnd && x.tok(j+2).kind == tWord:
			// "Lærings- og mestringssenteret".
			if !venue && (x.feature(j+2, featMeeting) || x.feature(j+2, featOrgHead)) {
				venue = true
			}
			j += 3
			continue
		case x.isAny(j, vSin, vSine, vSitt, vSi) && j > i && proper && x.feature(j+1, featMeeting):
			// "LMS sine lokaler på Nordbyhagen".
			j++
			continue
		case x.isAny(j, vSin, vSine, vSitt, vSi) && j > i && proper && x.premisesAfter(j+1):
			// "Frivilligsentralen sine lokale", "LMS sitt lokale",
			// "Frivilligsentralen sitt møterom": the owner's premises,
			// the venue as written, as "LHLs lokaler" is.
			venue = true
			j += 2
			continue
		case (tk.id == vI || tk.id == vPaa || tk.id == vVed || tk.id == vFor) && j > i && (venue || proper):
			// "biblioteket på Husnes", "Kyrkjekjellaren i Herøy kyrkje",
			// "Hjerteknekten i Steinkjer", "Enhet for Poliklinisk
			// Rehabilitering"; not "LHLs lokaler i Storgata 33".
			nt := x.tok(j + 1)
			if nt.kind == tWord && nt.flags&fCap != 0 && (nt.cls == wNone || nt.place != 0) && !x.streetWord(j+1) &&
				(tk.id != vFor || venue) {
				if nt.place != 0 && !venue {
					venue = true // a named site in a town
				}
				j++
				continue
			}
		}
		break
	}
	if j == i || !venue && !proper {
		return 0, false
	}
	// "i Kongens Gate 12": a street's name, an address.
	if x.tok(j).kind == tNum && (x.streetWord(j-1) || x.tok(j-1).kind == tWord && streetWords[string(x.lowerTok(j-1))]) {
		return 0, false
	}
	// "foregår på Messenger", "holdes på Engelsk": a channel or a
	// language, not a place.
	if x.isAny(i, vMessenger, vSkype, vWhereby, vHelsenorge, vTeams, vZoom) ||
		j == i+1 && x.isAny(i, vNorsk, vEngelsk, vArabisk, vSamisk, vSomali, vPolsk, vUkrainsk, vTegnspraak) {
		return 0, false
	}
	// A town or municipality alone is no venue, nor a village or a
	// district the gazetteer does not know (townLike).
	if x.placeOnly(i, j) || j == i+1 && !venue && x.townLike(i) {
		return 0, false
	}
	// A lower-case venue is a definite one ("biblioteket",
	// "frivilligsentralen"), not "et hotell"; a name with no venue's word
	// counts after a verb of meeting only ("møtes på Kroa").
	if !proper && !definite(x.str(j-1)) || !venue && !strong {
		return 0, false
	}
	// The name's head is its last word before "i", "på" or "ved" (the
	// last part of a compound): a venue's word or a proper name, not
	// "Recoveryskole-modellen". A lone common noun names a room or a
	// building, not an institution ("biblioteket", not "sykehuset").
	h := i
	for k := i; k < j; k++ {
		if k > i && x.isAny(k, vI, vPaa, vVed, vFor) {
			break
		}
		if x.tok(k).kind == tWord {
			h = k
		}
	}
	if t := x.tok(h); t.flags&fCap == 0 {
		if !x.feature(h, featMeeting) && !x.feature(h, featOrgHead) && !(x.isAny(h-1, vSin, vSine, vSitt, vSi) && x.premisesAfter(h)) {
			return 0, false
		}
		if !proper && x.isAny(h, vSykehuset, vSjukehuset) {
			return 0, false
		}
	}
	return j, true
}

// innerPrep returns the first "på", "i" or "ved" in tokens [k, j), or 0.
func (x *xstate) innerPrep(k, j int) int {
	for ; k < j; k++ {
		if x.isAny(k, vPaa, vI, vVed) {
			return k
		}
	}
	return 0
}

// nameCanStart reports whether venueName may read a name from token i:
// a capitalised word of no class (or a place), or a lower-case venue's
// or organisation's word, as venueName's first word must be.
func (x *xstate) nameCanStart(i int) bool {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fLine != 0 {
		return false
	}
	if t.flags&fCap != 0 {
		return t.cls == wNone || t.place != 0
	}
	return t.cls == wNone && (x.feature(i, featMeeting) || x.feature(i, featOrgHead))
}

// partOf reports whether "del av" ("del av", "ein del av") comes within
// five tokens before the preposition at token i, in its sentence.
func (x *xstate) partOf(i int) bool {
	for k := i - 1; k >= i-5 && k >= int(x.sent[i]); k-- {
		if x.is(k, vDel) && x.is(k+1, vAv) {
			return true
		}
	}
	return false
}

// severalPlaces reports whether the words just before the preposition
// at token i say the place is one of several: "også" or "òg" right
// before it, "alle", "flere", "ulike" or "forskjellige" within three
// words, or "blant annet", "mellom anna" right before it.
func (x *xstate) severalPlaces(i int) bool {
	if x.isAny(i-1, vOgsaa, vOg2) || x.is(i-2, vBlant) && x.is(i-1, vAnnet) || x.cls(i-2) == wBetween && x.isAny(i-1, vAnna, vAnnet) {
		return true
	}
	for k := i - 1; k >= i-3 && k >= int(x.sent[i]); k-- {
		if x.isAny(k, vAlle, vFlere, vFleire, vUlike, vForskjellige) {
			return true
		}
	}
	return false
}

// townLike reports whether token i, a name standing alone with no
// venue's or organisation's word, reads as a town's, a village's or a
// district's name ("på Husnes", "i Bremnes") rather than a building's:
// a building named by one word is most often a definite noun ("på Kroa",
// "på Alsgården", "på Muritunet") or an acronym ("på UNN").
func (x *xstate) townLike(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.flags&fCap != 0 && t.flags&fAllCap == 0 && !x.feature(i, featMeeting) &&
		!x.orgHead(i) && !definiteName(x.str(i))
}

// definiteName reports whether a capitalised name of one word ends like
// a definite noun ("Kroa", "Alsgården", "Muritunet").
func definiteName(w string) bool {
	return len(w) > 3 && (hasSuffixFold(w, "et") || hasSuffixFold(w, "en") || hasSuffixFold(w, "a"))
}

// pastMeeting reports whether the sentence of the preposition at token
// i tells of a meeting that has been ("I november ble det avholdt åpen
// kafé … på Frivilligsentralen"): not where the offering meets.
func (x *xstate) pastMeeting(i int) bool {
	for k := i - 1; k >= int(x.sent[i]) && k >= i-12; k-- {
		if x.inIDs(k, pastIDs) {
			return true
		}
		if x.isAny(k, vBle, vVart) && (x.inIDs(k+1, heldIDs) || x.is(k+1, vDet) && x.inIDs(k+2, heldIDs)) {
			return true
		}
	}
	return false
}

// pastIDs are the words of a meeting that has been (pastMeeting);
// heldIDs the participles of holding one, after "ble" or "vart".
var pastIDs, heldIDs = newIDSet(vForegikk, vArrangerte, vHoldt, vHeldt, vTidligere, vTidlegare),
	newIDSet(vAvholdt, vArrangert, vHoldt, vGjennomfort)

// affiliated reports whether a person stands just before the preposition
// at token i ("overlege Erik Rødevand ved Revmatologisk avdeling", "leder
// ved"): the place is where the person works.
func (x *xstate) affiliated(i int) bool {
	if x.jobTitle(i - 1) {
		return true
	}
	// Two capitalised words that name no organisation or place: a
	// person's name.
	a, b := x.tok(i-2), x.tok(i-1)
	return a.kind == tWord && b.kind == tWord && a.flags&fCap != 0 && b.flags&fCap != 0 && a.cls == wNone && b.cls == wNone &&
		a.place == 0 && b.place == 0 && !x.orgHead(i-2) && !x.orgHead(i-1) && a.flags&fAllCap == 0 && b.flags&fAllCap == 0
}

// tiedElsewhere reports whether the words just before the preposition at
// token i tie the place after it to something else than the offering's
// meetings: where it was developed ("Kurset er utviklet ved …"), or where
// the participants are patients, inpatients, staff, pupils or residents,
// or researchers work ("for deg som er pasient ved Sykehuset Innlandet",
// "har vært innlagt på Hjerteavdelingen", "Forskere ved NTNU har
// evaluert kurset"), or where people are members ("for mange medlemmer i
// Revmatikerforbundet", "medlemar i LHL", "medlemane i
// Revmatikarforbundet", "foreningsmedlemmer i LHL": memberWord): an
// association one belongs to, not a building one meets in; or whose web
// pages the place names ("Les
// mer på nettsidene til Kreftforeningen", "på heimesida til kommunen",
// "på hjemmesiden til LHL", "kommunenettsida").
func (x *xstate) tiedElsewhere(i int) bool {
	for k := i - 1; k >= i-2 && k >= int(x.sent[i]); k-- {
		if x.inIDs(k, tiedIDs) ||
			x.memberWord(k) || x.webPageWord(k) {
			return true
		}
	}
	return false
}

// tiedIDs are the words before a preposition that tie its place to
// something else than the meetings (tiedElsewhere).
var tiedIDs = newIDSet(vUtviklet, vUtvikla, vUtarbeidet, vUtarbeidd, vPasient, vPasienter, vPasientar,
	vInnlagt, vBehandles, vBehandlast, vBehandlet, vBehandla, vInnlagde, vInnlagte, vAnsatt, vAnsatte, vTilsett,
	vTilsette, vElev, vElever, vElevar, vStudent, vStudenter, vStudentar, vBeboer, vBeboere, vBebuarar, vForsker,
	vForskere, vForskar, vForskarar)

// memberWord reports whether token k is a word of members (memberWords),
// in any form of Bokmål or Nynorsk, the common misspelling "medlemer"
// included, or a compound ending in one ("foreningsmedlemmer",
// "lagsmedlemane", "styremedlem").
func (x *xstate) memberWord(k int) bool {
	t := x.tok(k)
	return t.kind == tWord && t.end-t.start >= 6 && memberWords.match(x.str(k))
}

// memberWords are the forms of "medlem" (Bokmål and Nynorsk, singular and
// plural, indefinite and definite).
var memberWords = newSuffixSet([]string{"medlem", "medlemmen", "medlemen", "medlemmer", "medlemer", "medlemar", "medlemmar",
	"medlemmene", "medlemene", "medlemane", "medlemmane"}, 0)

// webPageWord reports whether token k is a word of a web site or its
// pages (webPageWords, each eight bytes or more, so shorter words are
// passed over unread).
func (x *xstate) webPageWord(k int) bool {
	t := x.tok(k)
	return t.kind == tWord && t.end-t.start >= 8 && webPageWords.match(x.str(k))
}

// webPageWords are the words of a web site and its pages, compounds
// included ("kommunenettsida").
var webPageWords = newSuffixSet([]string{"nettside", "nettsida", "nettsiden", "nettsidene", "nettsider", "nettsidor",
	"heimeside", "heimesida", "heimesidene", "heimesider", "hjemmeside", "hjemmesiden", "hjemmesidene", "hjemmesider",
	"nettsted", "nettstedet", "nettstad", "nettstaden", "nettsidane", "heimesidane"}, 0)

// otherEventBefore reports whether a gathering besides the offering (a
// party, an annual or members' meeting: otherEvents) is named before the
// preposition at token i in its sentence, at most twelve tokens back, with
// no word of the offering nearer ("Årsmøtet holdes på Scandic Hotel",
// "Etter kurset blir det julebord på Kroa", "Sommarfesten blir halden på
// Kroa"): the place is that gathering's, neither the offering's venue nor
// a rival of it. "Etter årsmøtet holdes kurset på Scandic Hotel" names
// the course's.
func (x *xstate) otherEventBefore(i int) bool {
	for k := i - 1; k >= int(x.sent[i]) && k >= i-12; k-- {
		x.s.work++
		if otherEvents.has(x.toks[k].id) {
			// The gathering found, the words between are asked for the
			// offering's (rare, so the suffix match runs seldom).
			for m := k + 1; m < i; m++ {
				if x.toks[m].kind == tWord && offeringEndings.match(x.str(m)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nextTo reports whether the preposition at token i says the place after
// it is near the one meant ("like ved Orkdal sjukehus", "rett ved
// Rådhuset", "tett ved", "nært ved", "heilt ved"): a landmark, neither
// the venue nor its organiser.
func (x *xstate) nextTo(i int) bool {
	return x.isAny(i-1, vLike, vRett, vTett, vNaert, vHeilt, vHelt) && x.sameSentence(i-1, i)
}

// destination reports whether "til" at token i follows a verb of going,
// at most one word between ("Vi møtes utenfor Biblioteket og går sammen
// til Parken", "køyrer vidare til …"): where the group goes from the
// place of meeting, not where it meets.
func (x *xstate) destination(i int) bool {
	if !x.is(i, vTil) {
		return false
	}
	for k := i - 1; k >= i-2 && k >= int(x.sent[i]); k-- {
		if x.isAny(k, vGaar, vGaa, vGikk, vGikkNb, vKjorer, vKjorer2, vReiser, vDrar, vVandrer) {
			return true
		}
	}
	return false
}

// meetingVerbs are the verbs of meeting somewhere (meetingBefore).
var meetingVerbs = []wordID{vHoldes, vHoldast, vHaldast, vMotes, vMotast, vMotest, vSamles, vSamlast, vForegaar, vForegaar2,
	vGjennomfores, vGjennomforast, vArrangeres, vArrangerast, vTreffes, vAvholdes, vForegikk, vForegaatt,
	vArrangert, vGjennomfort, vPaagaar}

// definite reports whether a lower-case noun has a definite ending.
func definite(w string) bool {
	return len(w) > 4 && (hasSuffixFold(w, "et") || hasSuffixFold(w, "en") || hasSuffixFold(w, "a"))
}

// meetingBefore reports whether a verb of meeting comes just before the
// preposition at token i ("foregår ved", "møtes som vanlig i").
func (x *xstate) meetingBefore(i int) bool {
	paa := x.paaAt(i, -1)
	for k := i - 1; k >= i-8 && k >= int(x.sent[i]); k-- {
		if x.toks[k].plain() {
			continue
		}
		paa = x.paaAt(k, paa)
		// "Samlingene foregår på nett, men avslutningen er på
		// Helsehuset", "…, og materiell hentes på Biblioteket": the verb
		// of another clause.
		if x.agentOrPartner(k) && !x.partnerEnded(k, paa) || x.isAny(k, vMen, vMens) || x.cls(k) == wAnd && x.p(k-1, ',') {
			return false
		}
		if x.in(k, setMeetingVerb) || keptWord(x.toks[k].id) && x.keptAt(k) {
			return true
		}
	}
	return false
}

// plain reports whether t is a token the word table knows nothing of (no
// class, ID or list): none of the words agentOrPartner, meetingVerb or
// the verbs of meeting look for.
func (t *xtok) plain() bool { return t.cls == wNone && t.id == 0 && t.sets == 0 }

// agentOrPartner reports whether token k names who holds something or
// with whom ("holdes av Tromsø kommune i samarbeid med habiliteringen ved
// UNN"): a place after it is the agent's or partner's, not where it
// meets.
func (x *xstate) agentOrPartner(k int) bool {
	return x.is(k, vAv) || x.cls(k) == wPartner || x.cls(k) == wWith && x.togetherBefore(k)
}

// partnerEnded reports whether the partner after "sammen med", "saman
// med" or "i lag med" at token k ends before "på" at token paa, at least
// one word of the name between ("Vi møtes sammen med Mental Helse på
// Frivilligsentralen på Flisa"): the partner is who joins, the place
// after "på" is where the offering meets. A place right after the
// partner's name ("sammen med Mental Helse Flisa") stays the partner's.
// paa is the first "på" after k the caller's walk has passed, or -1.
func (x *xstate) partnerEnded(k, paa int) bool {
	return paa >= k+2 && x.cls(k) == wWith && x.togetherBefore(k)
}

// paaAt returns k when token k is "på", else paa: the first "på" a walk
// back through the sentence has passed.
func (x *xstate) paaAt(k, paa int) int {
	if x.is(k, vPaa) {
		return k
	}
	return paa
}

// heldSentence reports whether the sentence of token i says something
// meets or is held at the place after it: a verb of meeting, or a meeting
// of the offering ("temakafé", "kurs", "møte") before it.
func (x *xstate) heldSentence(i int) bool {
	lo := int(x.sent[i])
	// Words of signing up or asking are looked for past the word of
	// meeting only when the text has one.
	ask := x.has(wRegister, wSignUp, wDeadline, wAsk)
	held := false
	paa := x.paaAt(i, -1)
	for k := i - 1; k >= lo && k >= i-12; k-- {
		if x.toks[k].plain() {
			continue
		}
		paa = x.paaAt(k, paa)
		// "Påmelding til kurset skjer ved Servicetorget", "Informasjon om
		// kurset fås ved …": where one signs up or asks, not where it
		// meets.
		if c := x.cls(k); c == wRegister || c == wSignUp || c == wDeadline || c == wAsk {
			return false
		}
		if held {
			continue
		}
		if x.agentOrPartner(k) && !x.partnerEnded(k, paa) || x.isAny(k, vMen, vMens) {
			return false
		}
		// "Kurset holdes på Teams, og materiell hentes på Biblioteket":
		// ", og" begins another clause, whose own verb the place is of.
		if x.cls(k) == wAnd && x.p(k-1, ',') {
			return false
		}
		if held = x.meetingVerb(k); held && !ask {
			return true
		}
	}
	return held
}

// meetingVerb reports whether token k is a verb or noun of meeting.
func (x *xstate) meetingVerb(k int) bool { return x.in(k, setMeeting) }

// meetingWords are the verbs and nouns of meeting (meetingVerb).
var meetingWords = []wordID{vHoldes, vHoldast, vHaldast, vMotes, vMotast, vMotest, vSamles, vSamlast, vForegaar, vForegaar2,
	vGjennomfores, vGjennomforast, vArrangeres, vArrangerast, vTreffes, vAvholdes, vSkjer, vTilbys, vGis,
	vInviterer, vInviterar, vKurset, vSamlinger, vTemakafe, vTemakveld, vMote, vKafeen, vKafe, vTreff,
	vMoteplass, vStartar, vStarter, vFinne, vDriv, vDriver, vTilbud, vTilbodN, vTilbudet, vTilbodet,
	vFamilietilbud, vEtablert, vInformasjonsmote, vKurs, vGruppa, vGruppen, vTreningene, vMotene,
	// Round 7: "Oppstart er mandag 5. september på Frivilligsentralen",
	// "markeringen som vil foregå i Sola kulturhus", "Tematreffet skal
	// være på …".
	vOppstart, vOppstarten, vForegaa, vTreffet, vTematreffet,
	vPaagaar,
	// Round 8: "arrangerer seminar … på Finnskogentoppen velværehotell",
	// "arrangementet i Tysneshallen", "en kurshelg på Hurdalssjøen
	// konferansesenter".
	vSeminar, vSeminaret, vArrangementet, vKurshelg, vKurshelga, vKurshelgen}
