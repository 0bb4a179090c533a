package classify

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// delivery applies rule 8.
//
//   - Digital: a digital term or cue (nettkurs, video, Teams, Zoom), unless
//     it is one of a list of channels a reader may choose among ("på
//     telefon, chat eller video").
//   - In person: a meeting place (a venue word, a phrase that introduces a
//     venue, unless what it introduces is digital: "foregår på Zoom"; a
//     street address),
//     physical meetings (samlinger, "vi møtes", kafé, treff) or physical
//     activity done at the sessions (trening, turer, hjemmebesøk). A venue
//     word right after "i samarbeid med" is a partner's name, not a place.
//   - Hybrid: "fysisk eller digitalt", a digital option to an in-person
//     course, a stream to a second site, or a digital channel beside a named
//     place. Physical meetings beside a digital channel are taken to be
//     online meetings.
//   - None from the weaker readings (physical meetings, a tool, a place or
//     day word where no venue is named) beside a list of channels a reader
//     may choose among (channelList).
func delivery(s *scratch) (taxonomy.Delivery, float64) {
	digital, inPerson, hybrid := -1, -1, -1 // first cue of each
	meeting := -1
	var trail cueTrail
	trail.init(s)
	s.work += len(s.cues)
	for i := range s.cues {
		c := &s.cues[i]
		cl := s.cueClause[i]
		switch c.kind {
		case cueDigital:
			if digital < 0 && s.clauses[cl].channels == 0 && !s.aboutJoining(cl) {
				digital = i
			}
		case cueAlsoDigital, cueSecondSite:
			if hybrid < 0 {
				hybrid = i
			}
		case cuePlace:
			trail.advance(c.part, c.start)
			if inPerson < 0 && !trail.near(cuePartner, c.start, cl) {
				inPerson = i
			}
		case cueVenueIntro:
			// "foregår på Zoom" names no place, nor "arrangeres i
			// samarbeid med".
			if inPerson < 0 && !s.clauses[cl].has(cueDigital) && !s.introNamesNoPlace(c) {
				inPerson = i
			}
		case cueStreet:
			if inPerson < 0 && s.isAddress(c) {
				inPerson = i
			}
		case cueMeeting, cueActivity, cueVisit:
			// "trening i å snakke" practises an act, not the body.
			if meeting < 0 && !(c.kind == cueActivity && practisesSkill(s.partText(c.part), c.end)) {
				meeting = i
			}
		}
	}
	dw := s.weightOf(taxonomy.DeliveryDigital.Ref())
	pw := s.weightOf(taxonomy.DeliveryInPerson.Ref())
	hw := s.weightOf(taxonomy.DeliveryHybrid.Ref())
	isDigital := dw >= minSupport || digital >= 0
	isPlace := pw >= minSupport || inPerson >= 0
	switch {
	case hw >= minSupport:
		return taxonomy.DeliveryHybrid, confidence(hw)
	case hybrid >= 0:
		s.implied(taxonomy.DeliveryHybrid.Ref(), 1, s.cueEvidence(hybrid, bNone), bHybrid)
		return taxonomy.DeliveryHybrid, 0.8
	case isDigital && isPlace:
		if digital >= 0 {
			s.implied(taxonomy.DeliveryHybrid.Ref(), 1, s.cueEvidence(digital, bNone), bHybrid)
		} else {
			s.implied(taxonomy.DeliveryHybrid.Ref(), 1, s.votesFor(taxonomy.DeliveryDigital.Ref()), bHybrid)
		}
		if inPerson >= 0 {
			s.implied(taxonomy.DeliveryHybrid.Ref(), 0, s.cueEvidence(inPerson, bNone), bHybrid)
		}
		return taxonomy.DeliveryHybrid, 0.6
	case isDigital:
		if digital >= 0 && dw < minSupport {
			s.implied(taxonomy.DeliveryDigital.Ref(), 1, s.cueEvidence(digital, bNone), bTerm)
		}
		return taxonomy.DeliveryDigital, confidence(s.weightOf(taxonomy.DeliveryDigital.Ref()))
	case isPlace:
		if inPerson >= 0 && pw < minSupport {
			s.implied(taxonomy.DeliveryInPerson.Ref(), 1, s.cueEvidence(inPerson, bNone), bPlace)
		}
		return taxonomy.DeliveryInPerson, confidence(s.weightOf(taxonomy.DeliveryInPerson.Ref()))
	case meeting >= 0 && !s.channelList():
		s.implied(taxonomy.DeliveryInPerson.Ref(), impliedWeight, s.cueEvidence(meeting, bNone), bMeetings)
		return taxonomy.DeliveryInPerson, confidence(impliedWeight)
	}
	if meeting >= 0 || s.channelList() {
		// Physical meetings, a tool used alone and the venue, day and
		// place words below are read where nothing names how the offering
		// is held; beside a list of channels a reader may choose among
		// ("tilgjengelig på telefon, nettprat og e-post. Ved våre lokale
		// sentre …", "telefon- og besøkstjenester, og trimgrupper") they
		// name one more of them, and the conventions give no delivery.
		// (Where meeting is set, channelList was true above.)
		return 0, 0
	}
	if tool := -1; s.selfPacedTool(&tool) {
		// "Appen kan lastes ned", "denne modulen": used alone, on a screen.
		s.implied(taxonomy.DeliveryDigital.Ref(), impliedWeight, s.cueEvidence(tool, bNone), bSelfPaced)
		return taxonomy.DeliveryDigital, confidence(impliedWeight)
	}
	if start, end, ok := s.namedVenue(); ok {
		s.implied(taxonomy.DeliveryInPerson.Ref(), impliedWeight,
			evi{Part: PartText, Start: start, End: end}, bPlace)
		return taxonomy.DeliveryInPerson, confidence(impliedWeight)
	}
	if len(s.stems) == 0 {
		return 0, 0 // no day or place stem: neither word below is there
	}
	if start, end, ok := meetingDayWord(s.text, s.stemFinder()); ok {
		s.work += len(s.text)
		s.implied(taxonomy.DeliveryInPerson.Ref(), impliedWeight,
			evi{Part: PartText, Start: start, End: end}, bMeetings)
		return taxonomy.DeliveryInPerson, confidence(impliedWeight)
	}
	if start, end, ok := meetingPlaceWord(s.text, s.stemFinder()); ok && !s.comparedAt(start) {
		s.work += len(s.text)
		s.implied(taxonomy.DeliveryInPerson.Ref(), impliedWeight,
			evi{Part: PartText, Start: start, End: end}, bPlace)
		return taxonomy.DeliveryInPerson, confidence(impliedWeight)
	}
	return 0, 0
}

// introManner are the words after a venue phrase's "i" that say with
// whom, how or when an offering is run, not where: "arrangeres i (et)
// samarbeid med", "i regi av", "holdes i gang", "foregår i løpet av".
var introManner = newWordSet([]string{"samarbeid", "regi", "gang", "løpet", "perioden", "tillegg", "form",
	"forbindelse", "samband", "tråd", "samråd", "kombinasjon", "veke", "veka", "uke", "uka", "uken", "januar", "februar",
	"mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember", "haust",
	"høst", "vinter", "sommar", "sommer"})

// introNamesNoPlace reports whether venue phrase c ends in "i" and the
// word after it (past an article) says with whom, how or when, not where
// (introManner).
func (s *scratch) introNamesNoPlace(c *cueHit) bool {
	src := s.partText(c.part)
	if c.end < 2 || c.end > len(src) || src[c.end-2] != ' ' || src[c.end-1] != 'i' && src[c.end-1] != 'I' {
		return false
	}
	w, e := nextWordInSentence(src, c.end)
	if foldIn(w, []string{"et", "eit", "en", "ein", "ei"}) {
		w, _ = nextWordInSentence(src, e)
	}
	return introManner.hasFold(w)
}

// practisesSkill reports whether the words after a training cue ending at
// byte end make it the practice of an act ("trening i å snakke", "trening
// i både å snakke og å lytte", "Trening på å finna …"), not physical
// activity: an act of the body ("trening i å gå med rullator", "å puste",
// "å reisa seg"; bodyActs) is physical activity.
func practisesSkill(src string, end int) bool {
	w, e := nextWordInSentence(src, end)
	if foldEqual(w, "i") || foldEqual(w, "på") {
		w, e = nextWordInSentence(src, e)
	}
	if foldEqual(w, "både") || foldEqual(w, "det") {
		w, e = nextWordInSentence(src, e)
	}
	if !foldEqual(w, "å") {
		return false
	}
	w, _ = nextWordInSentence(src, e)
	return !bodyActs.hasFold(w)
}

// bodyActs are verbs of the body in the infinitive, Bokmål and Nynorsk:
// training in one is physical activity, not the practice of a skill.
var bodyActs = newWordSet([]string{"gå", "stå", "sitte", "sitja", "sitta", "reise", "reisa", "puste", "pusta",
	"hoste", "hosta", "løfte", "løfta", "lyfte", "lyfta", "bevege", "bevega", "røre", "røra", "balansere",
	"balansera", "svømme", "symje", "sykle", "sykla", "springe", "springa", "løpe", "løpa", "bære", "bera"})

// venuePreps introduce a place; venueHeads end a word for one, a centre,
// a hospital or a building ("ved ROS-sentrene i Bergen", "ved sitt syn- og
// mestringssenter i Hurdal", "på brystsenteret", "opplæring på
// sykehuset", "i bygget til Nissedal Røde Kors").
var (
	venuePreps = []string{"ved", "på", "i"}
	venueHeads = []string{"senter", "senteret", "sentera", "sentra", "sentrene", "sentre",
		"sykehus", "sykehuset", "sjukehus", "sjukehuset", "poliklinikk", "poliklinikken",
		"bygget", "bygningen", "bygningane", "bygningene"}
	// venueLeads may stand between the preposition and the place word.
	venueLeads = []string{"sitt", "sin", "si", "sine", "det", "den", "dei", "de", "vårt", "vår", "våre",
		"lokale", "lokalt", "nye", "nytt", "gamle", "store", "regionale", "regionalt"}
	// offerVerbs after a place make it the organiser ("ved LHL-sykehuset
	// Gardermoen tilbyr", "Ved hjartesviktpoliklinikken tilbyr vi").
	offerVerbs = []string{"tilbyr", "tilbyd", "inviterer", "inviterar", "arrangerer", "arrangerar", "har"}
	// unitEnds before "ved" name a unit of the place: "Psykoseteamet ved
	// Salten DPS", "rusklinikken ved Nordlandssykehuset"; so does a name
	// or an acronym ("LMS ved Sjukehuset i Førde"); placeStaff name the
	// people who work there ("fagfolk på sjukehuset").
	placeStaff = []string{"fagfolk", "ansatte", "tilsette", "leger", "legar", "sykepleiere", "sjukepleiarar",
		"helsepersonell", "behandlere", "behandlarar", "spesialister", "spesialistar", "bemanningen", "bemanninga"}
	unitEnds = []string{"team", "teamet", "klinikk", "klinikken", "avdeling", "avdelinga", "avdelingen",
		"seksjon", "seksjonen", "dps", "senter", "senteret", "tjeneste", "tjenesten", "teneste", "tenesta"}
)

// meetingPlaceWord finds, where no other sign of delivery was found, a
// word for a centre, a hospital or a building within the four words after
// "ved", "på" or "i" ("i" only before a building): the offering meets
// there. The word must be definite ("på sykehuset", "ved
// Nordlandssykehuset") or be followed by "i" and a place ("sentre i
// Hordaland"); not a unit's place ("teamet ved …") nor an organiser
// ("ved X tilbyr vi"). It returns the word's span.
func meetingPlaceWord(src string, find stemFinder) (int, int, bool) {
	for i := 0; i < len(src); {
		// The next word that holds a place stem.
		at := find.nextPlace(i)
		if at < 0 {
			break
		}
		a, p := at, at
		for a > 0 && isWordByte(src[a-1]) {
			a--
		}
		for p < len(src) && isWordByte(src[p]) {
			p++
		}
		i = p
		// A compound joined by a hyphen is one word ("ROS-sentrene").
		for a > 1 && src[a-1] == '-' && isWordByte(src[a-2]) {
			for a--; a > 0 && isWordByte(src[a-1]); a-- {
			}
		}
		h := foldSuffixOf(src[a:p], venueHeads)
		if h == "" {
			continue
		}
		prep, before, ok := placePrep(src, a)
		if !ok {
			continue
		}
		if before != "" && !foldEqual(prep, "i") && (foldSuffixOf(before, unitEnds) != "" || foldIn(before, placeStaff) ||
			foldEqual(prep, "ved") && isCapital(before)) {
			continue
		}
		if foldEqual(prep, "i") && !strings.HasPrefix(h, "bygg") && !strings.HasPrefix(h, "bygn") {
			continue
		}
		definite := !strings.HasSuffix(h, "senter") && !strings.HasSuffix(h, "sentre") &&
			!strings.HasSuffix(h, "hus") && !strings.HasSuffix(h, "klinikk")
		if !definite && !placeAfter(src, p) {
			continue
		}
		if offerAfter(src, p) {
			return 0, 0, false
		}
		return a, p, true
	}
	return 0, 0, false
}

// placePrep finds, before the place word at byte a of src, "ved", "på" or
// "i" with only a determiner, a place's adjective or the first half of a
// coordinated compound ("syn- og") between ("ved sitt syn- og
// mestringssenter"; "på pause medan poliklinikken flyttar" names no
// place). It returns the preposition and the word before it.
func placePrep(src string, a int) (prep, before string, ok bool) {
	p := a
	for n := 0; n < 4; n++ {
		w, q := prevWord(src, p)
		if w == "" || strings.ContainsAny(src[q+len(w):p], ".!?\n,;:") {
			return "", "", false
		}
		if len(w) <= 3 && foldIn(w, venuePreps) {
			b, _ := prevWord(src, q)
			if strings.ContainsAny(src[q-min(q, 2):q], ".!?\n") {
				b = ""
			}
			return w, b, true
		}
		hyphen := q+len(w) < len(src) && src[q+len(w)] == '-'
		if !foldIn(w, venueLeads) && !hyphen && !foldEqual(w, "og") {
			return "", "", false
		}
		p = q
	}
	return "", "", false
}

// placeStems are parts of every venueHeads word, with a capital or
// without: a text with none of them names no such place.
var placeStems = [...]string{"senter", "Senter", "sentr", "Sentr", "ykehus", "jukehus", "oliklinikk", "ygget", "ygning"}

// placeAfter reports whether "i" and a capitalised word follow byte p of
// src in the same sentence ("sentre i Hordaland").
func placeAfter(src string, p int) bool {
	w, q := nextWordInSentence(src, p)
	if w != "i" {
		return false
	}
	w, _ = nextWordInSentence(src, q)
	return isCapital(w)
}

// offerAfter reports whether one of the three words after byte p of src,
// in the same sentence, is a verb that makes the place the organiser
// ("ved LHL-sykehuset Gardermoen tilbyr").
func offerAfter(src string, p int) bool {
	for r := 0; r < 3; r++ {
		w, q := nextWordInSentence(src, p)
		if w == "" {
			return false
		}
		if foldIn(w, offerVerbs) {
			return true
		}
		p = q
	}
	return false
}

// nextWordInSentence returns the word after byte p of src and where it
// ends, as nextWord does, or "" and where the sentence ends when it ends
// first (isSentenceEnd: sentence ends are no word bytes, so they can lie
// only between p and the word).
func nextWordInSentence(src string, p int) (string, int) {
	w, q := nextWord(src, p)
	if i := strings.IndexAny(src[p:q-len(w)], ".!?\n"); i >= 0 {
		return "", p + i
	}
	return w, q
}

// namedVenue finds a place named by its proper name where an offering is
// described: "på" and a capitalised word ("livsstilskurs på Muritunet",
// "arrangeres 6.–8. september på Jergul Astu"), in a clause with a word
// for an offering, an invitation, a time or the shape of an offering. A
// name that is a platform, a web site or a language ("på Zoom", "på
// Helsenorge", "på Sykehusets nettsider", "på Nynorsk") is no place. It
// returns the span of the name.
func (s *scratch) namedVenue() (int, int, bool) {
	src := s.text
	k := s.nTitleClauses
	for i := 0; i+4 < len(src); {
		j := strings.Index(src[i:], "på ")
		if j < 0 {
			break
		}
		j += i
		s.work += j + len("på ") - i
		i = j + len("på ")
		if i >= len(src) {
			break // "på " ends the text
		}
		if j > 0 && isWordByte(src[j-1]) || foldIn(wordBefore(src, j), notVenueVerbs) {
			continue // "basert på KiD" names a model, not a place
		}
		up, _ := capitalAt(src, i)
		if !up {
			continue
		}
		end := i
		for end < len(src) && isWordByte(src[end]) {
			end++
		}
		name := src[i:end]
		if foldIn(name, notVenues) || foldIn(name, regions) || hasUnitSuffix(name) {
			continue
		}
		// The words after it: a web page is no place.
		rest := src[end:min(len(src), end+40)]
		if strings.Contains(rest, "nettside") || strings.Contains(rest, "heimeside") ||
			strings.Contains(rest, "hjemmeside") || strings.Contains(rest, "nettsted") ||
			strings.Contains(rest, " side") || strings.Contains(rest, " sider") {
			continue
		}
		k = s.clauseAt(k, PartText, j)
		cl := &s.clauses[k]
		if cl.offer || cl.cues&venueContext != 0 {
			return i, end, true
		}
		// A date's ordinal ends no sentence: "Oppstart er mandag 5.
		// september på Flisa" is one clause for this (at most two
		// clauses back, so a list of ordinals is not read again for each
		// name).
		for b := k; b > s.nTitleClauses && k-b < 2 && s.ordinalBefore(b); {
			b--
			if o := &s.clauses[b]; o.offer || o.cues&venueContext != 0 {
				return i, end, true
			}
		}
	}
	return 0, 0, false
}

// ordinalBefore reports whether clause k of the text follows the one
// before it across an ordinal's full stop only ("5. september").
func (s *scratch) ordinalBefore(k int) bool {
	c, p := &s.clauses[k], &s.clauses[k-1]
	s.work++
	return c.part == PartText && p.part == PartText && c.start == p.end+1 && ordinalAt(s.text, int(p.end))
}

// notVenueVerbs before "på" make what follows a model, a subject or a
// channel rather than a place: "basert på", "fokus på", "les mer på".
var notVenueVerbs = []string{"basert", "bygger", "byggjer", "bygd", "bygget", "bygde", "fokus", "fokuserer",
	"vekt", "svar", "mer", "les", "lese", "klikk", "trykk", "søk", "finn", "finne", "ring", "ringe", "tro",
	"tenke", "tenkje", "peke", "peike", "lytte", "høre", "høyre", "sjå", "se", "merke", "merket"}

// regions are the parts of the country written with "på": a region is
// where an offering is for, not where it meets ("Mestringstreff på
// Helgeland").
var regions = []string{"helgeland", "sørlandet", "vestlandet", "østlandet", "nordlandet", "nordmøre",
	"sunnmøre", "romerike", "hadeland", "toten", "hedmarken", "jæren", "haugalandet", "senja", "lofoten",
	"vesterålen", "fosen", "innherred", "ringerike", "helgelandskysten", "nordkalotten", "vidda"}

// unitSuffixes end the names of units and services, which organise or
// receive more often than they are the venue ("påmelding på
// Frisklivssentralen").
var unitSuffixes = []string{"sentralen", "sentral", "tjenesten", "tenesta", "kontoret", "avdelingen", "avdelinga",
	"seksjonen", "klinikken", "teamet", "senteret"}

// hasUnitSuffix reports whether name ends with one of unitSuffixes.
func hasUnitSuffix(name string) bool {
	for _, u := range unitSuffixes {
		if len(name) > len(u) && name[len(name)-len(u):] == u {
			return true
		}
	}
	return false
}

// venueContext are the cue kinds that make "på" and a name a venue.
const venueContext = 1<<cueInvite | 1<<cueTime | 1<<cueOfferingShape | 1<<cueMeeting | 1<<cueActivity | 1<<cueAudience

// notVenues are names after "på" that are no place: platforms, web sites,
// languages, days and months written with a capital.
var notVenues = []string{"zoom", "teams", "facebook", "instagram", "youtube", "messenger", "skype", "whereby",
	"helsenorge", "internett", "nett", "nettet", "snapchat", "spotify", "vimeo", "google", "microsoft", "nrk",
	"tv", "radio", "podkast", "norsk", "nynorsk", "bokmål", "engelsk", "samisk", "arabisk", "somali", "polsk",
	"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag", "laurdag",
	"sundag", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
	"november", "desember", "app", "appen", "tiktok", "linkedin", "x", "twitter", "digi", "web", "vipps", "sms", "e", "epost"}

// comparedAt reports whether a comparison cue ends close before byte pos
// of the text, in its clause: a place named for comparison ("Du betaler
// eigenandel som ved andre polikliniske timar på sjukehuset") is not
// where the offering meets, as an arena or a programme named so is not
// the offering's (termReader.weigh).
func (s *scratch) comparedAt(pos int) bool {
	var t cueTrail
	t.init(s)
	t.advance(PartText, pos)
	return t.near(cueComparison, pos, int32(s.clauseAt(0, PartText, pos)))
}

// channelList reports whether a clause of the text lists channels a reader
// may choose among: two channel cues (telefon, chat, e-post,
// besøkstjeneste) in a clause that speaks neither of signing up nor of
// getting in touch and gives no contact details (contactIn: "Ta kontakt
// på telefon eller e-post", "telefon 12345678, e-post …" say how to reach
// someone, not how the offering is held). The conventions give no delivery
// for such a list, so physical meetings and the place and day words read
// where no venue is named do not decide beside it.
func (s *scratch) channelList() bool {
	s.work += len(s.clauses)
	for i := range s.clauses {
		c := &s.clauses[i]
		if c.channels < 2 {
			continue
		}
		src := s.partText(c.part)[c.start:c.end]
		s.work += len(src)
		if !contactIn(src) && !s.aboutJoining(int32(i)) {
			return true
		}
	}
	return false
}

// contactIn reports whether src gives contact details rather than ways to
// take part, in one pass over its bytes: a word that starts with "kontakt"
// or asks or inquires ("Ta kontakt", "Spørsmål kan rettes",
// "Henvendelser", "Førespurnader"), not one that only holds it
// ("likepersonskontakter"); a word that names the data
// ("Telefonnummer og e-postadresse"); an e-mail address; or a phone
// number (eight digits, in groups split by single spaces: "12345678",
// "22 22 22 22"; opening hours "09.00-15.00" are none).
func contactIn(src string) bool {
	digits := 0
	for i := 0; i < len(src); {
		b := src[i]
		switch {
		case b == '@':
			return true
		case b >= '0' && b <= '9':
			if digits++; digits >= 8 {
				return true
			}
			i++
			continue
		case b == ' ' && digits > 0 && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			i++
			continue // "22 22 22 22": one number
		}
		digits = 0
		if !isWordByte(b) || i > 0 && isWordByte(src[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(src) && isWordByte(src[j]) {
			j++
		}
		if w := src[i:j]; foldPrefixIn(w, contactHeads) || foldSuffixOf(w, contactData) != "" {
			return true
		}
		i = j
	}
	return false
}

// contactHeads begin the words of getting in touch, asking and inquiring;
// contactData end the words that name contact details.
var (
	contactHeads = []string{"kontakt", "spørsmål", "henvend", "førespurnad"}
	contactData  = []string{"nummer", "nummeret", "adresse", "adressa", "adressen"}
)

// aboutJoining reports whether clause cl speaks of signing up or getting
// in touch ("påmelding via nett", "meld deg på digitalt"): a digital word
// there says how to join, not how the offering is held.
func (s *scratch) aboutJoining(cl int32) bool {
	c := &s.clauses[cl]
	src := s.partText(c.part)[c.start:c.end]
	s.work += len(src)
	return joiningIn(src)
}

// joiningIn reports whether src holds one of joiningWords, in seven
// searches of src instead of one a word: five of the words are forms of
// "meld" and two of "Meld", and each other pair (a word with a small or a
// capital first letter) is looked for by a piece of it that starts with a
// byte that is rare in Norwegian text, the letters before it checked where
// it is found. A search costs about a step per 16 bytes plus one per
// place its first byte occurs (TestJoiningIn holds it to the list).
func joiningIn(src string) bool {
	for s, off := src, 0; ; {
		j := strings.Index(s, "meld")
		if j < 0 {
			break
		}
		at := off + j
		if rest := src[at+4:]; strings.HasPrefix(rest, " deg") || strings.HasPrefix(rest, " dykk") ||
			strings.HasPrefix(rest, "e deg") || strings.HasPrefix(rest, "e seg") ||
			strings.HasSuffix(src[:at], "på") || strings.HasSuffix(src[:at], "På") {
			return true
		}
		s, off = s[j+1:], at+1
	}
	for s, off := src, 0; ; {
		j := strings.Index(s, "Meld")
		if j < 0 {
			break
		}
		at := off + j
		if rest := src[at+4:]; strings.HasPrefix(rest, " deg") || strings.HasPrefix(rest, " dykk") {
			return true
		}
		s, off = s[j+1:], at+1
	}
	return tailAfter(src, "gistrer", "re", "Re") || tailAfter(src, "øknad", "s", "S") ||
		tailAfter(src, "vis", "hen", "Hen", "til", "Til") ||
		strings.Contains(src, "bestill") || strings.Contains(src, "Bestill")
}

// tailAfter reports whether src holds tail right after one of heads.
func tailAfter(src, tail string, heads ...string) bool {
	for s, off := src, 0; ; {
		j := strings.Index(s, tail)
		if j < 0 {
			return false
		}
		at := off + j
		for _, h := range heads {
			if strings.HasSuffix(src[:at], h) {
				return true
			}
		}
		s, off = s[j+1:], at+1
	}
}

// joiningWords say that a clause is about signing up or getting in touch.
var joiningWords = []string{"påmeld", "Påmeld", "meld deg", "Meld deg", "meld dykk", "Meld dykk", "melde deg",
	"melde seg", "registrer", "Registrer", "søknad", "Søknad", "henvis", "Henvis", "tilvis", "Tilvis", "bestill", "Bestill"}

// isAddress reports whether a street-name ending (cue c) ends a street
// address: a capitalised word ("Storgata", "Idunns vei") followed by a
// number.
func (s *scratch) isAddress(c *cueHit) bool {
	src := s.partText(c.part)
	j := c.end
	if j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) || !isDigit(src[j]) {
		return false
	}
	// The start of the word the ending belongs to, or of the word before
	// it when the ending is a word of its own ("Idunns vei").
	i := c.start
	for i > 0 && c.start-i < 40 && isWordByte(src[i-1]) {
		i--
	}
	if i == c.start && i >= 2 && src[i-1] == ' ' {
		i--
		for i > 0 && c.start-i < 40 && isWordByte(src[i-1]) {
			i--
		}
	}
	up, _ := capitalAt(src, i)
	return up
}

// meetingDays are words for days spent at an offering: course days and a
// day programme ("to halve kursdager per uke", "dagtilbud i gruppe"). A
// stay ("opphold") is not one: the labels leave a rehabilitation stay's
// delivery unknown.
var meetingDays = []string{"kursdager", "kursdagar", "kursdagene", "kursdagane", "kursdag",
	"dagtilbud", "dagtilbod", "dagtilbudet", "dagtilbodet"}

// meetingDayWord finds one of meetingDays as a whole word in src and
// returns its span. It looks for what the words share ("ursdag",
// "agtilb") and reads the word around it.
func meetingDayWord(src string, find stemFinder) (int, int, bool) {
	for _, st := range dayStems {
		for i := 0; i < len(src); {
			j := find.at(st, i)
			if j < 0 {
				break
			}
			a, e := j, j+len(st)
			i = e
			for a > 0 && isWordByte(src[a-1]) {
				a--
			}
			for e < len(src) && isWordByte(src[e]) {
				e++
			}
			if foldIn(src[a:e], meetingDays) {
				return a, e, true
			}
		}
	}
	return 0, 0, false
}

// dayStems are what the meetingDays share.
var dayStems = [...]string{"ursdag", "agtilb"}

// cueDeliveryStem is the kind of the cues that are placeStems and
// dayStems: the one glossary/cue walk finds them (in any case; stemFinder
// keeps the occurrences spelt as the stem is), so meetingPlaceWord and
// meetingDayWord need not look for each stem over the whole text.
// buildContext moves these cues from scratch.cues to scratch.stems.
const cueDeliveryStem = cueBoundary + 2

func init() {
	seen := map[string]bool{}
	for _, st := range append(placeStems[:], dayStems[:]...) {
		if p := strings.ToLower(st); !seen[p] {
			seen[p] = true
			cueTable = append(cueTable, cue{p, cueDeliveryStem})
		}
	}
}

// stemFinder finds a stem in a text through the stems' cues the walk
// found (TestStemFinderAgrees holds it to strings.Index over the text).
type stemFinder struct {
	src  string
	hits []cueHit // the stems' cues in src
	work *int     // counts the cues looked at (scratch.work)
}

// stemFinder is the finder of s's text; it counts its steps in s.work.
func (s *scratch) stemFinder() stemFinder {
	return stemFinder{src: s.text, hits: s.stems, work: &s.work}
}

// step adds n to the finder's count of steps.
func (f stemFinder) step(n int) { *f.work += n }

// nextPlace returns where the first of placeStems at or after byte i of
// f's text begins, -1 for none: one look at the stems' cues answers.
func (f stemFinder) nextPlace(i int) int {
	hs := f.textHits(i)
	for j := range hs {
		h := &hs[j]
		f.step(1)
		for _, st := range placeStems {
			if h.end-h.start == len(st) && f.src[h.start:h.end] == st {
				return h.start
			}
		}
	}
	return -1
}

// at returns where st next occurs in f's text at or after byte from, -1
// for nowhere.
func (f stemFinder) at(st string, from int) int {
	hs := f.textHits(from)
	for i := range hs {
		h := &hs[i]
		f.step(1)
		if h.end-h.start == len(st) && f.src[h.start:h.end] == st {
			return h.start
		}
	}
	return -1
}

// textHits returns the stems' cues in f's text that start at or after
// byte from, in order of their starts (buildContext sorts them,
// sortByStart): the first that a search wants is the first found.
func (f stemFinder) textHits(from int) []cueHit {
	f.step(2 * bits.Len(uint(len(f.hits))))
	t := sort.Search(len(f.hits), func(k int) bool { return f.hits[k].part != PartTitle })
	hs := f.hits[t:]
	return hs[sort.Search(len(hs), func(k int) bool { return hs[k].start >= from }):]
}
