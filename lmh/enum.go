package lmh

import (
	"fmt"
	"time"

	"github.com/lmhkit/lmhkit/internal/enum"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// parseEnum parses a code of spec, or returns an *EnumError.
func parseEnum(spec *enum.Spec, in string) (uint8, error) {
	if v, ok := spec.Parse(in); ok {
		return v, nil
	}
	return 0, &EnumError{Enum: spec.Name, Value: in}
}

// unmarshalEnum is parseEnum for UnmarshalText: "" gives the zero value.
func unmarshalEnum(spec *enum.Spec, b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return parseEnum(spec, string(b))
}

// marshalEnum is spec.Marshal with the package's error prefix.
func marshalEnum(spec *enum.Spec, typ string, v uint8) ([]byte, error) {
	b, err := spec.Marshal(typ, v)
	if err != nil {
		return nil, fmt.Errorf("lmh: %w", err)
	}
	return b, nil
}

// EnumError reports a value that is not a code of one of the package's
// enumerations (Status, DeliveryPreference, TimeSlot, Profession,
// EvaluationMethod, Adaptation, Weekday).
type EnumError struct {
	Enum  string // the enumeration, e.g. "status"
	Value string // the input as given
}

// Error returns a message such as `lmh: unknown status "closed"`.
func (e *EnumError) Error() string { return fmt.Sprintf("lmh: unknown %s %q", e.Enum, e.Value) }

// ---------------------------------------------------------------------------

// Status says whether an offering is running. The zero value means unset.
// Values are safe for concurrent use.
type Status uint8

// The statuses of an offering.
const (
	StatusActive Status = iota + 1 // open, running or with new start dates
	StatusPaused                   // temporarily not offered
	StatusEnded                    // no longer offered
)

var statusSpec = enum.Spec{Name: "status", Unset: true,
	Codes:  []string{"", "active", "paused", "ended"},
	Labels: [][3]string{{}, {"aktiv", "aktiv", "active"}, {"satt på pause", "sett på pause", "paused"}, {"avsluttet", "avslutta", "ended"}}}

// ParseStatus parses "active", "paused" or "ended" (any case).
func ParseStatus(s string) (Status, error) {
	v, err := parseEnum(&statusSpec, s)
	return Status(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (s Status) String() string { return statusSpec.String("Status", uint8(s)) }

// IsValid reports whether s is one of the predeclared statuses.
func (s Status) IsValid() bool { return statusSpec.Valid(uint8(s)) }

// Label returns the label in nb, nn or en.
func (s Status) Label(l taxonomy.Lang) string { return statusSpec.Label(uint8(s), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (s Status) MarshalText() ([]byte, error) { return marshalEnum(&statusSpec, "Status", uint8(s)) }

// UnmarshalText parses a code as ParseStatus does; "" gives the zero value.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&statusSpec, b)
	*s = Status(v)
	return err
}

// ---------------------------------------------------------------------------

// DeliveryPreference is how a person wants to take part: digital is fine,
// in person only, or either. The zero value means unset (no preference).
// Values are safe for concurrent use.
type DeliveryPreference uint8

// The delivery preferences of a Need.
const (
	DigitalOK    DeliveryPreference = iota + 1 // digital or hybrid offerings are welcome, and preferred
	InPersonOnly                               // only offerings met in person
	EitherWay                                  // no preference
)

var deliveryPrefSpec = enum.Spec{Name: "delivery preference", Unset: true,
	Codes:  []string{"", "digital_ok", "in_person_only", "either"},
	Labels: [][3]string{{}, {"digitalt går fint", "digitalt går fint", "digital is fine"}, {"bare fysisk oppmøte", "berre fysisk oppmøte", "in person only"}, {"begge deler", "begge delar", "either"}}}

// ParseDeliveryPreference parses "digital_ok", "in_person_only" or "either".
func ParseDeliveryPreference(s string) (DeliveryPreference, error) {
	v, err := parseEnum(&deliveryPrefSpec, s)
	return DeliveryPreference(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (p DeliveryPreference) String() string {
	return deliveryPrefSpec.String("DeliveryPreference", uint8(p))
}

// IsValid reports whether p is one of the predeclared preferences.
func (p DeliveryPreference) IsValid() bool { return deliveryPrefSpec.Valid(uint8(p)) }

// Label returns the label in nb, nn or en.
func (p DeliveryPreference) Label(l taxonomy.Lang) string { return deliveryPrefSpec.Label(uint8(p), l) }

// Accepts reports whether an offering delivered as d suits the preference.
// The zero preference and EitherWay accept every delivery; InPersonOnly
// accepts in-person and hybrid offerings; DigitalOK accepts all.
func (p DeliveryPreference) Accepts(d taxonomy.Delivery) bool {
	if p == InPersonOnly {
		return d == taxonomy.DeliveryInPerson || d == taxonomy.DeliveryHybrid
	}
	return true
}

// MarshalText returns the stable code; the zero value marshals to "".
func (p DeliveryPreference) MarshalText() ([]byte, error) {
	return marshalEnum(&deliveryPrefSpec, "DeliveryPreference", uint8(p))
}

// UnmarshalText parses a code; "" gives the zero value.
func (p *DeliveryPreference) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&deliveryPrefSpec, b)
	*p = DeliveryPreference(v)
	return err
}

// ---------------------------------------------------------------------------

// TimeSlot is a part of the week when an offering meets or a person can
// attend. The zero value means unset. Values are safe for concurrent use.
type TimeSlot uint8

// The time slots.
const (
	WeekdayDaytime TimeSlot = iota + 1 // Monday–Friday, roughly 08–16
	WeekdayEvening                     // Monday–Friday after 16
	Weekend                            // Saturday and Sunday
)

var timeSlotSpec = enum.Spec{Name: "time slot", Unset: true,
	Codes:  []string{"", "weekday_daytime", "weekday_evening", "weekend"},
	Labels: [][3]string{{}, {"hverdager på dagtid", "kvardagar på dagtid", "weekdays, daytime"}, {"hverdager på kveldstid", "kvardagar på kveldstid", "weekday evenings"}, {"helg", "helg", "weekends"}}}

// ParseTimeSlot parses "weekday_daytime", "weekday_evening" or "weekend".
func ParseTimeSlot(s string) (TimeSlot, error) {
	v, err := parseEnum(&timeSlotSpec, s)
	return TimeSlot(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (t TimeSlot) String() string { return timeSlotSpec.String("TimeSlot", uint8(t)) }

// IsValid reports whether t is one of the predeclared time slots.
func (t TimeSlot) IsValid() bool { return timeSlotSpec.Valid(uint8(t)) }

// Label returns the label in nb, nn or en.
func (t TimeSlot) Label(l taxonomy.Lang) string { return timeSlotSpec.Label(uint8(t), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (t TimeSlot) MarshalText() ([]byte, error) {
	return marshalEnum(&timeSlotSpec, "TimeSlot", uint8(t))
}

// UnmarshalText parses a code; "" gives the zero value.
func (t *TimeSlot) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&timeSlotSpec, b)
	*t = TimeSlot(v)
	return err
}

// ---------------------------------------------------------------------------

// Profession is a health or social care profession in the team that runs an
// offering. The zero value means unset. Values are safe for concurrent use.
type Profession uint8

// The professions.
const (
	Nurse                 Profession = iota + 1 // sykepleier
	Physician                                   // lege
	Physiotherapist                             // fysioterapeut
	OccupationalTherapist                       // ergoterapeut
	Psychologist                                // psykolog
	ClinicalDietitian                           // klinisk ernæringsfysiolog
	SocialWorker                                // sosionom
	Pharmacist                                  // farmasøyt
	SpeechTherapist                             // logoped
	Educator                                    // pedagog: pedagogue, special-needs educator
	OtherProfession                             // another profession (code "other")
)

var professionSpec = enum.Spec{Name: "profession", Unset: true,
	Codes: []string{"", "nurse", "physician", "physiotherapist", "occupational_therapist", "psychologist",
		"clinical_dietitian", "social_worker", "pharmacist", "speech_therapist", "educator", "other"},
	Labels: [][3]string{{},
		{"sykepleier", "sjukepleiar", "nurse"},
		{"lege", "lege", "physician"},
		{"fysioterapeut", "fysioterapeut", "physiotherapist"},
		{"ergoterapeut", "ergoterapeut", "occupational therapist"},
		{"psykolog", "psykolog", "psychologist"},
		{"klinisk ernæringsfysiolog", "klinisk ernæringsfysiolog", "clinical dietitian"},
		{"sosionom", "sosionom", "social worker"},
		{"farmasøyt", "farmasøyt", "pharmacist"},
		{"logoped", "logoped", "speech therapist"},
		{"pedagog", "pedagog", "educator"},
		{"annen yrkesgruppe", "anna yrkesgruppe", "other profession"}}}

// ParseProfession parses a profession code such as "nurse".
func ParseProfession(s string) (Profession, error) {
	v, err := parseEnum(&professionSpec, s)
	return Profession(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (p Profession) String() string { return professionSpec.String("Profession", uint8(p)) }

// IsValid reports whether p is one of the predeclared professions.
func (p Profession) IsValid() bool { return professionSpec.Valid(uint8(p)) }

// Label returns the label in nb, nn or en.
func (p Profession) Label(l taxonomy.Lang) string { return professionSpec.Label(uint8(p), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (p Profession) MarshalText() ([]byte, error) {
	return marshalEnum(&professionSpec, "Profession", uint8(p))
}

// UnmarshalText parses a code; "" gives the zero value.
func (p *Profession) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&professionSpec, b)
	*p = Profession(v)
	return err
}

// ---------------------------------------------------------------------------

// EvaluationMethod is how an offering is evaluated. The zero value means
// unset. Values are safe for concurrent use.
type EvaluationMethod uint8

// The evaluation methods.
const (
	EvalQuestionnaire EvaluationMethod = iota + 1 // participants answer a questionnaire
	EvalInterview                                 // interviews with participants
	EvalFocusGroup                                // a focus group or evaluation meeting
	EvalPrePost                                   // measures before and after (e.g. PROM)
	EvalUserPanel                                 // evaluation by user representatives
)

var evaluationSpec = enum.Spec{Name: "evaluation method", Unset: true,
	Codes: []string{"", "questionnaire", "interview", "focus_group", "pre_post", "user_panel"},
	Labels: [][3]string{{},
		{"spørreskjema", "spørjeskjema", "questionnaire"},
		{"intervju", "intervju", "interview"},
		{"fokusgruppe", "fokusgruppe", "focus group"},
		{"før- og ettermåling", "før- og ettermåling", "before-and-after measure"},
		{"evaluering med brukerrepresentanter", "evaluering med brukarrepresentantar", "evaluation with user representatives"}}}

// ParseEvaluationMethod parses an evaluation method code.
func ParseEvaluationMethod(s string) (EvaluationMethod, error) {
	v, err := parseEnum(&evaluationSpec, s)
	return EvaluationMethod(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (e EvaluationMethod) String() string { return evaluationSpec.String("EvaluationMethod", uint8(e)) }

// IsValid reports whether e is one of the predeclared methods.
func (e EvaluationMethod) IsValid() bool { return evaluationSpec.Valid(uint8(e)) }

// Label returns the label in nb, nn or en.
func (e EvaluationMethod) Label(l taxonomy.Lang) string { return evaluationSpec.Label(uint8(e), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (e EvaluationMethod) MarshalText() ([]byte, error) {
	return marshalEnum(&evaluationSpec, "EvaluationMethod", uint8(e))
}

// UnmarshalText parses a code; "" gives the zero value.
func (e *EvaluationMethod) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&evaluationSpec, b)
	*e = EvaluationMethod(v)
	return err
}

// ---------------------------------------------------------------------------

// Adaptation is a way an offering is adapted to participants with varying
// health literacy (helsekompetanse). The zero value means unset. Values are
// safe for concurrent use.
type Adaptation uint8

// The health-literacy adaptations.
const (
	PlainLanguage  Adaptation = iota + 1 // klarspråk: short words, no jargon
	VisualMaterial                       // pictures, models and video
	TeachBack                            // participants explain back what they learnt
	SmallGroups                          // few participants per group
	WrittenSummary                       // a written summary to take home
)

var adaptationSpec = enum.Spec{Name: "adaptation", Unset: true,
	Codes: []string{"", "plain_language", "visual_material", "teach_back", "small_groups", "written_summary"},
	Labels: [][3]string{{},
		{"klarspråk", "klarspråk", "plain language"},
		{"visuelt materiell", "visuelt materiell", "visual material"},
		{"tilbakelæring (teach-back)", "tilbakelæring (teach-back)", "teach-back"},
		{"små grupper", "små grupper", "small groups"},
		{"skriftlig oppsummering", "skriftleg oppsummering", "written summary"}}}

// ParseAdaptation parses an adaptation code.
func ParseAdaptation(s string) (Adaptation, error) {
	v, err := parseEnum(&adaptationSpec, s)
	return Adaptation(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (a Adaptation) String() string { return adaptationSpec.String("Adaptation", uint8(a)) }

// IsValid reports whether a is one of the predeclared adaptations.
func (a Adaptation) IsValid() bool { return adaptationSpec.Valid(uint8(a)) }

// Label returns the label in nb, nn or en.
func (a Adaptation) Label(l taxonomy.Lang) string { return adaptationSpec.Label(uint8(a), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (a Adaptation) MarshalText() ([]byte, error) {
	return marshalEnum(&adaptationSpec, "Adaptation", uint8(a))
}

// UnmarshalText parses a code; "" gives the zero value.
func (a *Adaptation) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&adaptationSpec, b)
	*a = Adaptation(v)
	return err
}

// ---------------------------------------------------------------------------

// Weekday is a day of the week on which an offering meets. Monday is 1 and
// Sunday 7, as the Norwegian week is counted; the zero value means unset.
// The codes are the English names in lower case ("tuesday"). Values are
// safe for concurrent use.
type Weekday uint8

// The days of the week.
const (
	Monday    Weekday = iota + 1 // mandag, 1
	Tuesday                      // tirsdag, 2
	Wednesday                    // onsdag, 3
	Thursday                     // torsdag, 4
	Friday                       // fredag, 5
	Saturday                     // lørdag, 6
	Sunday                       // søndag, 7
)

var weekdaySpec = enum.Spec{Name: "weekday", Unset: true,
	Codes: []string{"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	Labels: [][3]string{{},
		{"mandag", "måndag", "Monday"},
		{"tirsdag", "tysdag", "Tuesday"},
		{"onsdag", "onsdag", "Wednesday"},
		{"torsdag", "torsdag", "Thursday"},
		{"fredag", "fredag", "Friday"},
		{"lørdag", "laurdag", "Saturday"},
		{"søndag", "sundag", "Sunday"}}}

// ParseWeekday parses a weekday code such as "tuesday" (any case).
func ParseWeekday(s string) (Weekday, error) {
	v, err := parseEnum(&weekdaySpec, s)
	return Weekday(v), err
}

// WeekdayOf returns the Weekday of a time.Weekday.
func WeekdayOf(d time.Weekday) Weekday {
	if d == time.Sunday {
		return Sunday
	}
	return Weekday(d)
}

// TimeWeekday returns d as a time.Weekday; the zero value and invalid
// values give time.Sunday's zero, so check IsValid first.
func (d Weekday) TimeWeekday() time.Weekday {
	if d == Sunday || !d.IsValid() {
		return time.Sunday
	}
	return time.Weekday(d)
}

// IsWeekend reports whether d is Saturday or Sunday.
func (d Weekday) IsWeekend() bool { return d == Saturday || d == Sunday }

// String returns the stable code, "" for the zero value; it never panics.
func (d Weekday) String() string { return weekdaySpec.String("Weekday", uint8(d)) }

// IsValid reports whether d is one of the seven days.
func (d Weekday) IsValid() bool { return weekdaySpec.Valid(uint8(d)) }

// Label returns the day's name in nb, nn or en.
func (d Weekday) Label(l taxonomy.Lang) string { return weekdaySpec.Label(uint8(d), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (d Weekday) MarshalText() ([]byte, error) {
	return marshalEnum(&weekdaySpec, "Weekday", uint8(d))
}

// UnmarshalText parses a code; "" gives the zero value.
func (d *Weekday) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&weekdaySpec, b)
	*d = Weekday(v)
	return err
}
