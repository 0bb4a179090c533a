package lmh

// Schedule is when an offering meets: the dates of its sessions, a start
// and an end, or both; the days and hours of the week it meets on
// (Weekly); and the parts of the week that gives (Times).
type Schedule struct {
	// Start is the first day, zero if not stated.
	Start Date `json:"start,omitzero" validate:"omitzero,date"`
	// End is the last day, zero if open-ended.
	End Date `json:"end,omitzero" validate:"omitzero,date"`
	// Dates are the session dates in ascending order.
	Dates []Date `json:"dates,omitempty" validate:"dive,date"`
	// Ongoing reports continuous intake (løpende oppstart).
	Ongoing bool `json:"ongoing,omitempty"`
	// Times are the parts of the week the sessions fall in. When Weekly
	// is set, Times must agree with it (RuleTimesWeekly); TimeSlots
	// derives them from Weekly when Times is empty.
	Times []TimeSlot `json:"times,omitempty" validate:"dive,enum"`
	// Weekly are the weekly meetings: a weekday, and the hours when the
	// text gives them ("tirsdager kl. 18.00–20.30").
	Weekly []WeeklyTime `json:"weekly,omitempty" validate:"dive"`
}

// WeeklyTime is a meeting on a day of every week, from Start to End. Either
// time may be unset when the text does not give it.
type WeeklyTime struct {
	// Weekday is the day of the week; it is required.
	Weekday Weekday `json:"weekday" validate:"required,enum"`
	// Start is when the meeting starts, zero if not stated.
	Start ClockTime `json:"start,omitzero"`
	// End is when the meeting ends, zero if not stated; after Start.
	End ClockTime `json:"end,omitzero"`
}

// eveningFrom is the time of day from which a weekday meeting counts as
// WeekdayEvening rather than WeekdayDaytime.
var eveningFrom = ClockAt(16, 0)

// Slot returns the part of the week w falls in: Weekend on Saturday and
// Sunday; on other days WeekdayEvening when it starts at 16:00 or later
// and WeekdayDaytime when it starts before. A weekday meeting whose
// start is not stated gives the zero TimeSlot: it could be either.
func (w WeeklyTime) Slot() TimeSlot {
	switch {
	case !w.Weekday.IsValid():
		return 0
	case w.Weekday.IsWeekend():
		return Weekend
	case w.Start.IsZero():
		return 0
	case w.Start.Before(eveningFrom):
		return WeekdayDaytime
	}
	return WeekdayEvening
}

// mayFallIn reports whether w may be a meeting in slot t: its own slot, or
// for a weekday meeting without a start, either weekday slot.
func (w WeeklyTime) mayFallIn(t TimeSlot) bool {
	if s := w.Slot(); s != 0 {
		return s == t
	}
	return w.Weekday.IsValid() && !w.Weekday.IsWeekend() && (t == WeekdayDaytime || t == WeekdayEvening)
}

// TimeSlots returns the parts of the week the offering meets in: Times
// when it is set, otherwise the slots of Weekly (each once, in the order
// of the TimeSlot values); nil if neither says. The result is a new slice
// the caller owns.
func (s Schedule) TimeSlots() []TimeSlot {
	if len(s.Times) > 0 {
		return cloneSlice(s.Times)
	}
	return slotsOf(s.Weekly)
}

// slotsOf returns the distinct determinate slots of ws in TimeSlot order.
func slotsOf(ws []WeeklyTime) []TimeSlot {
	var seen [4]bool
	for _, w := range ws {
		if t := w.Slot(); t != 0 {
			seen[t] = true
		}
	}
	var out []TimeSlot
	for t := WeekdayDaytime; t <= Weekend; t++ {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// IsZero reports whether nothing of the schedule is set.
func (s Schedule) IsZero() bool {
	return s.Start.IsZero() && s.End.IsZero() && len(s.Dates) == 0 && !s.Ongoing && len(s.Times) == 0 && len(s.Weekly) == 0
}

func (s Schedule) clone() Schedule {
	s.Dates = cloneSlice(s.Dates)
	s.Times = cloneSlice(s.Times)
	s.Weekly = cloneSlice(s.Weekly)
	return s
}
