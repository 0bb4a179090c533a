package match

import (
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The judges of the criteria other than place (place.go): each reads the
// compiled need and offering and returns the judgement; judge (judge.go)
// runs them. A judge knows the sentence it stands for but not its
// arguments, which reasonArgs (explain.go) adds for the results returned.

// judgeRole: the roles the offering is for (hard). Patient and user partly
// meet each other. When next of kin who wrote about a relative meet an
// offering for patients or users, the sentence says it may suit the
// relative instead.
func judgeRole(n *needFacts, roles uint8, p *policy) judgement {
	switch {
	case roles == 0:
		return judged(wRole*0.5, FitUnknown, msgRoleOfferUnknown, blockIf(n.roles != 0))
	case n.roles == 0:
		return judged(wRole*0.5, FitUnknown, msgRoleNeedUnknown, blocks)
	case n.roles&roles != 0:
		return judged(wRole, FitMet, msgRoleMet, n.unsure(CriterionRole))
	case relatedRoles(n.roles)&roles != 0:
		return judged(wRole*0.6, FitPartlyMet, msgRoleRelated, 0)
	case n.relative != 0 && roles&uint8(bit(taxonomy.RolePatient)|bit(taxonomy.RoleUser)) != 0:
		return judged(0, FitNotMet, msgRoleForRelative, n.fail(CriterionRole, p.relaxRole))
	}
	return judged(0, FitNotMet, msgRoleNot, n.fail(CriterionRole, p.relaxRole))
}

// relatedRoles: patient and user both name the person living with the
// health challenge (pasient in the specialist service, bruker in the
// municipal one), so each partly meets the other.
func relatedRoles(mask uint8) uint8 {
	var out uint8
	if mask&uint8(bit(taxonomy.RolePatient)) != 0 {
		out |= uint8(bit(taxonomy.RoleUser))
	}
	if mask&uint8(bit(taxonomy.RoleUser)) != 0 {
		out |= uint8(bit(taxonomy.RolePatient))
	}
	return out &^ mask
}

// judgeAge: the person's age against the offering's age range (hard), or
// the age groups read from free text (soft: a group from words never
// excludes). RelaxAge allows some years either side. When the person
// wrote about a relative whose age the range fits, the sentence says the
// offering may suit the relative, not them.
func judgeAge(n *needFacts, a ageRange, p *policy) judgement {
	forRelative := n.relative != 0 && n.relAge >= int(a.min) && n.relAge <= int(a.max)
	switch {
	case a.min == 0 && a.max >= taxonomy.MaxAge:
		return judged(0, FitMet, msgAgeAll, 0)
	case n.age >= 0:
		if n.age >= int(a.min) && n.age <= int(a.max) {
			return judged(0, FitMet, msgAgeMet, n.unsure(CriterionAge))
		}
		d := int(a.min) - n.age
		if n.age > int(a.max) {
			d = n.age - int(a.max)
		}
		msg := msgAgeNot
		if forRelative {
			msg = msgAgeForRelative
		}
		return judged(0, FitNotMet, msg, n.fail(CriterionAge, d <= p.ageSlack))
	case n.ageGroups != 0:
		if ageGroupsOverlap(n.ageGroups, int(a.min), int(a.max)) {
			return judged(0, FitMet, msgAgeGroupMet, capHigh) // age groups are inferred
		}
		if forRelative {
			return judged(0, FitNotMet, msgAgeForRelative, 0)
		}
		return judged(0, FitNotMet, msgAgeGroupNot, 0)
	}
	return judged(0, FitUnknown, msgAgeNeedUnknown, blocks)
}

func ageGroupsOverlap(groups uint64, lo, hi int) bool {
	for _, g := range taxonomy.All[taxonomy.AgeGroup]() {
		if groups&bit(g) != 0 && g.MinAge() <= hi && g.MaxAge() >= lo {
			return true
		}
	}
	return false
}

// judgeLanguage: a language in common, or an interpreter (hard). Key 0 is
// Norwegian: an offering in Norwegian is no surprise to a person who gave
// no language.
func judgeLanguage(n *needFacts, l langFacts, p *policy) judgement {
	switch {
	case l.keys == 0:
		return judged(wLanguage*0.5, FitUnknown, msgLangOfferUnknown, blockIf(n.langKeys != 0))
	case n.langKeys == 0:
		return judged(wLanguage*0.5, FitUnknown, msgLangNeedUnknown, blockIf(l.keys&1 == 0))
	case n.langKeys&l.keys != 0:
		if n.firstLang&l.keys != 0 {
			return judged(wLanguage, FitMet, msgLangMet, n.unsure(CriterionLanguage))
		}
		return judged(wLanguage*0.8, FitMet, msgLangMet, n.unsure(CriterionLanguage))
	case l.interp:
		return judged(wLanguage*0.5, FitPartlyMet, msgLangInterpreter, 0)
	}
	return judged(0, FitNotMet, msgLangNot, n.fail(CriterionLanguage, p.relaxLanguage))
}

// judgeAvailability: not ended (by status, end date or last session), not
// paused, not full (hard).
func judgeAvailability(a availability, p *policy) judgement {
	switch {
	case a&(availEnded|availEndedByDate) != 0:
		return judged(0, FitNotMet, msgAvailEnded, hardFail(p.unavailable))
	case a&availPaused != 0:
		return judged(0, FitNotMet, msgAvailPaused, hardFail(p.unavailable))
	case a&availFull != 0:
		return judged(0, FitNotMet, msgAvailFull, hardFail(p.unavailable))
	}
	return judged(0, FitMet, msgAvailOpen, 0)
}

// judgeCondition: condition fit through the hierarchy; hard for
// diagnosis-specific offerings, and for an offering that excludes one of
// the person's conditions (ExcludeConditions). The need's conditions are
// precompiled into masks: condSame (the conditions), condAnc (their
// ancestors: an offering for one of these is broader, and an offering
// excluding one of these excludes the person) and condDesc (their
// descendants: narrower).
//
// An offering that names no condition partly meets a person who named one,
// but only loosely: it is at most ConfidenceLow unless it covers one of
// their themes (judge), so on its own it never outranks a course made for
// their condition. One across diagnoses or about living with illness is
// made for people with a condition and scores more than one made for none
// (a smoking course).
func judgeCondition(n *needFacts, c condFacts, p *policy) judgement {
	if len(n.conds) == 0 {
		switch {
		case c.restricted && n.unmapped > 0:
			return judged(wCondition*0.3, FitUnknown, msgCondCodeUnmapped, blocks)
		case c.restricted:
			return judged(wCondition*0.3, FitUnknown, msgCondNeedUnknown, blocks)
		case c.excl != 0:
			return judged(wCondition*0.5, FitUnknown, msgCondExclNeedUnknown, blocks)
		}
		return judged(wCondition*0.5, FitMet, msgCondOpen, 0)
	}
	switch {
	case c.excl&(n.condSame|n.condAnc) != 0:
		return judged(0, FitNotMet, msgCondExcluded, n.fail(CriterionCondition, p.relaxCond)|miss)
	case c.mask&n.condSame != 0:
		return judged(wCondition, FitMet, msgCondSame, n.unsure(CriterionCondition))
	case c.mask&n.condAnc != 0:
		return judged(wCondition*0.9, FitMet, msgCondBroader, n.unsure(CriterionCondition))
	case c.mask&n.condDesc != 0:
		return judged(wCondition*0.6, FitPartlyMet, msgCondNarrower, 0)
	case !c.restricted && c.mask == 0 && c.general:
		// Across diagnoses or about living with illness: made for anyone
		// with a long-term condition, but not one to be confident of on its
		// own.
		return judged(wCondition*0.5, FitPartlyMet, msgCondGeneral, loose)
	case !c.restricted && c.mask == 0:
		// Made for no condition (a smoking course).
		return judged(wCondition*0.3, FitPartlyMet, msgCondUntied, loose)
	case !c.restricted:
		// Across diagnoses, but the diagnoses it names are others: not an
		// exclusion, yet not a fit either (a course for next of kin in
		// mental illness is no course for next of kin in dementia).
		return judged(wCondition*0.1, FitNotMet, msgCondListed, miss)
	}
	return judged(0, FitNotMet, msgCondOther, n.fail(CriterionCondition, p.relaxCond)|miss)
}

// judgeThemes: the share of the person's themes the offering covers.
func judgeThemes(n *needFacts, w *wishFacts) judgement {
	return judgeOverlap(n.themes, w.themes, wTheme, msgThemeAll, msgThemeSome, msgThemeNone, msgThemeNeedUnknown)
}

// judgeGoals: the share of the person's goals the offering has.
func judgeGoals(n *needFacts, w *wishFacts) judgement {
	return judgeOverlap(n.goals, w.goals, wGoal, msgGoalAll, msgGoalSome, msgGoalNone, msgGoalNeedUnknown)
}

// judgeOverlap scores a set-valued soft criterion (themes, goals): the
// share of the person's wishes the offering covers; half when the person
// named none.
func judgeOverlap(want, have uint64, w float64, all, some, none, unknown msgKey) judgement {
	if want == 0 {
		return judged(w*0.5, FitUnknown, unknown, 0)
	}
	got := want & have
	switch {
	case got == want:
		return judged(w*1, FitMet, all, 0)
	case got != 0:
		return judged(w*(float64(popcount(got))/float64(popcount(want))), FitPartlyMet, some, 0)
	}
	return judged(w*0, FitNotMet, none, 0)
}

// judgeFormat: group or individual, as preferred.
func judgeFormat(n *needFacts, format taxonomy.Format) judgement {
	switch {
	case n.format == 0:
		return judged(wFormat*0.5, FitUnknown, msgFormatNeedUnknown, 0)
	case n.format == format:
		return judged(wFormat, FitMet, msgFormatMet, 0)
	}
	return judged(0, FitNotMet, msgFormatNot, 0)
}

// judgeDelivery: in person or digital, as the person prefers. In person
// only is a hard constraint (RelaxDelivery): a digital-only offering fails
// it. A digital preference is soft: digital and hybrid offerings meet it,
// in-person ones partly.
func judgeDelivery(n *needFacts, delivery taxonomy.Delivery, p *policy) judgement {
	switch {
	case n.delivery == 0:
		return judged(wDelivery*0.5, FitUnknown, msgDeliveryNeedUnknown, 0)
	case n.delivery == lmh.EitherWay:
		return judged(wDelivery, FitMet, msgDeliveryMet, 0)
	case delivery == 0:
		return judged(wDelivery*0.5, FitUnknown, msgDeliveryOfferUnknown, blocks)
	case n.delivery == lmh.InPersonOnly && delivery == taxonomy.DeliveryDigital:
		return judged(0, FitNotMet, msgDeliveryNot, n.fail(CriterionDelivery, p.relaxDelivery))
	case n.delivery == lmh.DigitalOK && delivery == taxonomy.DeliveryInPerson:
		return judged(wDelivery*0.5, FitPartlyMet, msgDeliveryInPerson, 0)
	}
	return judged(wDelivery, FitMet, msgDeliveryMet, n.unsure(CriterionDelivery))
}

// judgeTime: the offering meets in a time slot the person can attend.
func judgeTime(n *needFacts, slots uint8) judgement {
	switch {
	case n.slots == 0:
		return judged(wTime*0.5, FitUnknown, msgTimeNeedUnknown, 0)
	case slots == 0:
		return judged(wTime*0.5, FitUnknown, msgTimeOfferUnknown, blocks)
	case n.slots&slots != 0:
		return judged(wTime, FitMet, msgTimeMet, 0)
	}
	return judged(0, FitNotMet, msgTimeNot, 0)
}

// judgeAccess: the share of the person's accessibility needs the offering
// lists.
func judgeAccess(n *needFacts, access uint64) judgement {
	got := n.access & access
	switch {
	case n.access == 0:
		return judged(wAccess*0.5, FitUnknown, msgAccessNeedNone, 0)
	case got == n.access:
		return judged(wAccess, FitMet, msgAccessMet, 0)
	case got != 0:
		return judged(wAccess*float64(popcount(got))/float64(popcount(n.access)), FitPartlyMet, msgAccessSome, 0)
	}
	return judged(0, FitNotMet, msgAccessNone, 0)
}

// judgeStart: the nearest start date, and that day for the tie-break (0 if
// none).
func judgeStart(n *needFacts, st *startFacts) (judgement, int32) {
	so := startFit(n.today, st)
	return judged(wStart*so.score, so.fit, so.msg, 0), so.next
}

type startOutcome struct {
	fit   Fit
	msg   msgKey
	day   int32 // the day the reason names
	next  int32 // the next start day for the tie-break, 0 if none
	score float64
}

// startFit finds the next start on or after today. A start within 60 days
// is met; later is partly met; continuous intake is met; an offering under
// way is partly met; no dates at all is unknown.
func startFit(today int32, r *startFacts) startOutcome {
	next := int32(0)
	switch {
	case r.firstDay >= today:
		next = r.firstDay
	case r.lastDay >= today:
		for _, d := range r.days {
			if d >= today {
				next = d
				break
			}
		}
	}
	if next == 0 && r.startDay >= today {
		next = r.startDay
	}
	switch {
	case next != 0:
		d := next - today
		sc := 1 - float64(d)/365
		if sc < 0.2 {
			sc = 0.2
		}
		if d <= 60 {
			return startOutcome{FitMet, msgStartSoon, next, next, sc}
		}
		return startOutcome{FitPartlyMet, msgStartLater, next, next, sc}
	case r.ongoing:
		return startOutcome{FitMet, msgStartContinuous, 0, 0, 0.9}
	case r.startDay != 0 && r.endDay >= today:
		return startOutcome{FitPartlyMet, msgStartOngoing, r.endDay, 0, 0.3}
	case r.startDay != 0:
		return startOutcome{FitPartlyMet, msgStartPast, r.startDay, 0, 0.3}
	}
	return startOutcome{FitUnknown, msgStartRolling, 0, 0, 0.5}
}
