package match

import (
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// quick is evaluate without reasons: the same constraints, score and
// confidence, written flat for the hot loop (no per-criterion arrays, no
// messages). TestQuickAgreesWithEvaluate checks that the two agree on every
// need × offering pair of a generated catalogue, with and without relaxing
// options. Both share placeCore, startFit and the score weights.
//
// When fl is non-nil and active, quick may give up on r early: after the
// hard constraints, closeness and condition fit it bounds the best
// confidence and score r could still reach, and returns a failed verdict if
// that cannot rank before the floor (the last of a full result list). The
// bound is sound, so pruning never changes the results.
func (ev *evaluator) quick(n *needFacts, r *rec, p *policy, fl *floor) verdict {
	var v verdict
	low, high := false, false // some criterion not met (or relaxed); some partly met or blocked
	var rolePts, placePts, langPts, condPts float64

	// Role.
	switch {
	case r.roles == 0:
		rolePts = wRole * 0.5
		high = high || n.roles != 0
	case n.roles == 0:
		rolePts = wRole * 0.5
		high = true
	case n.roles&r.roles != 0:
		rolePts = wRole
	case relatedRoles(n.roles)&r.roles != 0:
		rolePts = wRole * 0.6
		high = true
	default:
		if !p.relaxRole {
			return v
		}
		low = true
	}

	// Age.
	switch {
	case r.ageMin == 0 && r.ageMax >= taxonomy.MaxAge:
	case n.age >= 0:
		if n.age < int(r.ageMin) || n.age > int(r.ageMax) {
			d := int(r.ageMin) - n.age
			if n.age > int(r.ageMax) {
				d = n.age - int(r.ageMax)
			}
			if d > p.ageSlack {
				return v
			}
			low = true
		}
	case n.ageGroups != 0:
		if !ageGroupsOverlap(n.ageGroups, int(r.ageMin), int(r.ageMax)) {
			if p.ageSlack == 0 {
				return v
			}
			low = true
		}
	default:
		high = true
	}

	// Language.
	switch {
	case r.langKeys == 0:
		langPts = wLanguage * 0.5
		high = high || n.langKeys != 0
	case n.langKeys == 0:
		langPts = wLanguage * 0.5
		high = high || r.langKeys&1 == 0
	case n.langKeys&r.langKeys != 0:
		if n.firstLang&r.langKeys != 0 {
			langPts = wLanguage
		} else {
			langPts = wLanguage * 0.8
		}
	case r.interp:
		langPts = wLanguage * 0.5
		high = true
	default:
		if !p.relaxLanguage {
			return v
		}
		low = true
	}

	// Availability.
	if r.status == lmh.StatusEnded || r.status == lmh.StatusPaused || r.full ||
		(r.endDay != 0 && r.endDay < n.today) ||
		(r.endDay == 0 && !r.ongoing && r.lastDay != 0 && r.lastDay < n.today) {
		if !p.unavailable {
			return v
		}
		low = true
	}

	// Place.
	f := ev.placeCore(n, r)
	switch {
	case f.noOffer:
		high = true
	case !f.covered:
		if !reachAllowed(n, r, p) {
			return v
		}
		low = true
	case f.inPerson && f.level == closeNational:
		high = true // far away but covered: partly met
	}
	v.closeness = f.level
	placePts = wPlace * closenessScore[f.level]

	// Condition.
	switch {
	case len(n.conds) == 0:
		if r.restricted {
			condPts = wCondition * 0.3
			high = true
		} else {
			condPts = wCondition * 0.5
		}
	case r.condMask&n.condSame != 0:
		condPts = wCondition
	case r.condMask&n.condAnc != 0:
		condPts = wCondition * 0.9
	case r.condMask&n.condDesc != 0:
		condPts = wCondition * 0.6
		high = true
	case !r.restricted && r.condMask == 0:
		condPts = wCondition * 0.4
		high = true
	case !r.restricted:
		condPts = wCondition * 0.1
		low = true
	default:
		if !p.relaxCond {
			return v
		}
		low = true
	}

	// The bound: can r still rank before the floor?
	if fl != nil && fl.active {
		best := lmh.ConfidenceExact
		switch {
		case low:
			best = lmh.ConfidenceLow
		case high:
			best = lmh.ConfidenceHigh
		}
		if best < fl.confidence || (best == fl.confidence && (rolePts+placePts+langPts+condPts+n.maxRest)/100+1e-9 < fl.score) {
			return v
		}
	}

	// The rest, summed in the order evaluate sums them.
	pts := rolePts + placePts + langPts + condPts

	// Themes and goals.
	pts += wTheme * quickOverlap(n.themes, r.themes, &low, &high)
	pts += wGoal * quickOverlap(n.goals, r.goals, &low, &high)

	// Format.
	switch {
	case n.format == 0:
		pts += wFormat * 0.5
	case n.format == r.format:
		pts += wFormat
	default:
		low = true
	}

	// Delivery.
	switch {
	case n.delivery == 0:
		pts += wDelivery * 0.5
	case n.delivery.Accepts(r.delivery):
		pts += wDelivery
	default:
		low = true
	}

	// Time.
	switch {
	case n.slots == 0:
		pts += wTime * 0.5
	case r.slots == 0:
		pts += wTime * 0.5
		high = true
	case n.slots&r.slots != 0:
		pts += wTime
	default:
		low = true
	}

	// Accessibility.
	got := n.access & r.access
	switch {
	case n.access == 0:
		pts += wAccess * 0.5
	case got == n.access:
		pts += wAccess
	case got != 0:
		pts += wAccess * float64(popcount(got)) / float64(popcount(n.access))
		high = true
	default:
		low = true
	}

	// Start.
	so := startFit(n.today, r)
	v.nextStart = so.next
	pts += wStart * so.score
	switch so.fit {
	case FitPartlyMet:
		high = true
	case FitNotMet:
		low = true
	}

	v.ok = true
	v.score = pts / 100
	switch {
	case low:
		v.confidence = lmh.ConfidenceLow
	case high:
		v.confidence = lmh.ConfidenceHigh
	default:
		v.confidence = lmh.ConfidenceExact
	}
	return v
}

func quickOverlap(want, have uint64, low, high *bool) float64 {
	if want == 0 {
		return 0.5
	}
	got := want & have
	switch {
	case got == want:
		return 1
	case got != 0:
		*high = true
		return float64(popcount(got)) / float64(popcount(want))
	}
	*low = true
	return 0
}

// floor is the last entry of a full result list: a candidate must reach
// it to enter.
type floor struct {
	confidence lmh.Confidence
	score      float64
	active     bool
}
