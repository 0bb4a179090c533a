package classify

import (
	"slices"
	"strings"
	"sync"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/geo/places"
)

// wclass is what a word is to the extractor.
type wclass uint8

const (
	wNone       wclass = iota
	wWeekday           // a day of the week, val 1 (Monday) to 7
	wWeekdays          // a day of the week in the plural or as a habit ("tirsdager", "tysdagane")
	wMonth             // a month, val 1 to 12
	wNumber            // a number written as a word, val the number (×2 for halves, see wHalf)
	wOrdinal           // an ordinal, val the number ("tredje" 3)
	wSession           // a meeting: samling, gang, kveld, møte, treff; val 1 for a day (dag, kursdag)
	wWeek              // uke, veke
	wHour              // time, timer, klokketime
	wMinute            // minutt
	wPerson            // deltaker, person, pasient, medlem, familie, stk
	wYear              // år
	wMonthUnit         // måned
	wFree              // gratis, kostnadsfritt
	wFee               // pris, egenandel, eigendel, kursavgift
	wCost              // koster, kostar
	wKr                // kr, kroner, NOK
	wReferral          // henvisning, tilvising, henvist
	wRegister          // påmelding
	wDeadline          // påmeldingsfrist, frist
	wSignUp            // meld, melde, melder (seg på)
	wNeg               // ikke, ikkje, ingen, uten, utan
	wNeed              // trenger, treng, krever, krev, må, nødvendig
	wClock             // kl, klokka, klokken
	wFrom              // fra, frå
	wTo                // til
	wOver              // over
	wBetween           // mellom
	wAnd               // og
	wOr                // eller
	wMax               // maks, inntil, opptil, høyst
	wMin               // minst, minimum
	wAge               // alder, alderen, aldersgrense
	wPublished         // publisert, oppdatert
	wStart             // starter, oppstart, start, begynner
	wEvery             // hver, kvar
	wEveryOther        // annenhver, annakvar
	wWeekly            // ukentlig, ukentlige
	wKommune           // kommune
	wBydel             // bydel
	wIn                // i, på
	wPer               // per, pr, à
	wThe               // den, det (before a date: "den 10. januar")
	wSelf              // selv, sjølv
	wDirect            // direkte
	wDropIn            // drop, dropp, drop-in (first half)
	wInnom             // innom (stikke innom)
	wPast              // siste (the last session)
	wMoved             // flyttet, flytta, utsatt
	wPlaceLabel        // sted, stad, hvor, oppmøte, adresse (as a label)
	wTime              // tid, tidspunkt (as a label)
	wDate              // dato (as a label)
	wEach              // hver gang, hvert møte: "hver" is wEvery; this is "gangen" and "gong"
	wPhone             // tlf, telefon, ring, mobil
	wEmail             // e-post, epost, mail
	wHalf              // halv (halvannen is a wNumber of val 3 halves)
	wCa                // ca, cirka, omtrent, rundt
	wUnder             // under
	wNotFor            // utelukket, ekskludert
	wKveld             // kveld, kvelder: an evening (also a meeting)
	wOrg               // a word of an organisation's name (kommune, sykehus ... see orgWords)
	wOrgVerb           // tilbyr, arrangerer, inviterer: an organiser's verb
	wPartner           // samarbeid: the words before a partner's name
	wSuitable          // passer, egnet, aktuelt
	wFor               // for
	wDeg               // deg, dere, personer (the one a "for …" addresses)
	wWith              // med
	wChild             // barn, born, barna
	wParent            // foreldre, foresatte
	wThrough           // gjennom, over (a period)
	wPeriod            // periode
	wFounded           // åpnet, innført, etablert, stiftet: a service or a club began, not a session
	wAsk               // informasjon, spørsmål: asking about the offering, not meeting in it
)

// wordID numbers the words the rules name (extractvocab.go); 0 is none.
type wordID uint16

// vocab lists the words of the IDs, in order: ID n is vocab[n-1].
var vocab []string

// wid registers a word the rules name and returns its ID. It runs while
// the package initialises.
func wid(w string) wordID {
	vocab = append(vocab, w)
	return wordID(len(vocab))
}

// The word lists a word may be in (wordEntry.sets).
const (
	setOrgVerb      uint16 = 1 << iota // a verb whose subject organises (organiserVerbs)
	setNotNameStart                    // a word that begins a sentence but no name (notNameStarts)
	setNotOrg                          // an upper-case word that is no organisation (notOrgAcronyms)
	setAbbrev                          // a word a full stop abbreviates (abbreviations)
	setParticiple                      // a participle of organising (participles)
	setInfinitive                      // an infinitive of organising (infinitives)
	setClauseStart                     // a word a subject follows (clauseStarts)
	setMeeting                         // a word of meeting somewhere (meetingWords)
	setMeetingVerb                     // a verb of meeting somewhere (meetingVerbs)
	setSelfReferral                    // selvhenvisning, sjølvtilvising: a referral of one's own
	setBare                            // bare (bare å møte opp)
	setGroup                           // gruppe and its forms (a group's size)
	setOngoing                         // løpende, fortløpende (ongoing admission)
	setSeason                          // våren, høsten: a season a year may follow
	setPayer                           // medlem, betaler: who pays what (memberPrice, someonePays)
	setContact                         // kontakt, kontaktperson: a contact block's heading (contactBlock)
)

// abbreviations are words a full stop after abbreviates: the stop ends
// no sentence.
var abbreviations = "dr kl st ca pb avd nr tlf jf bl pr prof sp spes ref"

// Word lists. Every form is written out: the table matches whole words.
var wordLists = []struct {
	cls   wclass
	val   int32
	words string
}{
	{wWeekday, 1, "mandag måndag mandagen måndagen mandagskveld måndagskveld mandags måndags"},
	{wWeekday, 2, "tirsdag tysdag tirsdagen tysdagen tirsdagskveld tysdagskveld tirsdags tysdags"},
	{wWeekday, 3, "onsdag onsdagen onsdagskveld onsdags"},
	{wWeekday, 4, "torsdag torsdagen torsdagskveld torsdags"},
	{wWeekday, 5, "fredag fredagen fredagskveld fredags"},
	{wWeekday, 6, "lørdag laurdag lørdagen laurdagen lørdags laurdags"},
	{wWeekday, 7, "søndag sundag søndagen sundagen søndags sundags"},
	{wWeekdays, 1, "mandager måndagar mandagene måndagane mandagskvelder måndagskveldar"},
	{wWeekdays, 2, "tirsdager tysdagar tirsdagene tysdagane tirsdagskvelder tysdagskveldar"},
	{wWeekdays, 3, "onsdager onsdagar onsdagene onsdagane onsdagskvelder onsdagskveldar"},
	{wWeekdays, 4, "torsdager torsdagar torsdagene torsdagane torsdagskvelder torsdagskveldar"},
	{wWeekdays, 5, "fredager fredagar fredagene fredagane"},
	{wWeekdays, 6, "lørdager laurdagar lørdagene laurdagane"},
	{wWeekdays, 7, "søndager sundagar søndagene sundagane"},
	{wMonth, 1, "januar jan"}, {wMonth, 2, "februar feb"}, {wMonth, 3, "mars mar"},
	{wMonth, 4, "april apr"}, {wMonth, 5, "mai"}, {wMonth, 6, "juni jun"},
	{wMonth, 7, "juli jul"}, {wMonth, 8, "august aug"}, {wMonth, 9, "september sep sept"},
	{wMonth, 10, "oktober okt"}, {wMonth, 11, "november nov"}, {wMonth, 12, "desember des"},
	{wNumber, 1, "en én ett ein eitt ei"}, {wNumber, 2, "to"}, {wNumber, 3, "tre"}, {wNumber, 4, "fire"},
	{wNumber, 5, "fem"}, {wNumber, 6, "seks"}, {wNumber, 7, "sju syv"}, {wNumber, 8, "åtte"},
	{wNumber, 9, "ni"}, {wNumber, 10, "ti"}, {wNumber, 11, "elleve"}, {wNumber, 12, "tolv"},
	{wNumber, 13, "tretten"}, {wNumber, 14, "fjorten"}, {wNumber, 15, "femten"}, {wNumber, 16, "seksten"},
	{wNumber, 17, "sytten"}, {wNumber, 18, "atten"}, {wNumber, 19, "nitten"}, {wNumber, 20, "tjue tyve"},
	{wNumber, 30, "tretti tredve"}, {wNumber, 40, "førti"}, {wNumber, 50, "femti"},
	{wOrdinal, 1, "første fyrste"}, {wOrdinal, 2, "andre"}, {wOrdinal, 3, "tredje"}, {wOrdinal, 4, "fjerde"},
	{wSession, 0, "samling samlinger samlingar samlingane samlingene samlingen samlinga kurskveld kurskvelder kurskveldar " +
		"gang ganger gonger gangar gongar møte møter møta møtene treff økt økter økta sesjon sesjoner sesjonar " +
		"gruppemøte gruppemøter gruppesamling gruppesamlinger gruppesamlingar kursgang kursganger timen " +
		"ettermiddager ettermiddagar formiddager formiddagar samlingskveld samlingskvelder temakvelder temakveldar"},
	{wSession, 1, "dag dager dagar kursdag kursdager kursdagar dagers dagars heldag heldager heildagar"},
	{wKveld, 0, "kveld kvelder kveldar kvelden kveldane kveldene"},
	{wWeek, 0, "uke uker uka uken ukene veke veker veka vekene vekes ukers"},
	{wHour, 0, "time timer timar timane timene klokketime klokketimer klokketimar t"},
	{wMinute, 0, "minutt minutter minuttar min"},
	{wPerson, 0, "deltaker deltakere deltakarar deltakar deltagere deltager deltagarar personer personar " +
		"pasienter pasientar medlemmer medlemar familier familiar stk plasser plassar brukere brukarar " +
		"kursdeltakere kursdeltakarar par deltakerne deltagerne deltakarane deltakerane"},
	{wYear, 0, "år års året åra årene"},
	{wMonthUnit, 0, "måned måneder månad månader måneden månaden semester semesteret halvår halvåret"},
	{wFree, 0, "gratis kostnadsfritt kostnadsfri vederlagsfritt gebyrfritt"},
	{wFee, 0, "pris prisen egenandel egenandelen eigendel eigendelen eigenandel eigenandelen kursavgift " +
		"kursavgiften deltakeravgift deltakaravgift deltakeravgiften deltageravgift deltageravgiften deltakaravgifta " +
		"kursavgifta avgift avgiften avgifta kurspris betaling kostnad"},
	{wCost, 0, "koster kostar"},
	{wKr, 0, "kr kroner kronar nok"},
	{wReferral, 0, "henvisning henvisningen henvisninga henvisninger henvist henvises henvise henviser " +
		"tilvising tilvisinga tilvisingar tilvist tilvisast tilvise tilviser tilvisning tilvisningen " +
		"fastlegehenvisning legehenvisning"},
	{wRegister, 0, "påmelding påmeldingen påmeldinga påmelding påmeldingsskjema påmeldingsskjemaet " +
		"interessepåmelding interessepåmeldingen interessepåmeldinga"},
	{wDeadline, 0, "påmeldingsfrist påmeldingsfristen frist fristen søknadsfrist søknadsfristen"},
	{wSignUp, 0, "meld melde melder meldt"},
	{wNeg, 0, "ikke ikkje ingen inga uten utan"},
	{wNeed, 0, "trenger treng trengs krever krev kreves krevst må nødvendig nødvendigvis behov påkrevd påkravd naudsynt naudsynleg naudsynlig krav"},
	{wClock, 0, "kl klokka klokken kokka"},
	{wFrom, 0, "fra frå fom"},
	{wTo, 0, "til tom"},
	{wOver, 0, "over"},
	{wBetween, 0, "mellom"},
	{wAnd, 0, "og"},
	{wOr, 0, "eller"},
	{wMax, 0, "maks maksimalt maksimum inntil opptil høyst maksimalt"},
	{wMin, 0, "minst minimum"},
	{wAge, 0, "alder alderen aldersgrense aldersgrensa aldersgrensen"},
	{wPublished, 0, "publisert oppdatert endret endra sist skrevet skriven publisered"},
	{wStart, 0, "starter startar start starten oppstart oppstarten begynner byrjar begynne starte"},
	{wEvery, 0, "hver hvert kvar kvart"},
	{wEveryOther, 0, "annenhver annakvar annankvar annahver"},
	{wWeekly, 0, "ukentlig ukentlige ukentleg vekentleg vekentlege ukentlege"},
	{wKommune, 0, "kommune kommunes"},
	{wBydel, 0, "bydel bydelen"},
	{wIn, 0, "i på ved"},
	{wPer, 0, "per pr à"},
	{wThe, 0, "den"},
	{wSelf, 0, "selv sjølv"},
	{wDirect, 0, "direkte"},
	{wDropIn, 0, "drop dropp dropin"},
	{wInnom, 0, "innom"},
	{wPast, 0, "siste"},
	{wMoved, 0, "flyttet flytta utsatt utsett forskyves forskjøvet forskyvast utsettes utsettast flyttes flyttast"},
	{wPlaceLabel, 0, "sted stad hvor oppmøte oppmøtested adresse møtested møtestad kurssted kursstad kurslokale"},
	{wTime, 0, "tid tidspunkt klokkeslett"},
	{wDate, 0, "dato datoer"},
	{wEach, 0, "gangen gongen"},
	{wPhone, 0, "tlf telefon telefonnummer ring mobil mob"},
	{wEmail, 0, "epost mail"},
	{wHalf, 0, "halv halvannen halvannan"},
	{wCa, 0, "ca cirka omtrent rundt omlag"},
	{wUnder, 0, "under"},
	{wNotFor, 0, "utelukket utelukka ekskludert ekskluderte eksklusjonskriterier eksklusjonskriterium kontraindikasjoner"},
	{wOrgVerb, 0, "tilbyr tilbyd arrangerer arrangerar inviterer inviterar driver driv gjennomfører gjennomfører " +
		"holder held skipar skiper organiserer"},
	{wPartner, 0, "samarbeid samarbeider samarbeidar"},
	{wSuitable, 0, "passer passar egnet egna aktuelt aktuell"},
	{wFor, 0, "for"},
	{wDeg, 0, "deg dere dykk dem dei de folk"},
	{wWith, 0, "med"},
	{wChild, 0, "barn born barna borna barnet"},
	{wParent, 0, "foreldre foreldra foresatte"},
	{wPeriod, 0, "periode perioden"},
	{wFounded, 0, "åpnet åpna opna åpner opnar innført innførte etablert etablerte opprettet oppretta " +
		"stiftet stifta grunnlagt grunnlagd grunnlagde"},
	{wAsk, 0, "informasjon spørsmål"},
}

// Words only one of the two written standards uses: enough of them tell
// the language of a listing.
const (
	bokmaalWords = "ikke hva hvordan hvem hvilke også fra selv mye hele bare være tilbud tilbudet tilbudene " +
		"mestring hjem jeg noen sammen hverandre sykdom sykdommen pårørende ble hun derfor disse hverdagen " +
		"gjør gjøre kommer sier forteller deltakere mennesker hvis nå uke uken deres dere ønsker " +
		"barna et syk syke sykehus sykehuset"
	nynorskWords = "ikkje kva korleis kven òg frå sjølv mykje heile berre vere vera tilbod tilbodet tilboda " +
		"meistring heim eg nokon saman kvarandre sjukdom sjukdommen pårørande vart ho difor desse kvardagen " +
		"gjer gjere kjem seier fortel deltakarar veke veka dykkar ønskjer " +
		"borna eit sjuk sjuke sjukehus sjukehuset dei ein høve hjå vore vorte"
)

var (
	wordsOnce sync.Once
	theWords  *wordTable
	// placeNames are the places the word table names, and placeHeads
	// the places whose name begins with each word the table marks (a
	// word's place is an index+1 into placeHeads). Each list is ordered
	// longest name first.
	placeNames []placeName
	placeHeads [][]int
)

// placeName is one name of a place the extractor knows.
type placeName struct {
	name   string   // as written
	words  []string // the words of the name, as the tokenizer reads them
	number string   // kommunenummer
	common bool     // the name is also a common word or a person's name
	muni   bool     // the name is a municipality's own
	before bool     // the name counts only before "kommune" (formerKommunes)
}

// formerKommunes are former municipalities, merged since 2017, whose name
// other places share, so that lmh/geo/places leaves them out: before
// "kommune" each names only the municipality ("Fjell kommune" is
// Øygarden's; "på Fjell" may be Drammen's Fjell). Their kommunenummer is
// today's.
var formerKommunes = []struct{ name, number string }{
	{"Fjell", "4626"}, {"Sund", "4626"}, {"Nesset", "1506"}, {"Sandøy", "1508"}, {"Eid", "4649"}, {"Hof", "3903"},
}

// commonWordPlaces are municipality and place names that are also common
// Norwegian words or given names and surnames.
var commonWordPlaces = map[string]bool{
	"time": true, "sola": true, "heim": true, "stad": true, "gran": true, "leka": true, "røst": true,
	"kinn": true, "strand": true, "sande": true, "vik": true, "nes": true, "moss": true, "ål": true,
	"lund": true, "marker": true, "alver": true, "fjord": true, "vega": true, "grane": true, "bø": true,
	"hol": true, "sel": true, "lom": true, "vang": true, "luster": true, "tinn": true, "valle": true,
	"osen": true, "frosta": true, "grong": true, "aure": true, "hole": true, "lier": true, "os": true,
	"gol": true, "flå": true, "sula": true, "vinje": true, "nome": true, "stange": true, "lade": true,
	"bjerke": true, "frogner": true, "fana": true, "arna": true, "alna": true, "kvam": true, "voss": true,
	"hå": true, "ås": true, "rana": true, "etne": true, "dovre": true, "grue": true, "evje": true,
	"lena": true, "mandal": true, "skaun": true, "hitra": true, "oppdal": true, "haram": true,
	"tolga": true, "lesja": true, "åmot": true, "bokn": true, "klepp": true, "lunner": true,
	"herøy": true, "våler": true, "modum": true, "vestby": true, "enebakk": true, "heimdal": true,
	// Former municipalities (lmh/geo/places).
	"flora": true, "selje": true, "meland": true, "skodje": true,
	"stokke": true, "sørum": true, "meldal": true, "lenvik": true, "trøgstad": true, "eidsberg": true,
}

// extractWords returns the word table, built on first use.
func extractWords() *wordTable {
	wordsOnce.Do(func() { theWords, placeNames, placeHeads = buildWords() })
	return theWords
}

func buildWords() (*wordTable, []placeName, [][]int) {
	var pls []placeName
	for _, m := range geo.Municipalities() {
		if strings.Contains(m.Name, " (") {
			continue // Herøy and Våler: the bare name is ambiguous
		}
		pls = append(pls, placeName{name: m.Name, number: m.Number, muni: true})
		if m.ParallelName != "" {
			pls = append(pls, placeName{name: m.ParallelName, number: m.Number, muni: true})
		}
	}
	for _, p := range places.All() {
		pls = append(pls, placeName{name: p.Name, number: p.Municipality})
	}
	for _, p := range formerKommunes {
		pls = append(pls, placeName{name: p.name, number: p.number, before: true})
	}
	t := newWordTable()
	for _, l := range wordLists {
		for _, w := range strings.Fields(l.words) {
			e := t.entry(w)
			if e.cls != wNone && (e.cls != l.cls || e.val != l.val) {
				panic("classify: word " + w + " listed twice")
			}
			e.cls, e.val = l.cls, l.val
		}
	}
	for _, c := range compoundNumbers() {
		e := t.entry(c.w)
		e.cls, e.val = wNumber, c.v
	}
	for k, w := range vocab {
		t.entry(w).id = wordID(k + 1)
	}
	for _, id := range organiserVerbs {
		t.entry(vocab[id-1]).sets |= setOrgVerb
	}
	for _, id := range notNameStarts {
		t.entry(vocab[id-1]).sets |= setNotNameStart
	}
	for w, no := range notOrgAcronyms {
		if no {
			t.entry(strings.ToLower(w)).sets |= setNotOrg
		}
	}
	for _, w := range strings.Fields(abbreviations) {
		t.entry(w).sets |= setAbbrev
	}
	for _, l := range []struct {
		ids []wordID
		set uint16
	}{{participles, setParticiple}, {infinitives, setInfinitive}, {clauseStarts, setClauseStart},
		{meetingWords, setMeeting}, {meetingVerbs, setMeetingVerb}, {selfReferralWords, setSelfReferral},
		{[]wordID{vBare}, setBare}, {groupWords, setGroup}, {ongoingWords, setOngoing}, {seasonWords, setSeason},
		{payerWords, setPayer}, {[]wordID{vKontakt, vKontaktinfo, vKontaktperson, vKontaktpersoner, vKontaktpersonar}, setContact}} {
		for _, id := range l.ids {
			t.entry(vocab[id-1]).sets |= l.set
		}
	}
	for _, w := range strings.Fields(bokmaalWords) {
		t.entry(w).lang = +1
	}
	for _, w := range strings.Fields(nynorskWords) {
		e := t.entry(w)
		if e.lang == +1 {
			e.lang = 0 // in both lists: it tells nothing
		} else {
			e.lang = -1
		}
	}
	// A place is entered under the first word of its name; the rest of a
	// name of several words ("Søndre Land", "Mo i Rana") is checked where
	// the first word is found.
	var heads [][]int
	for i := range pls {
		p := &pls[i]
		p.words = placeWords(p.name)
		p.common = commonWordPlaces[strings.ToLower(p.name)]
		e := t.entry(p.words[0])
		if e.place == 0 {
			heads = append(heads, nil)
			e.place = int16(len(heads))
		}
		h := &heads[e.place-1]
		*h = append(*h, i)
	}
	for _, h := range heads {
		slices.SortStableFunc(h, func(a, b int) int { return len(pls[b].words) - len(pls[a].words) })
	}
	for i := range t.slots {
		e := &t.slots[i].e
		e.key = e.cls != wNone || e.id != 0 || e.place != 0 || e.sets != 0 || e.lang != 0
		e.trig, e.capTrig = entryTrig(e)
	}
	return t, pls, heads
}

// compoundNumbers are the numbers from 21 to 49 written as one word, tens
// first ("tjuefire", "trettiåtte", "førtito"), in both written standards.
func compoundNumbers() []struct {
	w string
	v int32
} {
	var out []struct {
		w string
		v int32
	}
	tens := []struct {
		w string
		v int32
	}{{"tjue", 20}, {"tyve", 20}, {"tretti", 30}, {"tredve", 30}, {"førti", 40}}
	units := []struct {
		w string
		v int32
	}{{"en", 1}, {"ein", 1}, {"to", 2}, {"tre", 3}, {"fire", 4}, {"fem", 5}, {"seks", 6}, {"sju", 7}, {"syv", 7},
		{"åtte", 8}, {"ni", 9}}
	for _, t := range tens {
		for _, u := range units {
			out = append(out, struct {
				w string
				v int32
			}{t.w + u.w, t.v + u.v})
		}
	}
	return out
}

// placeWords splits a place name into the words the tokenizer would read,
// dropping punctuation ("St. Hanshaugen" → St, Hanshaugen; "Nord-Odal" →
// Nord, Odal).
func placeWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '.' })
}

// Word lists that mark what a text holds at all (xstate.seenSets).
var (
	selfReferralWords = []wordID{vSelvhenvisning, vSjolvtilvising, vSelvhenvise, vEgenhenvisning}
	groupWords        = []wordID{vGruppe, vGruppa, vGruppen, vGrupper, vGruppene, vGruppestorrelse, vGruppestorleik}
	ongoingWords      = []wordID{vLopende, vLopande, vFortlopende}
	payerWords        = []wordID{vMedlem, vMedlemar, vMedlemmer, vMedlemspris, vMedlemsprisen, vBetaler, vBetalar}
	seasonWords       = []wordID{vVaaren, vVaarsemesteret, vHosten, vHausten, vHost, vHaust, vHostsemesteret, vHaustsemesteret}
)
