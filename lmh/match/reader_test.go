package match

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestReadNeedText holds the reader to issue 18's phrasings, one case per
// kind, in Bokmål and Nynorsk. The development and test sets
// (needtext_eval_test.go) measure it on many more.
func TestReadNeedText(t *testing.T) {
	type want struct {
		roles    []taxonomy.Role
		age      int // -1: none
		relAge   int // -1: none
		groups   []taxonomy.AgeGroup
		conds    []taxonomy.Condition
		muni     string
		county   string
		langs    []string
		interp   bool
		delivery lmh.DeliveryPreference
		format   taxonomy.Format
		relative Relative
		inferred []Criterion
	}
	kin := []taxonomy.Role{taxonomy.RoleNextOfKin}
	pat := []taxonomy.Role{taxonomy.RolePatient}
	adults := []taxonomy.AgeGroup{taxonomy.AgeGroupAdults}
	c := func(cs ...taxonomy.Condition) []taxonomy.Condition { return cs }
	for _, tc := range []struct {
		text string
		want want
	}{
		{"forelder til gutt på 6 år med autisme", want{roles: kin, age: -1, relAge: 6, groups: adults, conds: c(taxonomy.ConditionAutism), relative: RelativeChild}},
		{"Eg er mor til ei jente med epilepsi. Ho er 9 år.", want{roles: kin, age: -1, relAge: 9, groups: adults, conds: c(taxonomy.ConditionEpilepsy), relative: RelativeChild}},
		{"Mannen min har fått demens. Jeg er 71.", want{roles: kin, age: 71, relAge: -1, conds: c(taxonomy.ConditionDementia), relative: RelativePartner}},
		{"Dattera vår har diabetes type 1.", want{roles: kin, age: -1, relAge: -1, groups: adults, conds: c(taxonomy.ConditionDiabetesType1), relative: RelativeChild}},
		{"Pasienten er 82 år og har kols.", want{roles: pat, age: 82, relAge: -1, conds: c(taxonomy.ConditionCOPD)}},
		{"Jeg er åtti år gammel og har røykt i 30 år.", want{roles: []taxonomy.Role{taxonomy.RoleUser}, age: 80, relAge: -1}},
		{"Er i 40-åra og har sukker.", want{roles: pat, age: -1, relAge: -1, groups: adults, conds: c(taxonomy.ConditionDiabetes)}},
		{"Eg er pensjonist med tung pust.", want{roles: pat, age: -1, relAge: -1, groups: []taxonomy.AgeGroup{taxonomy.AgeGroupElderly},
			conds: c(taxonomy.ConditionLungDisease), inferred: []Criterion{CriterionCondition}}},
		{"Jeg har hjerteflimmer og bor på Sunnmøre.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionHeartDisease), county: "15"}},
		{"Har diabetis. Bur i romsa.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionDiabetes), muni: "5501"}},
		{"Jeg skal reise til Tromsø, men bor i Alta og har nerver.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionAnxiety), muni: "5601"}},
		{"Han snakker bare arabisk og treng tolk. Pasienten har kols.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionCOPD), langs: []string{"ar"}, interp: true}},
		{"Jeg har MS og kan ikke reise, så jeg vil helst ha kurs.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionMultipleSclerosis),
			delivery: lmh.DigitalOK, format: taxonomy.FormatGroup}},
		{"Jeg har angst, vil bare ha fysisk oppmøte og ikke i gruppe.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionAnxiety),
			delivery: lmh.InPersonOnly, format: taxonomy.FormatIndividual}},
		{"Jeg har ikke diabetes, men hjerteinfarkt.", want{roles: pat, age: -1, relAge: -1, conds: c(taxonomy.ConditionHeartAttack)}},
		{"Jeg har nedsatt funksjonsevne.", want{roles: []taxonomy.Role{taxonomy.RoleUser}, age: -1, relAge: -1}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			f := defaultTextReader{}.ReadNeedText(tc.text)
			w := tc.want
			age, relAge := -1, -1
			if f.Age != nil {
				age = *f.Age
			}
			if f.RelativeAge != nil {
				relAge = *f.RelativeAge
			}
			check := func(field string, ok bool, got, want any) {
				t.Helper()
				if !ok {
					t.Errorf("%s = %v, want %v", field, got, want)
				}
			}
			check("roles", slices.Equal(f.Roles, w.roles), f.Roles, w.roles)
			check("age", age == w.age, age, w.age)
			check("relative age", relAge == w.relAge, relAge, w.relAge)
			check("age groups", slices.Equal(f.AgeGroups, w.groups), f.AgeGroups, w.groups)
			check("conditions", slices.Equal(f.Conditions, w.conds), f.Conditions, w.conds)
			check("municipality", f.Municipality == w.muni, f.Municipality, w.muni)
			check("county", f.County == w.county, f.County, w.county)
			check("languages", slices.Equal(f.Languages, w.langs), f.Languages, w.langs)
			check("interpreter", f.Interpreter == w.interp, f.Interpreter, w.interp)
			check("delivery", f.Delivery == w.delivery, f.Delivery, w.delivery)
			check("format", f.PreferredFormat == w.format, f.PreferredFormat, w.format)
			check("relative", f.Relative == w.relative, f.Relative, w.relative)
			check("inferred", slices.Equal(f.Inferred, w.inferred), f.Inferred, w.inferred)
		})
	}
}

// TestReaderBoundedWork: a text of the largest size a Need allows, made of
// the reader's busiest phrases, is read; every field stays valid. (Speed is
// measured in BenchmarkReadNeedText, not here.)
func TestReaderBoundedWork(t *testing.T) {
	unit := "mannen min på 58 år bor i Bergen og har demens, tung pust, sukker og snakker bare arabisk i 40-åra "
	text := strings.Repeat(unit, 5000/len(unit))
	f := defaultTextReader{}.ReadNeedText(text)
	n := lmh.Need{Roles: f.Roles, Age: f.Age, Conditions: f.Conditions, Municipality: f.Municipality, Languages: f.Languages}
	if err := lmh.ValidateNeed(&n); err != nil {
		t.Fatalf("the facts as a Need: %v", err)
	}
}

func TestRelativeEnum(t *testing.T) {
	for r := RelativeChild; r <= RelativeOther; r++ {
		b, err := r.MarshalText()
		if err != nil || !r.IsValid() || r.String() != string(b) || r.Label(taxonomy.NN) == "" {
			t.Errorf("%d: %q %v %q", r, b, err, r.Label(taxonomy.NN))
		}
		var back Relative
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%s: round trip %v %v", r, back, err)
		}
	}
	if Relative(0).String() != "" || Relative(99).String() == "" || Relative(99).IsValid() {
		t.Error("zero or out-of-range Relative")
	}
	var r Relative
	if err := r.UnmarshalText([]byte("cousin")); err == nil {
		t.Error("unknown code parses")
	}
}

// TestTextFactsPrintNoValue: TextFacts names the fields set, never their
// values, under every verb.
func TestTextFactsPrintNoValue(t *testing.T) {
	f := defaultTextReader{}.ReadNeedText("Sønnen min Sentinelius på 7 år har epilepsi, vi bor i Bergen og snakker bare polsk, treng tolk")
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		out := fmt.Sprintf(verb, f)
		for _, leak := range []string{"Sentinel", "epilepsy", "4601", "pl", "child", "7"} {
			if strings.Contains(out, leak) {
				t.Errorf("%s prints %q: %s", verb, leak, out)
			}
		}
		if !strings.Contains(out, "relative_age") || !strings.Contains(out, "interpreter") {
			t.Errorf("%s does not name the fields set: %s", verb, out)
		}
	}
}

// BenchmarkReadNeedText is the reader on a 180-byte need text, beside
// classify.NeedText alone (which the reader calls): the ratio is what the
// reader adds.
func BenchmarkReadNeedText(b *testing.B) {
	text := "Hei! Jeg er mor til ei jente på 9 år med epilepsi. Vi bor på Nesttun, og jeg kan ikke reise langt. Hun snakker bare norsk. Vil helst ha kurs på kveldstid, etter jobb."
	defaultTextReader{}.ReadNeedText(text) // the classifier's and the gazetteers' tables are built on first use
	b.Run("reader", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			defaultTextReader{}.ReadNeedText(text)
		}
	})
	b.Run("classify.NeedText", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			classify.NeedText(text)
		}
	})
}
