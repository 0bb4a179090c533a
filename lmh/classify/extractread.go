package classify

import "math/bits"

// Helpers the extractor's rules read tokens with. Indexes out of range
// read as nothing, so a rule may look a few tokens ahead or back without
// checking the length first.

// tok returns token i of the text, or a zero token.
func (x *xstate) tok(i int) *xtok {
	if uint(i) < uint(len(x.toks)) {
		return &x.toks[i]
	}
	return &noTok
}

var noTok xtok

// cls returns the word class of token i.
func (x *xstate) cls(i int) wclass { return x.tok(i).cls }

// str returns the text of token i.
func (x *xstate) str(i int) string {
	t := x.tok(i)
	return x.text[t.start:t.end]
}

// is reports whether token i is the word w.
func (x *xstate) is(i int, w wordID) bool { return x.tok(i).id == w }

// isAny reports whether token i is one of the words.
func (x *xstate) isAny(i int, words ...wordID) bool {
	id := x.tok(i).id
	if id == 0 {
		return false
	}
	for _, w := range words {
		if id == w {
			return true
		}
	}
	return false
}

// idSet is a set of word IDs, for a rule that asks of many tokens
// whether each is one of many words: one bit test, where isAny builds its
// list and compares the ID with each word.
type idSet []uint64

// newIDSet returns the set of the IDs.
func newIDSet(ids ...wordID) idSet {
	var s idSet
	for _, id := range ids {
		for int(id>>6) >= len(s) {
			s = append(s, 0)
		}
		s[id>>6] |= 1 << (id & 63)
	}
	return s
}

// has reports whether id is in s. The ID 0 (no word) never is: no word
// has it, so no set is made with it.
func (s idSet) has(id wordID) bool {
	w := int(id >> 6)
	return w < len(s) && s[w]&(1<<(id&63)) != 0
}

// inIDs reports whether token i is one of the words of s: isAny for a
// list made a set once.
func (x *xstate) inIDs(i int, s idSet) bool { return s.has(x.tok(i).id) }

// orgHeadIDs are the organisations' words read by ID (feature's
// featOrgHead).
var orgHeadIDs = newIDSet(vDps, vLhl, vHf, vLms)

// in reports whether token i is in the word list set (setOrgVerb …).
func (x *xstate) in(i int, set uint16) bool { return x.tok(i).sets&set != 0 }

// p reports whether token i is the punctuation character c.
func (x *xstate) p(i int, c byte) bool { return x.tok(i).isP(c) }

// glued reports whether token i follows token i-1 with no space.
func (x *xstate) glued(i int) bool {
	return i > 0 && i < len(x.toks) && x.toks[i].flags&fSpace == 0
}

// mark marks where each sentence of x.toks starts and ends, and lists the
// tokens the rules begin at, in one pass.
//
// Sentences: x.sent[i] is the index of the first token of token i's
// sentence, x.send[i] the index after its last. A sentence ends at a line
// break, or at '.', '!' or '?' followed by a capital after white space.
//
// The index: nums are the tokens that may begin a quantity or a range:
// numbers, number words, "mellom", "halvannen". keys are those the word
// table knows, the numbers, and '@', '+' and '.'; a rule that begins only
// at such tokens loops over keys and skips the rest of the words, and a
// rule with a list of its own (x.trig) loops over that: the keys its
// first test passes. seen, seenSets, hasNum, hasAt and hasDot say what
// the text holds at all.
func (x *xstate) mark() {
	x.markSentences()
	x.markIndex()
}

// markSentences is mark's sentences: the loop on its own, with few
// values live, so the compiler keeps them in registers.
func (x *xstate) markSentences() {
	toks := x.toks
	n := len(toks)
	if cap(x.sent) < n || cap(x.send) < n {
		x.sent, x.send = make([]int32, n, 2*n), make([]int32, n, 2*n)
	}
	sent, send := x.sent[:n], x.send[:n]
	start := 0
	for i := 1; i < n; i++ {
		t := &toks[i]
		if t.flags&fLine != 0 || t.flags&(fSpace|fCap) == fSpace|fCap && endsSentence(&toks[i-1]) && (i < 2 || toks[i-2].sets&setAbbrev == 0) {
			for k := start; k < i; k++ {
				sent[k], send[k] = int32(start), int32(i)
			}
			start = i
		}
	}
	for k := start; k < n; k++ {
		sent[k], send[k] = int32(start), int32(n)
	}
	x.sent, x.send = sent, send
}

// numClass are the classes of the words that may begin a quantity
// (markIndex's nums), as bits: a test of one bit, where three compares
// were.
const numClass = 1<<wNumber | 1<<wBetween | 1<<wHalf

// markIndex is mark's index.
func (x *xstate) markIndex() {
	toks := x.toks
	n := len(toks)
	if cap(x.nums) < n || cap(x.keys) < n {
		x.nums, x.keys = make([]int32, n, 2*n), make([]int32, n, 2*n)
	}
	// Written by index, not appended: no capacity to keep live.
	nums, keys := x.nums[:n], x.keys[:n]
	nn, nk := 0, 0
	var seen0, seen1 uint64
	var sets uint16
	var has uint8 // 1 a number, 2 '@', 4 a glued '.'
	// Room for every token in each list, so that the loop adds a key
	// without a check of capacity or a call (see addKey).
	for b := range x.trig {
		if cap(x.trig[b]) < n {
			x.trig[b] = make([]int32, 0, n)
		}
		x.trig[b] = x.trig[b][:0]
	}
	for i := range toks {
		t := &toks[i]
		if t.flags&fKey != 0 {
			// A word the table knows (see wordEntry.key); only these have a
			// class or lists (cls 0 is wNone).
			if c := t.cls; c < 64 {
				seen0 |= 1 << c
			} else {
				seen1 |= 1 << (c & 63)
			}
			sets |= t.sets
			if numClass>>(t.cls&63)&1 != 0 && t.cls < 64 {
				nums[nn] = int32(i)
				nn++
			}
			keys[nk] = int32(i)
			nk++
			if t.lang != 0 {
				// A word only one standard writes; every such word is a key.
				// (readProvider marks the title as text after readLang has
				// read the counts.)
				x.countLang(t.lang, i, true)
			}
			for m := t.trig; m != 0; m &= m - 1 {
				x.addKey(m, int32(i))
			}
			continue
		}
		seen0 |= 1 << wNone
		switch t.kind {
		case tNum:
			has |= 1
			nums[nn] = int32(i)
			nn++
			keys[nk] = int32(i)
			nk++
			for m := uint16(numTrig); m != 0; m &= m - 1 {
				x.addKey(m, int32(i))
			}
		case tPunct:
			switch t.ch {
			case '@':
				has |= 2
				keys[nk] = int32(i)
				nk++
			case '.':
				if t.flags&fSpace == 0 {
					has |= 4
				}
				keys[nk] = int32(i)
				nk++
				x.addKey(1<<trigURL, int32(i))
			case '+':
				keys[nk] = int32(i)
				nk++
				x.addKey(1<<trigPhone, int32(i))
			}
		}
	}
	x.nums, x.keys = nums[:nn], keys[:nk]
	x.seen = [2]uint64{seen0, seen1}
	x.seenSets, x.hasNum, x.hasAt, x.hasDot = sets, has&1 != 0, has&2 != 0, has&4 != 0
	x.season.read = false
}

// The rules that loop over lists of their own (x.trig): each list holds
// the keys, in order, at which its rule may do anything, a superset of
// those where it reads a value; the rule skips every other key at once.
const (
	trigTime         = iota // readTimes: a number, klokka, fra (timeAt)
	trigWeekday             // readWeekdays: a weekday, weekdays
	trigPhone               // readPhone: a number, '+'
	trigURL                 // readURL: '.'
	trigVenueLabel          // readVenue: Sted, Hvor, Kvar, Adresse (a label)
	trigPrep                // readVenue: i, på, ved, til (wIn, wTo)
	trigCapacity            // readCapacity: a number, maks, minst, a number word, mellom, "plass"
	trigCost                // readCost: a number, gratis, koster, ikke (freeAt, feeAt)
	trigAges                // readAges: a number, over, alder, mellom (agesAt)
	trigExclusion           // readExclusions: ikke, passer, ikke for, kan (exclusionSpan)
	trigPlace               // placesIn: a capitalised word that begins a place's name
	trigOrg                 // providerIn's first loop: av, Arrangør, an organiser's verb, er
	trigOrgLate             // providerIn's second loop: er, vi, oss, me, det
	trigOrgAt               // providerIn's third loop: ved, hos, i
	trigReferral            // readReferral: henvisning, meld (deg på), selvhenvisning, åpen (for alle)
	trigRegistration        // readRegistration: påmelding, frist, meld, drop-in, innom, bare
	nTrig
)

// The lists must fit a uint16 (xtok.trig).
var _ [16 - nTrig]struct{}

// numTrig are the lists a number is in.
const numTrig = 1<<trigTime | 1<<trigPhone | 1<<trigCapacity | 1<<trigCost | 1<<trigAges

// clsTrig are the lists a word of each class is in (words the lists
// name by ID are in idTrig).
var clsTrig = func() (t [128]uint16) {
	for c, b := range map[wclass]int{wClock: trigTime, wFrom: trigTime, wWeekday: trigWeekday, wWeekdays: trigWeekday,
		wPlaceLabel: trigVenueLabel, wIn: trigPrep, wTo: trigPrep, wMax: trigCapacity, wMin: trigCapacity,
		wFree: trigCost, wCost: trigCost, wOver: trigAges, wAge: trigAges, wSuitable: trigExclusion, wNotFor: trigExclusion} {
		t[c] |= 1 << b
	}
	for _, c := range []wclass{wNumber, wBetween} {
		t[c] |= 1 << trigCapacity
	}
	t[wBetween] |= 1 << trigAges
	t[wNeg] |= 1<<trigCost | 1<<trigExclusion
	t[wReferral] |= 1 << trigReferral
	t[wSignUp] |= 1<<trigReferral | 1<<trigRegistration
	for _, c := range []wclass{wRegister, wDeadline, wDropIn, wInnom} {
		t[c] |= 1 << trigRegistration
	}
	return t
}()

// idTrig are the lists a word is in by its ID (index: the ID).
var idTrig = func() []uint16 {
	ids := map[wordID]int{vOpp: trigCapacity, vPlass: trigCapacity, vPlassar: trigCapacity, vPlasser: trigCapacity,
		vKan: trigExclusion, vAv: trigOrg, vVi: trigOrgLate, vOss: trigOrgLate, vMe: trigOrgLate, vDet: trigOrgLate,
		vLikeperson: trigOrgLate, vLikepersoner: trigOrgLate, vLikepersonar: trigOrgLate,
		vVed: trigOrgAt, vHos: trigOrgAt, vI: trigOrgAt, vSelvhenvisning: trigReferral, vSjolvtilvising: trigReferral,
		vSelvhenvise: trigReferral, vEgenhenvisning: trigReferral, vAapen: trigReferral, vAapent: trigReferral,
		vOpen: trigReferral, vOpe: trigReferral, vBare: trigRegistration,
		vKvar: trigVenueLabel, vKor: trigVenueLabel}
	var n wordID
	for id := range ids {
		n = max(n, id)
	}
	t := make([]uint16, max(n, vEr)+1)
	for id, b := range ids {
		t[id] |= 1 << b
	}
	t[vEr] |= 1<<trigOrg | 1<<trigOrgLate
	return t
}()

// arrangorIDs are the words that, capitalised, label an organiser
// (providerIn's first loop).
var arrangorIDs = newIDSet(vArrangor, vArrangorar, vArrangorer, vArrangor2, vAnsvarlig, vAnsvarleg)

// entryTrig returns the lists a word of the table is in (see
// markIndex), and those it is in besides when capitalised.
func entryTrig(e *wordEntry) (trig, capTrig uint16) {
	trig = clsTrig[e.cls&127]
	if int(e.id) < len(idTrig) {
		trig |= idTrig[e.id]
	}
	if e.sets&setOrgVerb != 0 {
		trig |= 1 << trigOrg
	}
	if arrangorIDs.has(e.id) {
		capTrig |= 1 << trigOrg
	}
	if e.place != 0 {
		capTrig |= 1 << trigPlace
	}
	return trig, capTrig
}

// addKey adds key k to the list of x.trig of m's lowest bit, which
// markIndex has made room for.
func (x *xstate) addKey(m uint16, k int32) {
	l := &x.trig[bits.TrailingZeros16(m)%nTrig]
	*l = (*l)[:len(*l)+1]
	(*l)[len(*l)-1] = k
}

// endsSentence reports whether t is '.', '!' or '?'.
func endsSentence(t *xtok) bool {
	return t.kind == tPunct && (t.ch == '.' || t.ch == '!' || t.ch == '?')
}

// abbrev reports whether token i is a word that a full stop after it
// abbreviates ("kl.", "St.", "ca.").
func (x *xstate) abbrev(i int) bool { return x.tok(i).sets&setAbbrev != 0 }

// sameSentence reports whether tokens i and j lie in one sentence.
func (x *xstate) sameSentence(i, j int) bool {
	if i < 0 || j < 0 || i >= len(x.sent) || j >= len(x.sent) {
		return false
	}
	return x.sent[i] == x.sent[j]
}

// sentenceEnd returns the index after the last token of token i's
// sentence.
func (x *xstate) sentenceEnd(i int) int {
	if i < 0 || i >= len(x.send) {
		return len(x.toks)
	}
	return int(x.send[i])
}

// qty reads a quantity at token i: digits, a decimal ("1,5", "2.5"), a
// number word ("fire", "tolv"), "halvannen", "1 1/2", and "og en halv"
// after any of them. It returns the value, the index after it, and
// whether it read one; article reports a quantity of one written as the
// article ("en", "ei", "ett"), which counts only where a rule allows it.
func (x *xstate) qty(i int) (v float64, next int, article, ok bool) {
	t := x.tok(i)
	switch {
	case t.kind == tNum:
		if t.ndig > 6 {
			return 0, i, false, false
		}
		v, next = float64(t.val), i+1
		// A decimal: "1,5" or "2.5", glued.
		if (x.p(next, ',') || x.p(next, '.')) && x.glued(next) && x.tok(next+1).kind == tNum && x.glued(next+1) &&
			x.tok(next+1).ndig <= 2 && !(x.p(next, '.') && x.tok(next+1).ndig == 2) {
			f := x.tok(next + 1)
			d := float64(f.val)
			if f.ndig == 2 {
				d /= 100
			} else {
				d /= 10
			}
			v += d
			next += 2
		}
		// "1 1/2".
		if x.tok(next).kind == tNum && x.tok(next).val == 1 && x.p(next+1, '/') && x.tok(next+2).kind == tNum && x.tok(next+2).val == 2 {
			v += 0.5
			next += 3
		}
	case t.cls == wNumber:
		v, next = float64(t.val), i+1
		article = t.val == 1 && !x.is(i, vEn2)
	case x.isAny(i, vHalvannen, vHalvannan):
		return 1.5, i + 1, false, true
	default:
		return 0, i, false, false
	}
	if x.cls(next) == wAnd && x.cls(next+1) == wNumber && x.tok(next+1).val == 1 && x.is(next+2, vHalv) {
		v += 0.5
		next += 3
	}
	return v, next, article, true
}

// rng reads a quantity or a range of two at token i: "4–6", "8 til 12",
// "syv til åtte", "mellom 8 og 12". lo == hi for a single quantity.
func (x *xstate) rng(i int) (lo, hi float64, next int, article, ok bool) {
	if x.cls(i) == wBetween {
		a, j, _, ok1 := x.qty(i + 1)
		if ok1 && x.cls(j) == wAnd {
			if b, k, _, ok2 := x.qty(j + 1); ok2 && b > a {
				return a, b, k, false, true
			}
		}
		return 0, 0, i, false, false
	}
	a, j, art, ok := x.qty(i)
	if !ok {
		return 0, 0, i, false, false
	}
	if x.p(j, '-') || x.cls(j) == wTo {
		if b, k, _, ok2 := x.qty(j + 1); ok2 && b > a {
			return a, b, k, false, true
		}
	}
	return a, a, j, art, true
}

// isDateNumber reports whether the number at token i is part of a date
// or a time ("14." before a month, "14.01", "18.30"): not a count.
func (x *xstate) isDateNumber(i int) bool {
	t := x.tok(i)
	if t.kind != tNum {
		return false
	}
	// "14. januar", "14 november", "14.01", "12.00", "18:30".
	if x.p(i+1, '.') || x.p(i+1, ':') {
		if x.cls(i+2) == wMonth || x.tok(i+2).kind == tNum && x.glued(i+2) {
			return true
		}
	}
	if x.cls(i+1) == wMonth {
		return true
	}
	// the second half of "14.01" or "18.30".
	if (x.p(i-1, '.') || x.p(i-1, ':')) && x.glued(i) && x.tok(i-2).kind == tNum && x.glued(i-1) {
		return true
	}
	return false
}

// has reports whether a word of any of the classes is in the text.
func (x *xstate) has(cs ...wclass) bool {
	for _, c := range cs {
		if x.seen[c>>6]&(1<<(c&63)) != 0 {
			return true
		}
	}
	return false
}

// Features of a word's ending, each worked out on first use and kept in
// the token (xtok.feat holds a known bit and a value bit per feature).
const (
	featOrgHead uint16 = 1 << (2 * iota) // an organisation's word (orgHead)
	featMeeting                          // a venue's noun (meetingWord)
	featStreet                           // a street's name (streetWord), if capitalised
	featJob                              // a job title (jobTitle)
	featSession                          // a compound that names a meeting ("kveldssamlinger")
	featGeneric                          // a definite common noun of an organisation (genericWord)
)

// feature reports whether token i has feature f, working it out on first
// use.
func (x *xstate) feature(i int, f uint16) bool {
	if i < 0 || i >= len(x.toks) {
		return false
	}
	t := &x.toks[i]
	if t.feat&f != 0 {
		return t.feat&(f<<1) != 0
	}
	if t.kind != tWord {
		return false
	}
	w := x.text[t.start:t.end]
	var v bool
	switch f {
	case featOrgHead:
		v = orgHeadIDs.has(t.id) || (t.id == vHelse || t.id == vHelsa) && t.flags&fCap != 0 || orgHeadWord(w)
	case featMeeting:
		v = venueNoun(w)
	case featStreet:
		v = streetName(w)
	case featJob:
		v = jobWord(w)
	case featSession:
		v = sessionCompound(w)
	case featGeneric:
		v = genericOrgSet.match(w)
	}
	t.feat |= f
	if v {
		t.feat |= f << 1
	}
	return v
}

// suffixSet matches a word against a list of endings, ignoring ASCII
// case, looking only at the endings whose last three bytes hash as the
// word's do (and at those of fewer than three bytes).
type suffixSet struct {
	byTail [256][]string // the endings of three bytes or more, by suffixTail
	short  []string      // the endings of one or two bytes
	// minLonger is how many bytes the word must have beyond the ending.
	minLonger int
	// exact lets a word equal an ending of fewer than exactFrom bytes.
	exactFrom int
}

func newSuffixSet(endings []string, minLonger int) *suffixSet {
	s := &suffixSet{minLonger: minLonger}
	for _, e := range endings {
		if len(e) < 3 {
			s.short = append(s.short, e)
			continue
		}
		h := suffixTail(e)
		s.byTail[h] = append(s.byTail[h], e)
	}
	return s
}

// suffixTail hashes the last three bytes of w (three or more), folded as
// hasSuffixFold folds them, to a byte.
func suffixTail(w string) uint8 {
	n := len(w)
	v := uint32(w[n-3]|0x20)<<16 | uint32(w[n-2]|0x20)<<8 | uint32(w[n-1]|0x20)
	return uint8(v * 0x9E3779B1 >> 24)
}

// match reports whether w ends in one of the endings and is at least
// minLonger bytes longer than it.
func (s *suffixSet) match(w string) bool {
	if len(w) >= 3 {
		for _, e := range s.byTail[suffixTail(w)] {
			if len(w) >= len(e)+s.minLonger && hasSuffixFold(w, e) {
				return true
			}
		}
	}
	for _, e := range s.short {
		if len(w) >= len(e)+s.minLonger && hasSuffixFold(w, e) {
			return true
		}
	}
	return false
}

// together returns how many tokens from k say "together" before "med":
// 1 for "sammen" and "saman", 2 for "i lag" (Nynorsk and Bokmål alike),
// 0 for none. "Lag" is read by its text: a word of the table would no
// longer be plain to the rules that skip unknown words.
func (x *xstate) together(k int) int {
	switch {
	case x.isAny(k, vSammen, vSaman):
		return 1
	case x.is(k, vI) && x.tok(k+1).kind == tWord && foldEqual(x.str(k+1), "lag"):
		return 2
	}
	return 0
}

// togetherBefore reports whether a word for "together" ends just before
// token k: "sammen med", "saman med", "i lag med" with "med" at k.
func (x *xstate) togetherBefore(k int) bool {
	return x.together(k-1) == 1 || x.together(k-2) == 2
}
