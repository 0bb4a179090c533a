package match

import "github.com/lmhkit/lmhkit/lmh"

// This file is the one definition of what a match is. Each criterion has
// one judge (criteria.go, place.go) that reads the compiled facts of an
// offering and a need and returns a judgement: the fit, the points earned,
// whether a hard constraint failed or was relaxed, whether an unknown keeps
// the match from being exact, and which sentence says so. judged derives a
// judgement's effect on the confidence, confidence the confidence from all
// of them, and judge sums the points into the score and applies the bound.
//
// Two paths use judge, and nothing else decides a match:
//
//   - the hot loop (quick: hard, then soft) looks every criterion up per
//     class of offerings in the call's tables (classes.go: each class
//     judged once per call, by the same judges), stops at the first failed
//     hard constraint and at the bound, and writes no reasons; the search
//     looks the hard criteria up once per run of records that share their
//     classes;
//   - the explaining path (evaluate, explain.go) judges every criterion of
//     one offering from its own facts and adds only the arguments of each
//     judgement's sentence (reasonArgs).
//
// How their agreement is tested: TestQuickAgreesWithEvaluate runs both on
// every need × offering pair of two generated catalogues (one with
// exclusions, unknown deliveries and every scope, with needs read from
// free text: inferred facts, counties, relatives) under four policies and
// requires the same verdict (pass, score, confidence, condition met,
// closeness, next start); with a floor it requires the bound to drop only
// offerings that rank after it, and a run, or a run's records with one soft
// key, that the search skips to hold none that would enter. It fails when the bound is unsound or runs are cut
// wrong. TestClassesHoldTheirFacts requires every record's classes to hold
// the facts its offering compiles to; it fails when a class key leaves out
// a fact a judge reads. TestIndexAgreesWithBaseline requires the indexed
// search to rank as a linear scan over every record does, on three
// generated catalogues.

// judgement is what one criterion finds for one offering and one need.
// Judges build it with judged. It has four fields, so it travels in
// registers.
type judgement struct {
	pts   float64 // points earned, out of the criterion's weight (see the weights)
	fit   Fit
	msg   msgKey // the sentence of the Reason
	flags judgeFlags
}

// judgeFlags qualify a judgement. A judge sets the first five; judged adds
// the last two, the judgement's effect on the confidence.
type judgeFlags uint8

const (
	// failed: a hard constraint fails and no option relaxes it; the
	// offering is excluded.
	failed judgeFlags = 1 << iota
	// relaxed: a hard constraint fails but an option relaxes it; the
	// offering is kept.
	relaxed
	// blocks: the criterion is unknown in a way that keeps the match from
	// being exact (a restriction of the offering the need cannot be checked
	// against, or a fact the person gave that the offering does not state).
	blocks
	// loose: the criterion ties the offering to the person only loosely (an
	// offering made for no condition in particular, for a person who named
	// one): the confidence is at most ConfidenceLow unless one of the
	// person's themes is met (judge).
	loose
	// miss: the person's condition is not met; the offering ranks after
	// every offering of its confidence whose condition is met or partly met.
	miss
	// capLow: the confidence is at most ConfidenceLow.
	capLow
	// capHigh: the confidence is at most ConfidenceHigh.
	capHigh
)

// judged returns a judgement with its effect on the confidence: a
// criterion not met, or relaxed, caps it at ConfidenceLow; one partly met,
// or unknown where that blocks, caps it at ConfidenceHigh. With the
// constant arguments most judges pass, the compiler works this out at
// compile time.
func judged(pts float64, fit Fit, msg msgKey, flags judgeFlags) judgement {
	switch {
	case flags&relaxed != 0 || fit == FitNotMet:
		flags |= capLow
	case fit == FitPartlyMet || (fit == FitUnknown && flags&blocks != 0):
		flags |= capHigh
	}
	return judgement{pts, fit, msg, flags}
}

// confidence is the confidence of an offering that passed, from the flags
// of all its judgements ORed together.
func confidence(all judgeFlags) lmh.Confidence {
	switch {
	case all&capLow != 0:
		return lmh.ConfidenceLow
	case all&capHigh != 0:
		return lmh.ConfidenceHigh
	}
	return lmh.ConfidenceExact
}

// hardFail is the flag of a failed hard constraint on a fact the person
// did not give (the offering's own state): relaxed when an option allows
// it, failed otherwise. For the person's facts see needFacts.fail.
func hardFail(allowed bool) judgeFlags {
	if allowed {
		return relaxed
	}
	return failed
}

// blockIf is blocks when b holds.
func blockIf(b bool) judgeFlags {
	if b {
		return blocks
	}
	return 0
}

// Weights of the soft score, in points out of 100; documented in the
// package doc under "Score".
const (
	wCondition = 25
	wRole      = 10
	wTheme     = 12
	wGoal      = 5
	wFormat    = 5
	wDelivery  = 10
	wTime      = 5
	wPlace     = 15
	wStart     = 8
	wLanguage  = 3
	wAccess    = 2
)

// verdict is the outcome of judging one offering for one need.
type verdict struct {
	score      float64
	confidence lmh.Confidence
	closeness  uint8
	nextStart  int32 // next start day, 0 if none
	ok         bool  // passes the hard constraints (after relaxation)
	miss       bool  // the person's condition is not met (see Order)
	run        bool  // not ok, for every record of the run (see judge)
	soft       bool  // not ok, for every record from this one to its softEnd (see rest)
}

// floor is the last entry of a full result list: a candidate must reach
// it to enter.
type floor struct {
	confidence lmh.Confidence
	score      float64
	miss       bool
	active     bool
}

// evaluator carries the matcher-wide context the judges need.
type evaluator struct {
	pt    *placeTable
	langs []string // language key → primary subtag
}

// quick is judge for the hot loop: it stops at the first failed hard
// constraint and at the bound (when fl is non-nil and active), and keeps no
// judgements. t holds the class judgements of the call.
func (ev *evaluator) quick(n *needFacts, h *hotRec, p *policy, t *classJudgements, fl *floor) verdict {
	hp := ev.hard(n, h, p, t)
	return ev.soft(n, h, t, fl, &hp)
}

// hardPart is what the hard criteria (role, age, place, language,
// condition) give an offering: it depends on their classes alone, so it is
// the same for every record of a run (see Matcher.order), and the search
// works it out once a run.
type hardPart struct {
	flags judgeFlags
	pre   float64 // role, age, place and language points, summed in that order
	cond  float64 // condition points
	level uint8   // closeness
}

// hard is the first half of quick: the hard criteria, looked up by class
// as judge does. When the role fails it stops there (flags failed).
func (ev *evaluator) hard(n *needFacts, h *hotRec, p *policy, t *classJudgements) hardPart {
	role := t.role[h.roles&15]
	if role.flags&failed != 0 {
		return hardPart{flags: failed}
	}
	gen := t.gen
	ae, pe, le, ce := &t.age[h.ageClass], &t.place[h.placeClass], &t.lang[h.langClass], &t.cond[h.condClass]
	if ae.gen != gen || pe.gen != gen || le.gen != gen || ce.gen != gen {
		ev.fillHard(n, h, p, t)
	}
	return hardPart{
		flags: role.flags | ae.j.flags | pe.j.flags | le.j.flags | ce.j.flags,
		pre:   role.pts + ae.j.pts + pe.j.pts + le.j.pts,
		cond:  ce.j.pts,
		level: pe.level,
	}
}

// soft is the second half of quick: given the hard part hp of h's run, the
// bound on it, then availability and the soft criteria, with the points
// summed in the order judge sums them (so that scores are equal to the
// last bit).
func (ev *evaluator) soft(n *needFacts, h *hotRec, t *classJudgements, fl *floor, hp *hardPart) verdict {
	if hp.out(n, fl) {
		return verdict{run: true}
	}
	return ev.rest(n, h, t, fl, hp)
}

// out reports whether a run with hard part hp is out: a hard constraint
// fails, or the floor is out of its reach with the soft criteria at their
// most. It depends on hp and fl alone.
func (hp *hardPart) out(n *needFacts, fl *floor) bool {
	return hp.flags&failed != 0 || fl.beats(hp.flags, hp.pre+hp.cond+n.maxRest)
}

// softOut reports whether the records of a run with hard part hp that
// share h's soft key (format, delivery and time slots) are out: the floor
// is out of reach with those three criteria as h has them and themes,
// goals, accessibility and start at their most (availability earns no
// points; it can only fail). It depends on hp, the soft key and fl alone,
// so it holds for every record from h to h's softEnd.
func (hp *hardPart) softOut(n *needFacts, h *hotRec, t *classJudgements, fl *floor) bool {
	format, delivery, slots := &t.format[h.soft.format()], &t.delivery[h.soft.delivery()], &t.slots[h.soft.slots()]
	return fl.beats(hp.flags|format.flags|delivery.flags|slots.flags,
		hp.pre+hp.cond+format.pts+delivery.pts+slots.pts+n.maxWish+wStart)
}

// rest is soft after the check of out.
func (ev *evaluator) rest(n *needFacts, h *hotRec, t *classJudgements, fl *floor, hp *hardPart) verdict {
	var v verdict
	flags := hp.flags
	we, se := &t.wish[h.wishClass], &t.sched[h.startClass]
	if gen := t.gen; we.gen != gen || se.gen != gen {
		fillSoft(n, h, t)
	}
	avail := t.avail[h.availabilityOn(n.today)]
	theme, goal, access, start := &we.j[0], &we.j[1], &we.j[2], &se.j
	format, delivery, slots := &t.format[h.soft.format()], &t.delivery[h.soft.delivery()], &t.slots[h.soft.slots()]
	flags |= avail.flags | theme.flags | goal.flags | format.flags | delivery.flags | slots.flags | access.flags | start.flags
	if flags&loose != 0 && theme.fit != FitMet && theme.fit != FitPartlyMet {
		flags |= capLow
	}
	pts := hp.pre + avail.pts + hp.cond +
		theme.pts + goal.pts + format.pts + delivery.pts + slots.pts + access.pts + start.pts
	if fl.beats(flags, pts) {
		// On the build day the records after this one with its soft key
		// start no better (Matcher.order): with their themes, goals and
		// accessibility at their most, and this start, are they out too?
		v.soft = n.startSorted && h.softLeft > 0 && fl.beats(hp.flags|format.flags|delivery.flags|slots.flags,
			hp.pre+hp.cond+format.pts+delivery.pts+slots.pts+n.maxWish+start.pts)
		return v
	}
	v.closeness, v.nextStart, v.miss = hp.level, se.next, flags&miss != 0
	if flags&failed != 0 {
		return v // availability fails
	}
	v.ok = true
	v.score = pts / 100
	v.confidence = confidence(flags)
	return v
}

// judge judges the offering with hot record h for n and returns the
// verdict: ok when no hard constraint fails (after relaxation), with the
// score (the points of all criteria, summed in criterion order, out of
// 100), the confidence (from the flags of all judgements), the closeness
// and the next start. Every criterion is looked up by class in t, filling a
// class's entry with its judge the first time (fillHard, fillSoft), so the
// work per offering is a few table reads.
//
// With js nil it returns a failed verdict as soon as a hard constraint
// fails and, when fl is active, as soon as a bound on the best confidence
// and score the offering could still reach shows it cannot rank before the
// floor (the last of a full result list). The bound is sound (the soft
// criteria count at their most, n.maxRest, until they are looked up), so
// pruning never changes the results. A failed verdict has run set when it
// follows from the classes of the hard criteria alone, and so holds for
// every record of h's run. With js set it judges every criterion and writes
// each judgement into js, for the reasons.
func (ev *evaluator) judge(n *needFacts, h *hotRec, p *policy, t *classJudgements, fl *floor, js *[numCriteria]judgement) verdict {
	var v verdict
	stop := js == nil // stop at the first failed hard constraint, and at the bound
	gen := t.gen

	// The hard constraints (the condition only for diagnosis-specific
	// offerings).
	role := t.role[h.roles&15]
	if stop && role.flags&failed != 0 {
		v.run = true
		return v
	}
	ae, pe, le, ce := &t.age[h.ageClass], &t.place[h.placeClass], &t.lang[h.langClass], &t.cond[h.condClass]
	if ae.gen != gen || pe.gen != gen || le.gen != gen || ce.gen != gen {
		ev.fillHard(n, h, p, t)
	}
	age, place, lang, cond := ae.j, pe.j, le.j, ce.j
	flags := role.flags | age.flags | place.flags | lang.flags | cond.flags
	// The classes of the hard criteria alone: a failure here holds for h's
	// whole run (availability can only lower an offering).
	if stop && (flags&failed != 0 || fl.beats(flags, role.pts+age.pts+place.pts+lang.pts+cond.pts+n.maxRest)) {
		v.run = true
		return v
	}

	// Availability and the soft criteria.
	we, se := &t.wish[h.wishClass], &t.sched[h.startClass]
	if we.gen != gen || se.gen != gen {
		fillSoft(n, h, t)
	}
	avail := t.avail[h.availabilityOn(n.today)]
	theme, goal, access, start := we.j[0], we.j[1], we.j[2], se.j
	format, delivery, slots := t.format[h.soft.format()], t.delivery[h.soft.delivery()], t.slots[h.soft.slots()]
	flags |= avail.flags | theme.flags | goal.flags | format.flags | delivery.flags | slots.flags | access.flags | start.flags
	if flags&loose != 0 && theme.fit != FitMet && theme.fit != FitPartlyMet {
		flags |= capLow // made for no condition in particular, and for none of the person's themes
	}
	pts := role.pts + age.pts + place.pts + lang.pts + avail.pts + cond.pts +
		theme.pts + goal.pts + format.pts + delivery.pts + slots.pts + access.pts + start.pts
	if stop && fl.beats(flags, pts) {
		return v
	}
	if js != nil {
		js[CriterionRole], js[CriterionAge], js[CriterionPlace] = role, age, place
		js[CriterionLanguage], js[CriterionAvailability], js[CriterionCondition] = lang, avail, cond
		js[CriterionTheme], js[CriterionGoal], js[CriterionFormat] = theme, goal, format
		js[CriterionDelivery], js[CriterionTime], js[CriterionAccessibility], js[CriterionStart] = delivery, slots, access, start
	}
	v.closeness, v.nextStart, v.miss = pe.level, se.next, flags&miss != 0
	if flags&failed != 0 {
		return v // a hard constraint fails (for the reasons, when explaining)
	}
	v.ok = true
	v.score = pts / 100
	v.confidence = confidence(flags)
	return v
}

// fillHard judges the classes of h's hard criteria that t has not judged
// in this call.
func (ev *evaluator) fillHard(n *needFacts, h *hotRec, p *policy, t *classJudgements) {
	gen, f := t.gen, t.facts
	if e := &t.age[h.ageClass]; e.gen != gen {
		e.j, e.gen = judgeAge(n, f.ages[h.ageClass], p), gen
	}
	if e := &t.place[h.placeClass]; e.gen != gen {
		e.j, e.level = ev.judgePlace(n, &f.places[h.placeClass], p)
		e.gen = gen
	}
	if e := &t.lang[h.langClass]; e.gen != gen {
		e.j, e.gen = judgeLanguage(n, f.langs[h.langClass], p), gen
	}
	if e := &t.cond[h.condClass]; e.gen != gen {
		e.j, e.gen = judgeCondition(n, f.conds[h.condClass], p), gen
	}
}

// fillSoft judges the wish and start classes of h that t has not judged in
// this call.
func fillSoft(n *needFacts, h *hotRec, t *classJudgements) {
	gen, f := t.gen, t.facts
	if e := &t.wish[h.wishClass]; e.gen != gen {
		w := &f.wishes[h.wishClass]
		e.j = [3]judgement{judgeThemes(n, w), judgeGoals(n, w), judgeAccess(n, w.access)}
		e.gen = gen
	}
	if e := &t.sched[h.startClass]; e.gen != gen {
		e.j, e.next = judgeStart(n, &f.starts[h.startClass])
		e.gen = gen
	}
}

// beats reports whether the floor is out of reach of an offering whose
// judgements so far have flags and whose points can reach at most most: the
// best confidence it can have is below the floor's; or equal, and its
// condition is not met where the floor's is; or both equal with a score
// below the floor's (see Order). A nil or inactive floor beats nothing.
func (fl *floor) beats(flags judgeFlags, most float64) bool {
	if fl == nil || !fl.active {
		return false
	}
	if best := confidence(flags); best != fl.confidence {
		return best < fl.confidence
	}
	if m := flags&miss != 0; m != fl.miss {
		return m
	}
	return most/100+1e-9 < fl.score
}
