package lmh

import (
	"fmt"
	"strconv"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Need is what a person — or a case worker on their behalf — brings when
// looking for an offering: who they are in relation to the illness, their
// age, conditions, what they want to work on and how, where they live,
// languages, accessibility needs and when they can attend.
//
// A Need is health data (a special category of personal data under GDPR).
// The package never logs it, and neither String, GoString, Format (so %v,
// %+v, %#v, %s) nor any validation error ever contains the value of one of
// its fields: they print only which fields are set. Callers that print the
// fields themselves take on that responsibility.
//
// A Need is a plain value: safe for concurrent reads, not for concurrent
// writes.
type Need struct {
	// ID optionally identifies the need within the caller's system.
	ID uuid.UUID `json:"id,omitzero"`
	// Roles are the person's roles: patient, user, next of kin.
	Roles []taxonomy.Role `json:"roles,omitempty" validate:"dive,role"`
	// Age is the person's age in years, nil if not given.
	Age *int `json:"age,omitempty" validate:"omitempty,gte=0,lte=130"`
	// Conditions are the conditions the need concerns, as taxonomy codes.
	Conditions []taxonomy.Condition `json:"conditions,omitempty" validate:"dive,condition"`
	// ICD10 are ICD-10 codes ("J44.9"), e.g. from a referral.
	ICD10 []string `json:"icd10,omitempty" validate:"dive,icd10"`
	// ICPC2 are ICPC-2 codes ("R95") from primary care.
	ICPC2 []string `json:"icpc2,omitempty" validate:"dive,icpc2"`
	// Themes are subjects the person wants to learn about.
	Themes []taxonomy.Theme `json:"themes,omitempty" validate:"dive,theme"`
	// Goals are what the person wants to achieve.
	Goals []taxonomy.Goal `json:"goals,omitempty" validate:"dive,goal"`
	// PreferredFormat is group or individual, zero for no preference.
	PreferredFormat taxonomy.Format `json:"format,omitempty" validate:"omitempty,format"`
	// Delivery is whether digital participation is fine.
	Delivery DeliveryPreference `json:"delivery,omitempty" validate:"omitempty,enum"`
	// Municipality is the kommunenummer where the person lives.
	Municipality string `json:"municipality,omitempty" validate:"omitempty,kommunenummer"`
	// Languages are the languages the person can take part in, BCP 47.
	Languages []string `json:"languages,omitempty" validate:"dive,bcp47"`
	// Accessibility are the adaptations the person needs; interpreter
	// among them means an interpreter is needed.
	Accessibility []taxonomy.Accessibility `json:"accessibility,omitempty" validate:"dive,accessibility"`
	// Availability is when the person can attend; empty means any time.
	Availability []TimeSlot `json:"availability,omitempty" validate:"dive,enum"`
	// FreeText is an optional description in the person's own words.
	FreeText string `json:"free_text,omitempty" validate:"max=5000"`
}

// AgeYears returns the age and whether it is given.
func (n Need) AgeYears() (int, bool) {
	if n.Age == nil {
		return 0, false
	}
	return *n.Age, true
}

// WithAge returns a copy of n with the age set.
func (n Need) WithAge(years int) Need {
	n.Age = &years
	return n
}

// NeedsInterpreter reports whether the need lists an interpreter among its
// accessibility needs.
func (n Need) NeedsInterpreter() bool {
	for _, a := range n.Accessibility {
		if a == taxonomy.AccessibilityInterpreter {
			return true
		}
	}
	return false
}

// HasRole reports whether r is one of the need's roles.
func (n Need) HasRole(r taxonomy.Role) bool {
	for _, x := range n.Roles {
		if x == r {
			return true
		}
	}
	return false
}

// Clone returns a deep copy of n.
func (n Need) Clone() Need {
	c := n
	if n.Age != nil {
		a := *n.Age
		c.Age = &a
	}
	c.Roles = cloneSlice(n.Roles)
	c.Conditions = cloneSlice(n.Conditions)
	c.ICD10 = cloneSlice(n.ICD10)
	c.ICPC2 = cloneSlice(n.ICPC2)
	c.Themes = cloneSlice(n.Themes)
	c.Goals = cloneSlice(n.Goals)
	c.Languages = cloneSlice(n.Languages)
	c.Accessibility = cloneSlice(n.Accessibility)
	c.Availability = cloneSlice(n.Availability)
	return c
}

// redacted lists which fields are set, never their values:
// "lmh.Need{roles:2 age:set municipality:set free_text:set}".
func (n Need) redacted() string {
	b := []byte("lmh.Need{")
	first := true
	add := func(name string, count int) {
		if count == 0 {
			return
		}
		if !first {
			b = append(b, ' ')
		}
		first = false
		b = append(b, name...)
		b = append(b, ':')
		if count < 0 {
			b = append(b, "set"...)
		} else {
			b = strconv.AppendInt(b, int64(count), 10)
		}
	}
	set := func(ok bool) int {
		if ok {
			return -1
		}
		return 0
	}
	add("id", set(n.ID != uuid.Nil))
	add("roles", len(n.Roles))
	add("age", set(n.Age != nil))
	add("conditions", len(n.Conditions))
	add("icd10", len(n.ICD10))
	add("icpc2", len(n.ICPC2))
	add("themes", len(n.Themes))
	add("goals", len(n.Goals))
	add("format", set(n.PreferredFormat != 0))
	add("delivery", set(n.Delivery != 0))
	add("municipality", set(n.Municipality != ""))
	add("languages", len(n.Languages))
	add("accessibility", len(n.Accessibility))
	add("availability", len(n.Availability))
	add("free_text", set(n.FreeText != ""))
	b = append(b, '}')
	return string(b)
}

// String returns a redacted summary that names the fields that are set and
// how many values lists hold, never a value: "lmh.Need{roles:1 age:set}".
func (n Need) String() string { return n.redacted() }

// GoString is like String, so %#v reveals no value either.
func (n Need) GoString() string { return n.redacted() }

// Format implements fmt.Formatter so that every verb and flag (%v, %+v,
// %#v, %s, %q, %x …) prints the redacted summary and nothing else.
func (n Need) Format(f fmt.State, verb rune) {
	s := n.redacted()
	if verb == 'q' {
		s = strconv.Quote(s)
	}
	_, _ = f.Write([]byte(s))
}
