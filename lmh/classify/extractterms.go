package classify

import "github.com/lmhkit/lmhkit/lmh"

// The terms of taking part: cost, referral and registration.
//
//   - free: "gratis", "kostnadsfritt", "det koster ingenting", "ingen
//     egenandel" (unless for those with frikort: that is a fee with an
//     exemption), said of the offering: "Kurset er gratis", "et gratis
//     gruppetilbud", "Gratis inngang", "Det er gratis å delta", a "Pris:"
//     label, "tilbyr gratis støtte", "Møtet som er gratis". "Gratis
//     parkering", "Kaffe og kake er gratis", "samt gratis kino" (a noun
//     after it names what is free), "gratis for medlemmer" and a
//     ”gratis” in quotation marks are not the cost.
//   - fee: an amount of kroner, 1–10 000, named as a fee: "Pris: kr
//     300,-", "egenandel 350 kr", "koster 600 kroner", "450 kr per
//     deltaker"; not a membership's or a grant's, nor an extra's
//     ("Middag koster 150 kr"; "300 kr inkludert lunsj" is the fee), nor
//     a treatment's ("Egenandel for fysioterapi er 300 kr"). A text that says both
//     free and a fee, or two fees, gives neither; nor does a fee when
//     members pay another ("Gratis for medlemmer", "Medlemmer betaler
//     200 kr"), nor free when someone pays ("Andre betaler 500 kr").
//   - referral_required: "krever henvisning", "må ha tilvising", "etter
//     henvisning", "henvisning er nødvendig", "åpen for henvisning", "kan
//     ikke delta uten henvisning"; referral_not_needed: "uten henvisning",
//     "trenger ikke henvisning", "treng ikkje tilvising", "du kan melde deg
//     på sjølv", "henvises fra lege eller ta direkte kontakt". A text
//     that says both gives neither (it may say them of different people
//     or parts, and does not say which holds for the offering); a
//     question ("Trenger du henvisning?")
//     states nothing, nor does a referral onward ("kan henvise deg
//     videre"), one made "ved behov" (if needed, not a need), one under
//     a condition ("Dersom du ønsker …, trenger du henvisning"), one for
//     some and not others ("men ikke for pårørende") or one for what
//     comes after the offering ("… etter kurset").
//   - registration: "påmelding", "påmeldingsfrist", "meld deg på";
//     drop_in: "drop-in", "ingen påmelding", "stikk innom", "bare å møte
//     opp". A text that says both gives neither.

// readCost reads whether participation is free or costs a fee.
func (x *xstate) readCost(f *lmh.Frames) {
	if !x.has(wFree, wCost, wKr) && !(x.has(wNeg) && x.has(wFee)) {
		return
	}
	free, fee := -1, -1
	amount := 0
	for _, k := range x.trig[trigCost] {
		i := int(k)
		switch x.cls(i) {
		case wFree:
			if free < 0 && x.freeAt(i) {
				free = i
			}
		case wCost:
			if free < 0 && (x.isAny(i+1, vIngenting, vIngen, vNull) || x.cls(i+1) == wNeg && x.isAny(i+2, vNoe, vNoko)) {
				free = i
			}
		case wNeg:
			if free < 0 && x.cls(i+1) == wFee && !x.frikortAfter(i) {
				free = i
			}
		}
		if x.toks[i].kind != tNum {
			continue // feeAt reads numbers only
		}
		if n, ok := x.feeAt(i); ok {
			switch {
			case fee < 0:
				fee, amount = i, n
			case n != amount:
				// Two fees ("200 kr for medlemmer, 300 for andre", a
				// course and a dinner): the text gives no one fee.
				amount = -1
			}
		}
	}
	switch {
	case free >= 0 && fee >= 0:
	case free >= 0 && x.someonePays():
		// "Kurset er gratis for deg som bur i kommunen. Andre betaler
		// 500 kr": free for some.
	case free >= 0:
		if x.give("frames.cost.free", x.toks[free].start, x.tok(free).end, BasisFree) != nil {
			f.Cost.Free = true
		}
	case fee >= 0 && amount > 0 && !x.memberPrice():
		if x.give("frames.cost.fee_nok", x.toks[fee].start, x.tok(fee+1).end, BasisFee) != nil {
			f.Cost.FeeNOK = amount
		}
	}
}

// someonePays reports whether the text says that someone pays an amount
// ("Andre betaler 500 kr", "Pårørende betalar 250 kroner").
func (x *xstate) someonePays() bool {
	if x.seenSets&setPayer == 0 {
		return false
	}
	for _, k := range x.keys {
		i := int(k)
		if !x.isAny(i, vBetaler, vBetalar) {
			continue
		}
		for m := i + 1; m <= i+3; m++ {
			if x.tok(m).kind == tNum && (x.cls(m+1) == wKr || x.cls(m-1) == wKr) {
				return true
			}
		}
	}
	return false
}

// memberPrice reports whether a sentence gives members a price of their
// own ("Gratis for medlemmer", "Medlemmer betaler 200 kr"): then the fee
// read elsewhere is one of two.
func (x *xstate) memberPrice() bool {
	if x.seenSets&setPayer == 0 {
		return false
	}
	read := int32(-1) // the sentence read last: each is read once, however many members it names
	for _, k := range x.keys {
		i := int(k)
		if !x.isAny(i, vMedlem, vMedlemar, vMedlemmer, vMedlemspris, vMedlemsprisen) || x.sent[i] == read {
			continue
		}
		read = x.sent[i]
		for m, end := int(x.sent[i]), x.sentenceEnd(i); m < end; m++ {
			x.s.work++
			if c := x.cls(m); c == wFree || c == wFee || c == wKr || c == wCost || x.isAny(m, vBetaler, vBetalar) {
				return true
			}
		}
	}
	return false
}

// notTheOffering reports whether the sentence of token i speaks of money
// that is not a participant's fee: a membership, a grant, a gift.
func (x *xstate) notTheOffering(i int) bool {
	// The answer is the sentence's, read once for it (a sentence of many
	// prices would otherwise be read once for each).
	if lo := x.sent[i]; lo != x.notSent {
		x.notSent, x.notOffer = lo, false
		for k, end := int(lo), x.sentenceEnd(i); k < end; k++ {
			x.s.work++
			if x.inIDs(k, payerIDs) {
				x.notOffer = true
				break
			}
		}
	}
	return x.notOffer
}

// payerIDs are the words of members' and funders' money (notTheOffering's
// sentence test).
var payerIDs = newIDSet(vMedlem, vMedlemar, vMedlemmer, vMedlemspris, vMedlemsprisen, vMedlemskap,
	vMedlemskontingent, vKontingent, vTilskudd, vTilskot, vStotte, vMidler, vProsjektmidler, vGave, vBevilget,
	vBevilga)

// freeAt reports whether "gratis" at i says the offering is free.
func (x *xstate) freeAt(i int) bool {
	if x.cls(i-1) == wNeg {
		return false
	}
	// "ROS tilbyr gratis støtte, råd og veiledning", "tilbyr gratis
	// hjelp": what the organiser offers is free ("støtte" here is no
	// grant).
	if x.isAny(i-1, vTilbyr, vTilbyd) {
		return !extraWords.has(x.tok(i + 1).id) // not "tilbyr gratis parkering"
	}
	if x.notTheOffering(i) || x.alsoOffered(i) {
		return false
	}
	// "Parkering er gratis": something else is free.
	if x.isAny(i-1, vEr, vBlir) && x.isAny(i-2, vParkering, vKaffe, vKaffi, vServering, vMat, vLunsj, vBevertning, vDrikke,
		vFrukt, vTransport, vBuss, vTilgang, vLaan, vUtlaan, vLisens, vBrukerlisens) {
		return false
	}
	// "gratis med frikort", "gratis for barn under 16": an exemption
	// from a fee, not a free offering.
	if (x.cls(i+1) == wWith || x.cls(i+1) == wFor) && x.frikortAfter(i) || x.cls(i+1) == wFor && x.cls(i+2) == wChild {
		return false
	}
	if x.isAny(i+1, vParkering, vKaffe, vKaffi, vServering, vMat, vLunsj, vBevertning, vDrikke, vFrukt, vTransport, vBuss,
		vTilgang, vLaan, vUtlaan, vLisens, vBrukerlisens, vKino) {
		return false
	}
	// ”gratis” in quotation marks: a word the text keeps at a distance
	// ("tilbud om ”gratis” kurs … får tilbake deltakaravgifta").
	if x.p(i-1, '"') && x.p(i+1, '"') {
		return false
	}
	// What is free must be the offering: "et gratis gruppetilbud",
	// "Gratis inngang", "Kurset er gratis", "Det er gratis å delta", or a
	// "Pris:" or "Inngang" label; not "Kaffe og kake er gratis".
	if x.offeringWord(i + 1) {
		return true
	}
	// "et gratis, ukentlig lavterskeltilbud", "eit gratis og ope tilbod":
	// after an article, one more adjective before the offering's noun.
	if x.isAny(i-1, vEt, vEit, vEn) && (x.p(i+1, ',') || x.cls(i+1) == wAnd) && x.tok(i+2).kind == tWord &&
		x.tok(i+2).flags&fCap == 0 && x.offeringWord(i+3) {
		return true
	}
	k := i - 1
	if x.isAny(k, vOgsaa, vHelt, vHeilt, vAlltid) {
		k--
	}
	if x.isAny(k, vEr, vBlir, vVert, vVere, vVera, vVaere) {
		if x.cls(k-1) == wAnd || x.is(k-1, vMen) {
			// "Kurset går over en kveld … og er gratis": the sentence's
			// subject.
			lo := int(x.sent[i])
			return x.offeringWord(lo) || x.offeringWord(lo+1) || x.isAny(lo, vDet, vDette)
		}
		// "Møtet som er gratis, er ope for alle".
		if x.is(k-1, vSom) {
			return x.offeringWord(k - 2)
		}
		return x.offeringWord(k-1) || x.isAny(k-1, vDet, vDette, vAlt)
	}
	// "Gratis for alle!".
	if x.cls(i+1) == wFor && x.is(i+2, vAlle) && int(x.sent[i]) == i {
		return true
	}
	// "Gratis." on its own.
	if lo := int(x.sent[i]); lo == i && (x.sentenceEnd(i) == i+1 || x.sentenceEnd(i) == i+2 && x.tok(i+1).kind == tPunct) {
		return true
	}
	// A label: "Pris: Gratis", "Inngang⏎Gratis"; not "… foredrag samt
	// gratis kino", where a noun after it is what is free.
	if t := x.tok(i + 1); t.kind == tWord && t.flags&fLine == 0 && t.plain() {
		return false
	}
	lo := int(x.sent[i])
	if lo > 0 && x.sent[lo-1] >= int32(lo-2) {
		lo = int(x.sent[lo-1])
	}
	for m := i - 1; m >= lo && m >= i-3; m-- {
		if x.cls(m) == wFee || x.offeringWord(m) {
			return true
		}
	}
	return false
}

// alsoOffered reports whether "gratis" at token i describes an offering
// named as one more: "også", "òg", "dessuten", "dessutan" or "i tillegg"
// within four tokens before it in its sentence, and an article or that
// word just before it ("Vi har også et gratis kurs for pårørende", "LHL
// har dessutan gratis samtalegrupper"); not the offering said to be free
// too ("Kurset er også gratis", "Dessuten er kurset gratis").
func (x *xstate) alsoOffered(i int) bool {
	also := -1
	for k := i - 1; k >= i-4 && k >= int(x.sent[i]); k-- {
		if x.isAny(k, vOgsaa, vOg2, vDessuten) || x.is(k, vI) && x.tok(k+1).kind == tWord && hasSuffixFold(x.str(k+1), "tillegg") ||
			x.tok(k).kind == tWord && hasSuffixFold(x.str(k), "dessutan") {
			also = k
			break
		}
	}
	if also < 0 {
		return false
	}
	if x.isAny(i-1, vEt, vEit, vEn, vEin) {
		return true
	}
	return (also == i-1 || x.is(also, vI) && also+1 == i-1) && !x.isAny(also-1, vEr, vBlir, vVert)
}

// offeringWord reports whether token i names the offering or taking part
// in it: a word ending in kurs, tilbud, gruppe, samling, kafé, treff,
// møte, skole, or deltakelse, inngang.
func (x *xstate) offeringWord(i int) bool {
	t := x.tok(i)
	if t.kind != tWord {
		return false
	}
	return offeringWordSet.match(x.str(i))
}

var offeringWordSet = newSuffixSet([]string{"kurs", "kurset", "kursene", "kursa", "tilbud", "tilbudet", "tilbudene",
	"tilbod", "tilbodet", "tilboda", "gruppe", "gruppa", "gruppen", "grupper", "gruppene", "samling", "samlinga",
	"samlingen", "samlinger", "samlingane", "samlingene", "kafé", "kafe", "kafeen", "kaféen", "treff", "treffet",
	"møte", "møtet", "møter", "møtene", "skole", "skolen", "skule", "skulen", "opplegg", "opplegget", "program",
	"programmet", "deltakelse", "deltaking", "deltagelse", "deltakinga", "inngang", "inngangen", "foredrag",
	"foredraget", "temakveld", "temakvelden", "tjeneste", "tjenesten", "tenesta", "teneste", "opphold", "oppholdet",
	"samtale", "samtalen", "samtaler", "samtalane", "webinar", "webinaret", "arrangement", "arrangementet",
	"arrangementa", "arrangementene"}, 0)

// frikortAfter reports whether "frikort" comes in the rest of the
// sentence after token i. Where the sentence's last "frikort" stands is
// read once for it (a sentence of many "gratis for" would otherwise be
// read once for each).
func (x *xstate) frikortAfter(i int) bool {
	if lo := x.sent[i]; lo != x.frikSent {
		x.frikSent, x.frikLast = lo, -1
		for k := x.sentenceEnd(i) - 1; k >= int(lo); k-- {
			x.s.work++
			if x.isAny(k, vFrikort, vFrikortet) {
				x.frikLast = int32(k)
				break
			}
		}
	}
	return int(x.frikLast) > i
}

// feeAt reads an amount of kroner at token i: "300 kr", "kr 300,-", "600
// kroner", "kr. 1 500".
func (x *xstate) feeAt(i int) (int, bool) {
	t := x.tok(i)
	if t.kind != tNum || x.isDateNumber(i) {
		return 0, false
	}
	n, next := int(t.val), i+1
	// "1 500" and "1.500": thousands.
	if t.ndig <= 2 && x.tok(i+1).kind == tNum && x.tok(i+1).ndig == 3 && (!x.glued(i+1) || x.p(i+1, '.')) {
		n, next = n*1000+int(x.tok(i+1).val), i+2
	} else if t.ndig <= 2 && x.p(i+1, '.') && x.glued(i+1) && x.tok(i+2).ndig == 3 && x.glued(i+2) {
		n, next = n*1000+int(x.tok(i+2).val), i+3
	}
	if n < 1 || n > 10000 {
		return 0, false
	}
	k := i - 1
	if x.p(k, '.') {
		k--
	}
	switch {
	case x.cls(next) == wKr:
	case x.cls(k) == wKr:
	case x.p(next, ',') && x.p(next+1, '-') && x.feeWordBefore(i):
	default:
		return 0, false
	}
	// A fee is named as one ("Pris: kr 300", "egenandel 350 kr", "koster
	// 600 kroner", "300 kr per deltaker"), and not a membership's or a
	// grant's.
	if !x.feeWordBefore(i) && !x.perPersonAfter(next) || x.notTheOffering(i) {
		return 0, false
	}
	// Not a grant or a budget: "300 000 kroner", "2 millioner kroner".
	if x.isAny(next, vMillioner, vMill, vMilliarder, vTusen) {
		return 0, false
	}
	// "Middag koster 150 kr", "Det koster 50 kr for kaffe og kake": the
	// price of something else than taking part (not "300 kr inkludert
	// lunsj"); what it costs a body ("koster kommunen 3000 kr").
	if x.priceOfExtra(i) || x.pricedElse(i) || x.feeOfTreatment(i) || x.costToBody(i) {
		return 0, false
	}
	return n, true
}

// feeOfTreatment reports whether the fee word before the amount at token
// i names a treatment's or a consultation's fee after "for" ("Egenandel
// for fysioterapi er 300 kr", "Eigenandel for poliklinisk behandling er
// 375 kr", "Prisen for enkelttimer er 150 kr"): what a patient pays for
// care besides the offering, not taking part in it.
func (x *xstate) feeOfTreatment(i int) bool {
	lo := int(x.sent[i])
	for k := i - 1; k >= lo && k >= i-8; k-- {
		x.s.work++
		if c := x.cls(k); c != wFee && c != wCost {
			continue
		}
		if !x.is(k+1, vFor) {
			return false
		}
		for m := k + 2; m <= k+3 && m < i; m++ {
			if t := x.tok(m); t.kind == tWord && (treatmentWords.match(x.str(m)) || travelWords.match(x.str(m))) {
				return true
			}
		}
		return false
	}
	return false
}

// travelWords are the endings of nouns of a patient's travel, whose fee
// is not the offering's ("Egenandel for pasientreiser er 160 kr per
// vei"; feeOfTreatment).
var travelWords = newSuffixSet([]string{"reise", "reisa", "reisen", "reiser", "reisene", "reisone"}, 0)

// costToBody reports whether the cost verb before the amount at token i
// names a body as who pays ("Kurset koster kommunen 3000 kr", "kostar
// sjukehuset 2000 kr"): what the offering costs the body, not the
// participant's fee.
func (x *xstate) costToBody(i int) bool {
	for k := i - 1; k >= i-3 && k >= int(x.sent[i]); k-- {
		if x.cls(k) == wCost {
			return bodyPayers[string(x.lowerTok(k+1))]
		}
	}
	return false
}

// bodyPayers are the bodies a cost verb may name as who pays.
var bodyPayers = map[string]bool{"kommunen": true, "kommuna": true, "samfunnet": true, "staten": true, "sykehuset": true,
	"sjukehuset": true, "helseforetaket": true, "helseføretaket": true, "fylkeskommuna": true, "fylket": true, "fylkeskommunen": true, "nav": true, "arbeidsgiveren": true,
	"arbeidsgivaren": true, "skattebetalerne": true, "skattebetalarane": true, "bydelen": true}

// treatmentWords are the endings of nouns of care a patient pays for
// besides an offering (feeOfTreatment).
var treatmentWords = newSuffixSet([]string{"behandling", "behandlinga", "behandlingen", "fysioterapi", "fysioterapien",
	"konsultasjon", "konsultasjonen", "konsultasjoner", "konsultasjonar", "enkelttime", "enkelttimer", "enkelttimar",
	"legetime", "legetimen", "utredning", "utredningen", "utgreiing", "utgreiinga", "opphold", "oppholdet", "opphaldet"}, 0)

// pricedElse reports whether the amount at token i is what a thing the
// text names costs, not taking part: "Boka koster 349 kr", "Appen kostar
// 50 kr". The subject of "koster" opens its sentence (after at most one
// word before it, "Selve boka") and is a word the rules do not know that
// names no offering ("Kurset koster", "Deltakelse koster", "Det koster"
// and "Hver kveld koster" stay the fee).
func (x *xstate) pricedElse(i int) bool {
	lo := int(x.sent[i])
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if x.cls(k) != wCost {
			continue
		}
		// "En time hos psykolog koster 1500 kr", "Behandling hos
		// fysioterapeut kostar 350 kr": a subject that names care, a
		// treatment or one with a practitioner ("hos" and a job title),
		// and no offering.
		if x.careSubject(lo, k) {
			return true
		}
		s := k - 1
		if s < lo || s > lo+1 {
			return false
		}
		t := x.tok(s)
		return t.kind == tWord && t.plain() && !x.offeringWord(s) && !sessionNoun.match(x.str(s))
	}
	return false
}

// careSubject reports whether tokens [lo, k), the subject of "koster" or
// of a referral's verb, name care a patient has besides an offering
// (treatmentWords, or "hos" before a job title) and no offering's word.
// At most the eight tokens before k are read.
func (x *xstate) careSubject(lo, k int) bool {
	care := false
	for m := max(lo, k-8); m < k; m++ {
		x.s.work++
		t := x.tok(m)
		if t.kind != tWord {
			continue
		}
		if x.offeringWord(m) {
			return false
		}
		// Care in general ("Behandling hos fysioterapeut", "Individuell
		// behandling"), not named in the definite form: "Behandlingen
		// krever henvisning", "Treningen hos fysioterapeut koster 300
		// kr" name what the text is about.
		if x.definiteNoun(m) && (treatmentWords.match(x.str(m)) || x.is(m+1, vHos)) {
			return false
		}
		care = care || treatmentWords.match(x.str(m)) || x.is(m, vHos) && x.feature(m+1, featJob)
	}
	return care
}

// definiteNoun reports whether the lower-case or capitalised word at
// token i ends as a noun in the definite form ("behandlingen",
// "behandlinga", "treningen", "opphaldet").
func (x *xstate) definiteNoun(i int) bool {
	w := x.str(i)
	return hasSuffixFold(w, "en") || hasSuffixFold(w, "et") || hasSuffixFold(w, "a")
}

// sessionNoun are nouns of a session or a part of one, whose price is
// that of taking part ("Timen koster 300 kr", "Kursdagen koster 400 kr").
var sessionNoun = newSuffixSet([]string{"time", "timen", "gang", "gangen", "kveld", "kvelden", "dag", "dagen", "døgn",
	"døgnet", "helg", "helga", "helgen", "uke", "uka", "uken", "veke", "veka", "pakke", "pakken", "pakka", "reise",
	"reisa", "tur", "turen", "plass", "plassen"}, 0)

// extraWords are what a text may price besides taking part: food, drink,
// parking, travel, materials, a night's stay.
var extraWords = newIDSet(vParkering, vKaffe, vKaffi, vServering, vMat, vLunsj, vBevertning, vDrikke, vFrukt, vTransport, vBuss,
	vMiddag, vMateriell, vOvernatting)

// priceOfExtra reports whether the amount at token i is said of an extra
// (extraWords) within six tokens of it in its sentence, with no "inkludert"
// or "inkl" there.
func (x *xstate) priceOfExtra(i int) bool {
	extra := false
	for k := max(int(x.sent[i]), i-6); k < x.sentenceEnd(i) && k <= i+6; k++ {
		x.s.work++
		if x.isAny(k, vInkludert, vInkl) {
			return false
		}
		extra = extra || extraWords.has(x.toks[k].id)
	}
	return extra
}

// feeWordBefore reports whether a fee word comes before token i in its
// sentence ("Pris: kr 300", "Avgiften for å delta er kun 600 kroner"),
// or labels the line before ("Pris" alone on its line).
func (x *xstate) feeWordBefore(i int) bool {
	lo := int(x.sent[i])
	if lo > 0 && x.sent[lo-1] >= int32(lo-2) {
		lo = int(x.sent[lo-1]) // a label on a line of its own
	}
	for k := i - 1; k >= lo && k >= i-8; k-- {
		if c := x.cls(k); c == wFee || c == wCost {
			return true
		}
	}
	return false
}

// perPersonAfter reports whether the amount that ends before token k is
// one per participant or per course ("300 kr per deltaker", "kr 500 pr.
// kurs", "350 kroner i egenandel").
func (x *xstate) perPersonAfter(k int) bool {
	if x.p(k, ',') && x.p(k+1, '-') {
		k += 2
	}
	if x.is(k, vI) && x.cls(k+1) == wFee {
		return true
	}
	if x.cls(k) != wPer {
		return false
	}
	k++
	if x.p(k, '.') {
		k++
	}
	return x.cls(k) == wPerson || x.isAny(k, vKurs, vKurset, vPerson)
}

// readReferral reads whether a referral is needed.
func (x *xstate) readReferral(f *lmh.Frames) {
	if !x.has(wReferral, wSignUp) && x.seenSets&setSelfReferral == 0 {
		return
	}
	yes, no := -1, -1
	openToAll := false // "åpent for alle", "ope for alle"
	// The keys of the cases below, in order: the other keys are none of
	// them.
	for _, k := range x.trig[trigReferral] {
		i := int(k)
		switch x.cls(i) {
		case wReferral:
			switch x.referralAt(i) {
			case lmh.Yes:
				if yes < 0 {
					yes = i
				}
			case lmh.No:
				if no < 0 {
					no = i
				}
			}
		case wSignUp:
			// "du kan melde deg på sjølv".
			if no < 0 && x.cls(i+1) == wDeg && x.is(i+2, vPaa) && x.cls(i+3) == wSelf {
				no = i
			}
		default:
			if no < 0 && x.isAny(i, vSelvhenvisning, vSjolvtilvising, vSelvhenvise, vEgenhenvisning) {
				no = i
			}
			openToAll = openToAll || x.isAny(i, vAapen, vAapent, vOpen, vOpe) && x.cls(i+1) == wFor && x.is(i+2, vAlle)
		}
	}
	switch {
	case yes >= 0 && no < 0 && openToAll:
		// "Kurset er åpent for alle. Individuell behandling krever
		// henvisning": the referral is asked for something else than
		// the offering, or the text disagrees with itself.
	case no >= 0 && yes >= 0:
		// "Kurset krever henvisning … Pårørende trenger ikke
		// henvisning": the text says both, of different people or
		// parts; it does not say which holds for the offering.
	case no >= 0:
		if x.give("frames.referral_required", x.toks[no].start, x.toks[no].end, BasisReferralNo) != nil {
			f.ReferralRequired = lmh.No
		}
	case yes >= 0:
		if x.give("frames.referral_required", x.toks[yes].start, x.toks[yes].end, BasisReferralYes) != nil {
			f.ReferralRequired = lmh.Yes
		}
	}
}

// partlyOrAfter reports whether the sentence [lo, end) says "men ikke"
// ("men ikkje") or "etter" and a word of the offering ("etter kurset"),
// at most 48 tokens read.
func (x *xstate) partlyOrAfter(lo, end int) bool {
	for k := lo; k < end && k < lo+48; k++ {
		x.s.work++
		if x.is(k, vMen) && x.cls(k+1) == wNeg || x.is(k, vEtter) && x.offeringWord(k+1) {
			return true
		}
	}
	return false
}

// conditionBefore reports whether the sentence opens, before token i, a
// condition ("dersom", "hvis", "viss"), at most 12 tokens back.
func (x *xstate) conditionBefore(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-12; k-- {
		if x.isAny(k, vDersom, vHvis, vViss) {
			return true
		}
	}
	return false
}

// maxAlternative is how many tokens after a referral word its alternative
// ("eller ta direkte kontakt") may stand.
const maxAlternative = 24

// referralAt reads what the sentence around the referral word at i says:
// Yes, No, or NotStated.
func (x *xstate) referralAt(i int) lmh.Stated {
	// "Henvisning: Nei", "Tilvising: Ja": a label answered.
	if x.p(i+1, ':') {
		switch {
		case x.is(i+2, vNei):
			return lmh.No
		case x.is(i+2, vJa):
			return lmh.Yes
		}
	}
	lo, end := int(x.sent[i]), x.sentenceEnd(i)
	// Negated: "uten henvisning", "trenger ikke henvisning",
	// "henvisning er ikke nødvendig"; within its clause, and not twice
	// ("du kan ikke delta uten henvisning" requires one).
	negs := 0
	for k := i - 1; k >= max(lo, i-6); k-- {
		if x.p(k, ',') || x.cls(k) == wAnd || x.is(k, vMen) {
			break
		}
		if x.cls(k) == wNeg {
			negs++
		}
	}
	switch {
	case x.p(end-1, '?'):
		return lmh.NotStated // a question: "Trenger du henvisning?"
	case x.partlyOrAfter(lo, end):
		// "Henvisning er nødvendig for pasienter, men ikke for
		// pårørende": for some, not all; "… for å delta på individuell
		// oppfølging etter kurset": for what comes after the offering.
		return lmh.NotStated
	case x.conditionBefore(lo, i):
		// "Dersom du ønsker individuell oppfølging, trenger du
		// henvisning": a referral for something the offering does not
		// hold in itself.
		return lmh.NotStated
	case x.careSubject(lo, i):
		// "Individuell behandling krever henvisning", "Utgreiing ved
		// poliklinikken krev tilvising": care besides the offering.
		return lmh.NotStated
	case negs == 1:
		return lmh.No
	case negs > 1:
		return lmh.Yes
	}
	need := false
	// "Henvisning fra fastlege eller spesialisthelsetjenesten er
	// nødvendig": up to seven words after it, beyond the fourth only
	// said of it ("er nødvendig", "er ikke nødvendig"; not "Henvisning
	// sendes til oss, og du må møte …").
	for k := i + 1; k < min(end, i+8); k++ {
		if k >= i+5 && (x.cls(k) == wNeed || x.cls(k) == wNeg) && !x.is(k-1, vEr) {
			continue
		}
		switch x.cls(k) {
		case wNeg:
			for m := k + 1; m < min(end, k+3); m++ {
				if x.cls(m) == wNeed {
					return lmh.No
				}
			}
		case wNeed:
			need = need || !x.is(k-1, vVed)
		}
		// "kan henvise deg videre", "tilvising vidare til
		// spesialisthelsetenesta": a referral onward from the offering,
		// not one it asks for.
		if x.isAny(k, vVidere, vVidare) {
			return lmh.NotStated
		}
	}
	// An alternative to asking for one: "henvises fra lege eller ta
	// direkte kontakt", within maxAlternative tokens (so that a sentence
	// of many referral words is not read to its end for each).
	for k := i + 1; k < min(end, i+maxAlternative); k++ {
		x.s.work++
		if x.cls(k) == wOr {
			for m := k + 1; m < min(end, k+6); m++ {
				if x.cls(m) == wDirect || x.cls(m) == wSelf {
					return lmh.No
				}
			}
		}
	}
	for k := max(lo, i-3); k < i; k++ {
		// "Ved behov kan vi henvise": if needed, not a need.
		if x.cls(k) == wNeed && !x.is(k-1, vVed) {
			need = true
		}
	}
	if need || x.is(i-1, vEtter) || x.cls(i-1) == wFor && x.isAny(i-2, vAapen, vOpen, vAapent, vOpe) {
		return lmh.Yes
	}
	return lmh.NotStated
}

// readRegistration reads whether participants sign up.
func (x *xstate) readRegistration(f *lmh.Frames) {
	if !x.has(wRegister, wDeadline, wSignUp, wDropIn, wInnom) && x.seenSets&setBare == 0 {
		return
	}
	yes, no := -1, -1
	for _, k := range x.trig[trigRegistration] {
		i := int(k)
		switch x.cls(i) {
		case wRegister:
			if x.negatedRegistration(i) {
				if no < 0 {
					no = i
				}
			} else if yes < 0 && !x.signUpElsewhere(i) {
				yes = i
			}
		case wDeadline:
			if yes < 0 && (x.isAny(i, vPaameldingsfrist, vPaameldingsfristen) || x.is(i+1, vFor) && x.cls(i+2) == wRegister) {
				yes = i
			}
		case wSignUp:
			// "Det er ikke nødvendig å melde seg på", "Du trenger ikke
			// (å) melde deg på", "Du treng ikkje melde deg på".
			if x.signUpNotNeeded(i) {
				if no < 0 {
					no = i
				}
				break
			}
			// "Du kan melde deg/ungdommen på her": one other word after
			// a slash.
			if yes < 0 && x.cls(i+1) == wDeg && (x.is(i+2, vPaa) || x.p(i+2, '/') && x.tok(i+3).kind == tWord && x.is(i+4, vPaa)) && !x.signUpElsewhere(i) {
				yes = i
			}
		case wDropIn:
			if no < 0 && (x.is(i, vDropin) || x.p(i+1, '-') || x.isAny(i+1, vIn, vInn)) {
				no = i
			}
		case wInnom:
			if no < 0 && x.isAny(i-1, vStikke, vStikk, vStikker, vTitte, vKikke, vKom) {
				no = i - 1
			}
		default:
			if no < 0 && x.is(i, vBare) && (x.is(i+1, vMot) || x.is(i+1, vAa) && x.isAny(i+2, vMote, vKomme)) {
				no = i
			}
		}
	}
	switch {
	case yes >= 0 && no >= 0:
	case no >= 0:
		if x.give("frames.registration_required", x.toks[no].start, x.toks[no].end, BasisRegistrationNo) != nil {
			f.RegistrationRequired = lmh.No
		}
	case yes >= 0:
		if x.give("frames.registration_required", x.toks[yes].start, x.toks[yes].end, BasisRegistrationYes) != nil {
			f.RegistrationRequired = lmh.Yes
		}
	}
}

// signUpNotNeeded reports whether the sign-up verb at token i, with "å"
// or not before it, follows a need and its negation in either order
// ("ikke nødvendig å melde seg på", "trenger ikke å melde deg på", "treng
// ikkje melde deg på").
func (x *xstate) signUpNotNeeded(i int) bool {
	k := i - 1
	if x.is(k, vAa) {
		k--
	}
	return x.cls(k) == wNeed && x.cls(k-1) == wNeg || x.cls(k) == wNeg && x.cls(k-1) == wNeed
}

// negatedRegistration reports whether "påmelding" at i is denied:
// "ingen påmelding", "uten påmelding", "påmelding er ikke nødvendig",
// "Påmelding: Nei".
func (x *xstate) negatedRegistration(i int) bool {
	if x.cls(i-1) == wNeg || x.cls(i-2) == wNeg && x.cls(i-1) == wNeed {
		return true
	}
	// "Påmelding: Nei", a label answered.
	if x.p(i+1, ':') && x.is(i+2, vNei) {
		return true
	}
	// "Det er ikke nødvendig med påmelding", "ikkje naudsynt med
	// påmelding", "ingen krav om påmelding".
	if (x.cls(i-1) == wWith || x.is(i-1, vOm)) && (x.cls(i-2) == wNeed || x.is(i-2, vKrav)) && x.cls(i-3) == wNeg {
		return true
	}
	end := x.sentenceEnd(i)
	for k := i + 1; k < min(end, i+4); k++ {
		if x.cls(k) == wNeg && (x.cls(k+1) == wNeed || x.cls(k-1) == wNeed) {
			return true
		}
	}
	// "Påmelding er ønskelig, men ikke nødvendig": a wish, then the
	// need denied.
	for k := i + 1; k < min(end, i+9); k++ {
		if x.cls(k) == wNeg && (x.cls(k+1) == wNeed || x.is(k+2, vKrav)) && x.isAny(k-1, vMen) {
			return true
		}
	}
	return false
}

// wishVerbs are the verbs of wishing just before a sign-up word
// (signUpElsewhere).
var wishVerbs = map[string]bool{"ønsker": true, "ønskjer": true, "ynskjer": true, "ønsket": true, "ønska": true}

// otherEvents are the gatherings a text may ask to sign up for besides
// the offering: a party, an annual or members' meeting (not a trip: a
// walking group's trip is its meeting).
var otherEvents = newIDSet(vJulebord, vJulebordet, vFest, vFesten, vAarsmote, vAarsmotet, vJuleavslutning,
	vJuleavslutningen, vSommerfest, vSommerfesten, vMedlemsmote, vMedlemsmotet, vGeneralforsamling, vGeneralforsamlingen)

// signUpElsewhere reports whether the sign-up word at token i asks for
// something else than a place on the offering, or only wishes it: "Meld
// deg på nyhetsbrevet", "Påmelding til felles middag", "Påmelding er
// ønskelig", "Vi ønsker påmelding", "Det er fint om du melder deg på".
func (x *xstate) signUpElsewhere(i int) bool {
	// "Vi ønsker påmelding", "Vi ønskjer påmelding": wished, not
	// required.
	if t := x.tok(i - 1); t.kind == tWord && wishVerbs[string(x.lowerTok(i-1))] {
		return true
	}
	lo, end := int(x.sent[i]), x.sentenceEnd(i)
	for k := max(lo, i-4); k < min(end, i+6); k++ {
		if x.isAny(k, vOnskelig, vOnskjeleg, vOnskeleg, vFint) {
			return true
		}
		if k > i && (x.isAny(k, vNyhetsbrev, vNyhetsbrevet, vMiddag, vMiddagen, vLunsj, vLunsjen, vVenteliste) ||
			otherEvents.has(x.toks[k].id)) {
			return true
		}
	}
	return false
}
