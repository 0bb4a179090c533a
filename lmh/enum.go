package lmh

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// enumSpec holds the codes and labels of one of the package's small
// enumerations. Index 0 is the unset value and has the code "".
type enumSpec struct {
	name   string
	codes  []string    // codes[0] == ""
	labels [][3]string // nb, nn, en; labels[0] unused
}

func (s *enumSpec) valid(v uint8) bool { return v > 0 && int(v) < len(s.codes) }

func (s *enumSpec) str(typ string, v uint8) string {
	if v == 0 || s.valid(v) {
		return s.codes[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func (s *enumSpec) label(v uint8, l taxonomy.Lang) string {
	if !s.valid(v) {
		return ""
	}
	return s.labels[v][l.Index()]
}

func (s *enumSpec) parse(in string) (uint8, error) {
	k := strings.ToLower(strings.TrimSpace(in))
	k = strings.NewReplacer(" ", "_", "-", "_").Replace(k)
	for i := 1; i < len(s.codes); i++ {
		if s.codes[i] == k {
			return uint8(i), nil
		}
	}
	return 0, &EnumError{Enum: s.name, Value: in}
}

func (s *enumSpec) marshal(typ string, v uint8) ([]byte, error) {
	if v != 0 && !s.valid(v) {
		return nil, fmt.Errorf("lmh: invalid %s", s.str(typ, v))
	}
	return []byte(s.codes[v]), nil
}

func (s *enumSpec) unmarshal(b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return s.parse(string(b))
}

// EnumError reports a value that is not a code of one of the package's
// enumerations (Status, DeliveryPreference, TimeSlot, Profession,
// EvaluationMethod, Adaptation).
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

var statusSpec = enumSpec{"status",
	[]string{"", "active", "paused", "ended"},
	[][3]string{{}, {"aktiv", "aktiv", "active"}, {"satt på pause", "sett på pause", "paused"}, {"avsluttet", "avslutta", "ended"}}}

// ParseStatus parses "active", "paused" or "ended" (any case).
func ParseStatus(s string) (Status, error) { v, err := statusSpec.parse(s); return Status(v), err }

// String returns the stable code, "" for the zero value; it never panics.
func (s Status) String() string { return statusSpec.str("Status", uint8(s)) }

// IsValid reports whether s is one of the predeclared statuses.
func (s Status) IsValid() bool { return statusSpec.valid(uint8(s)) }

// Label returns the label in nb, nn or en.
func (s Status) Label(l taxonomy.Lang) string { return statusSpec.label(uint8(s), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (s Status) MarshalText() ([]byte, error) { return statusSpec.marshal("Status", uint8(s)) }

// UnmarshalText parses a code as ParseStatus does; "" gives the zero value.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := statusSpec.unmarshal(b)
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
	DigitalOK    DeliveryPreference = iota + 1 // digital or hybrid offerings are welcome
	InPersonOnly                               // only offerings met in person
	EitherWay                                  // no preference
)

var deliveryPrefSpec = enumSpec{"delivery preference",
	[]string{"", "digital_ok", "in_person_only", "either"},
	[][3]string{{}, {"digitalt går fint", "digitalt går fint", "digital is fine"}, {"bare fysisk oppmøte", "berre fysisk oppmøte", "in person only"}, {"begge deler", "begge delar", "either"}}}

// ParseDeliveryPreference parses "digital_ok", "in_person_only" or "either".
func ParseDeliveryPreference(s string) (DeliveryPreference, error) {
	v, err := deliveryPrefSpec.parse(s)
	return DeliveryPreference(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (p DeliveryPreference) String() string {
	return deliveryPrefSpec.str("DeliveryPreference", uint8(p))
}

// IsValid reports whether p is one of the predeclared preferences.
func (p DeliveryPreference) IsValid() bool { return deliveryPrefSpec.valid(uint8(p)) }

// Label returns the label in nb, nn or en.
func (p DeliveryPreference) Label(l taxonomy.Lang) string { return deliveryPrefSpec.label(uint8(p), l) }

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
	return deliveryPrefSpec.marshal("DeliveryPreference", uint8(p))
}

// UnmarshalText parses a code; "" gives the zero value.
func (p *DeliveryPreference) UnmarshalText(b []byte) error {
	v, err := deliveryPrefSpec.unmarshal(b)
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

var timeSlotSpec = enumSpec{"time slot",
	[]string{"", "weekday_daytime", "weekday_evening", "weekend"},
	[][3]string{{}, {"hverdager på dagtid", "kvardagar på dagtid", "weekdays, daytime"}, {"hverdager på kveldstid", "kvardagar på kveldstid", "weekday evenings"}, {"helg", "helg", "weekends"}}}

// ParseTimeSlot parses "weekday_daytime", "weekday_evening" or "weekend".
func ParseTimeSlot(s string) (TimeSlot, error) {
	v, err := timeSlotSpec.parse(s)
	return TimeSlot(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (t TimeSlot) String() string { return timeSlotSpec.str("TimeSlot", uint8(t)) }

// IsValid reports whether t is one of the predeclared time slots.
func (t TimeSlot) IsValid() bool { return timeSlotSpec.valid(uint8(t)) }

// Label returns the label in nb, nn or en.
func (t TimeSlot) Label(l taxonomy.Lang) string { return timeSlotSpec.label(uint8(t), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (t TimeSlot) MarshalText() ([]byte, error) { return timeSlotSpec.marshal("TimeSlot", uint8(t)) }

// UnmarshalText parses a code; "" gives the zero value.
func (t *TimeSlot) UnmarshalText(b []byte) error {
	v, err := timeSlotSpec.unmarshal(b)
	*t = TimeSlot(v)
	return err
}

// ---------------------------------------------------------------------------

// Profession is a health or social care profession in the team that runs an
// offering. The zero value means unset. Values are safe for concurrent use.
type Profession uint8

// The professions.
const (
	Nurse Profession = iota + 1
	Physician
	Physiotherapist
	OccupationalTherapist
	Psychologist
	ClinicalDietitian
	SocialWorker
	Pharmacist
	SpeechTherapist
	Educator // pedagogue, special-needs educator
	OtherProfession
)

var professionSpec = enumSpec{"profession",
	[]string{"", "nurse", "physician", "physiotherapist", "occupational_therapist", "psychologist",
		"clinical_dietitian", "social_worker", "pharmacist", "speech_therapist", "educator", "other"},
	[][3]string{{},
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
	v, err := professionSpec.parse(s)
	return Profession(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (p Profession) String() string { return professionSpec.str("Profession", uint8(p)) }

// IsValid reports whether p is one of the predeclared professions.
func (p Profession) IsValid() bool { return professionSpec.valid(uint8(p)) }

// Label returns the label in nb, nn or en.
func (p Profession) Label(l taxonomy.Lang) string { return professionSpec.label(uint8(p), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (p Profession) MarshalText() ([]byte, error) {
	return professionSpec.marshal("Profession", uint8(p))
}

// UnmarshalText parses a code; "" gives the zero value.
func (p *Profession) UnmarshalText(b []byte) error {
	v, err := professionSpec.unmarshal(b)
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

var evaluationSpec = enumSpec{"evaluation method",
	[]string{"", "questionnaire", "interview", "focus_group", "pre_post", "user_panel"},
	[][3]string{{},
		{"spørreskjema", "spørjeskjema", "questionnaire"},
		{"intervju", "intervju", "interview"},
		{"fokusgruppe", "fokusgruppe", "focus group"},
		{"før- og ettermåling", "før- og ettermåling", "before-and-after measure"},
		{"evaluering med brukerrepresentanter", "evaluering med brukarrepresentantar", "evaluation with user representatives"}}}

// ParseEvaluationMethod parses an evaluation method code.
func ParseEvaluationMethod(s string) (EvaluationMethod, error) {
	v, err := evaluationSpec.parse(s)
	return EvaluationMethod(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (e EvaluationMethod) String() string { return evaluationSpec.str("EvaluationMethod", uint8(e)) }

// IsValid reports whether e is one of the predeclared methods.
func (e EvaluationMethod) IsValid() bool { return evaluationSpec.valid(uint8(e)) }

// Label returns the label in nb, nn or en.
func (e EvaluationMethod) Label(l taxonomy.Lang) string { return evaluationSpec.label(uint8(e), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (e EvaluationMethod) MarshalText() ([]byte, error) {
	return evaluationSpec.marshal("EvaluationMethod", uint8(e))
}

// UnmarshalText parses a code; "" gives the zero value.
func (e *EvaluationMethod) UnmarshalText(b []byte) error {
	v, err := evaluationSpec.unmarshal(b)
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

var adaptationSpec = enumSpec{"adaptation",
	[]string{"", "plain_language", "visual_material", "teach_back", "small_groups", "written_summary"},
	[][3]string{{},
		{"klarspråk", "klarspråk", "plain language"},
		{"visuelt materiell", "visuelt materiell", "visual material"},
		{"tilbakelæring (teach-back)", "tilbakelæring (teach-back)", "teach-back"},
		{"små grupper", "små grupper", "small groups"},
		{"skriftlig oppsummering", "skriftleg oppsummering", "written summary"}}}

// ParseAdaptation parses an adaptation code.
func ParseAdaptation(s string) (Adaptation, error) {
	v, err := adaptationSpec.parse(s)
	return Adaptation(v), err
}

// String returns the stable code, "" for the zero value; it never panics.
func (a Adaptation) String() string { return adaptationSpec.str("Adaptation", uint8(a)) }

// IsValid reports whether a is one of the predeclared adaptations.
func (a Adaptation) IsValid() bool { return adaptationSpec.valid(uint8(a)) }

// Label returns the label in nb, nn or en.
func (a Adaptation) Label(l taxonomy.Lang) string { return adaptationSpec.label(uint8(a), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (a Adaptation) MarshalText() ([]byte, error) {
	return adaptationSpec.marshal("Adaptation", uint8(a))
}

// UnmarshalText parses a code; "" gives the zero value.
func (a *Adaptation) UnmarshalText(b []byte) error {
	v, err := adaptationSpec.unmarshal(b)
	*a = Adaptation(v)
	return err
}
