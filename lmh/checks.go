package lmh

import (
	"slices"

	"github.com/go-playground/validator/v10"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// offeringFrom returns the offering a struct-level check runs on without
// copying it when it can.
func offeringFrom(sl validator.StructLevel) *Offering {
	cur := sl.Current()
	if cur.CanAddr() {
		return cur.Addr().Interface().(*Offering)
	}
	o := cur.Interface().(Offering)
	return &o
}

// offeringRules reports the domain rules of an offering. Each check is one
// rule of the field, named by its Rule code; the reported field is the one
// a person would change to fix it.
func offeringRules(sl validator.StructLevel) {
	o := offeringFrom(sl)
	report := func(field string, rule Rule, param string) {
		sl.ReportError(nil, field, field, string(rule), param)
	}
	checkOffering(o, report)
}

// checkOffering runs the domain rules and calls report for each failure.
func checkOffering(o *Offering, report func(field string, rule Rule, param string)) {
	c := o.Frames.Capacity
	switch {
	case c.Max == 0 && (o.Format == taxonomy.FormatGroup || o.Format == taxonomy.FormatIndividual):
		// Missing, not too small: a draft read from a listing that states
		// no capacity is told to fill it in.
		report("frames.capacity.max", RuleRequired, "")
	case o.Format == taxonomy.FormatGroup:
		if c.Max < 2 {
			report("frames.capacity.max", RuleGroupCapacity, "2")
		}
	case o.Format == taxonomy.FormatIndividual:
		if c.Max != 1 {
			report("frames.capacity.max", RuleIndividualCapacity, "1")
		}
	}
	if c.Max > 0 && c.Min > c.Max {
		report("frames.capacity.min", RuleCapacityOrder, "")
	}
	if c.Max > 0 && c.Enrolled > c.Max {
		report("frames.capacity.enrolled", RuleEnrolledOverCapacity, "")
	}

	tg := &o.TargetGroup
	if len(tg.Roles) == 0 {
		report("target_group.roles", RuleRoleRequired, "1")
	}
	if o.Scope == taxonomy.ScopeDiagnosisSpecific && len(tg.Conditions) == 0 && len(tg.ICD10) == 0 && len(tg.ICPC2) == 0 {
		report("target_group.conditions", RuleConditionRequired, "1")
	}
	checkAges(tg.Ages, report)
	checkExclusions(tg, report)

	if (o.Delivery == taxonomy.DeliveryInPerson || o.Delivery == taxonomy.DeliveryHybrid) && o.Place.Municipality == "" {
		report("place.municipality", RulePlaceRequired, "")
	}
	if o.Coverage.IsZero() {
		report("coverage", RuleCoverageRequired, "")
	}
	if !o.Participation.Declared() {
		report("user_participation", RuleParticipationRequired, "")
	}
	checkSchedule(&o.Schedule, report)
	checkDeadline(o.Frames.RegistrationDeadline, &o.Schedule, report)

	if o.Frames.Cost.FeeNOK < 0 {
		report("frames.cost.fee_nok", RuleFeeNonNegative, "0")
	} else if o.Frames.Cost.Free && o.Frames.Cost.FeeNOK > 0 {
		report("frames.cost.fee_nok", RuleFeeFree, "")
	}
}

func checkAges(a AgeRange, report func(string, Rule, string)) {
	const plausible = "0–130"
	ok := true
	if a.Min < 0 || a.Min > taxonomy.MaxAge {
		report("target_group.ages.min", RuleAgePlausible, plausible)
		ok = false
	}
	if a.Max < 0 || a.Max > taxonomy.MaxAge {
		report("target_group.ages.max", RuleAgePlausible, plausible)
		ok = false
	}
	if ok && a.Max != 0 && a.Min > a.Max {
		report("target_group.ages.max", RuleAgeOrder, "")
	}
}

func checkSchedule(s *Schedule, report func(string, Rule, string)) {
	// Invalid dates are reported by their field rule; they take no part in
	// order checks, so one mistake gives one problem.
	start, end := s.Start, s.End
	if !start.IsValid() {
		start = Date{}
	}
	if !end.IsValid() {
		end = Date{}
	}
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		report("schedule.end", RuleScheduleOrder, "")
		start, end = Date{}, Date{} // no usable range to check dates against
	}
	checkWeekly(s, report)
	var prev Date
	for i, d := range s.Dates {
		if !d.IsValid() {
			continue
		}
		if !prev.IsZero() && !prev.Before(d) {
			report("schedule.dates["+itoa(i)+"]", RuleScheduleOrder, "")
			continue
		}
		prev = d
		if (!start.IsZero() && d.Before(start)) || (!end.IsZero() && end.Before(d)) {
			report("schedule.dates["+itoa(i)+"]", RuleScheduleRange, "")
		}
	}
}

// checkWeekly checks each weekly meeting's times and that Times and Weekly
// agree when both are given.
func checkWeekly(s *Schedule, report func(string, Rule, string)) {
	for i, w := range s.Weekly {
		if !w.Start.IsZero() && !w.End.IsZero() && !w.Start.Before(w.End) {
			report("schedule.weekly["+itoa(i)+"].end", RuleTimeOrder, "")
		}
	}
	if len(s.Times) == 0 || len(s.Weekly) == 0 {
		return
	}
	agree := true
	for _, w := range s.Weekly {
		if t := w.Slot(); t != 0 && !slices.Contains(s.Times, t) {
			agree = false
		}
	}
	for _, t := range s.Times {
		if !slices.ContainsFunc(s.Weekly, func(w WeeklyTime) bool { return w.mayFallIn(t) }) {
			agree = false
		}
	}
	if !agree {
		report("schedule.times", RuleTimesWeekly, "")
	}
}

// checkDeadline reports a registration deadline after the first session.
func checkDeadline(deadline Date, s *Schedule, report func(string, Rule, string)) {
	if !deadline.IsValid() {
		return
	}
	first := s.Start
	if !first.IsValid() && len(s.Dates) > 0 {
		first = s.Dates[0]
	}
	if first.IsValid() && first.Before(deadline) {
		report("frames.registration_deadline", RuleDeadlineOrder, "")
	}
}

// checkExclusions reports an excluded condition that is, or is broader
// than, one of the target group's conditions.
func checkExclusions(tg *TargetGroup, report func(string, Rule, string)) {
	for i, x := range tg.ExcludeConditions {
		for _, c := range tg.Conditions {
			if x.Ref().Subsumes(c.Ref()) {
				report("target_group.exclude_conditions["+itoa(i)+"]", RuleExcludeConflict, "")
				break
			}
		}
	}
}
