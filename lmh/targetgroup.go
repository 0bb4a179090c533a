package lmh

import "github.com/lmhkit/lmhkit/taxonomy"

// TargetGroup is the målgruppe of an offering: the roles it is for, their
// ages, their conditions and how the offering meets varying health literacy.
// It is a plain value: safe for concurrent reads, not for concurrent writes.
type TargetGroup struct {
	// Roles are patient, user and/or next of kin; at least one is required.
	Roles []taxonomy.Role `json:"roles" validate:"dive,role"`
	// Ages is the age range in years; the zero value means all ages.
	Ages AgeRange `json:"ages,omitzero"`
	// Conditions are the illnesses or conditions the offering is about.
	Conditions []taxonomy.Condition `json:"conditions,omitempty" validate:"dive,condition"`
	// ExcludeConditions are conditions the offering is not for, as the
	// listing states them ("ikke for deg med psykose eller aktiv
	// rusavhengighet"): a person with one of them, or with a narrower
	// condition, is outside the target group. None may also be, or be
	// broader than, one of Conditions (RuleExcludeConflict).
	ExcludeConditions []taxonomy.Condition `json:"exclude_conditions,omitempty" validate:"dive,condition"`
	// ICD10 are optional ICD-10 codes ("J44", "F32.1") that narrow Conditions.
	ICD10 []string `json:"icd10,omitempty" validate:"dive,icd10"`
	// ICPC2 are optional ICPC-2 codes ("R95", "T90").
	ICPC2 []string `json:"icpc2,omitempty" validate:"dive,icpc2"`
	// HealthLiteracy lists adaptations for participants with varying
	// health literacy (helsekompetanse).
	HealthLiteracy []Adaptation `json:"health_literacy,omitempty" validate:"dive,enum"`
}

// Excludes reports whether the target group excludes a person with
// condition c: c is one of ExcludeConditions or narrower than one.
func (t TargetGroup) Excludes(c taxonomy.Condition) bool {
	for _, x := range t.ExcludeConditions {
		if x.Ref().Subsumes(c.Ref()) {
			return true
		}
	}
	return false
}

// AgeGroups returns the age groups the target group's age range overlaps,
// youngest first; see AgeRange.Groups.
func (t TargetGroup) AgeGroups() []taxonomy.AgeGroup { return t.Ages.Groups() }

// HasRole reports whether r is one of the target group's roles.
func (t TargetGroup) HasRole(r taxonomy.Role) bool {
	for _, x := range t.Roles {
		if x == r {
			return true
		}
	}
	return false
}

func (t TargetGroup) clone() TargetGroup {
	t.Roles = cloneSlice(t.Roles)
	t.Conditions = cloneSlice(t.Conditions)
	t.ExcludeConditions = cloneSlice(t.ExcludeConditions)
	t.ICD10 = cloneSlice(t.ICD10)
	t.ICPC2 = cloneSlice(t.ICPC2)
	t.HealthLiteracy = cloneSlice(t.HealthLiteracy)
	return t
}

// AgeRange is a closed range of ages in years. Max 0 means no upper limit,
// so the zero value means all ages and {Min: 67} means 67 and older.
type AgeRange struct {
	// Min is the lowest age in years, 0 for none.
	Min int `json:"min,omitempty"`
	// Max is the highest age in years, 0 for no upper limit.
	Max int `json:"max,omitempty"`
}

// IsZero reports whether the range is unset (all ages).
func (a AgeRange) IsZero() bool { return a == AgeRange{} }

// Upper returns the upper bound, taxonomy.MaxAge when Max is 0.
func (a AgeRange) Upper() int {
	if a.Max == 0 {
		return taxonomy.MaxAge
	}
	return a.Max
}

// Contains reports whether age lies in the range.
func (a AgeRange) Contains(age int) bool { return age >= a.Min && age <= a.Upper() }

// Groups returns the age groups the range overlaps, youngest first; nil if
// the range is empty.
func (a AgeRange) Groups() []taxonomy.AgeGroup { return taxonomy.AgeGroupsBetween(a.Min, a.Upper()) }
