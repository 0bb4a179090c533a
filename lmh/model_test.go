package lmh

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// enumCase lets one table test every enumeration of the package.
type enumCase struct {
	name   string
	values []fmt.Stringer
	parse  func(string) (fmt.Stringer, error)
	valid  func(fmt.Stringer) bool
	label  func(fmt.Stringer, taxonomy.Lang) string
	bad    fmt.Stringer
}

func enumCases() []enumCase {
	return []enumCase{
		{"Status", []fmt.Stringer{StatusActive, StatusPaused, StatusEnded},
			func(s string) (fmt.Stringer, error) { return ParseStatus(s) },
			func(v fmt.Stringer) bool { return v.(Status).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(Status).Label(l) }, Status(99)},
		{"DeliveryPreference", []fmt.Stringer{DigitalOK, InPersonOnly, EitherWay},
			func(s string) (fmt.Stringer, error) { return ParseDeliveryPreference(s) },
			func(v fmt.Stringer) bool { return v.(DeliveryPreference).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(DeliveryPreference).Label(l) }, DeliveryPreference(99)},
		{"TimeSlot", []fmt.Stringer{WeekdayDaytime, WeekdayEvening, Weekend},
			func(s string) (fmt.Stringer, error) { return ParseTimeSlot(s) },
			func(v fmt.Stringer) bool { return v.(TimeSlot).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(TimeSlot).Label(l) }, TimeSlot(99)},
		{"Profession", []fmt.Stringer{Nurse, Physician, Physiotherapist, OccupationalTherapist, Psychologist,
			ClinicalDietitian, SocialWorker, Pharmacist, SpeechTherapist, Educator, OtherProfession},
			func(s string) (fmt.Stringer, error) { return ParseProfession(s) },
			func(v fmt.Stringer) bool { return v.(Profession).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(Profession).Label(l) }, Profession(99)},
		{"EvaluationMethod", []fmt.Stringer{EvalQuestionnaire, EvalInterview, EvalFocusGroup, EvalPrePost, EvalUserPanel},
			func(s string) (fmt.Stringer, error) { return ParseEvaluationMethod(s) },
			func(v fmt.Stringer) bool { return v.(EvaluationMethod).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(EvaluationMethod).Label(l) }, EvaluationMethod(99)},
		{"Adaptation", []fmt.Stringer{PlainLanguage, VisualMaterial, TeachBack, SmallGroups, WrittenSummary},
			func(s string) (fmt.Stringer, error) { return ParseAdaptation(s) },
			func(v fmt.Stringer) bool { return v.(Adaptation).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(Adaptation).Label(l) }, Adaptation(99)},
		{"Weekday", []fmt.Stringer{Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday},
			func(s string) (fmt.Stringer, error) { return ParseWeekday(s) },
			func(v fmt.Stringer) bool { return v.(Weekday).IsValid() },
			func(v fmt.Stringer, l taxonomy.Lang) string { return v.(Weekday).Label(l) }, Weekday(99)},
	}
}

func TestEnums(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, v := range ec.values {
				code := v.String()
				if code == "" || seen[code] || !ec.valid(v) {
					t.Errorf("%v: code %q valid %v", v, code, ec.valid(v))
				}
				seen[code] = true
				p, err := ec.parse(" " + code + " ")
				if err != nil || p != v {
					t.Errorf("parse %q = %v, %v", code, p, err)
				}
				b, err := json.Marshal(v)
				if err != nil || string(b) != `"`+code+`"` {
					t.Errorf("Marshal %v = %s, %v", v, b, err)
				}
				labels := map[string]bool{}
				for _, l := range taxonomy.Langs() {
					lab := ec.label(v, l)
					if lab == "" {
						t.Errorf("%v: no %s label", v, l)
					}
					labels[lab] = true
				}
			}
			if ec.valid(ec.bad) || ec.bad.String() != ec.name+"(99)" {
				t.Errorf("bad value: valid %v, String %q", ec.valid(ec.bad), ec.bad.String())
			}
			if _, err := json.Marshal(ec.bad); err == nil {
				t.Error("Marshal accepted an invalid value")
			}
			_, err := ec.parse("nonsense")
			var ee *EnumError
			if !errors.As(err, &ee) || ee.Value != "nonsense" {
				t.Errorf("parse error = %v", err)
			}
		})
	}
	var s Status = StatusEnded
	if err := json.Unmarshal([]byte(`""`), &s); err != nil || s != 0 {
		t.Errorf(`"" gives %v, %v`, s, err)
	}
	if Status(0).String() != "" || Status(0).Label(taxonomy.NB) != "" {
		t.Error("zero Status")
	}
}

func TestDeliveryPreferenceAccepts(t *testing.T) {
	tests := []struct {
		p    DeliveryPreference
		d    taxonomy.Delivery
		want bool
	}{
		{InPersonOnly, taxonomy.DeliveryInPerson, true},
		{InPersonOnly, taxonomy.DeliveryHybrid, true},
		{InPersonOnly, taxonomy.DeliveryDigital, false},
		{DigitalOK, taxonomy.DeliveryDigital, true},
		{DigitalOK, taxonomy.DeliveryInPerson, true},
		{EitherWay, taxonomy.DeliveryDigital, true},
		{0, taxonomy.DeliveryDigital, true},
	}
	for _, tt := range tests {
		t.Run(tt.p.String()+"/"+tt.d.String(), func(t *testing.T) {
			if got := tt.p.Accepts(tt.d); got != tt.want {
				t.Errorf("Accepts = %v", got)
			}
		})
	}
}

func TestDate(t *testing.T) {
	d := MustParseDate("2028-02-29")
	if !d.IsValid() || d.String() != "2028-02-29" {
		t.Errorf("leap day: %v %q", d.IsValid(), d)
	}
	for _, s := range []string{"2027-02-29", "2027-13-01", "27-01-01", "01.02.2027", ""} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted", s)
		}
	}
	if (Date{2027, 2, 29}).IsValid() || (Date{}).IsValid() || !(Date{}).IsZero() {
		t.Error("IsValid/IsZero")
	}
	a, b := MustParseDate("2027-01-31"), MustParseDate("2027-02-01")
	if !a.Before(b) || b.Before(a) || a.Compare(a) != 0 || b.Compare(a) != 1 {
		t.Error("Compare")
	}
	if got := DateOf(time.Date(2027, 3, 4, 23, 0, 0, 0, time.UTC)); got != (Date{2027, 3, 4}) {
		t.Errorf("DateOf = %v", got)
	}
	var z Date
	if b, _ := json.Marshal(struct {
		D Date `json:"d,omitzero"`
	}{z}); string(b) != `{}` {
		t.Errorf("zero date JSON = %s", b)
	}
	if _, err := (Date{2027, 2, 30}).MarshalText(); err == nil {
		t.Error("MarshalText accepted 2027-02-30")
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate did not panic")
		}
	}()
	MustParseDate("x")
}

func TestCapacity(t *testing.T) {
	tests := []struct {
		c     Capacity
		seats int
		ok    bool
		full  bool
	}{
		{Capacity{Max: 12, Enrolled: 5}, 7, true, false},
		{Capacity{Max: 12, Enrolled: 12}, 0, true, true},
		{Capacity{Max: 12, Enrolled: 14}, 0, true, true},
		{Capacity{}, 0, false, false},
		{Capacity{Max: 1}, 1, true, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.c), func(t *testing.T) {
			seats, ok := tt.c.Available()
			if seats != tt.seats || ok != tt.ok || tt.c.Full() != tt.full {
				t.Errorf("Available = %d, %v; Full = %v", seats, ok, tt.c.Full())
			}
		})
	}
}

func TestAgeRange(t *testing.T) {
	tests := []struct {
		a   AgeRange
		in  []int
		out []int
	}{
		{AgeRange{}, []int{0, 40, 130}, []int{-1, 131}},
		{AgeRange{Min: 67}, []int{67, 100}, []int{66}},
		{AgeRange{Min: 13, Max: 18}, []int{13, 18}, []int{12, 19}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.a), func(t *testing.T) {
			for _, age := range tt.in {
				if !tt.a.Contains(age) {
					t.Errorf("does not contain %d", age)
				}
			}
			for _, age := range tt.out {
				if tt.a.Contains(age) {
					t.Errorf("contains %d", age)
				}
			}
			if !slices.Equal(tt.a.Groups(), taxonomy.AgeGroupsBetween(tt.a.Min, tt.a.Upper())) {
				t.Errorf("Groups = %v", tt.a.Groups())
			}
		})
	}
	if g := (TargetGroup{Ages: AgeRange{}}).AgeGroups(); len(g) != len(taxonomy.All[taxonomy.AgeGroup]()) {
		t.Errorf("all ages gives %v", g)
	}
}

func TestCoverage(t *testing.T) {
	tests := []struct {
		name string
		c    Coverage
		in   []string
		out  []string
		n    int
	}{
		{"national", Coverage{National: true}, []string{"0301", "5612"}, []string{"9999", ""}, 357},
		{"municipality", Coverage{Municipalities: []string{"4621"}}, []string{"4621"}, []string{"4601"}, 1},
		{"county", Coverage{Counties: []string{"56"}}, []string{"5612", "5601"}, []string{"5501"}, len(mustCounty("56").Municipalities())},
		{"region", Coverage{HealthRegions: []geo.HealthRegion{geo.HealthNorth}}, []string{"5612", "1804"}, []string{"5001"}, -1},
		{"union", Coverage{Municipalities: []string{"0301"}, Counties: []string{"46"}}, []string{"0301", "4601"}, []string{"1103"}, 1 + len(mustCounty("46").Municipalities())},
		{"none", Coverage{}, nil, []string{"0301"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range tt.in {
				if !tt.c.Covers(k) {
					t.Errorf("does not cover %s", k)
				}
			}
			for _, k := range tt.out {
				if tt.c.Covers(k) {
					t.Errorf("covers %s", k)
				}
			}
			if n := len(tt.c.Expand()); tt.n >= 0 && n != tt.n {
				t.Errorf("Expand gives %d, want %d", n, tt.n)
			}
			if tt.c.IsZero() != (tt.name == "none") {
				t.Error("IsZero")
			}
		})
	}
}

func mustCounty(n string) geo.County {
	c, ok := geo.LookupCounty(n)
	if !ok {
		panic(n)
	}
	return c
}

func TestOfferingMethods(t *testing.T) {
	o := goodOffering()
	o.Translations = []Translation{{Lang: taxonomy.EN, Name: "Living with COPD"}}
	if o.NameIn(taxonomy.EN) != "Living with COPD" || o.NameIn(taxonomy.NB) != o.Name || o.NameIn(taxonomy.NN) != o.Name {
		t.Error("NameIn")
	}
	if o.IsDigital() || !o.IsOpen() {
		t.Error("IsDigital/IsOpen")
	}
	o.Delivery = taxonomy.DeliveryHybrid
	if !o.IsDigital() {
		t.Error("hybrid is not digital")
	}
	o.Frames.Capacity.Enrolled = o.Frames.Capacity.Max
	if o.IsOpen() {
		t.Error("full offering is open")
	}
	c := o.Clone()
	c.TargetGroup.Roles[0] = taxonomy.RoleUser
	c.Coverage.Counties[0] = "03"
	c.Translations[0].Name = "x"
	if o.TargetGroup.Roles[0] != taxonomy.RolePatient || o.Coverage.Counties[0] != "46" || o.Translations[0].Name != "Living with COPD" {
		t.Error("Clone shares data")
	}
	if !o.TargetGroup.HasRole(taxonomy.RoleNextOfKin) || o.TargetGroup.HasRole(taxonomy.RoleUser) {
		t.Error("HasRole")
	}
	if !o.Participation.Declared() || o.Participation.In(taxonomy.ParticipationEvaluation) {
		t.Error("Participation")
	}
}

func TestISFCriterionJSON(t *testing.T) {
	o := goodOffering()
	b, err := json.Marshal(CheckISF(&o))
	if err != nil {
		t.Fatal(err)
	}
	var back ISFReport
	if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back.Findings, CheckISF(&o).Findings) {
		t.Errorf("round trip: %v\n%s", err, b)
	}
}

func TestDateIsValidAgainstTime(t *testing.T) {
	// IsValid computes month lengths itself; check it against package time
	// for every day of a leap-year cycle and the century rules.
	for _, y := range []int{1900, 2000, 2023, 2024, 2100, 2400} {
		for m := time.January; m <= time.December; m++ {
			for d := 0; d <= 32; d++ {
				date := Date{y, m, d}
				want := d >= 1 && DateOf(date.Time(time.UTC)) == date
				if date.IsValid() != want {
					t.Errorf("%04d-%02d-%02d: IsValid = %v", y, m, d, !want)
				}
			}
		}
	}
	if (Date{0, 1, 1}).IsValid() || (Date{10000, 1, 1}).IsValid() || (Date{2024, 0, 1}).IsValid() {
		t.Error("out-of-range year or month accepted")
	}
}
