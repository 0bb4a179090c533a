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
//   - the hot loop (quick) looks the hard criteria up per class of
//     offerings (classes.go: each class judged once per call, by the same
//     judges), stops at the first failed hard constraint and at the bound,
//     and writes no reasons;
//   - the explaining path (evaluate, explain.go) judges every criterion of
//     one offering from its own facts and adds only the arguments of each
//     judgement's sentence (reasonArgs).
//
// How their agreement is tested: TestQuickAgreesWithEvaluate runs both on
// every need × offering pair of a generated catalogue under four policies
// and requires the same verdict (pass, score, confidence, closeness, next
// start), and with a floor requires the bound to drop only offerings that
// rank after it; it fails when a class merges offerings with different
// facts or the bound is unsound. TestIndexAgreesWithBaseline requires the
// indexed search to rank as a linear scan over every record does.

// judgement is what one criterion finds for one offering and one need.
// Judges build it with judged. It has four fields, so it travels in
// registers.
type judgement struct {
	pts   float64 // points earned, out of the criterion's weight (see the weights)
	fit   Fit
	msg   msgKey // the sentence of the Reason
	flags judgeFlags
}

// judgeFlags qualify a judgement. A judge sets the first three; judged adds
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

// hardFail is the flag of a failed hard constraint: relaxed when an option
// allows it, failed otherwise.
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
}

// floor is the last entry of a full result list: a candidate must reach
// it to enter.
type floor struct {
	confidence lmh.Confidence
	score      float64
	active     bool
}

// evaluator carries the matcher-wide context the judges need.
type evaluator struct {
	pt      *placeTable
	langs   []string    // language key → primary subtag
	classes *classFacts // the facts of each class, for filling classJudgements
}

// quick is judge for the hot loop: it stops at the first failed hard
// constraint and at the bound (when fl is non-nil and active), and keeps no
// judgements. t holds the class judgements of the call.
func (ev *evaluator) quick(n *needFacts, r *rec, p *policy, t *classJudgements, fl *floor) verdict {
	return ev.judge(n, r, p, t, fl, nil)
}

// judge judges r for n, criterion by criterion, and returns the verdict:
// ok when no hard constraint fails (after relaxation), with the score (the
// points of all criteria, summed in criterion order, out of 100), the
// confidence (from the flags of all judgements), the closeness and the
// next start. The hard criteria, format, delivery and time are looked up
// by class in t, filling a class's entry with its judge the first time;
// the rest are judged here.
//
// With js nil it returns a failed verdict at the first failed hard
// constraint and, when fl is active, as soon as a bound on the best
// confidence and score r could still reach shows it cannot rank before the
// floor (the last of a full result list). The bound is sound (the criteria
// not yet judged count at their most, n.maxRest), so pruning never changes
// the results. With js set it judges every criterion and writes each
// judgement into js, for the reasons.
func (ev *evaluator) judge(n *needFacts, r *rec, p *policy, t *classJudgements, fl *floor, js *[numCriteria]judgement) verdict {
	var v verdict
	stop := js == nil // stop at the first failed hard constraint
	gen := t.gen

	// The hard constraints (the condition only for diagnosis-specific
	// offerings), by class.
	role := t.role[r.roles&15]
	if stop && role.flags&failed != 0 {
		return v
	}
	e := &t.age[r.ageClass]
	if e.gen != gen {
		e.j, e.gen = judgeAge(n, ev.classes.ages[r.ageClass], p), gen
	}
	age := e.j
	if stop && age.flags&failed != 0 {
		return v
	}
	pe := &t.place[r.placeClass]
	if pe.gen != gen {
		pe.j, pe.level = ev.judgePlace(n, &ev.classes.places[r.placeClass], p)
		pe.gen = gen
	}
	place := pe.j
	if stop && place.flags&failed != 0 {
		return v
	}
	e = &t.lang[r.langClass]
	if e.gen != gen {
		e.j, e.gen = judgeLanguage(n, ev.classes.langs[r.langClass], p), gen
	}
	lang := e.j
	avail := t.avail[r.availabilityOn(n.today)]
	if stop && (lang.flags|avail.flags)&failed != 0 {
		return v
	}
	e = &t.cond[r.condClass]
	if e.gen != gen {
		e.j, e.gen = judgeCondition(n, ev.classes.conds[r.condClass], p), gen
	}
	cond := e.j
	if stop && cond.flags&failed != 0 {
		return v
	}
	pts := role.pts + age.pts + place.pts + lang.pts + avail.pts + cond.pts
	flags := role.flags | age.flags | place.flags | lang.flags | avail.flags | cond.flags

	// The bound: can r still rank before the floor?
	if stop && fl != nil && fl.active {
		best := confidence(flags)
		if best < fl.confidence || (best == fl.confidence && (pts+n.maxRest)/100+1e-9 < fl.score) {
			return v
		}
	}

	// The soft criteria.
	theme := judgeOverlap(n.themes, r.themes, wTheme, msgThemeAll, msgThemeSome, msgThemeNone, msgThemeNeedUnknown)
	goal := judgeOverlap(n.goals, r.goals, wGoal, msgGoalAll, msgGoalSome, msgGoalNone, msgGoalNeedUnknown)
	format := t.format[smallKey(r.format)]
	delivery := t.delivery[smallKey(r.delivery)]
	slots := t.slots[r.slots&15]
	access := judgeAccess(n, r.access)
	start, next := judgeStart(n, r)
	pts = pts + theme.pts + goal.pts + format.pts + delivery.pts + slots.pts + access.pts + start.pts
	flags |= theme.flags | goal.flags | format.flags | delivery.flags | slots.flags | access.flags | start.flags

	if js != nil {
		*js = [numCriteria]judgement{CriterionRole: role, CriterionAge: age, CriterionPlace: place,
			CriterionLanguage: lang, CriterionAvailability: avail, CriterionCondition: cond,
			CriterionTheme: theme, CriterionGoal: goal, CriterionFormat: format, CriterionDelivery: delivery,
			CriterionTime: slots, CriterionAccessibility: access, CriterionStart: start}
	}
	v.closeness, v.nextStart = pe.level, next
	if flags&failed != 0 {
		return v // explaining an excluded offering: judgements written, no score
	}
	v.ok = true
	v.score = pts / 100
	v.confidence = confidence(flags)
	return v
}
