package lmh

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Rule is the stable code of a validation rule. Field rules carry the name
// of their validator tag ("required", "max", "kommunenummer"); a rule for a
// taxonomy code is RuleCode with the facet as parameter; domain rules have
// codes of their own. Messages for people come from Problem.Message.
type Rule string

// Field rules.
const (
	RuleRequired      Rule = "required"      // a value must be given
	RuleMax           Rule = "max"           // text too long or list too long; Param is the limit
	RuleMin           Rule = "min"           // too short; Param is the limit
	RuleGTE           Rule = "gte"           // number below Param
	RuleLTE           Rule = "lte"           // number above Param
	RuleURL           Rule = "http_url"      // not an http(s) URL
	RuleCode          Rule = "code"          // not a code of the facet named by Param
	RuleEnum          Rule = "enum"          // not one of the values of the field's enumeration
	RuleDate          Rule = "date"          // not a calendar date
	RuleLang          Rule = "lang"          // not nb, nn or en
	RuleDocLang       Rule = "doclang"       // the offering's own text must be nb or nn
	RuleKommunenummer Rule = "kommunenummer" // not a municipality in the 2024 list
	RuleFylkesnummer  Rule = "fylkesnummer"  // not a county in the 2024 list
	RuleOrgNumber     Rule = "orgnr"         // not nine digits with a valid MOD11 check digit
	RuleICD10         Rule = "icd10"         // not ICD-10 code syntax
	RuleICPC2         Rule = "icpc2"         // not ICPC-2 code syntax
	RuleBCP47         Rule = "bcp47"         // not a BCP 47 language tag
	RulePhone         Rule = "phone"         // not a Norwegian telephone number
	RuleEmail         Rule = "email"         // not an e-mail address
	RuleInvalid       Rule = "invalid"       // any other field rule; Param is the tag
)

// Domain rules, checked on the whole offering.
const (
	// RuleGroupCapacity: a group offering takes at least 2 participants.
	RuleGroupCapacity Rule = "group_capacity"
	// RuleIndividualCapacity: an individual offering takes exactly 1.
	RuleIndividualCapacity Rule = "individual_capacity"
	// RuleCapacityOrder: the minimum number of participants exceeds the maximum.
	RuleCapacityOrder Rule = "capacity_order"
	// RuleRoleRequired: the target group names at least one role.
	RuleRoleRequired Rule = "role_required"
	// RuleConditionRequired: a diagnosis-specific offering names at least
	// one condition (a taxonomy code, an ICD-10 or an ICPC-2 code).
	RuleConditionRequired Rule = "condition_required"
	// RuleAgeOrder: the age range's minimum exceeds its maximum.
	RuleAgeOrder Rule = "age_order"
	// RuleAgePlausible: an age bound lies outside 0–130 years.
	RuleAgePlausible Rule = "age_plausible"
	// RulePlaceRequired: an in-person or hybrid offering names the
	// municipality it meets in.
	RulePlaceRequired Rule = "place_required"
	// RuleCoverageRequired: the offering says whom it serves — national,
	// or some municipalities, counties or health regions.
	RuleCoverageRequired Rule = "coverage_required"
	// RuleParticipationRequired: user participation (brukermedvirkning)
	// is declared; the sources make it a precondition of every offering.
	RuleParticipationRequired Rule = "user_participation_required"
	// RuleScheduleOrder: the end is before the start, or session dates
	// are not in ascending order.
	RuleScheduleOrder Rule = "schedule_order"
	// RuleScheduleRange: a session date lies outside start–end.
	RuleScheduleRange Rule = "schedule_range"
	// RuleFeeNonNegative: the fee is not negative.
	RuleFeeNonNegative Rule = "fee_non_negative"
	// RuleFeeFree: an offering marked free has no fee.
	RuleFeeFree Rule = "fee_free"
	// RuleEnrolledOverCapacity: more are enrolled than the offering takes.
	RuleEnrolledOverCapacity Rule = "enrolled_over_capacity"
	// RuleDeadlineOrder: the registration deadline is after the first
	// session (schedule.start, else the first of schedule.dates).
	RuleDeadlineOrder Rule = "registration_deadline_order"
	// RuleTimeOrder: a weekly meeting ends before or when it starts.
	RuleTimeOrder Rule = "time_order"
	// RuleTimesWeekly: schedule.times and schedule.weekly disagree: a
	// weekly meeting falls in a part of the week times leaves out, or times
	// names a part of the week no weekly meeting can fall in.
	RuleTimesWeekly Rule = "times_weekly"
	// RuleExcludeConflict: a condition is both excluded and, itself or a
	// narrower one, among the target group's conditions.
	RuleExcludeConflict Rule = "exclude_conflict"
)

// Problem is one thing wrong with a value: where, which rule, and the
// rule's parameter. It never holds the value itself.
type Problem struct {
	// Field is the path in JSON names, e.g. "frames.capacity.max" or
	// "target_group.roles[1]"; "" for the value as a whole.
	Field string `json:"field"`
	// Rule is the rule that failed.
	Rule Rule `json:"rule"`
	// Param is the rule's parameter: a limit ("200"), a facet ("role"),
	// or "" if the rule has none.
	Param string `json:"param,omitempty"`
}

// String returns "field: message" in English.
func (p Problem) String() string {
	if p.Field == "" {
		return p.Message(taxonomy.EN)
	}
	return p.Field + ": " + p.Message(taxonomy.EN)
}

// Message returns a sentence for people in nb, nn or en (nb for any other
// language) describing the rule. It is generic: it names the rule and its
// parameter, never the value that failed it.
func (p Problem) Message(l taxonomy.Lang) string {
	m, ok := messages[p.Rule]
	if !ok {
		m = messages[RuleInvalid]
	}
	i := l.Index()
	param := p.Param
	if p.Rule == RuleCode {
		if f, err := taxonomy.ParseFacet(p.Param); err == nil {
			param = f.Label(l)
		}
	}
	if param == "" {
		// A rule given without its parameter ("invalid" for a value no
		// other rule names) reads without the empty brackets.
		return strings.ReplaceAll(m[i], " ({param})", "")
	}
	return strings.ReplaceAll(m[i], "{param}", param)
}

// ValidationError is the error of ValidateOffering and ValidateNeed: one
// value carrying every problem found. Use errors.As to get it. It is plain
// data: safe to read and print from several goroutines, not to change
// concurrently.
type ValidationError struct {
	// Kind is "offering" or "need".
	Kind string `json:"kind"`
	// Problems are in the order found: field rules in field order, then
	// domain rules.
	Problems []Problem `json:"problems"`
}

// Error lists every problem in English: "lmh: invalid offering: name: …; …".
// Like Problem, it never contains a field's value.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("lmh: invalid ")
	b.WriteString(e.Kind)
	for i, p := range e.Problems {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Sentinels matched by errors.Is for a *ValidationError of each kind.
var (
	ErrInvalidOffering = errors.New("lmh: invalid offering") // from ValidateOffering
	ErrInvalidNeed     = errors.New("lmh: invalid need")     // from ValidateNeed
)

// Is reports whether target is ErrInvalidOffering or ErrInvalidNeed and
// matches the error's Kind.
func (e *ValidationError) Is(target error) bool {
	return (target == ErrInvalidOffering && e.Kind == "offering") || (target == ErrInvalidNeed && e.Kind == "need")
}

// Has reports whether one of the problems is of rule r.
func (e *ValidationError) Has(r Rule) bool {
	for _, p := range e.Problems {
		if p.Rule == r {
			return true
		}
	}
	return false
}

// facetTags are the validator tags that stand for a taxonomy facet.
var facetTags = map[string]bool{
	"concept": true, "format": true, "role": true, "age_group": true, "arena": true,
	"service_level": true, "method": true, "delivery": true, "scope": true, "goal": true,
	"theme": true, "condition": true, "programme": true, "participation": true, "accessibility": true,
}

// convert turns validator errors into a *ValidationError. It reads only the
// namespace, tag and parameter of each error, never its value.
func convert(kind string, err error) error {
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return &ValidationError{Kind: kind, Problems: []Problem{{Rule: RuleInvalid}}}
	}
	e := &ValidationError{Kind: kind, Problems: make([]Problem, 0, len(verrs))}
	for _, fe := range verrs {
		ns := fe.Namespace()
		if _, rest, ok := strings.Cut(ns, "."); ok {
			ns = rest
		}
		p := Problem{Field: ns, Rule: Rule(fe.Tag()), Param: fe.Param()}
		switch tag := fe.Tag(); {
		case facetTags[tag]:
			p.Rule, p.Param = RuleCode, tag
		case messages[Rule(tag)] == [3]string{}:
			p.Rule, p.Param = RuleInvalid, tag
		}
		e.Problems = append(e.Problems, p)
	}
	return e
}

// messages are the texts for each rule: nb, nn, en. "{param}" is replaced
// by the problem's parameter.
var messages = map[Rule][3]string{
	RuleRequired: {"må fylles ut", "må fyllast ut", "is required"},
	RuleMax:      {"er for lang (høyst {param})", "er for lang (høgst {param})", "is too long (at most {param})"},
	RuleMin:      {"er for kort (minst {param})", "er for kort (minst {param})", "is too short (at least {param})"},
	RuleGTE:      {"må være minst {param}", "må vere minst {param}", "must be at least {param}"},
	RuleLTE:      {"må være høyst {param}", "må vere høgst {param}", "must be at most {param}"},
	RuleURL:      {"må være en http- eller https-adresse", "må vere ei http- eller https-adresse", "must be an http or https URL"},
	RuleCode:     {"er ikke en gyldig kode for {param}", "er ikkje ein gyldig kode for {param}", "is not a valid {param} code"},
	RuleEnum:     {"er ikke en gyldig verdi", "er ikkje ein gyldig verdi", "is not a valid value"},
	RuleDate:     {"må være en gyldig dato (ÅÅÅÅ-MM-DD)", "må vere ein gyldig dato (ÅÅÅÅ-MM-DD)", "must be a valid date (YYYY-MM-DD)"},
	RuleLang:     {"må være nb, nn eller en", "må vere nb, nn eller en", "must be nb, nn or en"},
	RuleDocLang:  {"må være bokmål (nb) eller nynorsk (nn)", "må vere bokmål (nb) eller nynorsk (nn)", "must be Bokmål (nb) or Nynorsk (nn)"},
	RuleKommunenummer: {"er ikke et kommunenummer i 2024-lista", "er ikkje eit kommunenummer i 2024-lista",
		"is not a municipality number in the 2024 list"},
	RuleFylkesnummer: {"er ikke et fylkesnummer i 2024-lista", "er ikkje eit fylkesnummer i 2024-lista",
		"is not a county number in the 2024 list"},
	RuleOrgNumber: {"må være et organisasjonsnummer med ni sifre og gyldig kontrollsiffer",
		"må vere eit organisasjonsnummer med ni siffer og gyldig kontrollsiffer",
		"must be a nine-digit organisation number with a valid check digit"},
	RuleICD10: {"er ikke en ICD-10-kode (som F32 eller F32.1)", "er ikkje ein ICD-10-kode (som F32 eller F32.1)",
		"is not an ICD-10 code (like F32 or F32.1)"},
	RuleICPC2: {"er ikke en ICPC-2-kode (som T90)", "er ikkje ein ICPC-2-kode (som T90)", "is not an ICPC-2 code (like T90)"},
	RuleBCP47: {"er ikke en språkkode etter BCP 47 (som nb, nn, se, en)", "er ikkje ein språkkode etter BCP 47 (som nb, nn, se, en)",
		"is not a BCP 47 language tag (like nb, nn, se, en)"},
	RulePhone: {"er ikke et norsk telefonnummer (åtte sifre, eventuelt med +47)", "er ikkje eit norsk telefonnummer (åtte siffer, eventuelt med +47)",
		"is not a Norwegian telephone number (eight digits, optionally after +47)"},
	RuleEmail:   {"er ikke en e-postadresse", "er ikkje ei e-postadresse", "is not an e-mail address"},
	RuleInvalid: {"er ugyldig ({param})", "er ugyldig ({param})", "is invalid ({param})"},

	RuleGroupCapacity: {"et gruppetilbud må ha plass til minst {param} deltakere", "eit gruppetilbod må ha plass til minst {param} deltakarar",
		"a group offering must take at least {param} participants"},
	RuleIndividualCapacity: {"et individuelt tilbud har plass til nøyaktig {param} deltaker", "eit individuelt tilbod har plass til nøyaktig {param} deltakar",
		"an individual offering takes exactly {param} participant"},
	RuleCapacityOrder: {"minste antall deltakere kan ikke være større enn største", "minste tal på deltakarar kan ikkje vere større enn største",
		"the minimum number of participants cannot exceed the maximum"},
	RuleRoleRequired: {"målgruppa må ha minst én rolle (pasient, bruker eller pårørende)", "målgruppa må ha minst éin rolle (pasient, brukar eller pårørande)",
		"the target group must name at least one role (patient, user or next of kin)"},
	RuleConditionRequired: {"et diagnosespesifikt tilbud må nevne minst én tilstand", "eit diagnosespesifikt tilbod må nemne minst éin tilstand",
		"a diagnosis-specific offering must name at least one condition"},
	RuleAgeOrder: {"laveste alder kan ikke være høyere enn høyeste", "lågaste alder kan ikkje vere høgare enn høgaste",
		"the minimum age cannot exceed the maximum age"},
	RuleAgePlausible: {"alderen må ligge mellom {param} år", "alderen må liggje mellom {param} år", "the age must lie within {param} years"},
	RulePlaceRequired: {"et tilbud med fysisk oppmøte må oppgi kommunen det holdes i", "eit tilbod med fysisk oppmøte må oppgi kommunen det blir halde i",
		"an in-person or hybrid offering must name the municipality it meets in"},
	RuleCoverageRequired: {"tilbudet må oppgi hvem det er for etter bosted: hele landet, kommuner, fylker eller helseregioner",
		"tilbodet må oppgi kven det er for etter bustad: heile landet, kommunar, fylke eller helseregionar",
		"the offering must say whom it serves by residence: national, municipalities, counties or health regions"},
	RuleParticipationRequired: {"brukermedvirkning må være beskrevet (planlegging, gjennomføring, evaluering eller likepersoner)",
		"brukarmedverknad må vere skildra (planlegging, gjennomføring, evaluering eller likepersonar)",
		"user participation must be declared (planning, delivery, evaluation or peer co-leaders)"},
	RuleScheduleOrder:  {"datoene må komme i stigende rekkefølge", "datoane må kome i stigande rekkjefølgje", "dates must be in ascending order"},
	RuleScheduleRange:  {"datoen ligger utenfor start og slutt", "datoen ligg utanfor start og slutt", "the date lies outside start and end"},
	RuleFeeNonNegative: {"egenandelen kan ikke være negativ", "eigendelen kan ikkje vere negativ", "the fee cannot be negative"},
	RuleFeeFree:        {"et gratis tilbud kan ikke ha egenandel", "eit gratis tilbod kan ikkje ha eigendel", "a free offering cannot have a fee"},
	RuleEnrolledOverCapacity: {"flere er påmeldt enn det er plass til", "fleire er påmelde enn det er plass til",
		"more participants are enrolled than the offering takes"},
	RuleDeadlineOrder: {"påmeldingsfristen er etter første samling", "påmeldingsfristen er etter første samling",
		"the registration deadline is after the first session"},
	RuleTimeOrder: {"sluttidspunktet må være etter starttidspunktet", "sluttidspunktet må vere etter starttidspunktet",
		"the end time must be after the start time"},
	RuleTimesWeekly: {"tidsrommene stemmer ikke med ukedagene og klokkeslettene", "tidsromma stemmer ikkje med vekedagane og klokkesletta",
		"the parts of the week do not agree with the weekly days and times"},
	RuleExcludeConflict: {"en tilstand kan ikke både være utelukket og høre til målgruppa", "ein tilstand kan ikkje både vere utelukka og høyre til målgruppa",
		"a condition cannot be both excluded and part of the target group"},
}

// Rules returns every rule code that has a message, sorted; it is meant
// for documentation and tests.
func Rules() []Rule {
	out := make([]Rule, 0, len(messages))
	for r := range messages {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
