// Package lmh is the domain model of læring og mestring i helse: offerings
// (lærings- og mestringstilbud), their target groups and frames, and the
// needs people bring, with validation that explains itself.
//
//	o := lmh.SampleCatalogue()[0]
//	o.Frames.Capacity.Max = 1
//	err := lmh.ValidateOffering(&o)
//	var verr *lmh.ValidationError
//	if errors.As(err, &verr) {
//		for _, p := range verr.Problems {
//			fmt.Println(p.Field, p.Rule, p.Message(taxonomy.NB))
//			// frames.capacity.max group_capacity et gruppetilbud må ha plass til minst 2 deltakere
//			// (and, for this offering, capacity_order and enrolled_over_capacity)
//		}
//	}
//
// # Model
//
// An Offering is described the way the field plans one: whom it is for
// (TargetGroup: roles, ages, conditions as taxonomy codes and ICD-10/ICPC-2
// codes, health-literacy adaptations, and the conditions it excludes), its
// goals, where it sits in the service, its methods and content (themes,
// scope, programme), its Frames (sessions, teaching hours, capacity and
// enrolment, cost, referral, registration and its deadline), its Schedule
// (dates, weekly days and times, parts of the week), Place and Coverage
// (national, or municipalities, counties and health regions from package
// geo), its languages (BCP 47) and accessibility, user participation
// (brukermedvirkning), the team's professions, evaluation, contact and
// status. Every facet value is a typed code of package taxonomy, so it
// cannot hold a code outside the vocabulary once decoded.
//
// Whether a referral or a registration is needed is a Stated: Yes, No, or
// NotStated (the zero value). A listing that says "du trenger ingen
// henvisning" says something a silent one does not, so the JSON writes
// false only for No and leaves the member out when nothing is stated.
//
// A Need is what a person, or a case worker on their behalf, brings:
// roles, age, conditions, themes and goals, preferred format and delivery,
// municipality, languages, accessibility needs, when they can attend and a
// free text.
//
// # Validation
//
// ValidateOffering and ValidateNeed run field rules (struct tags evaluated
// by go-playground/validator on a validator this package owns, with custom
// validations for the codes of each taxonomy facet, kommunenummer and
// fylkesnummer via package geo, organisation numbers with their MOD11 check
// digit, ICD-10 and ICPC-2 syntax, BCP 47 tags, Norwegian telephone
// numbers and e-mail addresses) and then the domain
// rules of the field, each with its own Rule code:
//
//	group_capacity              a group offering takes at least 2 participants
//	individual_capacity         an individual offering takes exactly 1
//	                            (a capacity not given at all is "required")
//	capacity_order              minimum participants ≤ maximum
//	enrolled_over_capacity      enrolled ≤ maximum
//	role_required               the target group names at least one role
//	condition_required          a diagnosis-specific offering names a condition
//	age_order, age_plausible    the age range is ordered and within 0–130
//	place_required              in-person and hybrid offerings name their municipality
//	coverage_required           the offering says whom it serves (digital ones may be national)
//	user_participation_required user participation is declared
//	schedule_order, schedule_range  dates are ordered and within start–end
//	fee_non_negative, fee_free  the fee is not negative, and zero when free
//	registration_deadline_order the deadline is not after the first session
//	time_order                  a weekly meeting ends after it starts
//	times_weekly                schedule.times agrees with schedule.weekly
//	exclude_conflict            no condition is both excluded and targeted
//
// The result is nil or one *ValidationError carrying every Problem: the
// field's path in JSON names ("target_group.roles[1]"), the rule code and
// its parameter. Problem.Message gives a sentence in Bokmål, Nynorsk or
// English from a table keyed by rule code.
//
// CheckISF is a separate, advisory check of whether an offering qualifies as
// a hospital patient-education programme under the activity-based financing
// rules (ISF); it reports each criterion met or not with the reason.
//
// # JSON and catalogues
//
// The JSON form uses stable snake_case names, codes as strings and UUIDs;
// optional members are left out when zero, while the members an Offering
// requires (id, name, provider, format, target_group, frames with capacity
// and cost, coverage, user_participation, status …) are always written,
// empty or not, so that a draft shows what it lacks. DecodeOffering and DecodeNeed decode strictly:
// an unknown member, an unknown code or a value of the wrong type is a
// *DecodeError naming its JSON path. Entries streams a JSON Lines
// catalogue as an iterator, one line at a time, reporting bad lines by
// number and going on with the rest; LoadCatalogue and WriteCatalogue read
// and write whole catalogues. SampleCatalogue is an embedded catalogue of
// 42 offerings written for the project, used by the examples and tests.
//
// # Privacy
//
// A Need is health data. Its String, GoString and Format methods print
// only which fields are set, so %v, %+v, %#v and every other verb show no
// value; validation and decoding errors for a Need name fields and rules,
// never values. The package logs nothing. Printing a Need held in an
// unexported field of another struct bypasses its methods (fmt cannot call
// them there); keep Needs in exported fields or print them yourself.
//
// # Concurrency
//
// Model values are plain data: safe for concurrent reads, not for
// concurrent writes; Clone makes a deep copy. Every function of the package
// is safe for concurrent use.
//
// Reading listings into codes is package classify's job; matching needs to
// offerings and the equal-access report are package match's.
package lmh
