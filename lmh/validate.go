package lmh

import (
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The package owns its validator: built once, never exposed, so no caller
// can register a validation that changes what ValidateOffering means.
var (
	fullValidator = sync.OnceValue(func() *validator.Validate {
		v := newFieldValidator()
		v.RegisterStructValidation(offeringRules, Offering{})
		return v
	})
)

// ValidateOffering checks o against the field rules in its struct tags and
// the domain rules of the field (see Rule). It returns nil or a
// *ValidationError that lists every problem found, each with its JSON field
// path, rule code and parameter. It is safe for concurrent use.
func ValidateOffering(o *Offering) error {
	if o == nil {
		return &ValidationError{Kind: "offering", Problems: []Problem{{Rule: RuleRequired}}}
	}
	return convert("offering", fullValidator().Struct(o))
}

// ValidateNeed checks n against its field rules. The returned
// *ValidationError names fields and rules only; it never contains the value
// of a field, since a Need is health data.
func ValidateNeed(n *Need) error {
	if n == nil {
		return &ValidationError{Kind: "need", Problems: []Problem{{Rule: RuleRequired}}}
	}
	return convert("need", fullValidator().Struct(n))
}

// newFieldValidator returns a validator with the package's custom field
// validations and JSON field names, but no struct-level domain rules.
func newFieldValidator() *validator.Validate {
	v := validator.New()
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return f.Name
		}
		return name
	})
	must := func(err error) {
		if err != nil {
			panic("lmh: register validation: " + err.Error())
		}
	}
	facet := func(tag string, fn validator.Func) { must(v.RegisterValidation(tag, fn)) }
	facet("concept", codeValidator[taxonomy.Concept]())
	facet("format", codeValidator[taxonomy.Format]())
	facet("role", codeValidator[taxonomy.Role]())
	facet("age_group", codeValidator[taxonomy.AgeGroup]())
	facet("arena", codeValidator[taxonomy.Arena]())
	facet("service_level", codeValidator[taxonomy.ServiceLevel]())
	facet("method", codeValidator[taxonomy.Method]())
	facet("delivery", codeValidator[taxonomy.Delivery]())
	facet("scope", codeValidator[taxonomy.Scope]())
	facet("goal", codeValidator[taxonomy.Goal]())
	facet("theme", codeValidator[taxonomy.Theme]())
	facet("condition", codeValidator[taxonomy.Condition]())
	facet("programme", codeValidator[taxonomy.Programme]())
	facet("participation", codeValidator[taxonomy.Participation]())
	facet("accessibility", codeValidator[taxonomy.Accessibility]())
	must(v.RegisterValidation("enum", validEnum))
	must(v.RegisterValidation("date", validDate))
	must(v.RegisterValidation("lang", func(fl validator.FieldLevel) bool {
		return taxonomy.Lang(fl.Field().Uint()).IsValid()
	}))
	must(v.RegisterValidation("doclang", func(fl validator.FieldLevel) bool {
		l := taxonomy.Lang(fl.Field().Uint())
		return l == taxonomy.NB || l == taxonomy.NN
	}))
	must(v.RegisterValidation("kommunenummer", func(fl validator.FieldLevel) bool {
		return geo.IsValid(fl.Field().String())
	}))
	must(v.RegisterValidation("fylkesnummer", func(fl validator.FieldLevel) bool {
		_, ok := geo.LookupCounty(fl.Field().String())
		return ok
	}))
	must(v.RegisterValidation("orgnr", func(fl validator.FieldLevel) bool {
		return ValidOrganisationNumber(fl.Field().String())
	}))
	must(v.RegisterValidation("icd10", func(fl validator.FieldLevel) bool {
		return taxonomy.ICD10.ValidCode(fl.Field().String())
	}))
	must(v.RegisterValidation("icpc2", func(fl validator.FieldLevel) bool {
		return taxonomy.ICPC2.ValidCode(fl.Field().String())
	}))
	must(v.RegisterValidation("phone", func(fl validator.FieldLevel) bool {
		return ValidPhoneNumber(fl.Field().String())
	}))
	must(v.RegisterValidation("bcp47", func(fl validator.FieldLevel) bool {
		return validLanguageTag(fl.Field().String())
	}))
	return v
}

// codeValidator returns a validation that accepts only the valid codes of
// C's facet. It works on the field's integer value, so it does not allocate.
func codeValidator[C taxonomy.Code]() validator.Func {
	typ := reflect.TypeFor[C]()
	return func(fl validator.FieldLevel) bool {
		f := fl.Field()
		return f.Type() == typ && C(f.Uint()).IsValid()
	}
}

// validEnum accepts a value of one of the package's enumerations (or
// geo.HealthRegion) that is valid.
func validEnum(fl validator.FieldLevel) bool {
	f := fl.Field()
	switch f.Type() {
	case reflect.TypeFor[Status]():
		return Status(f.Uint()).IsValid()
	case reflect.TypeFor[DeliveryPreference]():
		return DeliveryPreference(f.Uint()).IsValid()
	case reflect.TypeFor[TimeSlot]():
		return TimeSlot(f.Uint()).IsValid()
	case reflect.TypeFor[Profession]():
		return Profession(f.Uint()).IsValid()
	case reflect.TypeFor[EvaluationMethod]():
		return EvaluationMethod(f.Uint()).IsValid()
	case reflect.TypeFor[Adaptation]():
		return Adaptation(f.Uint()).IsValid()
	case reflect.TypeFor[Weekday]():
		return Weekday(f.Uint()).IsValid()
	case reflect.TypeFor[Stated]():
		return Stated(f.Uint()).IsValid()
	case reflect.TypeFor[geo.HealthRegion]():
		return geo.HealthRegion(f.Uint()).IsValid()
	}
	return false
}

func validDate(fl validator.FieldLevel) bool {
	f := fl.Field()
	if f.Type() != reflect.TypeFor[Date]() {
		return false
	}
	d := Date{Year: int(f.Field(0).Int()), Month: time.Month(f.Field(1).Int()), Day: int(f.Field(2).Int())}
	return d.IsValid()
}

// ValidOrganisationNumber reports whether s is a well-formed Norwegian
// organisasjonsnummer: nine digits whose last is the MOD11 check digit of
// the first eight (weights 3 2 7 6 5 4 3 2). It does not look the number up
// in Enhetsregisteret.
func ValidOrganisationNumber(s string) bool {
	if len(s) != 9 {
		return false
	}
	weights := [8]int{3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := 0; i < 9; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		if i < 8 {
			sum += int(s[i]-'0') * weights[i]
		}
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == int(s[8]-'0')
}

// commonTags are language tags the catalogue uses most, accepted without
// parsing.
var commonTags = map[string]bool{"nb": true, "nn": true, "no": true, "se": true, "sma": true, "smj": true, "en": true}

// validLanguageTag reports whether s is a well-formed BCP 47 tag.
func validLanguageTag(s string) bool {
	if commonTags[s] {
		return true
	}
	if s == "" || strings.TrimSpace(s) != s {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}
