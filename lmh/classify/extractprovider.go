package classify

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// The provider: the organiser's name as the text writes it.
//
// A name is a run of words of an organisation's shape: capitalised words
// and acronyms, with the lower-case words of an organisation ("kommune",
// "sykehus", "klinikk", "forening", "senter", "team", "DPS"), joined by "i",
// "ved" or "v/" before a place or another name ("Psykiatrisk klinikk i
// Førde", "Psykoseteamet ved Salten DPS"). A lone common noun is no name
// ("Frisklivssentralen tilbyr", "Kommunen arrangerer", "Lærings- og
// mestringssenteret arrangerer"); a national
// organisation's own name is ("Kreftforeningen", "Diabetesforbundet").
// The rules, in order of strength:
//
//   - organiser: "i regi av <name>", "arrangeres av <name>", "Arrangør:
//     <name>"; <name> before an organiser's verb ("tilbyr", "arrangerer",
//     "inviterer", "driver", "starter opp", "er fagleg ansvarleg") or after
//     it when the sentence opens with something else ("Mandag kveld
//     starter Jevnaker Frivilligsentral opp …").
//   - organisation_name: "<offer> ved <name>" ("Familietilbud ved Sykehuset
//     Levanger"); organisation_staff: a job title and "ved/i <name>" when
//     no organiser is named ("vernepleier ved Nasjonal
//     behandlingstjeneste …"), where a person quoted works, which is the
//     organiser less often; organisation_opening: a name that opens the
//     text as its subject ("Kongsvinger sykehus er …").

// orgHeads are the lower-case words (and word endings) of an
// organisation's name.
var orgHeads = []string{
	"kommune", "kommunes", "sykehus", "sjukehus", "sykehuset", "sjukehuset", "dps", "klinikk", "klinikken",
	"poliklinikk", "senter", "senteret", "sentral", "sentralen", "forening", "foreningen", "foreininga", "foreninga", "foreinga",
	"forbund", "forbundet", "team", "teamet", "tjeneste", "tjenesten", "teneste", "tenesta", "kirke", "kirken",
	"kyrkje", "kyrkja", "avdeling", "avdelingen", "enhet", "eining", "kurbad",
	"lokallag", "lokallaget", "familiesenter", "frivilligsentral", "bydel", "hospital", "hospitalet",
	"helseforetak", "helseføretak", "universitet", "universitetet", "høgskole", "høgskule",
	"grendelag", "grendelaget", "grendalag", "sanitetslag", "sanitetslaget", "revmatikerlag", "revmatikarlag",
	"pensjonistlag", "pensjonistlaget", "bygdelag", "bygdelaget", "krets", "kretsen", "idrettslag", "idrettslaget",
	"kontoret",
	// Round 12: the definite forms of a unit's word that were missing
	// (Nynorsk "avdelinga", "eininga"; "enheten"), and a section's.
	"avdelinga", "enheten", "eininga", "seksjon", "seksjonen",
}

// nationalOrgs are organisations whose names have no organisation word
// ("Ung Kreft", "Mental Helse"), as their words.
var nationalOrgs = [][]wordID{
	{vUng, vKreft}, {vMental, vHelse}, {vVoksne, vFor, vBarn}, {vKirkens, vBymisjon}, {vRode, vKors},
	{vNorsk, vFolkehjelp}, {vRaadet, vFor, vPsykisk, vHelse}, {vAngstringen}, {vLeve},
}

// genericOrg are endings of a definite common noun that is no name on its
// own ("Psykoseteamet", "Frisklivssentralen", "Kommunen").
var genericOrg = []string{
	"teamet", "tjenesten", "tenesta", "avdelingen", "avdelinga", "klinikken", "senteret", "sentret", "sentralen",
	"kommunen", "sykehuset", "sjukehuset", "bydelen", "lokallaget", "laget", "lokallaga", "foreininga",
	"enheten", "eininga", "kontoret", "gruppa", "gruppen", "kurset", "tilbudet", "tilbodet", "kirken", "kyrkja",
}

// notOrgAcronyms are upper-case words that are not organisations.
var notOrgAcronyms = map[string]bool{
	"KOLS": true, "ADHD": true, "PTSD": true, "BMI": true, "ME": true, "MS": true, "KID": true, "SMIL": true,
	"ROM": true, "DU": true, "NB": true, "OBS": true, "PDF": true, "DOC": true, "LMS": true, "HF": true,
	"AS": true, "DPS": true, "IKT": true, "CFS": true, "IBS": true, "HIV": true, "NAV": true, "PC": true,
	"TV": true, "NRK": true, "KIB": true, "KIS": true, "DIN": true, "LST": true, "RPH": false, "MOT": true,
	"FAQ": true, "COVID": true, "PCI": true, "KAT": true, "CT": true, "MR": true, "BUP": false, "OG": true,
	"I": true, "FOR": true, "VED": true, "HVA": true, "HVEM": true, "HVOR": true, "NÅR": true, "KVA": true,
}

// notNameStarts are words that begin a sentence but no name.
var notNameStarts = []wordID{vDa, vNaar, vHvis, vViss, vEtter, vFor2, vSom, vMen, vSaa, vNaa, vNo, vHer, vDer, vSlik, vOgsaa, vDerfor, vDifor, vBaade, vAlle, vMange, vNoen, vNokre, vNokon, vVi, vDu, vDere, vHun, vHan, vHo, vDet, vDen, vDe, vDei, vDette, vDenne, vDisse, vDesse, vHvor, vKor, vHva, vKva, vHvordan, vKorleis, vHvem, vKven, vNy, vNytt, vNye, vGjennom, vOm, vSamtidig, vDessuten, vOg, vEller, vEn, vEt, vEin, vEit, vMan, vHvorfor, vKvifor, vHvert, vKvart, vSnart, vNaa, vAllerede, vAllereie, vIfolge}

// organiserVerbs are verbs whose subject organises the offering.
var organiserVerbs = []wordID{vTilbyr, vTilbyd, vArrangerer, vArrangerar, vInviterer, vInviterar, vDriver, vDriv, vGjennomforer, vHeld, vHolder, vSkipar, vSkiper, vOrganiserer, vStartar, vStarter, vHar, vBehandler, vOnsker, vOnskjer, vMelder, vTar, vLanserer, vStaar, vStartet, vStarta, vAapner, vOpnar, vSkriv, vSkriver, vVil, vSkal, vKan, vKjorer, vKoyrer, vArrangerte, vInviterte, vTilbod, vTilbaud, vHoldt, vHeldt, vLanserte, vAapnet, vOpna, vSetter, vSet, vByr}

// readProvider finds the organiser's name in the text, or in the title
// when the text names none. The name read from the text is kept in
// x.prov (for the municipality) whether or not its rule's confidence lets
// the draft give it.
func (x *xstate) readProvider(o *lmh.Offering) {
	x.prov = [2]int{-1, -1}
	rank, i, j, b := x.providerIn()
	if rank == 0 && len(x.ttoks) > 0 {
		// Read the title as if it were the text.
		saved := *x
		x.toks, x.text = x.ttoks, x.title
		x.sent, x.send, x.nums, x.keys, x.trig = x.tsent, x.tsend, x.tnums, x.tkeys, x.ttrig
		x.mark()
		rank, i, j, b = x.providerIn()
		tstart, tend := int32(0), int32(0)
		clean := rank > 0 && x.nameBounded(i, j, b) && !x.nationwide(i, j)
		if clean {
			tstart, tend = x.toks[i].start, x.toks[j-1].end
		}
		ev, tsent, tsend, tnums, tkeys, ttrig := x.ev, x.sent, x.send, x.nums, x.keys, x.trig
		*x = saved
		x.ev, x.tsent, x.tsend, x.tnums, x.tkeys, x.ttrig = ev, tsent, tsend, tnums, tkeys, ttrig
		if clean && x.givePart("provider.name", PartTitle, tstart, tend, BasisOrgTitle) != nil {
			o.Provider.Name = strings.TrimRight(x.title[tstart:tend], " ,.:;")
		}
		return
	}
	if rank <= 0 || !x.nameBounded(i, j, b) || x.nationwide(i, j) {
		return
	}
	x.prov, x.provBasis = [2]int{i, j}, b
	if x.give("provider.name", x.toks[i].start, x.toks[j-1].end, b) != nil {
		o.Provider.Name = strings.TrimRight(x.text[x.toks[i].start:x.toks[j-1].end], " ,.:;")
	}
}

// nameBounded reports whether the name read at tokens [i, j) is whole and
// names one organiser: no capitalised word runs into it from before
// within its sentence ("Norsk Revmatikerforbund i Stjørdal" read from
// "Revmatikerforbund"), it is not the second of two joined by "og" ("X og
// Ambulant rehabiliteringsteam har holdt"), and no name continues it
// after "og", "/", "i", "ved" or "-" ("LHL Sogn og Fjordane" read as "LHL
// Sogn", "DPS Gjøvik i Sykehuset Innlandet" as "DPS Gjøvik"). A name whose
// ends are in doubt is not given: a name one word too long or too short
// is a wrong name.
func (x *xstate) nameBounded(i, j int, b Basis) bool {
	if i > 0 && i > int(x.sent[i]) {
		t := x.tok(i - 1)
		if t.kind == tWord && t.flags&fCap != 0 && t.cls == wNone && !x.in(i-1, setNotNameStart) && !kindNouns[string(x.lowerTok(i-1))] {
			return false
		}
		if (t.cls == wAnd || t.isP(',')) && x.tok(i-2).kind == tWord && i-2 >= int(x.sent[i]) {
			return false
		}
		// "Senter for sykelig overvekt i Helse Sør-Øst holder": a subject
		// after "i", "ved" or "v/" may be the end of a longer one.
		if b == BasisOrganiser && (x.isAny(i-1, vI, vVed) || x.p(i-1, '/') && x.is(i-2, vV)) {
			return false
		}
	}
	if x.glued(j) && x.p(j, '-') {
		return false
	}
	// "St. Olavs hospital", "Dr. …": a name cut at an abbreviation's
	// full stop.
	if x.p(j, '.') && x.in(j-1, setAbbrev) {
		return false
	}
	// "Avdeling for fysikalsk medisin, Rehabiliteringsklinikken, Haukeland
	// Universitetssykehus": a unit and the organisations it belongs to.
	if x.p(j, ',') && x.orgHead(j+1) && x.tok(j+1).flags&fCap != 0 && x.sameSentence(j, j+1) {
		return false
	}
	// "Nasjonalforeningen for folkehelsen", "Klinikk for psykisk
	// helsevern": a definite noun after "for" may go on with the name (not
	// "for pårørende", whom the offering is for).
	if x.is(j, vFor) && x.sameSentence(j, j+1) {
		if t := x.tok(j + 1); t.kind == tWord && t.flags&fCap == 0 && t.cls == wNone && definite(x.str(j+1)) {
			return false
		}
	}
	// "Kreftforeningen region Nord": a word the rules do not know
	// carries the name on to a capitalised one.
	if x.sameSentence(j, j+1) {
		t, n := x.tok(j), x.tok(j+1)
		if t.kind == tWord && t.flags&fCap == 0 && t.plain() && n.kind == tWord && n.flags&fCap != 0 && !x.glued(j) {
			return false
		}
		// "og omegn", "og omland" end a local branch's name; "og
		// pasientforeningene" is a partner, after the name.
		if t.cls == wAnd && (strings.EqualFold(x.str(j+1), "omegn") || strings.EqualFold(x.str(j+1), "omland")) {
			return false
		}
	}
	// "Regionalt kompetansesenter for rusmiddelspørsmål": a unit's word
	// before "for" and a word the rules do not know, the name's own
	// subject, cut.
	if x.is(j, vFor) && x.orgHead(j-1) && x.sameSentence(j, j+1) {
		if t := x.tok(j + 1); t.kind == tWord && t.flags&fCap == 0 && t.plain() {
			return false
		}
	}
	if x.cls(j) == wAnd || x.p(j, '/') || x.isAny(j, vI, vVed, vFor) || x.is(j, vV) && x.p(j+1, '/') {
		k := j + 1
		if x.p(k, '/') {
			k++
		}
		if t := x.tok(k); t.kind == tWord && t.flags&fCap != 0 && (t.cls == wNone || t.place != 0) && x.sameSentence(j, k) {
			return false
		}
	}
	return true
}

// providerIn applies the rules to the tokens in x.toks and returns the
// best name's rank (0 for none, -1 when two different names share the
// best rank: no name then), span and rule.
func (x *xstate) providerIn() (int, int, int, Basis) {
	best, bi, bj := 0, -1, -1
	var bb Basis
	rival := false
	// at is the organiser's word read by the first loop below, -1 after
	// it; bv is that of the name kept (see the earlier run below).
	at, bv := -1, -1
	consider := func(rank int, i, j int, b Basis) {
		if i < 0 || j <= i || rank < best {
			return
		}
		if rank == best {
			// The same name written out in full later: "Ambulant
			// rehabiliteringsteam … Ambulant rehabiliteringsteam v/ UNN
			// Tromsø tilbyr".
			have, now := x.text[x.toks[bi].start:x.toks[bj-1].end], x.text[x.toks[i].start:x.toks[j-1].end]
			if len(now) <= len(have) || !strings.HasPrefix(now, have) {
				// Two names, neither part of the other ("LHL Hamar
				// arrangerer … Sykehuset Innlandet tilbyr"): the text
				// names two organisers and does not say which runs this
				// offering.
				x.lower[0] = appendLower(x.lower[0][:0], have)
				x.lower[1] = appendLower(x.lower[1][:0], now)
				if !bytes.Contains(x.lower[0], x.lower[1]) && !bytes.Contains(x.lower[1], x.lower[0]) {
					rival = true
				}
				return
			}
		} else {
			rival = false
		}
		best, bi, bj, bb, bv = rank, i, j, b, at
	}
	for _, k := range x.trig[trigOrg] {
		v := int(k)
		t := &x.toks[v]
		at = v
		// "i regi av X", "arrangeres av X", "Arrangør: X".
		if t.id == vAv && (x.is(v-1, vRegi) || x.inIDs(v-1, passiveOrgIDs)) {
			s := v + 1
			if x.tok(s).flags&fCap == 0 && kindNouns[x.str(s)] {
				s++ // "arrangeres av foreningen LHL Hamar"
			}
			if j, ok := x.orgName(s); ok {
				consider(5, s, x.bodyAfter(s, j), BasisOrganiserNamed)
			}
		}
		if t.flags&fCap != 0 && x.inIDs(v, arrangorIDs) {
			// "Arrangør: X", or "Arrangør" on a line of its own and X on the next.
			k := v + 1
			if x.p(k, ':') || x.is(k, vEr) && !x.isAny(v, vAnsvarlig, vAnsvarleg) {
				k++ // "Arrangør: X", "Arrangør er X"
			} else if e := x.erAfterFor(k); e > 0 && !x.isAny(v, vAnsvarlig, vAnsvarleg) {
				k = e + 1 // "Arrangør for dette nye tiltaket er X"
			} else if x.tok(k).flags&fLine == 0 || x.is(v, vAnsvarlig) || x.is(v, vAnsvarleg) {
				k = -1
			}
			if k > 0 {
				// "Arrangør er Mental Helse Fjord i samarbeid med Stordal
				// Helselag": a partner after the name.
				j, ok := x.orgName(k)
				if ok {
					j = x.bodyAfter(k, j)
				}
				if ok && (j >= len(x.toks) || x.toks[j].flags&fLine != 0 || x.p(j, ',') || x.p(j, '.') ||
					x.partnerTail(j, j+3)) {
					consider(5, k, j, BasisOrganiserNamed)
				}
			}
		}
		if t.sets&setOrgVerb == 0 && t.id != vEr || !x.organiserVerb(v) || x.joinedWith(v) {
			continue
		}
		// "Kreftforeningen tilbyr også samtaler", "Elles tilbyr X …": what
		// the body offers besides, named after the offering by another
		// body; the lowest rank, a rival of any other name read.
		r := 4
		if x.alsoAt(v) {
			r = 1
		}
		// "<name> tilbyr …": the name ends just before the verb and begins
		// the sentence or follows ':' or a quote; a place may follow it
		// ("Norsk Revmatikerforbund i Stjørdal har åpnet").
		if i, ok := x.subjectBefore(v); ok {
			if s, ok := x.nameEndingAt(i, v); ok && !(s > i && x.prepositionAt(s-1)) {
				// The longest name that ends at the verb, after a heading
				// the page ran into the sentence ("Muligheter i
				// arbeidslivet Norges Parkinsonforbund arrangerer …"); a
				// service described before "i" and the body's name is
				// the subject whole ("Rask psykisk helsehjelp i Fjell
				// kommune tilbyr …").
				if lo, ok := x.serviceBefore(i, s-1); ok {
					s = lo
				}
				consider(r, s, v, BasisOrganiser)
			} else if j, ok := x.orgName(i); ok && x.locationTail(j, v) {
				consider(r, i, v, BasisOrganiser)
			} else if ok && x.partnerTail(j, v) {
				// "X i samarbeid med Y tilbyr": X leads.
				consider(r, i, j, BasisOrganiser)
			} else if ok && j == v-1 && x.isAny(j, vGjerne, vOgsaa, vOg2, vNaa, vNo, vSnart, vIgjen) {
				consider(r, i, j, BasisOrganiser)
			} else if x.p(i-1, ',') {
				// "Oslo universitetssykehus, Ullevål arrangerer".
				lo := int(x.sent[v])
				if j, ok := x.orgName(lo); ok && j == i-1 && x.capitalsUpTo(i, v) {
					consider(r, lo, v, BasisOrganiser)
				}
			}
		}
		// "X er et spesialsykehus som … tilbyr".
		if x.somBefore(v) {
			lo := int(x.sent[v])
			if j, ok := x.orgName(lo); ok && x.is(j, vEr) && x.properName(lo, j) {
				consider(r, lo, j, BasisOrganiser)
			}
		}
		// "Mandag kveld starter <name> opp …".
		if v > int(x.sent[v]) {
			if j, ok := x.orgName(v + 1); ok && x.properName(v+1, j) {
				consider(min(3, r), v+1, j, BasisOrganiserLate)
			}
		}
	}
	at = -1
	for _, k := range x.trig[trigOrgLate] {
		v := int(k)
		id := x.toks[v].id
		// "Snart er Nordreisa familiesenter i gang med …".
		if id == vEr && v > int(x.sent[v]) {
			if j, ok := x.orgName(v + 1); ok && x.properName(v+1, j) && x.is(j, vI) && x.is(j+1, vGang) {
				consider(3, v+1, j, BasisOrganiserLate)
			}
		}
		// "vi i LEVE Nord-Trøndelag", "hos oss i Mestringshusene".
		if (id == vVi || id == vOss || id == vMe) && x.is(v+1, vI) {
			if j, ok := x.orgName(v + 2); ok && x.properName(v+2, j) {
				consider(2, v+2, j, BasisOrgWe)
			}
		}
		// "En likeperson i Brystkreftforeningen er …", "Likepersoner i
		// Ung Kreft bidrar …": a peer's organisation runs the peers.
		if (id == vLikeperson || id == vLikepersoner || id == vLikepersonar) && x.is(v+1, vI) {
			if j, ok := x.orgName(v + 2); ok && x.properName(v+2, j) {
				consider(2, v+2, j, BasisOrgPeer)
			}
		}
		// "Det er Frisklivssentralen Sogn … som startar opp".
		if id == vDet && x.is(v+1, vEr) {
			if j, ok := x.orgName(v + 2); ok && x.properName(v+2, j) && x.somVerbAfter(j) {
				consider(3, v+2, j, BasisOrganiserLate)
			}
		}
	}
	if best <= 1 {
		for _, k := range x.trig[trigOrgAt] {
			v := int(k)
			id := x.toks[v].id
			// "Familietilbud ved Sykehuset Levanger", "vernepleier ved X";
			// not "gjennomføres ved X", where X is the venue.
			// Nor "Lærings- og mestringssenteret ved Sykehuset Innlandet":
			// the unit's name goes on through "ved".
			// Nor "Lærings- og mestringssenteret (LMS) ved UNN": a name
			// that goes on before its bracket. Nor "like ved Orkdal
			// sjukehus": a landmark near the place (nextTo).
			if (id == vVed || id == vHos || id == vI && x.affiliation(v)) && !x.meetingBefore(v) && !x.orgHead(v-1) && !x.p(v-1, ')') && !x.tiedElsewhere(v) && !x.nextTo(v) {
				j, ok := x.orgName(v + 1)
				if ok {
					ok = x.properName(v+1, j)
				} else if x.unitWordAt(v + 1) {
					// "ved Lungeavdelingen, Haukeland universitetssjukehus":
					// a unit's one word, a common noun alone, named by
					// the body after the comma.
					j = x.unitThenOrg(v + 2)
					ok = j > v+2
				}
				if ok && !x.partnerBefore(v) && !x.readMoreBefore(v) {
					j = x.unitThenOrg(j)
					// Where someone works ("leder ved BUP Tromsø", "overlege
					// Erik Rødevand ved Revmatologisk avdeling") ties the
					// name to a person, a speaker's unit, not to the
					// offering: its own rule.
					b := BasisOrgName
					if x.affiliation(v) || x.staffBefore(v) || x.personBefore(v) || talkWords[string(x.lowerTok(v-1))] {
						b = BasisOrgAffiliation
					}
					consider(2, v+1, j, b)
					break
				}
			}
		}
	}
	if best <= 1 && len(x.toks) > 0 {
		// The text opens with the name: "Kongsvinger sykehus er …", or
		// with a line that holds only the name.
		if j, ok := x.orgName(0); ok && x.properName(0, j) && !x.verbFirst(0) &&
			(x.isAny(j, vEr, vHar, vSkal, vJobbar, vJobber) && !x.joinedWith(j) && !x.studiedAfter(j) || j < len(x.toks) && x.toks[j].flags&fLine != 0) {
			consider(1, 0, j, BasisOrgOpening)
		}
	}
	if best == 0 {
		return 0, 0, 0, ""
	}
	if rival {
		return -1, 0, 0, ""
	}
	// "I fjor arrangerte LHL kurset", "Forrige kurs ble holdt i regi av
	// Kreftforeningen": who ran an earlier run, not this one (not "Etter
	// suksessen i fjor arrangerer LHL kurset igjen"). Asked of the name
	// kept alone, once; a name of an earlier run gives none.
	if bv >= 0 && x.earlierRun(bv, bv+1) && !x.newRunAfter(bv) && !x.thisRunSaid(bv) {
		return 0, 0, 0, ""
	}
	// "Astma- og Allergiforbundet i Vestland", "Kreft- og Lindrende
	// enhet": the first part of a compound cut short and joined by "og" or
	// "eller" belongs to the name read after it.
	if bi >= 3 && (x.cls(bi-1) == wAnd || x.cls(bi-1) == wOr) && x.p(bi-2, '-') && x.glued(bi-2) &&
		x.tok(bi-3).kind == tWord && x.tok(bi-3).flags&fCap != 0 && x.sameSentence(bi-3, bi) {
		bi -= 3
	}
	// "Pasientforeningen ADHD Norge", "Organisasjonen Mental Helse": a
	// common noun that says what kind of body the name after it is, not
	// part of the name.
	if bj-bi >= 2 && kindNouns[string(x.lowerTok(bi))] {
		if j, ok := x.orgName(bi + 1); ok && j == bj && x.properName(bi+1, bj) {
			bi++
		}
	}
	// An acronym that stands for a name written before it: "Kongsberg
	// Revmatikerforening (KRE) … KRE arrangerer".
	if bj == bi+1 && x.toks[bi].flags&fAllCap != 0 {
		for k := 1; k+1 < bi; k++ {
			if x.p(k-1, '(') && x.p(k+1, ')') && x.str(k) == x.str(bi) {
				for s := max(0, k-8); s <= k-2; s++ {
					if j, ok := x.orgName(s); ok && j == k+2 {
						bi, bj = s, j
						break
					}
				}
				break
			}
		}
	}
	return best, bi, bj, bb
}

// passiveOrgIDs are the passives and participles an organiser follows with
// "av".
var passiveOrgIDs = newIDSet(vArrangeres, vArrangert, vArrangerast, vDrives, vDrivast, vDriven, vAdministrert,
	vAdministreres, vDrevet, vHoldes, vHaldast, vHoldast, vTilbys)

// kindNouns are common nouns that say what kind of body a name after
// them is ("Pasientforeningen ADHD Norge", "foreningen LHL Hamar").
var kindNouns = map[string]bool{"foreningen": true, "foreininga": true, "pasientforeningen": true, "pasientforeininga": true,
	"brukerforeningen": true, "organisasjonen": true, "pasientorganisasjonen": true,
	"brukerorganisasjonen": true, "interesseorganisasjonen": true, "frivilligorganisasjonen": true, "lokallaget": true,
	"laget": true, "lokalforeningen": true, "lokalforeninga": true}

// erAfterFor returns the index of "er" when token k is "for" and "er"
// follows it after at most four lower-case words in the sentence
// ("Arrangør for dette nye tiltaket er …", "Arrangør for kurset er …"),
// or -1.
func (x *xstate) erAfterFor(k int) int {
	if !x.is(k, vFor) {
		return -1
	}
	for m := k + 1; m <= k+5 && x.sameSentence(k, m); m++ {
		t := x.tok(m)
		if t.kind != tWord || t.flags&fCap != 0 {
			return -1
		}
		if t.id == vEr {
			if m == k+1 {
				return -1
			}
			return m
		}
	}
	return -1
}

// appendLower appends s in lower case to dst, as strings.ToLower writes
// it (each rune through unicode.ToLower, a byte that is no UTF-8 as
// U+FFFD), without a string of its own.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			// ASCII: unicode.ToLower's answer, without the call.
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += w
	}
	return dst
}

// studiedAfter reports whether "har" at j says the name studied or funded
// the offering rather than runs it ("Universitetet i Oslo har evaluert
// kurset", "har gitt støtte", "har fått midler").
func (x *xstate) studiedAfter(j int) bool {
	return x.is(j, vHar) && x.isAny(j+1, vEvaluert, vFaatt, vGitt, vForsket, vUndersokt, vMottatt, vStudert, vKartlagt)
}

// joinedWith reports whether the verb at v says its subject has joined
// another ("har gått sammen med Elverum kommune", "har gått i lag med"):
// partners of one rank, neither the organiser.
func (x *xstate) joinedWith(v int) bool {
	for k := v + 1; k < v+5 && k < x.sentenceEnd(v); k++ {
		if x.is(k, vGaatt) && x.together(k+1) > 0 {
			return true
		}
	}
	return false
}

// organiserVerb reports whether token v is a verb an organiser is the
// subject of.
func (x *xstate) organiserVerb(v int) bool {
	t := x.tok(v)
	if t.kind != tWord || t.flags&fCap != 0 {
		return false
	}
	if t.sets&setOrgVerb != 0 {
		// By the word's ID, compared once with each (isAny would build a
		// list for each case).
		switch id := t.id; id {
		case vSkriv, vSkriver:
			// "FAU skriv at …": what someone writes, not who runs it.
			return !x.is(v+1, vAt)
		case vSetter, vSet:
			return x.is(v+1, vI) && x.is(v+2, vGang) || x.is(v+1, vOpp)
		case vByr:
			return x.is(v+1, vPaa)
		case vVil, vSkal, vKan:
			// "vil starte opp", "skal tilby", "kan nå tilby".
			for k := v + 1; k <= v+6 && k < x.sentenceEnd(v); k++ {
				if x.in(k, setInfinitive) {
					return true
				}
			}
			return false
		case vHar:
			// "har invitert", "har opprettet", "har gått sammen".
			return x.participleAfter(v)
		case vTar:
			return x.isAny(v+1, vImot, vInitiativ)
		case vStaar:
			return x.is(v+1, vBak)
		case vOnsker, vOnskjer:
			// "ønsker å arrangere", "ønsker deg velkommen"; not "ønsker
			// at flere skal delta", a wish of anyone's.
			for k := v + 1; k <= v+8 && k < x.sentenceEnd(v); k++ {
				if x.in(k, setInfinitive) || x.is(k, vVelkommen) {
					return true
				}
			}
			return false
		}
		return true
	}
	// "er fagleg ansvarleg", "er ansvarlig for".
	if t.id == vEr && (x.isAny(v+1, vAnsvarlig, vAnsvarleg) || x.isAny(v+1, vFaglig, vFagleg) && x.isAny(v+2, vAnsvarlig, vAnsvarleg)) {
		return true
	}
	return false
}

// infinitives are the infinitives of organising ("vil starte opp").
var infinitives = []wordID{vStarte, vTilby2, vArrangere, vInvitere, vOpprette, vEtablere, vTilby, vAapne, vOpne}

// clauseStarts are words a clause's subject follows ("som", "at", "da").
var clauseStarts = []wordID{vSom, vAt, vDer, vDa, vNaar, vFordi, vHvorfor, vKvifor, vEtter, vMens}

// participles are the participles of organising ("har invitert").
var participles = []wordID{vInvitert, vOpprettet, vOppretta, vEtablert, vStartet, vStarta, vLaget, vLagt, vArrangert,
	vGaatt, vAapnet, vOpna, vSatt, vSett, vHoldt, vHatt, vKalt, vKalla, vTilbudt, vTilbode}

// participleAfter reports whether a participle of organising comes
// within fourteen tokens after v ("har invitert", "har i år lagt").
func (x *xstate) participleAfter(v int) bool {
	end := min(x.sentenceEnd(v), v+15)
	for k := v + 1; k < end; k++ {
		if x.in(k, setParticiple) && x.participleOrganises(k) {
			return true
		}
	}
	return false
}

// thisRunSaid reports whether the sentence of token v, the organiser's
// verb or "av", names this run's organiser although an earlier run is
// named before it: "Som i fjor arrangerer LHL kurset" (as last year), or
// the nearest verb of organising at or before v in the present tense
// ("Etter fjorårets suksess arrangerer LHL …", "… arrangeres kurset av
// LHL", Nynorsk "vert kurset halde i regi av …"); not "I fjor arrangerte
// LHL kurset", "Forrige kurs ble holdt i regi av …".
func (x *xstate) thisRunSaid(v int) bool {
	for k := v; k >= int(x.sent[v]) && k >= v-8; k-- {
		x.s.work++
		t := &x.toks[k]
		switch t.id {
		case 0:
			continue
		case vBle, vBlei, vVart, vVar, vArrangerte, vInviterte, vTilbaud, vHoldt, vHeldt, vLanserte, vAapnet, vOpna,
			vStartet, vStarta:
			return false
		case vBlir, vVert, vEr, vArrangeres, vArrangerast, vHoldes, vHoldast, vHaldast, vDrives, vDrivast, vTilbys,
			vAdministreres:
			return true
		case vFjor, vFjol:
			if x.is(k-1, vI) && x.is(k-2, vSom) {
				return true // "som i fjor"
			}
		}
		if k == v && t.sets&setOrgVerb != 0 {
			return true // an organiser's verb not in the past tense
		}
	}
	return false
}

// newRunAfter reports whether a word of a new run (newRunWord) follows
// token v within eight tokens in its sentence.
func (x *xstate) newRunAfter(v int) bool {
	for k, end := v+1, x.sentenceEnd(v); k < end && k <= v+8; k++ {
		x.s.work++
		if newRunWord(x.tok(k).id) {
			return true
		}
	}
	return false
}

// newRunWord reports whether id is a word of a new run of an offering
// ("igjen", "nytt", "ny", "nye", "neste", "nå", "no"): newRunAfter and
// earlierRun read the same words.
func newRunWord(id wordID) bool {
	switch id {
	case vIgjen, vNytt, vNy, vNye, vNeste, vNaa, vNo:
		return true
	}
	return false
}

// participleOrganises reports whether the participle at token k says its
// subject organises. Most do alone ("har invitert", "har opprettet");
// "gått", "satt" (Nynorsk "sett") and "hatt" are verbs of anything and
// organise only with the words that make them so: "har gått i gang med",
// "har satt i gang", "har sett i gang", "har satt opp kurs", "har sett
// opp eit nytt kurs", "har hatt kurs" (an offering's noun as the object:
// offeringObject). "Helse Førde har over tid gått med store underskot",
// "Diabetesforbundet har hatt stor pågang", "har satt av midler",
// "Kommunen har satt opp prisene på parkering" say nothing of who runs
// the offering.
func (x *xstate) participleOrganises(k int) bool {
	switch {
	case x.is(k, vGaatt):
		return x.is(k+1, vI) && x.is(k+2, vGang) || x.together(k+1) > 0
	case x.isAny(k, vSatt, vSett):
		return x.is(k+1, vI) && x.is(k+2, vGang) || x.is(k+1, vOpp) && x.offeringObject(k+1)
	case x.is(k, vHatt):
		return x.offeringObject(k)
	}
	return true
}

// offeringObject reports whether an offering's noun is the object of the
// verb ending at token k, within four words after it ("har hatt sitt
// første diabeteskurs", "har satt opp et nytt kurs"). A preposition that
// starts a phrase of its own ends the search ("har hatt stor pågang på
// kursene", "har hatt besøk av skulen", "har satt opp prisene på
// parkering"); "for" goes on ("har hatt ansvaret for kurset").
func (x *xstate) offeringObject(k int) bool {
	for j := k + 1; j <= k+4 && j < x.sentenceEnd(k); j++ {
		if x.isAny(j, vPaa, vI, vAv, vOm, vHos, vVed, vEtter) || x.cls(j) == wWith || x.cls(j) == wFrom {
			return false
		}
		if x.offeringNoun(j) {
			return true
		}
	}
	return false
}

// offeringNoun reports whether token j names an offering or its meetings:
// a word of meeting ("kurs", "tilbud", "samlinger", "treff") or a
// compound ending in one ("diabeteskurs", "kveldssamlinger",
// "samtalegruppe"). An offer of work or of a home ("jobbtilbud",
// "arbeidstilbod", "botilbud", "butilbodet": notOfferingEndings) is
// none; a day offering ("dagtilbud") is, as the corpus takes a
// rehabilitation group "gitt som dagtilbud" for one.
func (x *xstate) offeringNoun(j int) bool {
	t := x.tok(j)
	if t.kind != tWord {
		return false
	}
	if x.in(j, setMeeting) || x.cls(j) == wSession || x.feature(j, featSession) || offeringEndings.match(x.str(j)) {
		return t.end-t.start < 8 || !notOfferingEndings.match(x.str(j))
	}
	return false
}

// notOfferingEndings are the endings of compounds of "tilbud"/"tilbod"
// that offer work or a home, not an offering of learning and coping (each
// eight bytes or more, so shorter words are passed over unread).
var notOfferingEndings = newSuffixSet([]string{"jobbtilbud", "jobbtilbod", "jobbtilbudet", "jobbtilbodet",
	"arbeidstilbud", "arbeidstilbod", "arbeidstilbudet", "arbeidstilbodet",
	"botilbud", "botilbod", "botilbudet", "botilbodet", "butilbud", "butilbod", "butilbudet", "butilbodet"}, 0)

// offeringEndings are the endings of compounds that name an offering.
var offeringEndings = newSuffixSet([]string{"kurs", "kurset", "kursa", "kursene", "tilbud", "tilbod", "tilbudet", "tilbodet",
	"gruppe", "gruppa", "gruppen", "grupper", "skole", "skule", "skolen", "skulen", "kafé", "kafe", "treff"}, 0)

// maxSubject is how many tokens before its verb a subject may begin.
const maxSubject = 64

// subjectBefore returns where the subject of the verb at v begins: the
// start of its sentence, or the token after ':', ',', a quote, "som" or
// "at". A subject that would begin more than maxSubject tokens back is
// none: no name is that long, and reading back to the sentence's start for
// every verb of a long sentence would be quadratic.
func (x *xstate) subjectBefore(v int) (int, bool) {
	lo := int(x.sent[v])
	for k := v - 1; k >= lo; k-- {
		x.s.work++
		if k < v-maxSubject {
			return v, false
		}
		if x.p(k, ':') || x.p(k, '"') || x.p(k, '*') || x.p(k, ',') && !x.p(k-1, '-') ||
			x.in(k, setClauseStart) {
			return k + 1, k+1 < v
		}
	}
	return lo, lo < v
}

// prepositionAt reports whether token k is a preposition whose object a
// name after it is ("I samarbeid med Kreftforeningen tilbyr Ålesund
// kommune …", "Med støtte frå Stiftelsen Dam tilbyr …"): such a name
// ends at the verb but is not its subject, which follows the verb.
//
// "i", "på" and "ved" are not counted: a name after them may be the end
// of a longer subject ("Smerteklinikken ved Sykehuset i Vestfold
// arrangerer"), which nameBounded then leaves ungiven.
func (x *xstate) prepositionAt(k int) bool {
	switch x.cls(k) {
	case wWith, wFrom, wTo, wFor:
		return true
	}
	return x.isAny(k, vAv, vEtter, vOm)
}

// maxService is the most tokens serviceBefore reads back for a service's
// description.
const maxService = 8

// serviceBefore returns where a service's description begins that ends
// at token e, "i" or "ved" before the name of the body it belongs to
// ("Rask psykisk helsehjelp i Fjell kommune", "Tenesta for psykisk helse
// og rus i Nissedal kommune", "Friskliv og Rask psykisk helsehjelp i Sola
// kommune"): from the subject's start lo, or a line's start after it, a
// capitalised word that begins no sentence's other kind, then words of
// the description (lower-case words the rules know as no other class,
// "og", "for", capitalised words), one lower-case at least, and a word of
// an organisation or of health among them. No verb, job title, offering
// ("Gratis kurs om psykisk helse i …") or other word: no service. At
// most maxService tokens are read, once for each organiser's verb.
func (x *xstate) serviceBefore(lo, e int) (int, bool) {
	if e <= lo || !x.isAny(e, vI, vVed) || e-lo > maxService {
		return 0, false
	}
	for k := e - 1; k > lo; k-- {
		if x.tok(k).flags&fLine != 0 {
			lo = k // "Tid og stad⏎⏎Rask psykisk helsehjelp …": a heading's line before it.
			break
		}
	}
	if e-lo < 2 {
		return 0, false
	}
	if t := x.tok(lo); t.kind != tWord || t.flags&fCap == 0 || t.cls != wNone || x.in(lo, setNotNameStart) {
		return 0, false
	}
	// The words' kinds first, which most subjects fail, then what their
	// endings say.
	lower := false
	for k := lo; k < e; k++ {
		x.s.work++
		t := x.tok(k)
		if t.kind != tWord || t.sets&setOrgVerb != 0 || x.isAny(k, vEr, vVar, vBle, vBlir, vVart, vVert) {
			return 0, false
		}
		if t.flags&fCap == 0 {
			if t.cls != wNone && t.cls != wAnd && t.cls != wFor {
				return 0, false
			}
			lower = true
		}
	}
	if !lower {
		return 0, false
	}
	field := false
	for k := lo; k < e; k++ {
		x.s.work++
		if offeringEndings.match(x.str(k)) || x.feature(k, featJob) || jobPlural(x.str(k)) {
			return 0, false
		}
		if !field && (x.orgHead(k) || x.genericWord(k) || bytes.Contains(x.lowerTok(k), []byte("helse"))) {
			field = true
		}
	}
	return lo, field
}

// nameEndingAt returns the first token of the longest organisation's
// name that begins at or after token lo and ends just before token v.
func (x *xstate) nameEndingAt(lo, v int) (int, bool) {
	for s := max(lo, v-12); s < v; s++ {
		if j, ok := x.orgName(s); ok && j == v {
			return s, true
		}
	}
	return 0, false
}

// locationTail reports whether tokens [j, v) are "i", "ved" or "på" and a
// place or a capitalised name: the seat of the name before them.
func (x *xstate) locationTail(j, v int) bool {
	if v-j < 2 || !x.isAny(j, vI, vVed, vPaa) {
		return false
	}
	return x.capitalsUpTo(j+1, v)
}

// partnerTail reports whether tokens [j, v) name a partner: "i
// samarbeid med …", "sammen med …", "i lag med …", "og …" before the
// verb at v.
func (x *xstate) partnerTail(j, v int) bool {
	if v-j < 3 {
		return false
	}
	if n := x.together(j); n > 0 {
		return x.cls(j+n) == wWith
	}
	return x.is(j, vI) && x.cls(j+1) == wPartner && x.cls(j+2) == wWith
}

// capitalsUpTo reports whether tokens [i, v) are all capitalised words,
// with hyphens between them.
func (x *xstate) capitalsUpTo(i, v int) bool {
	if i >= v {
		return false
	}
	for k := i; k < v; k++ {
		t := x.tok(k)
		if !(t.kind == tWord && t.flags&fCap != 0 || t.isP('-') && x.glued(k)) {
			return false
		}
	}
	return true
}

// somVerbAfter reports whether "som" and an organiser's verb follow token
// j in its sentence ("… som startar opp").
func (x *xstate) somVerbAfter(j int) bool {
	end := x.sentenceEnd(j)
	for k := j; k < end && k < j+8; k++ {
		if x.is(k, vSom) && x.organiserVerb(k+1) {
			return true
		}
	}
	return false
}

// maxOrgName is the most tokens an organisation's name may hold.
const maxOrgName = 24

// orgName reads an organisation's name beginning at token i and returns
// the index after it; callers check what must follow the name.
func (x *xstate) orgName(i int) (int, bool) {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fCap == 0 || x.cls(i) != wNone && x.cls(i) != wBydel && t.place == 0 || x.in(i, setNotNameStart) {
		return 0, false
	}
	j := i
	head, proper, stopped := false, 0, false
	// cut is set past "Astma- og" at the name's start: the word after it
	// ends the first word's compound ("Astma- og Allergiforbundet"), no
	// further proper word, so that a place after it is the name's seat
	// ("Astma- og Allergiforbundet i Oslo"), as after "Allergiforbundet".
	cut := false
	if n := x.nationalOrg(i); n > 0 {
		j, head = i+n, true
	}
	for j < len(x.toks) {
		x.s.work++
		if j-i >= maxOrgName {
			// No name runs that long; and reading a long run of capitals
			// from each of its words would be quadratic.
			return 0, false
		}
		tk := x.tok(j)
		if j > i && tk.flags&fLine != 0 {
			break
		}
		switch {
		case tk.kind == tWord && tk.flags&fCap != 0 && (j == i || x.cls(j) == wNone || tk.place != 0 || x.cls(j) == wBydel):
			if x.orgHead(j) {
				head = true
			}
			if tk.flags&fAllCap != 0 && x.in(j, setNotOrg) && !x.is(j, vDps) && j == i && !(x.p(j+1, '-') && x.glued(j+1)) {
				stopped = true
			}
			if j > i && !cut || tk.flags&fAllCap != 0 || tk.place != 0 {
				proper++
			}
			cut = false
			j++
			// "St. Hanshaugen".
			if x.abbrev(j-1) && x.p(j, '.') && x.tok(j+1).flags&fCap != 0 {
				j++
			}
			continue
		case tk.kind == tWord && x.orgHead(j) && j > i:
			head = true
			j++
			continue
		case tk.cls == wAnd && j > i && x.tok(j-1).flags&fCap != 0 && (strings.EqualFold(x.str(j+1), "omegn") || strings.EqualFold(x.str(j+1), "omland")):
			// "LHL Bergen og omegn": a local branch's area.
			j += 2
			continue
		case tk.cls == wAnd && j > i && !head && x.tok(j-1).flags&fCap != 0 && x.tok(j-1).flags&fAllCap == 0 &&
			x.tok(j+1).flags&fCap != 0 && x.tok(j+1).cls == wNone && x.orgHeadAhead(j+1):
			// "Oppdal og Rennebu Revmatikerforening"; not "Mental Helse
			// Bergen og Bergen kommune", two organisations each with its
			// own word, nor "NAV og Bergen kommune", an acronym an
			// organisation's name of its own.
			j++
			continue
		case tk.cls == wAnd && j-1 > i && proper > 0 && x.seatWord(j-1) && x.seatWord(j+1) &&
			!x.orgHead(j+2) && !(x.tok(j+2).kind == tWord && x.tok(j+2).flags&fCap != 0):
			// "Frisklivssentralen i Hurum og Røyken", "LHL Grimstad og
			// Lillesand", "NCF Oslo og Akershus": a seat of two places
			// after the name's first word (not "Mental Helse Bergen og
			// Bergen kommune" nor "LHL Hamar og Kreftforeningen", two
			// organisations).
			j += 2
			proper++
			continue
		case tk.isP('-') && x.glued(j) && x.tok(j+1).kind == tWord && x.glued(j+1):
			// "MS-forbundet", "Nord-Norge", "LHL-sykehuset".
			j += 2
			if x.orgHead(j - 1) {
				head = true
			}
			continue
		case tk.isP('-') && x.glued(j) && (x.p(j+1, ',') || x.cls(j+1) == wAnd) && x.tok(j+2).flags&fCap != 0:
			// "Holtålen-, Os- og Røros kommune".
			cut = j == i+1 && x.cls(j+1) == wAnd
			j += 2
			if x.cls(j-1) != wAnd && x.cls(j) == wAnd {
				j++
			}
			continue
		case tk.isP('-') && x.glued(j) && x.cls(j+1) == wAnd && x.tok(j+2).kind == tWord && x.orgHead(j+2):
			// "Lærings- og mestringssenteret".
			j += 3
			head = true
			continue
		case tk.kind == tWord && tk.flags&fCap == 0 && tk.cls == wNone && j == i+1 && x.p(j+1, '-') && x.glued(j+1) &&
			x.cls(j+2) == wAnd && x.tok(j+3).kind == tWord && x.orgHead(j+3) && x.isAny(j+4, vI, vVed) && x.tok(j+5).flags&fCap != 0:
			// "Psykisk helse- og rustjenesten i Grane": a lower-case word
			// of the name's first part, then "- og" and the organisation's
			// word, and its place (without one, "Kommunalt lærings- og
			// mestringssenter" names a kind of service).
			j += 4
			head = true
			continue
		case (x.isAny(j, vI, vVed) || x.is(j, vV) && x.p(j+1, '/')) && j > i && proper == 0 && x.tok(i).place == 0:
			// "Psykiatrisk klinikk i Førde", "Psykoseteamet ved Salten
			// DPS", "Ambulant rehabiliteringsteam v/ UNN Tromsø": a name
			// that is a description so far takes its place. Not "Kurset
			// i Bergen kommune", "Ansatte i Bergen kommune": the offering
			// or the staff, not who runs it.
			k := j + 1
			if x.p(k, '/') {
				k++
			}
			if nt := x.tok(k); (nt.kind == tWord && nt.flags&fCap != 0 && (head || proper == 0) && x.cls(k) == wNone || nt.place != 0 && nt.flags&fCap != 0) && !x.offeringOrStaff(i) {
				j = k
				continue
			}
		case x.isAny(j, vFor, vInnen, vInnan) && j > i && x.orgHead(j-1) && !x.is(j+1, vAa):
			// "Nasjonal behandlingstjeneste for sansetap og psykisk helse",
			// "Landsforeningen for pårørende innen psykisk helse (LPP)":
			// lower-case words up to a bracket, a comma or the end.
			k := j + 1
			for k < len(x.toks) && k < j+8 && x.tok(k).kind == tWord && x.tok(k).flags&fCap == 0 && (x.cls(k) == wNone || x.cls(k) == wAnd || x.isAny(k, vInnen, vInnan)) &&
				!x.organiserVerb(k) && !x.isAny(k, vEr, vHar, vVil, vSkal, vKan) {
				k++
			}
			if k > j+1 && (x.p(k, '(') || x.p(k, ',') || x.p(k, '.') || x.organiserVerb(k) || k >= len(x.toks) || x.isAny(k, vVed, vEr, vHar, vVil, vSkal)) {
				j = k
				continue
			}
		case tk.isP('(') && x.tok(j+1).flags&fAllCap != 0 && x.p(j+2, ')'):
			// "Kongsberg Revmatikerforening (KRE)".
			j += 3
			continue
		}
		break
	}
	if j == i {
		return 0, false
	}
	// Trailing connectors are not part of it.
	for j > i+1 && x.inIDs(j-1, connectorIDs) {
		j--
	}
	n := j - i
	first := x.tok(i)
	if stopped && (n == 1 || !head && proper <= 1) {
		return 0, false // "KOLS", "LMS" alone
	}
	// "Lærings- og mestringssenteret", "Frisk- og mestringssentralen": a
	// kind of unit written out, as common a noun as "Frisklivssentralen".
	if n == 4 && x.p(i+1, '-') && x.cls(i+2) == wAnd && x.genericWord(j-1) {
		return 0, false
	}
	switch {
	case head && n > 1:
	case n == 1 && first.flags&fAllCap != 0:
		// An acronym alone: "LHL", "LPP".
		if len(x.str(i)) < 2 || len(x.str(i)) > 6 {
			return 0, false
		}
	case n == 1:
		if !x.orgHead(i) && x.nationalOrg(i) != 1 {
			return 0, false
		}
		w := x.lowerTok(i)
		// An organisation's word alone ("Poliklinikk", "Enhet") names a
		// kind, not an organisation.
		for _, h := range orgHeads {
			if string(w) == h {
				return 0, false
			}
		}
		if x.genericPlainAt(i, w) {
			return 0, false
		}
	default:
		if !head && first.flags&fAllCap == 0 {
			// Capitalised words with no organisation word: a person's
			// name as often as not.
			return 0, false
		}
	}
	return j, true
}

// unitThenOrg returns the end of the organisation named after a comma
// that ends a unit's name at token j, when that organisation's name ends
// the sentence ("ved Medisinsk avdeling, Førde sentralsjukehus",
// "Lungeavdelingen, Haukeland universitetssjukehus"): the unit and the
// body it belongs to, one name as written. Otherwise it returns j.
func (x *xstate) unitThenOrg(j int) int {
	if !x.p(j, ',') || !x.orgHead(j-1) || !x.sameSentence(j, j+1) {
		return j
	}
	k, ok := x.orgName(j + 1)
	if !ok || !x.properName(j+1, k) {
		return j
	}
	if k >= len(x.toks) || x.toks[k].flags&fLine != 0 || x.p(k, '.') || !x.sameSentence(k-1, k) {
		return k
	}
	return j
}

// unitWordAt reports whether token i is one capitalised word of a unit
// in the definite form ("Lungeavdelingen", "Barneavdelinga",
// "Seksjonen"), which unitThenOrg may join to the body named after it.
func (x *xstate) unitWordAt(i int) bool {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fCap == 0 || t.flags&fAllCap != 0 || !x.p(i+1, ',') {
		return false
	}
	w := x.str(i)
	for _, u := range unitDefinite {
		if hasSuffixFold(w, u) {
			return true
		}
	}
	return false
}

// unitDefinite are the endings of unitWordAt's words.
var unitDefinite = []string{"avdelingen", "avdelinga", "seksjonen", "enheten", "eininga", "klinikken", "poliklinikken", "posten"}

// offeringOrStaff reports whether token i, a name's first word, is an
// offering's noun ("Kurs", "Kurset", "Kurstilbudet", "Gruppa") or the
// staff ("Ansatte", "Tilsette"): no organiser's name begins so. A school
// is left a name ("Recoveryskolen i Drammen kommune tilbyr kurs": a
// recovery college is a unit that runs courses).
func (x *xstate) offeringOrStaff(i int) bool {
	if x.isAny(i, vAnsatt, vAnsatte, vTilsett, vTilsette) {
		return true
	}
	w := x.str(i)
	return offeringEndings.match(w) && !hasSuffixFold(w, "skole") && !hasSuffixFold(w, "skule") &&
		!hasSuffixFold(w, "skolen") && !hasSuffixFold(w, "skulen")
}

// bodyAfter returns the end of the body a unit's name ending at token j
// belongs to, when "i" or "ved" and that body's name follow it and the
// body's name ends cleanly: at the text's or a line's end, at '.' or ',',
// or before a partner ("arrangeres av DPS Gjøvik i Sykehuset Innlandet i
// samarbeid med …", "BUP Førde ved Førde sentralsjukehus"): the unit and
// its body, one name as written. Otherwise it returns j: a body followed
// by a list ("… i Sykehuset Innlandet og Gjøvik kommune") or by more of a
// name leaves the end in doubt, as a common noun does ("i
// Frisklivssentralen"). An association's name or its branch's, [s, j),
// takes no body (branchName): "arrangeres av LHL Hamar i Storhamar
// kirke" says where it meets. One name is read, once for each name asked
// about.
func (x *xstate) bodyAfter(s, j int) int {
	if !x.isAny(j, vI, vVed) || !x.sameSentence(j, j+1) || x.branchName(s, j) {
		return j
	}
	k, ok := x.orgName(j + 1)
	if !ok || !x.properName(j+1, k) {
		return j
	}
	if k >= len(x.toks) || x.toks[k].flags&fLine != 0 || x.p(k, '.') || x.p(k, ',') || !x.sameSentence(k-1, k) || x.partnerTail(k, k+3) {
		return k
	}
	return j
}

// branchName reports whether the name at tokens [s, j) is an
// association's or its local branch's ("LHL Hamar", "Mental Helse Førde",
// "Revmatikerforeningen Hamar", "Stordal Helselag"): a national
// organisation, an association's acronym, or a word that ends in an
// association's word. Such a body is no unit of another. One pass over
// the name's words.
func (x *xstate) branchName(s, j int) bool {
	if x.nationalOrg(s) > 0 {
		return true
	}
	for k := s; k < j; k++ {
		x.s.work++
		t := x.tok(k)
		if t.kind != tWord || t.flags&fCap == 0 {
			continue
		}
		if w := x.str(k); t.flags&fAllCap != 0 && branchAcronyms[w] || associationSet.match(w) {
			return true
		}
	}
	return false
}

// associationSet holds the endings of an association's word (branchName).
var associationSet = newSuffixSet([]string{"forening", "foreningen", "foreininga", "foreninga", "forbund", "forbundet",
	"lag", "laget", "lokallag", "lokallaget"}, 0)

// connectorIDs are the words that end no organisation's name (orgName).
var connectorIDs = newIDSet(vI, vVed, vFor, vInnen, vV)

// seatWord reports whether token i may be a place in an organisation's
// seat: a capitalised word that is a place or one the rules do not know,
// and no organisation's word.
func (x *xstate) seatWord(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.flags&fCap != 0 && t.flags&fAllCap == 0 && (t.place != 0 || t.cls == wNone) &&
		!x.orgHead(i) && !x.genericWord(i)
}

// genericWord reports whether token i ends like a definite common noun
// of an organisation ("senteret", "tenesta").
func (x *xstate) genericWord(i int) bool { return x.feature(i, featGeneric) }

// genericOrgSet holds genericOrg's endings. A word that strings.ToLower
// turns into one ending in g ends in g with its ASCII capitals folded, as
// the set reads it: the endings are ASCII letters, and no rune a word
// holds lowers to an ASCII letter (the Kelvin sign, the one that does,
// begins with 0xE2, which ends a word; TestGenericOrgSetFolds).
var genericOrgSet = newSuffixSet(genericOrg, 0)

// genericPlainAt reports whether w, token i in lower case, ends in one of
// genericOrg and does not begin with a county's or a region's name before
// it (see placeCompound).
func (x *xstate) genericPlainAt(i int, w []byte) bool {
	if !x.genericWord(i) {
		return false // no ending at all: the common case, without a string
	}
	s := string(w)
	for _, g := range genericOrg {
		if strings.HasSuffix(s, g) && !placeCompound(s, g) {
			return true
		}
	}
	return false
}

// lowerTok returns token i's text in lower case, as strings.ToLower
// writes it, in x.low, which the next call overwrites. Indexing a map by
// string(x.lowerTok(i)), or comparing it with a string, allocates
// nothing, where strings.ToLower allocates for every word with a capital.
func (x *xstate) lowerTok(i int) []byte {
	x.low = appendLower(x.low[:0], x.str(i))
	return x.low
}

// orgHeadAhead reports whether an organisation's word comes within three
// capitalised words from token i.
func (x *xstate) orgHeadAhead(i int) bool {
	for k := i; k < i+3; k++ {
		t := x.tok(k)
		if t.kind != tWord {
			return false
		}
		if x.orgHead(k) {
			return true
		}
		if t.flags&fCap == 0 {
			return false
		}
	}
	return false
}

// nationalOrg returns the number of words of a national organisation's
// name at token i, or 0.
func (x *xstate) nationalOrg(i int) int {
	// Every name's first word has an ID, and the name counts only
	// capitalised: most tokens are neither, and need no look at the list.
	if t := x.tok(i); t.id == 0 || t.flags&fCap == 0 {
		return 0
	}
	for _, n := range nationalOrgs {
		ok := true
		for k, w := range n {
			if !x.is(i+k, w) {
				ok = false
				break
			}
		}
		if ok && x.tok(i).flags&fCap != 0 {
			return len(n)
		}
	}
	return 0
}

// orgHead reports whether token i is an organisation's word, or ends in
// one ("Revmatikerforening", "rehabiliteringsteam").
func (x *xstate) orgHead(i int) bool { return x.feature(i, featOrgHead) }

// orgHeadWord reports whether w is an organisation's word or ends in one.
func orgHeadWord(w string) bool {
	if len(w) <= 4 {
		// strings.ToLower without its call for an ASCII word (A–Z to
		// a–z, the rest as it is); a word with other letters the general
		// way.
		var b [4]byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 0x80 {
				var a [16]byte
				lw := appendLower(a[:0], w)
				for _, h := range orgHeadShort {
					if string(lw) == h {
						return true
					}
				}
				return false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		for _, h := range orgHeadShort {
			if string(b[:len(w)]) == h { // compared, not converted
				return true
			}
		}
		return false
	}
	return orgHeadSet.match(w)
}

// orgHeadSet holds the organisation's words of four bytes or more, which
// also end longer words ("Revmatikerforening"); orgHeadShort the words of
// four bytes or fewer, which count only as words of their own ("DPS" is
// read by ID). orgHeadShort is a list, not a map: it holds two words
// ("dps", "team"), and comparing a word with each costs a few dozen
// instructions where a map's lookup, which hashes the word, cost about
// 150 (BenchmarkExtract600).
var orgHeadSet, orgHeadShort = func() (*suffixSet, []string) {
	var long, short []string
	for _, h := range orgHeads {
		if len(h) >= 4 {
			long = append(long, h)
		}
		if len(h) <= 4 && !slices.Contains(short, h) {
			short = append(short, h)
		}
	}
	return newSuffixSet(long, 0), short
}()

// properName reports whether tokens [i, j) hold a proper name: more than
// one word, or an acronym, or an organisation word that is no common noun.
func (x *xstate) properName(i, j int) bool {
	// "Mer informasjon får du hos Kreftkoordinator i Lier kommune": a
	// job title first names a person's post, not an organisation.
	if x.tok(i).flags&fAllCap == 0 && jobWord(x.str(i)) {
		return false
	}
	if j-i > 1 {
		// "Denne uken starter KID-kursene opp": a name that ends in a
		// course's word in the definite form is the offering, not who
		// runs it.
		w := x.str(j - 1)
		return !(hasSuffixFold(w, "kurset") || hasSuffixFold(w, "kursene") || hasSuffixFold(w, "kursa") || hasSuffixFold(w, "kursane"))
	}
	if x.tok(i).flags&fAllCap != 0 {
		return true
	}
	return !x.genericPlainAt(i, x.lowerTok(i))
}

// placeCompound reports whether w, a lower-cased word that ends in the
// common noun g, begins with a county's or a region's name
// ("helgelandssykehuset", "finnmarkssykehuset"): a proper name, not the
// common noun ("universitetssykehuset", "lokalsykehuset").
func placeCompound(w, g string) bool {
	p := strings.TrimSuffix(w[:len(w)-len(g)], "s")
	if len(p) < 4 {
		return false
	}
	if _, ok := geo.FindCounty(p); ok || regionNames[p] {
		return true
	}
	return false
}

// regionNames are regions named in hospitals' and services' compound
// names that are no county.
var regionNames = map[string]bool{"helgeland": true, "salten": true, "ofoten": true, "vesterålen": true, "lofoten": true,
	"namdal": true, "namdalen": true, "romsdal": true, "sunnmøre": true, "nordmøre": true, "hallingdal": true, "valdres": true,
	"gudbrandsdal": true, "østerdal": true, "sørlandet": true, "nord-norge": true, "midt-norge": true}

// jobTitle reports whether token i is a job title ("vernepleier",
// "psykologspesialist", "leder", "likepersonansvarlig").
func (x *xstate) jobTitle(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.flags&fCap == 0 && x.feature(i, featJob)
}

// jobEndings are the endings of a job title.
var jobEndings = []string{"pleier", "pleiar", "terapeut", "psykolog", "spesialist", "leder", "leiar", "sjef",
	"koordinator", "ansvarlig", "ansvarleg", "rådgiver", "rådgivar", "lege", "jordmor", "konsulent", "medarbeider",
	// Round 12: the posts of speakers and contacts that read as no job
	// before ("audiopedagog ved HLF Briskeby", "nevrolog ved", "psykiater
	// ved", "forsker ved"): "-olog" is the physician's or scientist's
	// ending ("fysiolog", "onkolog"), "-iater" the psychiatrist's.
	"pedagog", "olog", "iater", "sosionom", "forsker", "forskar", "professor", "stipendiat", "direktør", "sekretær",
	"prest", "diakon", "rektor", "logoped", "audiograf", "kiropraktor", "farmasøyt", "jurist", "helsesøster", "instruktør"}

// jobWord reports whether w ends like a job title.
func jobWord(w string) bool { return jobEndingSet.match(w) }

var jobEndingSet = newSuffixSet(jobEndings, 0)

// jobPlural reports whether w is a job title in the plural: a job's word
// with "e", "er" or "ar" after it ("ledere", "leiarar", "psykologer",
// "sykepleiere"), or the irregular "-søstre", "-mødre", "-mødrer"
// ("helsesøstre", "jordmødre"): staff, not a service (serviceBefore).
func jobPlural(w string) bool {
	for _, e := range []string{"e", "er", "ar"} {
		if len(w) > len(e) && hasSuffixFold(w, e) && jobEndingSet.match(w[:len(w)-len(e)]) {
			return true
		}
	}
	return hasSuffixFold(w, "søstre") || hasSuffixFold(w, "mødre") || hasSuffixFold(w, "mødrer")
}

// affiliation reports whether a job title comes before "i" at token v:
// "likepersonansvarlig i", "kommunalsjef for levekår i".
func (x *xstate) affiliation(v int) bool {
	if x.jobTitle(v - 1) {
		return true
	}
	for k := v - 4; k <= v-2; k++ {
		if x.jobTitle(k) && x.is(k+1, vFor) {
			return true
		}
	}
	return false
}

// nationwide reports whether the sentence of the name at tokens [i, j)
// speaks of the country ("i Norge", "i hele landet", "landet rundt"), within 24 tokens
// of it: an organisation named there runs such offerings nationwide, and
// is not the organiser of this one ("I regi av Kreftforeningen har det
// sprunget opp 30 forskjellige Treffpunkt i Norge").
func (x *xstate) nationwide(i, j int) bool {
	lo, end := int(x.sent[i]), x.sentenceEnd(i)
	for k := max(lo, i-24); k < end && k < j+24; k++ {
		x.s.work++
		if k >= i && k < j {
			continue // "Afasiforbundet i Norge": the name's own
		}
		if x.inIDs(k, nationIDs) && x.tok(k).flags&fLine == 0 && !(x.p(k-1, '-') && x.glued(k)) {
			return true
		}
	}
	return false
}

// nationIDs are Norge, Noreg, landet.
var nationIDs = newIDSet(vNorge, vNoreg, vLandet)

// personBefore reports whether a person's name, two capitalised words
// that name no organisation or place, stands just before the preposition
// at v ("overlege Erik Rødevand ved …").
func (x *xstate) personBefore(v int) bool {
	a, b := x.tok(v-2), x.tok(v-1)
	return v >= 2 && a.kind == tWord && b.kind == tWord && a.flags&fCap != 0 && b.flags&fCap != 0 && a.cls == wNone && b.cls == wNone &&
		a.place == 0 && b.place == 0 && !x.orgHead(v-2) && !x.orgHead(v-1) && a.flags&fAllCap == 0 && b.flags&fAllCap == 0 &&
		x.sameSentence(v-2, v-1)
}

// staffBefore reports whether a job title, in any case, comes just before
// the preposition at v ("Leder ved BUP Tromsø", "psykologspesialister
// ved …"): where a person works.
func (x *xstate) staffBefore(v int) bool {
	if x.tok(v-1).kind != tWord {
		return false
	}
	w := x.str(v - 1)
	return jobWord(w) || jobPluralSet.match(w)
}

// jobPluralSet are the endings of job titles in the plural.
var jobPluralSet = newSuffixSet([]string{"pleiere", "pleiarar", "terapeuter", "terapeutar", "psykologer", "psykologar",
	"spesialister", "spesialistar", "ledere", "leiarar", "koordinatorer", "koordinatorar", "rådgivere", "rådgivarar",
	"leger", "legar", "konsulenter", "konsulentar", "medarbeidere", "medarbeidarar",
	"pedagoger", "pedagogar", "ologer", "ologar", "iatere", "iatrar", "sosionomer", "sosionomar", "forskere", "forskarar",
	"professorer", "professorar", "stipendiater", "stipendiatar", "direktører", "direktørar", "prester", "prestar",
	"diakoner", "diakonar", "logopeder", "logopedar", "audiografer", "audiografar", "helsesøstre", "helsesøstrer", "instruktører", "instruktørar"}, 0)

// somBefore reports whether "som" comes just before the verb at v, with
// at most two words between ("som blant annet tilbyr").
func (x *xstate) somBefore(v int) bool {
	for k := v - 1; k >= v-3 && k >= int(x.sent[v]); k-- {
		if x.is(k, vSom) {
			return true
		}
	}
	return false
}

// verbFirst reports whether token i, a line's first, is a verb in the
// present tense: an organiser's verb ("Tilbyr", "Starter") or one of the
// verbs in "-erer" / "-erar" ("Etablerer frisklivssentral i Lillesand",
// "Inviterer til kurs", "Etablerar"). A headline that opens with a verb
// is a sentence, not a name, whatever names it holds.
func (x *xstate) verbFirst(i int) bool {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fAllCap != 0 {
		return false
	}
	if t.sets&setOrgVerb != 0 {
		return true
	}
	w := x.str(i)
	return len(w) > 6 && (hasSuffixFold(w, "erer") || hasSuffixFold(w, "erar"))
}

// talkWords are the talks of a programme, before "ved" the speaker's
// ("Foredrag ved Kreftforeningen", "Innleiing ved LMS"): the unit after
// them is where the speaker works, as after a job title.
var talkWords = map[string]bool{"foredrag": true, "foredraget": true, "innlegg": true, "innlegget": true,
	"innledning": true, "innleiing": true, "presentasjon": true, "presentasjonen": true,
	"orientering": true, "forelesning": true, "førelesing": true, "hilsen": true, "helsing": true}

// alsoAt reports whether the organiser's verb at v is said of something
// besides: "også", "òg", "dessuten" or "i tillegg" just after it ("X
// tilbyr også …"), or "også", "òg", "ellers", "elles", "dessuten",
// "dessutan" or "I tillegg" just before it ("X også tilbyr", "Elles
// tilbyr X …").
func (x *xstate) alsoAt(v int) bool {
	if x.isAny(v+1, vOgsaa, vOg2, vDessuten) || x.is(v+1, vI) && strings.EqualFold(x.str(v+2), "tillegg") {
		return true
	}
	if x.isAny(v-1, vOgsaa, vOg2, vDessuten) || x.tok(v-1).kind != tWord {
		return x.isAny(v-1, vOgsaa, vOg2, vDessuten)
	}
	switch string(x.lowerTok(v - 1)) {
	case "ellers", "elles", "dessutan", "tillegg":
		return true
	}
	return false
}

// readMoreBefore reports whether a word of reading or of information
// comes within six tokens before the preposition at v in its sentence
// ("Les mer om kurset hos Kreftforeningen", "Meir informasjon finn du
// ved LMS", "Sjå oversikta hos Helse Bergen"): where the reader finds
// more, the page's publisher or a contact, not the offering's organiser.
// Information counts after "mer"/"meir"/"flere"/"fleire" only, and
// finding only as "finn(er) du" just before the preposition or before
// "mer"/"meir" ("Du finn meir om kurset hos …"): "Her finner
// du kurs for pårørende ved Sykehuset Innlandet", "Informasjon om kurs
// ved …", "Du finner oss ved …" name the organiser.
func (x *xstate) readMoreBefore(v int) bool {
	for k := v - 1; k >= v-6 && k >= int(x.sent[v]); k-- {
		x.s.work++
		switch readWords[string(x.lowerTok(k))] {
		case readVerb:
			return true
		case readInfo:
			if moreWords[string(x.lowerTok(k-1))] {
				return true
			}
		case readFind:
			if k+2 == v && (x.is(k+1, vDu) || strings.EqualFold(x.str(k+1), "dere")) || moreWords[string(x.lowerTok(k+1))] {
				return true
			}
		}
	}
	return false
}

// The kinds of readMoreBefore's words.
const (
	readVerb = 1 + iota // told to read or see
	readInfo            // information, after a word of more
	readFind            // finding, as "finn du" just before the preposition
)

// readWords are the words of readMoreBefore, by kind.
var readWords = map[string]int{"les": readVerb, "lese": readVerb, "lesa": readVerb, "se": readVerb, "sjå": readVerb,
	"finn": readFind, "finne": readFind, "finner": readFind,
	"informasjon": readInfo, "info": readInfo, "opplysninger": readInfo, "opplysningar": readInfo}

// moreWords are the words of more before a word of information.
var moreWords = map[string]bool{"mer": true, "meir": true, "flere": true, "fleire": true}

// partnerBefore reports whether "i samarbeid med", "sammen med" or "i
// lag med" comes just before token v.
func (x *xstate) partnerBefore(v int) bool {
	for k := v - 1; k >= v-3 && k >= 0; k-- {
		if x.cls(k) == wPartner || x.together(k) == 1 || x.together(k-1) == 2 {
			return true
		}
	}
	return false
}
