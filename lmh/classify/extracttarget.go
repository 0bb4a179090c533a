package classify

import (
	"slices"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The target group: ages and excluded conditions.
//
//   - ages: the participants' own ages: "for deg mellom 18 og 67 år",
//     "18–67 år", "i alderen 5–23 år", "over 60 år" (60 and older, as the
//     corpus reads it), "alle over 16 år", "aldersgrense 18 år", "18 år og
//     eldre", "18 år eller eldre". Not a child's age in a course for
//     parents ("foreldre med barn i alderen 0-5 år"), nor the age of whom
//     the participants are next of kin or parents of ("pårørende til
//     personer over 65 år", "familier med barn i alderen 6-12 år"), nor
//     the ages of who came ("De fleste deltakerne er mellom 60 og 80
//     år"), not "under 16 år" (an exemption from a fee,
//     as a rule), not a figure in a sentence of statistics (one with "%").
//   - excluded_condition: the conditions named after "ikke for deg med",
//     "ikkje for personar med", "passer ikke for", "ikke egnet for", in a
//     list after "eksklusjonskriterier", or before "utelukket" or "kan ikke
//     delta": the glossary's matches in that stretch of the sentence.
//     An excluded condition leaves the draft's own conditions.

func (x *xstate) readTarget(o *lmh.Offering, r *Result) {
	x.readAges(&o.TargetGroup)
	x.readExclusions(&o.TargetGroup)
}

// readAges reads the age range the text gives its participants. Two
// different ranges ("en gruppe for 13–17 år og en for voksne over 18
// år") give none: the text does not say which is this offering's.
func (x *xstate) readAges(tg *lmh.TargetGroup) {
	if !x.has(wYear, wAge) {
		return
	}
	found, more := false, 0
	var flo, fhi, fj, fend int
	var seen agesSeen
	for _, k := range x.trig[trigAges] { // agesAt's cases
		i := int(k)
		lo, hi, j, end, ok := x.agesAt(i)
		if !ok {
			continue
		}
		if found {
			// At most maxRivals ranges more are read for another: each
			// reads its sentence, and a text of many stays linear.
			if more++; more > maxRivals {
				break
			}
		}
		if !x.targetBefore(j) || x.duration(j, end) || x.childOfParent(i, &seen) || x.relativeOf(j) || x.figuresOrWhoCame(i, &seen) ||
			x.anotherOffering(j) {
			continue
		}
		if found {
			if lo != flo || hi != fhi {
				return
			}
			continue
		}
		found, flo, fhi, fj, fend = true, lo, hi, j, end
	}
	if !found {
		return
	}
	// A stated lower bound of 0 ("0-18 år") is evidence too, though
	// the range holds it as no bound.
	if (flo > 0 || fhi > 0) && x.give("target_group.ages.min", x.toks[fj].start, x.tok(fend-1).end, BasisAges) != nil {
		tg.Ages.Min = flo
	}
	if fhi > 0 && x.give("target_group.ages.max", x.toks[fj].start, x.tok(fend-1).end, BasisAges) != nil {
		tg.Ages.Max = fhi
	}
}

// agesAt reads an age range at token i. It returns the range (hi 0 for no
// upper bound), the span's first token and the index after it.
func (x *xstate) agesAt(i int) (lo, hi, start, end int, ok bool) {
	switch x.cls(i) {
	case wOver:
		// "over 60 år", "over 18 år".
		if v, next, _, ok := x.qty(i + 1); ok && x.cls(next) == wYear && x.tok(i+1).kind == tNum && plausibleAge(v) {
			return int(v), 0, i, next + 1, true
		}
	case wAge:
		// "i alderen 5–23 år", "aldersgrense er 18 år", "alder 18-30".
		k := i + 1
		if x.is(k, vEr) || x.p(k, ':') || x.cls(k) == wFrom || x.is(k, vPaa) {
			k++
		}
		if a, b, next, _, ok := x.rng(k); ok && x.tok(k).kind == tNum && plausibleAge(a) && plausibleAge(b) {
			if x.cls(next) == wYear {
				next++
			}
			if x.isAny(i, vAldersgrense, vAldersgrensa, vAldersgrensen) && a == b {
				return int(a), 0, i, next, true
			}
			if a < b {
				return int(a), int(b), i, next, true
			}
		}
	case wBetween:
		// "mellom 18 og 67 år", "mellom 15-30 år".
		a, b, next, _, ok := x.rng(i)
		if !ok {
			if v, k, _, ok1 := x.qty(i + 1); ok1 && x.p(k, '-') {
				if w, m, _, ok2 := x.qty(k + 1); ok2 && w > v {
					a, b, next, ok = v, w, m, true
				}
			}
		}
		if ok && x.cls(next) == wYear && plausibleAge(a) && plausibleAge(b) && a < b {
			return int(a), int(b), i, next + 1, true
		}
	default:
		if x.tok(i).kind != tNum || x.tok(i-1).kind == tNum || x.p(i-1, '-') || x.cls(i-1) == wTo || x.cls(i-1) == wOver || x.cls(i-1) == wBetween || x.cls(i-1) == wUnder {
			return 0, 0, 0, 0, false
		}
		a, b, next, _, ok := x.rng(i)
		if !ok || x.cls(next) != wYear || !plausibleAge(a) || !plausibleAge(b) {
			return 0, 0, 0, 0, false
		}
		switch {
		case a < b:
			return int(a), int(b), i, next + 1, true
		// "18 år og eldre", "fra 18 år".
		case (x.cls(next+1) == wAnd || x.cls(next+1) == wOr) && x.isAny(next+2, vEldre, vOver, vOppover):
			return int(a), 0, i, next + 3, true
		case x.cls(i-1) == wFrom && x.cls(i-2) != wNumber:
			return int(a), 0, i - 1, next + 1, true
		}
	}
	return 0, 0, 0, 0, false
}

func plausibleAge(v float64) bool { return v >= 0 && v <= 110 && v == float64(int(v)) }

// targetBefore reports whether the ages at token i are those of whom the
// offering is for: "for deg over 18 år", "alle over 16 år", "personer i
// alderen 18–70 år", "barn mellom 5 og 12 år", a "Målgruppe" line, or a
// criterion of its own ("• Er over 60 år"); not "Hovedgruppen som kommer
// er mellom 60 og 70 år".
func (x *xstate) targetBefore(i int) bool {
	lo := int(x.sent[i])
	first := lo
	if x.p(first, '*') || x.p(first, '-') {
		first++ // a bullet
	}
	if i == first || x.is(first, vEr) && i == first+1 {
		return true
	}
	if lo > 0 && x.sent[lo-1] >= int32(lo-2) {
		lo = int(x.sent[lo-1]) // a label on a line of its own
	}
	for k := i - 1; k >= lo && k >= i-10; k-- {
		switch x.cls(k) {
		case wFor, wDeg, wPerson, wChild, wAge:
			// "for deg som har en forelder over 70 år", "personer som har
			// ein ektefelle mellom 50 og 70 år": a relative's age.
			if x.is(k+1, vSom) && x.relativeBetween(k+2, i) {
				return false
			}
			return true
		}
		// "Du som er medlem i Ung Kreft, er mellom 15 og 35 år"; not "Du
		// som har en forelder over 65 år", someone else's age.
		if x.is(k, vDu) && x.is(k+1, vSom) {
			return !x.someoneElseBetween(k+2, i)
		}
		if x.isAny(k, vAlle, vUnge, vUngdom, vUngdommer, vVoksne, vVaksne, vEldre, vKvinner, vMenn, vMaalgruppe,
			vMaalgruppen, vMaalgruppa, vAldersgruppen, vAldersgruppa) {
			return true
		}
	}
	return false
}

// anotherOffering reports whether "også" ("også", "òg") and a word of
// an offering come before token j in its sentence, within 10 tokens
// ("Vi har også et tilbud for barn 6–12 år"): another offering's.
func (x *xstate) anotherOffering(j int) bool {
	also := false
	for k := j - 1; k >= int(x.sent[j]) && k >= j-10; k-- {
		if x.isAny(k, vOgsaa, vOg2) {
			also = true
		}
	}
	if !also {
		return false
	}
	for k := j - 1; k >= int(x.sent[j]) && k >= j-10; k-- {
		if x.offeringWord(k) {
			return true
		}
	}
	return false
}

// relativeBetween reports whether tokens [a, b), at most ten, name a
// relative: a parent, a child, a spouse or a partner (relativeNouns).
//
// They are read back from b, and a clause's edge before the relative (a
// mark, "og", "eller") ends them: "for deg som har en forelder med demens
// og er over 18 år", "for barn som har en forelder med psykisk sykdom,
// 8–12 år" give the participants' age ("en mor eller far over 70 år" is
// still a relative's).
func (x *xstate) relativeBetween(a, b int) bool {
	for m := b - 1; m >= a; m-- {
		if c := x.cls(m); c == wParent || c == wChild || x.tok(m).kind == tWord && relativeNouns[string(x.lowerTok(m))] {
			return true
		}
		if x.tok(m).kind == tPunct || x.cls(m) == wAnd || x.is(m, vEller) {
			return false
		}
	}
	return false
}

// relativeNouns are the relatives relativeBetween reads besides the
// classes of parents and children.
var relativeNouns = map[string]bool{"forelder": true, "forelderen": true, "mor": true, "far": true, "ektefelle": true,
	"ektefellen": true, "partner": true, "partneren": true, "sambuer": true, "sambuar": true, "mann": true, "kone": true,
	"søsken": true, "bror": true, "søster": true, "besteforelder": true, "besteforeldre": true}

// someoneElseBetween reports whether tokens [a, b) name a child or a
// parent, or say "har" (has): an age after them may be that person's.
func (x *xstate) someoneElseBetween(a, b int) bool {
	for m := a; m < b; m++ {
		if c := x.cls(m); c == wParent || c == wChild || x.is(m, vHar) {
			return true
		}
	}
	return false
}

// duration reports whether the years at tokens [i, end) are a span of
// time, not an age: "i over 20 år", "de siste 5–10 år", "for 30 år
// siden", "dei neste 30 til 40 åra".
func (x *xstate) duration(i, end int) bool {
	if x.cls(i) == wAge {
		return false // "i alderen 8-16"
	}
	if x.isAny(i-1, vI, vPaa, vGjennom, vEtter, vSnart, vNesten, vSiste, vNeste, vKommende, vKomande) {
		return true
	}
	// "dei neste 30 til 40 åra", "de siste 5–10 årene": a year in the
	// definite form counts years, an age is "år".
	if x.isAny(end-1, vAara, vAarene, vAaret) {
		return true
	}
	// "Kurset går over 2 år", "varer i over 20 år".
	if x.cls(i) == wOver && x.isAny(i-1, vGaar, vVarer, vVarar, vStrekker, vStrekkjer, vSeg) {
		return true
	}
	return x.isAny(end, vSiden, vSida)
}

// agesSeen is what readAges has read of the text around its ranges
// that does not depend on the range, so that many ranges turned down in
// one long sentence or one long text read it once (work stays linear):
// the tokens read for a parent's word, and the last sentence read for
// figures or who came. Its zero value has read nothing.
type agesSeen struct {
	scanned int   // the tokens [0, scanned) have been read for a parent's word (wParent)
	parent  bool  // the last of them, scanned-1, is the first parent's word
	read    bool  // a sentence has been read for figures
	sent    int32 // the first token of the sentence read last
	figures bool  // that sentence has figures, or tells who came (figuresOrWhoCame)
}

// childOfParent reports whether the age at token i is a child's in a text
// about parents: "foreldre med barn i alderen 0-5 år", "… 20 foreldre …
// Barna var i alder 10-25".
func (x *xstate) childOfParent(i int, seen *agesSeen) bool {
	child := false
	for k := i - 1; k >= int(x.sent[i]) && k >= i-4; k-- {
		// "for barn mellom 5 og 12 år": the children take part.
		if x.cls(k) == wChild && x.cls(k-1) != wFor {
			child = true
		}
	}
	if !child {
		return false
	}
	// A parent's word anywhere before i: the text is read from its start
	// once, up to the first.
	for !seen.parent && seen.scanned < i {
		x.s.work++
		seen.parent = x.cls(seen.scanned) == wParent
		seen.scanned++
	}
	return seen.parent && seen.scanned <= i
}

// relativeOf reports whether the ages at token i are those of the person
// the participants are next of kin or parents of: "pårørende til
// personer over 65 år", "foreldre til barn mellom 6 og 12 år", "for
// etterlatte etter barn under 18 år", "pårørande av unge i alderen
// 15–25 år".
func (x *xstate) relativeOf(i int) bool {
	lo := int(x.sent[i])
	for k := i - 1; k >= lo && k >= i-6; k-- {
		// "familier med barn i alderen 6-12 år", "mødre med barn 0-1
		// år": the children of those who take part.
		if x.cls(k) == wWith && x.cls(k+1) == wChild {
			return true
		}
		// The relation names a person: "til personer", "av barn", "etter
		// unge" (not "etterlatte etter kreft, mellom 15-35 år").
		if (x.cls(k) == wTo || x.isAny(k, vAv, vEtter)) && (k+1 == i || x.relativeWord(k+1)) {
			for m := k - 1; m >= lo && m >= k-2; m-- {
				if x.cls(m) == wParent || x.isAny(m, vPaarorende, vPaarorande, vEtterlatte) {
					return true
				}
			}
		}
	}
	return false
}

// figuresOrWhoCame reports whether the sentence of token i has a
// percent sign, a figure about people rather than a target group, how
// often an illness strikes ("Sykdommen rammer oftest personer mellom 20
// og 40 år", "MS debuterer …"), or tells who has taken part rather than
// whom the offering is for: "De fleste deltakerne er mellom 60 og 80 år", "Vi har hatt deltakere fra
// 20 til 85 år", "Deltakerne var mellom 45 og 80 år", "i snitt". The
// answer is kept for the sentence (seen).
func (x *xstate) figuresOrWhoCame(i int, seen *agesSeen) bool {
	if lo := x.sent[i]; !seen.read || lo != seen.sent {
		seen.read, seen.sent, seen.figures = true, lo, false
		for k, end := int(lo), x.sentenceEnd(i); k < end; k++ {
			x.s.work++
			// Not "som oftest" (mostly) nor "som rammes av MS" (who are
			// struck by it): the participants described.
			if x.p(k, '%') || x.inIDs(k, figureIDs) && !x.describedBySom(k) {
				seen.figures = true
				break
			}
		}
	}
	return seen.figures
}

// describedBySom reports whether the figure's word at token k follows
// "som" and describes those the offering is for: "som oftest", "som
// oftast" (mostly), "som (ofte) rammes av MS" (who are struck by it); not
// "som rammer" (the illness's clause).
func (x *xstate) describedBySom(k int) bool {
	if x.isAny(k, vOftest, vOftast) {
		return x.is(k-1, vSom)
	}
	return x.isAny(k, vRammes, vRammast) && (x.is(k-1, vSom) || x.is(k-2, vSom))
}

// figureIDs are the words of figures and of who came (figuresOrWhoCame).
var figureIDs = newIDSet(vProsent, vProsenten, vFleste, vFlest, vSnitt, vGjennomsnitt, vGjennomsnittlig, vVar, vHatt,
	vRammer, vRammar, vRammes, vRammast, vDebuterer, vDebuterar, vOftest, vOftast)

// relativeWord reports whether token i names a person or people.
func (x *xstate) relativeWord(i int) bool {
	switch x.cls(i) {
	case wPerson, wChild, wDeg, wParent:
		return true
	}
	return x.isAny(i, vUnge, vUngdom, vUngdommer, vVoksne, vVaksne, vEldre, vKvinner, vMenn)
}

// readExclusions reads the conditions the offering is not for.
func (x *xstate) readExclusions(tg *lmh.TargetGroup) {
	if !x.has(wNeg, wSuitable, wNotFor) {
		return
	}
	for _, k := range x.trig[trigExclusion] { // exclusionSpan's cases
		i := int(k)
		from, to := x.exclusionSpan(i)
		if from < 0 || from >= to {
			continue // no words after "ikke for" (the text ends there)
		}
		lo, hi := int(x.tok(from).start), int(x.tok(to-1).end)
		// The text's matches are in order of start: those within the
		// stretch, found by binary search.
		first, _ := slices.BinarySearchFunc(x.s.matches[x.s.nTitle:], lo, func(m glossary.Match, lo int) int { return m.Start - lo })
		for k := x.s.nTitle + first; k < len(x.s.matches) && x.s.matches[k].Start < hi; k++ {
			x.s.work++
			m := &x.s.matches[k]
			if m.End > hi {
				continue
			}
			for _, sense := range m.Senses {
				if sense.Facet() != taxonomy.FacetCondition {
					continue
				}
				c := taxonomy.Condition(sense.Index())
				if !c.IsValid() || slices.Contains(tg.ExcludeConditions, c) {
					continue
				}
				if x.give(excludeField(len(tg.ExcludeConditions)), int32(m.Start), int32(m.End), BasisExclusion) != nil {
					tg.ExcludeConditions = append(tg.ExcludeConditions, c)
				}
			}
		}
	}
	if len(tg.ExcludeConditions) == 0 {
		return
	}
	// The draft's own conditions lose those it excludes (the classifier may
	// have read them from the same sentence).
	var keep []taxonomy.Condition
	for _, c := range tg.Conditions {
		if !tg.Excludes(c) && !slices.ContainsFunc(tg.ExcludeConditions, func(e taxonomy.Condition) bool { return c.Subsumes(e) }) {
			keep = append(keep, c)
		}
	}
	tg.Conditions = keep
}

// maxExclusion is how many tokens an exclusion's list may run: to the end
// of its sentence, but no further than this (so that a text of many
// exclusions is not read to a sentence's end for each).
const maxExclusion = 40

// exclusionSpan returns the tokens [from, to) of the stretch that token i
// begins or ends as an exclusion, or -1.
func (x *xstate) exclusionSpan(i int) (int, int) {
	switch x.cls(i) {
	case wNeg, wSuitable, wNotFor:
	default:
		if x.tok(i).id != vKan {
			return -1, -1
		}
	}
	lo, end := int(x.sent[i]), x.sentenceEnd(i)
	switch {
	// "ikke for deg med …", "ikkje for personar som har …".
	case x.cls(i) == wNeg && x.cls(i+1) == wFor && !x.is(i, vIngen):
		return i + 2, min(end, i+2+maxExclusion)
	// "passer ikke for …", "er ikke egnet for …".
	case x.cls(i) == wSuitable && (x.cls(i+1) == wNeg && x.cls(i+2) == wFor || x.cls(i-1) == wNeg && x.cls(i+1) == wFor):
		return i + 1, min(end, i+1+maxExclusion)
	case x.cls(i) == wNotFor:
		if x.isAny(i, vEksklusjonskriterier, vEksklusjonskriterium, vKontraindikasjoner) {
			return i + 1, x.listEnd(i + 1)
		}
		// "… aktiv psykose/hallusinasjoner utelukket", across a line
		// break but not a blank line.
		from := i - 1
		for from > i-8 && from > 0 && x.toks[from].flags&fPara == 0 && !x.p(from-1, '.') {
			from--
		}
		return max(from, 0), i
	// "Personer med … kan ikke delta".
	case x.is(i, vKan) && x.cls(i+1) == wNeg && x.isAny(i+2, vDelta, vVaere, vVere):
		return max(lo, i-8), i
	}
	return -1, -1
}

// listEnd returns the end of a list that begins at token i: the end of its
// sentence, or of the lines that follow a heading.
func (x *xstate) listEnd(i int) int {
	if x.p(i, ':') {
		i++
	}
	j := i
	for j < len(x.toks) && j < i+40 && (j == i || x.toks[j].flags&fPara == 0) {
		x.s.work++
		j++
	}
	return j
}

var excludeFields = [...]string{
	"target_group.exclude_conditions[0]", "target_group.exclude_conditions[1]", "target_group.exclude_conditions[2]",
	"target_group.exclude_conditions[3]", "target_group.exclude_conditions[4]", "target_group.exclude_conditions[5]",
}

func excludeField(k int) string {
	if k < len(excludeFields) {
		return excludeFields[k]
	}
	return "target_group.exclude_conditions"
}
