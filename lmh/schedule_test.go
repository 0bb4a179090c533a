package lmh

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func TestStated(t *testing.T) {
	type frames struct {
		R Stated `json:"r,omitzero"`
	}
	for _, tt := range []struct {
		s          Stated
		json, code string
		value, ok  bool
	}{
		{NotStated, `{}`, "", false, false},
		{Yes, `{"r":true}`, "yes", true, true},
		{No, `{"r":false}`, "no", false, true},
	} {
		t.Run(tt.code, func(t *testing.T) {
			b, err := json.Marshal(frames{tt.s})
			if err != nil || string(b) != tt.json {
				t.Errorf("Marshal = %s, %v; want %s", b, err, tt.json)
			}
			var back frames
			if err := json.Unmarshal(b, &back); err != nil || back.R != tt.s {
				t.Errorf("Unmarshal(%s) = %v, %v", b, back.R, err)
			}
			if tt.s.String() != tt.code {
				t.Errorf("String = %q", tt.s.String())
			}
			if v, ok := tt.s.Bool(); v != tt.value || ok != tt.ok {
				t.Errorf("Bool = %v, %v", v, ok)
			}
			if tt.s.IsValid() != tt.ok || tt.s.IsZero() == tt.ok {
				t.Errorf("IsValid %v IsZero %v", tt.s.IsValid(), tt.s.IsZero())
			}
			for _, l := range taxonomy.Langs() {
				if (tt.s.Label(l) == "") == tt.ok {
					t.Errorf("Label(%s) = %q", l, tt.s.Label(l))
				}
			}
		})
	}
	if StatedAs(true) != Yes || StatedAs(false) != No {
		t.Error("StatedAs")
	}
	var s Stated = Yes
	if err := json.Unmarshal([]byte(`null`), &s); err != nil || s != NotStated {
		t.Errorf("null gives %v, %v", s, err)
	}
	if err := json.Unmarshal([]byte(`"yes"`), &s); err == nil {
		t.Error(`"yes" accepted`)
	}
	if _, err := json.Marshal(Stated(9)); err == nil || Stated(9).String() != "Stated(9)" || Stated(9).IsValid() {
		t.Errorf("Stated(9): Marshal error %v, String %q", err, Stated(9).String())
	}
}

// TestStatedDecodeNamesPath: a referral written as a string is an error at
// the member's path, and the message does not quote the value.
func TestStatedDecodeNamesPath(t *testing.T) {
	doc := strings.Replace(string(sampleLine(t, 0)), `"referral_required":true`, `"referral_required":"sentinel-ja"`, 1)
	_, err := DecodeOffering([]byte(doc))
	var de *DecodeError
	if !errors.As(err, &de) || de.Path != "frames.referral_required" || !isTypeError(err) {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "sentinel") {
		t.Errorf("error quotes the value: %v", err)
	}
}

func TestClockTime(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
		h, m int
	}{
		{"18:00", "18:00", 18, 0}, {"8:05", "08:05", 8, 5}, {" 23:59 ", "23:59", 23, 59}, {"00:00", "00:00", 0, 0},
	} {
		c, err := ParseClockTime(tt.in)
		if err != nil || c.String() != tt.want || c.Hour() != tt.h || c.Minute() != tt.m || c.IsZero() {
			t.Errorf("ParseClockTime(%q) = %v (%d:%d), %v", tt.in, c, c.Hour(), c.Minute(), err)
		}
		if c != ClockAt(tt.h, tt.m) {
			t.Errorf("ClockAt(%d, %d) = %v", tt.h, tt.m, ClockAt(tt.h, tt.m))
		}
	}
	for _, in := range []string{"", "24:00", "18:60", "18.00", "1800", "018:00", "18:0", "-1:00", "ab:cd"} {
		if _, err := ParseClockTime(in); !errors.Is(err, ErrMalformedClockTime) {
			t.Errorf("ParseClockTime(%q) error = %v", in, err)
		}
	}
	if !ClockAt(24, 0).IsZero() || !ClockAt(-1, 0).IsZero() || !ClockAt(12, 60).IsZero() {
		t.Error("ClockAt accepts an impossible time")
	}
	a, b := MustParseClockTime("09:30"), MustParseClockTime("10:00")
	if !a.Before(b) || b.Before(a) || a.Compare(b) != -1 || a.Compare(a) != 0 || !(ClockTime{}).Before(ClockAt(0, 0)) {
		t.Error("Compare")
	}
	w := WeeklyTime{Weekday: Tuesday, Start: MustParseClockTime("18:00"), End: MustParseClockTime("20:30")}
	bs, err := json.Marshal(w)
	if err != nil || string(bs) != `{"weekday":"tuesday","start":"18:00","end":"20:30"}` {
		t.Errorf("WeeklyTime JSON = %s, %v", bs, err)
	}
	bs, _ = json.Marshal(WeeklyTime{Weekday: Friday})
	if string(bs) != `{"weekday":"friday"}` {
		t.Errorf("weekday only = %s", bs)
	}
	doc := strings.Replace(string(sampleLine(t, 0)), `"times":`, `"weekly":[{"weekday":"tuesday","start":"18.00"}],"times":`, 1)
	_, err = DecodeOffering([]byte(doc))
	var de *DecodeError
	if !errors.As(err, &de) || de.Path != "schedule.weekly[0].start" || !errors.Is(err, ErrMalformedClockTime) {
		t.Fatalf("decode malformed time: %v", err)
	}
	for _, l := range taxonomy.Langs() {
		if m := de.Message(l); m == "" || strings.Contains(m, "18.00") {
			t.Errorf("Message(%s) = %q", l, m)
		}
	}
}

func TestWeekday(t *testing.T) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		w := WeekdayOf(d)
		if !w.IsValid() || w.TimeWeekday() != d || w.String() != strings.ToLower(d.String()) || w.Label(taxonomy.EN) != d.String() {
			t.Errorf("%v: %v %q %q", d, w.TimeWeekday(), w, w.Label(taxonomy.EN))
		}
		if w.IsWeekend() != (d == time.Saturday || d == time.Sunday) {
			t.Errorf("%v IsWeekend = %v", d, w.IsWeekend())
		}
	}
	if Tuesday.Label(taxonomy.NN) != "tysdag" || Saturday.Label(taxonomy.NB) != "lørdag" {
		t.Error("labels")
	}
}

func TestWeeklySlots(t *testing.T) {
	at := MustParseClockTime
	tests := []struct {
		w    WeeklyTime
		want TimeSlot
	}{
		{WeeklyTime{Weekday: Tuesday, Start: at("18:00")}, WeekdayEvening},
		{WeeklyTime{Weekday: Tuesday, Start: at("16:00")}, WeekdayEvening},
		{WeeklyTime{Weekday: Tuesday, Start: at("15:59")}, WeekdayDaytime},
		{WeeklyTime{Weekday: Monday, Start: at("09:00"), End: at("11:30")}, WeekdayDaytime},
		{WeeklyTime{Weekday: Saturday, Start: at("11:00")}, Weekend},
		{WeeklyTime{Weekday: Sunday}, Weekend},
		{WeeklyTime{Weekday: Wednesday}, 0},
		{WeeklyTime{Start: at("18:00")}, 0},
	}
	for _, tt := range tests {
		if got := tt.w.Slot(); got != tt.want {
			t.Errorf("%+v: Slot = %v, want %v", tt.w, got, tt.want)
		}
	}
	s := Schedule{Weekly: []WeeklyTime{{Weekday: Thursday, Start: at("18:00")}, {Weekday: Monday, Start: at("10:00")}, {Weekday: Tuesday, Start: at("19:00")}}}
	if got := s.TimeSlots(); !slices.Equal(got, []TimeSlot{WeekdayDaytime, WeekdayEvening}) {
		t.Errorf("derived = %v", got)
	}
	s.Times = []TimeSlot{Weekend}
	got := s.TimeSlots()
	if !slices.Equal(got, []TimeSlot{Weekend}) {
		t.Errorf("Times set = %v", got)
	}
	got[0] = WeekdayDaytime
	if s.Times[0] != Weekend {
		t.Error("TimeSlots shares Times")
	}
	if (Schedule{}).TimeSlots() != nil || (Schedule{Weekly: []WeeklyTime{{Weekday: Friday}}}).IsZero() {
		t.Error("empty schedule")
	}
}

func TestPhoneNumber(t *testing.T) {
	for _, s := range []string{"22112211", "22 11 22 11", "911 22 333", "+4722112211", "+47 22 11 22 11", "+47 911 22 333", "8 0 0 1 2 3 4 5"} {
		if !ValidPhoneNumber(s) {
			t.Errorf("%q rejected", s)
		}
	}
	for _, s := range []string{"", "2211221", "221122111", "02112211", "12112211", "22  11 22 11", " 22112211", "22112211 ",
		"+46 22112211", "+47", "+47 ", "22-11-22-11", "(+47) 22112211", "0047 22112211", "tlf 22112211"} {
		if ValidPhoneNumber(s) {
			t.Errorf("%q accepted", s)
		}
	}
}

func TestExcludes(t *testing.T) {
	tg := TargetGroup{ExcludeConditions: []taxonomy.Condition{taxonomy.ConditionPsychosis, taxonomy.ConditionMentalIllness}}
	tg.ExcludeConditions = tg.ExcludeConditions[:1]
	if !tg.Excludes(taxonomy.ConditionPsychosis) || tg.Excludes(taxonomy.ConditionDepression) || tg.Excludes(taxonomy.ConditionMentalIllness) {
		t.Error("psychosis excluded: only psychosis")
	}
	tg.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionMentalIllness}
	if !tg.Excludes(taxonomy.ConditionPsychosis) || tg.Excludes(taxonomy.ConditionDiabetes) {
		t.Error("a broader exclusion covers the narrower conditions")
	}
}

// TestShiftDatesMovesNewFields: the deadline moves with the dates, and the
// weekly meetings move to the weekday the dates fall on, with Times.
func TestShiftDatesMovesNewFields(t *testing.T) {
	o := goodOffering()
	o.Frames.RegistrationDeadline = MustParseDate("2027-01-26")
	o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday, Start: MustParseClockTime("18:00")}}
	o.Schedule.Times = []TimeSlot{WeekdayEvening}
	o.shiftDates(4) // Tuesday 2 February to Saturday 6 February
	if o.Frames.RegistrationDeadline != MustParseDate("2027-01-30") {
		t.Errorf("deadline = %v", o.Frames.RegistrationDeadline)
	}
	if o.Schedule.Weekly[0].Weekday != Saturday || WeekdayOf(o.Schedule.Start.Time(time.UTC).Weekday()) != Saturday {
		t.Errorf("weekly = %v, start on %v", o.Schedule.Weekly[0].Weekday, o.Schedule.Start.Time(time.UTC).Weekday())
	}
	if !slices.Equal(o.Schedule.Times, []TimeSlot{Weekend}) {
		t.Errorf("times = %v", o.Schedule.Times)
	}
	if err := ValidateOffering(&o); err != nil {
		t.Error(err)
	}
	o.shiftDates(-11) // back a week and four days: Tuesday again
	if o.Schedule.Weekly[0].Weekday != Tuesday || !slices.Equal(o.Schedule.Times, []TimeSlot{WeekdayEvening}) {
		t.Errorf("back: %v %v", o.Schedule.Weekly[0].Weekday, o.Schedule.Times)
	}
}

func TestCloneNewFields(t *testing.T) {
	o := goodOffering()
	o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday}}
	o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionPsychosis}
	c := o.Clone()
	c.Schedule.Weekly[0].Weekday = Friday
	c.TargetGroup.ExcludeConditions[0] = taxonomy.ConditionAnxiety
	if o.Schedule.Weekly[0].Weekday != Tuesday || o.TargetGroup.ExcludeConditions[0] != taxonomy.ConditionPsychosis {
		t.Error("Clone shares Weekly or ExcludeConditions")
	}
}
