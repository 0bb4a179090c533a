package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
)

// The provider: the organiser's name as the text writes it.
//
// A name is a run of words of an organisation's shape: capitalised words
// and acronyms, with the lower-case words of an organisation ("kommune",
// "sykehus", "klinikk", "forening", "senter", "team", "DPS"), joined by "i",
// "ved" or "v/" before a place or another name ("Psykiatrisk klinikk i
// Førde", "Psykoseteamet ved Salten DPS"). A lone common noun is no name
// ("Frisklivssentralen tilbyr", "Kommunen arrangerer"); a national
// organisation's own name is ("Kreftforeningen", "Diabetesforbundet").
// The rules, in order of strength:
//
//   - organiser: "i regi av <name>", "arrangeres av <name>", "Arrangør:
//     <name>"; <name> before an organiser's verb ("tilbyr", "arrangerer",
//     "inviterer", "driver", "starter opp", "er fagleg ansvarleg") or after
//     it when the sentence opens with something else ("Mandag kveld
//     starter Jevnaker Frivilligsentral opp …").
//   - organisation_name: "<offer> ved <name>" ("Familietilbud ved Sykehuset
//     Levanger"); a job title and "ved/i <name>" when no organiser is
//     named ("vernepleier ved Nasjonal behandlingstjeneste …"); a name that
//     opens the text as its subject ("Kongsvinger sykehus er …").

// orgHeads are the lower-case words (and word endings) of an
// organisation's name.
var orgHeads = []string{
	"kommune", "kommunes", "sykehus", "sjukehus", "sykehuset", "sjukehuset", "dps", "klinikk", "klinikken",
	"poliklinikk", "senter", "senteret", "sentral", "sentralen", "forening", "foreningen", "foreininga",
	"forbund", "forbundet", "team", "teamet", "tjeneste", "tjenesten", "teneste", "tenesta", "kirke", "kirken",
	"kyrkje", "kyrkja", "avdeling", "avdelingen", "enhet", "eining", "kurbad",
	"lokallag", "lokallaget", "familiesenter", "frivilligsentral", "bydel",
}

// nationalOrgs are organisations whose names have no organisation word
// ("Ung Kreft", "Mental Helse"), as their words.
var nationalOrgs = [][]string{
	{"ung", "kreft"}, {"mental", "helse"}, {"voksne", "for", "barn"}, {"kirkens", "bymisjon"}, {"røde", "kors"},
	{"norsk", "folkehjelp"}, {"rådet", "for", "psykisk", "helse"}, {"angstringen"}, {"leve"},
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
var notNameStarts = []string{"da", "når", "hvis", "viss", "etter", "før", "som", "men", "så", "nå", "no", "her", "der",
	"slik", "også", "derfor", "difor", "både", "alle", "mange", "noen", "nokre", "nokon", "vi", "du", "dere", "hun",
	"han", "ho", "det", "den", "de", "dei", "dette", "denne", "disse", "desse", "hvor", "kor", "hva", "kva", "hvordan",
	"korleis", "hvem", "kven", "ny", "nytt", "nye", "gjennom", "om", "samtidig", "dessuten", "og", "eller", "en", "et",
	"ein", "eit", "man", "hvorfor", "kvifor", "hvert", "kvart", "snart", "nå", "allerede", "allereie", "ifølge"}

// organiserVerbs are verbs whose subject organises the offering.
var organiserVerbs = []string{"tilbyr", "tilbyd", "arrangerer", "arrangerar", "inviterer", "inviterar", "driver",
	"driv", "gjennomfører", "held", "holder", "skipar", "skiper", "organiserer", "startar", "starter", "har",
	"behandler", "ønsker", "ønskjer", "melder", "tar", "lanserer", "står", "startet", "starta", "åpner", "opnar",
	"skriv", "skriver", "vil", "skal"}

// readProvider finds the organiser's name in the text, or in the title
// when the text names none.
func (x *xstate) readProvider(o *lmh.Offering) {
	part := PartText
	rank, i, j, b := x.providerIn()
	if rank == 0 && len(x.ttoks) > 0 {
		// Read the title as if it were the text.
		toks, text, sent := x.toks, x.text, x.sent
		x.toks, x.text = x.ttoks, x.title
		x.sentences()
		rank, i, j, b = x.providerIn()
		tstart, tend := int32(0), int32(0)
		if rank > 0 {
			tstart, tend = x.toks[i].start, x.toks[j-1].end
		}
		x.sent = sent[:0]
		x.toks, x.text = toks, text
		x.sentences()
		if rank > 0 {
			o.Provider.Name = strings.TrimRight(x.title[tstart:tend], " ,.:;")
			x.ev = append(x.ev, FieldEvidence{Field: "provider.name", Part: PartTitle, Start: int(tstart), End: int(tend),
				Basis: b, Confidence: providerConfidence[rank] - 0.1})
		}
		return
	}
	if rank == 0 {
		return
	}
	o.Provider.Name = strings.TrimRight(x.text[x.toks[i].start:x.toks[j-1].end], " ,.:;")
	x.ev = append(x.ev, FieldEvidence{Field: "provider.name", Part: part, Start: int(x.toks[i].start), End: int(x.toks[j-1].end),
		Basis: b, Confidence: providerConfidence[rank]})
}

// providerConfidence is the confidence of each rank of rule.
var providerConfidence = [...]float64{0, 0.6, 0.7, 0.75, 0.8, 0.85}

// providerIn applies the rules to the tokens in x.toks and returns the
// best name's rank (0 for none), span and rule.
func (x *xstate) providerIn() (int, int, int, Basis) {
	best, bi, bj := 0, -1, -1
	var bb Basis
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
				return
			}
		}
		best, bi, bj, bb = rank, i, j, b
	}
	for v := range x.toks {
		// "i regi av X", "arrangeres av X", "Arrangør: X".
		if x.is(v, "av") && (x.is(v-1, "regi") || x.isAny(v-1, "arrangeres", "arrangert", "arrangerast", "drives", "drivast", "driven")) {
			if j, ok := x.orgName(v+1, false); ok {
				consider(5, v+1, j, BasisOrganiser)
			}
		}
		if x.isAny(v, "arrangør", "arrangørar", "arrangører", "arrangor") && x.p(v+1, ':') {
			if j, ok := x.orgName(v+2, false); ok {
				consider(5, v+2, j, BasisOrganiser)
			}
		}
		if !x.organiserVerb(v) {
			continue
		}
		// "<name> tilbyr …": the name ends just before the verb and begins
		// the sentence or follows ':' or a quote; a place may follow it
		// ("Norsk Revmatikerforbund i Stjørdal har åpnet").
		if i, ok := x.subjectBefore(v); ok {
			if j, ok := x.orgName(i, true); ok && (j == v || x.locationTail(j, v)) {
				consider(4, i, v, BasisOrganiser)
			} else if ok && j == v-1 && x.isAny(j, "gjerne", "også", "òg", "nå", "no", "snart", "igjen") {
				consider(4, i, j, BasisOrganiser)
			} else if x.p(i-1, ',') {
				// "Oslo universitetssykehus, Ullevål arrangerer".
				lo := int(x.sent[v])
				if j, ok := x.orgName(lo, true); ok && j == i-1 && x.capitalsUpTo(i, v) {
					consider(4, lo, v, BasisOrganiser)
				}
			}
		}
		// "X er et spesialsykehus som … tilbyr".
		if x.somBefore(v) {
			lo := int(x.sent[v])
			if j, ok := x.orgName(lo, true); ok && x.is(j, "er") && x.properName(lo, j) {
				consider(4, lo, j, BasisOrganiser)
			}
		}
		// "Mandag kveld starter <name> opp …".
		if v > int(x.sent[v]) {
			if j, ok := x.orgName(v+1, false); ok && x.properName(v+1, j) {
				consider(3, v+1, j, BasisOrganiser)
			}
		}
	}
	for v := range x.toks {
		// "Snart er Nordreisa familiesenter i gang med …".
		if x.is(v, "er") && v > int(x.sent[v]) {
			if j, ok := x.orgName(v+1, false); ok && x.properName(v+1, j) && x.is(j, "i") && x.is(j+1, "gang") {
				consider(3, v+1, j, BasisOrganiser)
			}
		}
		// "vi i LEVE Nord-Trøndelag", "hos oss i Mestringshusene".
		if x.isAny(v, "vi", "oss", "me") && x.is(v+1, "i") {
			if j, ok := x.orgName(v+2, false); ok && x.properName(v+2, j) {
				consider(2, v+2, j, BasisOrgName)
			}
		}
		// "Det er Frisklivssentralen Sogn … som startar opp".
		if x.is(v, "det") && x.is(v+1, "er") {
			if j, ok := x.orgName(v+2, false); ok && x.properName(v+2, j) && x.somVerbAfter(j) {
				consider(3, v+2, j, BasisOrganiser)
			}
		}
	}
	if best == 0 {
		for v := range x.toks {
			// "Familietilbud ved Sykehuset Levanger", "vernepleier ved X".
			if x.isAny(v, "ved", "hos") || x.is(v, "i") && x.affiliation(v) {
				if j, ok := x.orgName(v+1, false); ok && x.properName(v+1, j) && !x.partnerBefore(v) {
					consider(2, v+1, j, BasisOrgName)
					break
				}
			}
		}
	}
	if best == 0 && len(x.toks) > 0 {
		// The text opens with the name: "Kongsvinger sykehus er …", or
		// with a line that holds only the name.
		if j, ok := x.orgName(0, true); ok && x.properName(0, j) &&
			(x.isAny(j, "er", "har", "skal", "jobbar", "jobber") || j < len(x.toks) && x.toks[j].flags&fLine != 0) {
			consider(1, 0, j, BasisOrgName)
		}
	}
	if best == 0 {
		return 0, 0, 0, ""
	}
	// An acronym that stands for a name written before it: "Kongsberg
	// Revmatikerforening (KRE) … KRE arrangerer".
	if bj == bi+1 && x.toks[bi].flags&fAllCap != 0 {
		for k := 1; k+1 < bi; k++ {
			if x.p(k-1, '(') && x.p(k+1, ')') && x.str(k) == x.str(bi) {
				for s := max(0, k-8); s <= k-2; s++ {
					if j, ok := x.orgName(s, false); ok && j == k+2 {
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

// organiserVerb reports whether token v is a verb an organiser is the
// subject of.
func (x *xstate) organiserVerb(v int) bool {
	if x.tok(v).kind != tWord || x.tok(v).flags&fCap != 0 {
		return false
	}
	if x.isAny(v, organiserVerbs...) {
		switch {
		case x.isAny(v, "vil", "skal"):
			// "vil starte opp", "skal tilby".
			for k := v + 1; k <= v+3; k++ {
				if x.isAny(k, "starte", "tilby", "arrangere", "invitere", "opprette", "etablere", "tilbý") {
					return true
				}
			}
			return false
		case x.isAny(v, "har"):
			// "har invitert", "har opprettet", "har gått sammen".
			return x.participleAfter(v)
		case x.isAny(v, "tar"):
			return x.isAny(v+1, "imot", "initiativ")
		case x.isAny(v, "står"):
			return x.is(v+1, "bak")
		}
		return true
	}
	// "er fagleg ansvarleg", "er ansvarlig for".
	if x.is(v, "er") && (x.isAny(v+1, "ansvarlig", "ansvarleg") || x.isAny(v+1, "faglig", "fagleg") && x.isAny(v+2, "ansvarlig", "ansvarleg")) {
		return true
	}
	return false
}

// participleAfter reports whether a participle of organising comes
// within three tokens after v ("har invitert", "har i år lagt").
func (x *xstate) participleAfter(v int) bool {
	for k := v + 1; k <= v+14 && k < x.sentenceEnd(v); k++ {
		if x.isAny(k, "invitert", "opprettet", "oppretta", "etablert", "startet", "starta", "laget", "lagt", "arrangert",
			"gått", "åpnet", "opna", "utviklet", "satt", "holdt", "hatt", "kalt", "kalla", "tilbudt", "tilbode") {
			return true
		}
	}
	return false
}

// subjectBefore returns where the subject of the verb at v begins: the
// start of its sentence, or the token after ':', ',', a quote, "som" or
// "at".
func (x *xstate) subjectBefore(v int) (int, bool) {
	lo := int(x.sent[v])
	for k := v - 1; k >= lo; k-- {
		if x.p(k, ':') || x.p(k, '"') || x.p(k, '*') || x.p(k, ',') && !x.p(k-1, '-') ||
			x.isAny(k, "som", "at", "der", "da", "når", "fordi", "hvorfor", "kvifor", "etter", "mens") {
			return k + 1, k+1 < v
		}
	}
	return lo, lo < v
}

// locationTail reports whether tokens [j, v) are "i", "ved" or "på" and a
// place or a capitalised name: the seat of the name before them.
func (x *xstate) locationTail(j, v int) bool {
	if v-j < 2 || !x.isAny(j, "i", "ved", "på") {
		return false
	}
	return x.capitalsUpTo(j+1, v)
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
		if x.is(k, "som") && x.organiserVerb(k+1) {
			return true
		}
	}
	return false
}

// orgName reads an organisation's name beginning at token i and returns
// the index after it. whole requires the name to be all that follows
// up to the next token the caller expects (the subject rule passes the
// verb's index as the end, so the name must reach it).
func (x *xstate) orgName(i int, whole bool) (int, bool) {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fCap == 0 || x.cls(i) != wNone && x.cls(i) != wBydel && t.place == 0 || x.isAny(i, notNameStarts...) {
		return 0, false
	}
	j := i
	head, proper := false, 0
	if n := x.nationalOrg(i); n > 0 {
		j, head = i+n, true
	}
	for j < len(x.toks) {
		tk := x.tok(j)
		if j > i && tk.flags&fLine != 0 {
			break
		}
		switch {
		case tk.kind == tWord && tk.flags&fCap != 0 && (j == i || x.cls(j) == wNone || tk.place != 0 || x.cls(j) == wBydel):
			if x.orgHead(j) {
				head = true
			}
			if tk.flags&fAllCap != 0 && notOrgAcronyms[x.str(j)] && !x.is(j, "dps") && j == i && !(x.p(j+1, '-') && x.glued(j+1)) {
				return 0, false
			}
			if j > i || tk.flags&fAllCap != 0 || tk.place != 0 {
				proper++
			}
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
		case tk.isP('-') && x.glued(j) && x.tok(j+1).kind == tWord && x.glued(j+1):
			// "MS-forbundet", "Nord-Norge", "LHL-sykehuset".
			j += 2
			if x.orgHead(j - 1) {
				head = true
			}
			continue
		case tk.isP('-') && x.glued(j) && (x.p(j+1, ',') || x.cls(j+1) == wAnd) && x.tok(j+2).flags&fCap != 0:
			// "Holtålen-, Os- og Røros kommune".
			j += 2
			if x.cls(j-1) != wAnd && x.cls(j) == wAnd {
				j++
			}
			continue
		case (x.isAny(j, "i", "ved") || x.is(j, "v") && x.p(j+1, '/')) && j > i && proper == 0 && x.tok(i).place == 0:
			// "Psykiatrisk klinikk i Førde", "Psykoseteamet ved Salten
			// DPS", "Ambulant rehabiliteringsteam v/ UNN Tromsø": a name
			// that is a description so far takes its place.
			k := j + 1
			if x.p(k, '/') {
				k++
			}
			if nt := x.tok(k); nt.kind == tWord && nt.flags&fCap != 0 && (head || proper == 0) && x.cls(k) == wNone || nt.place != 0 && nt.flags&fCap != 0 {
				j = k
				continue
			}
		case x.isAny(j, "for", "innen", "innan") && j > i && x.orgHead(j-1):
			// "Nasjonal behandlingstjeneste for sansetap og psykisk helse",
			// "Landsforeningen for pårørende innen psykisk helse (LPP)":
			// lower-case words up to a bracket, a comma or the end.
			k := j + 1
			for k < len(x.toks) && k < j+8 && x.tok(k).kind == tWord && x.tok(k).flags&fCap == 0 && (x.cls(k) == wNone || x.cls(k) == wAnd || x.isAny(k, "innen", "innan")) &&
				!x.organiserVerb(k) && !x.isAny(k, "er", "har", "vil", "skal", "kan") {
				k++
			}
			if k > j+1 && (x.p(k, '(') || x.p(k, ',') || x.p(k, '.') || x.organiserVerb(k) || k >= len(x.toks) || x.isAny(k, "ved", "er", "har")) {
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
	for j > i+1 && x.isAny(j-1, "i", "ved", "for", "innen", "v") {
		j--
	}
	n := j - i
	first := x.tok(i)
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
		w := strings.ToLower(x.str(i))
		for _, g := range genericOrg {
			if strings.HasSuffix(w, g) {
				return 0, false
			}
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

// nationalOrg returns the number of words of a national organisation's
// name at token i, or 0.
func (x *xstate) nationalOrg(i int) int {
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
func (x *xstate) orgHead(i int) bool {
	t := x.tok(i)
	if t.kind != tWord {
		return false
	}
	if x.is(i, "dps") || x.is(i, "lhl") {
		return true
	}
	w := x.str(i)
	for _, h := range orgHeads {
		if hasSuffixFold(w, h) && (len(w) == len(h) || len(h) >= 4) {
			return true
		}
	}
	return false
}

// properName reports whether tokens [i, j) hold a proper name: more than
// one word, or an acronym, or an organisation word that is no common noun.
func (x *xstate) properName(i, j int) bool {
	if j-i > 1 {
		return true
	}
	if x.tok(i).flags&fAllCap != 0 {
		return true
	}
	w := strings.ToLower(x.str(i))
	for _, g := range genericOrg {
		if strings.HasSuffix(w, g) {
			return false
		}
	}
	return true
}

// jobTitle reports whether token i is a job title ("vernepleier",
// "psykologspesialist", "leder", "likepersonansvarlig").
func (x *xstate) jobTitle(i int) bool {
	t := x.tok(i)
	if t.kind != tWord || t.flags&fCap != 0 {
		return false
	}
	w := x.str(i)
	for _, suf := range []string{"pleier", "pleiar", "terapeut", "psykolog", "spesialist", "leder", "leiar", "sjef",
		"koordinator", "ansvarlig", "ansvarleg", "rådgiver", "rådgivar", "lege", "jordmor", "konsulent", "medarbeider"} {
		if hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// affiliation reports whether a job title comes before "i" at token v:
// "likepersonansvarlig i", "kommunalsjef for levekår i".
func (x *xstate) affiliation(v int) bool {
	if x.jobTitle(v - 1) {
		return true
	}
	for k := v - 4; k <= v-2; k++ {
		if x.jobTitle(k) && x.is(k+1, "for") {
			return true
		}
	}
	return false
}

// somBefore reports whether "som" comes just before the verb at v, with
// at most two words between ("som blant annet tilbyr").
func (x *xstate) somBefore(v int) bool {
	for k := v - 1; k >= v-3 && k >= int(x.sent[v]); k-- {
		if x.is(k, "som") {
			return true
		}
	}
	return false
}

// partnerBefore reports whether "i samarbeid med" or "sammen med" comes
// just before token v.
func (x *xstate) partnerBefore(v int) bool {
	for k := v - 1; k >= v-3 && k >= 0; k-- {
		if x.cls(k) == wPartner || x.isAny(k, "sammen", "saman") {
			return true
		}
	}
	return false
}
