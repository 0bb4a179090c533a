package taxonomy

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Role
		wantErr error
		nearest string
	}{
		{"exact", "patient", RolePatient, nil, ""},
		{"case and space", "  Next_Of_Kin ", RoleNextOfKin, nil, ""},
		{"spaces for underscores", "next of kin", RoleNextOfKin, nil, ""},
		{"hyphens for underscores", "next-of-kin", RoleNextOfKin, nil, ""},
		{"unknown with nearest code", "patiens", 0, ErrUnknownCode, "patient"},
		{"Norwegian label gives nearest", "pårørende", 0, ErrSyntax, "next_of_kin"},
		{"Nynorsk label gives nearest", "brukar", 0, ErrUnknownCode, "user"},
		{"empty is malformed", "", 0, ErrSyntax, ""},
		{"far from everything", "xyzzyplugh", 0, ErrUnknownCode, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRole(tt.in)
			assert.Equal(t, tt.want, got)
			if tt.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
			var ce *CodeError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, FacetRole, ce.Facet)
			assert.Equal(t, tt.in, ce.Code)
			assert.Equal(t, tt.nearest, ce.Nearest)
		})
	}
}

func TestMustParsePanicsNamingInput(t *testing.T) {
	defer func() {
		r := recover()
		require.NotNil(t, r)
		assert.Contains(t, fmt.Sprint(r), `"hospital"`)
	}()
	MustParseArena("hospital")
}

func TestStringNeverPanics(t *testing.T) {
	assert.Equal(t, "", Arena(0).String())
	assert.Equal(t, "Arena(999)", Arena(999).String())
	assert.False(t, Arena(999).IsValid())
	assert.Equal(t, "", Arena(999).Label(NB))
	_, err := Arena(999).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Facet(99)", Facet(99).String())
	assert.Equal(t, "Lang(9)", Lang(9).String())
	for _, f := range Facets() {
		for _, r := range f.Refs() {
			assert.NotEmpty(t, r.String())
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		ref        Ref
		nb, nn, en string
	}{
		{ConceptOffering.Ref(), "lærings- og mestringstilbud", "lærings- og meistringstilbod", "learning and coping offering"},
		{RoleNextOfKin.Ref(), "pårørende", "pårørande", "next of kin"},
		{MethodGuidance.Ref(), "veiledning", "rettleiing", "guidance"},
		{ConditionCOPD.Ref(), "kols", "kols", "COPD"},
	}
	for _, tt := range tests {
		t.Run(tt.ref.String(), func(t *testing.T) {
			assert.Equal(t, tt.nb, tt.ref.Label(NB))
			assert.Equal(t, tt.nn, tt.ref.Label(NN))
			assert.Equal(t, tt.en, tt.ref.Label(EN))
		})
	}
	// A definition missing in a language falls back to English.
	assert.Equal(t, ConditionCOPD.Definition(EN), ConditionCOPD.Definition(NN))
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"nb": NB, "NB-no": NB, "no": NB, "nob": NB, "nn": NN, "nno": NN, "nn_NO": NN, "en": EN, "en-GB": EN} {
		got, err := ParseLang(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseLang("se")
	assert.Error(t, err)
	for i, l := range Langs() {
		assert.Equal(t, i, l.Index(), "%s", l)
	}
	assert.Equal(t, 0, Lang(0).Index(), "the zero Lang reads as Bokmål")
	assert.Equal(t, 0, Lang(9).Index(), "an invalid Lang reads as Bokmål")
}

func TestHierarchy(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Condition
		subsumes bool
	}{
		{"reflexive", ConditionDiabetes, ConditionDiabetes, true},
		{"parent of child", ConditionDiabetes, ConditionDiabetesType2, true},
		{"child not of parent", ConditionDiabetesType2, ConditionDiabetes, false},
		{"grandparent", ConditionHeartDisease, ConditionHeartAttack, true},
		{"siblings", ConditionDiabetesType1, ConditionDiabetesType2, false},
		{"unrelated", ConditionCOPD, ConditionDementia, false},
		{"zero subsumes nothing", 0, ConditionCOPD, false},
		{"nothing subsumes zero", ConditionCOPD, 0, false},
		{"invalid", Condition(999), Condition(999), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.subsumes, tt.a.Subsumes(tt.b))
		})
	}
	assert.Equal(t, Condition(0), ConditionDiabetes.Broader(), "root")
	assert.Equal(t, []Condition{ConditionCoronaryHeartDisease, ConditionHeartDisease}, ConditionHeartAttack.Ancestors())
	assert.Equal(t, []Condition{ConditionDiabetesType1, ConditionDiabetesType2}, ConditionDiabetes.Narrower())
	assert.Equal(t, []Concept{ConceptGroupOffering, ConceptIndividualOffering}, ConceptOffering.Narrower())
	assert.ElementsMatch(t,
		[]Ref{ConditionHeartFailure.Ref(), ConditionCoronaryHeartDisease.Ref(), ConditionHeartAttack.Ref()},
		ConditionHeartDisease.Ref().Descendants())
	// Refs of different facets never subsume each other.
	assert.False(t, GoalInformation.Ref().Subsumes(MethodInformation.Ref()))
}

func TestConditionFor(t *testing.T) {
	tests := []struct {
		sys  CodeSystem
		code string
		want Condition
	}{
		{ICD10, "F32.1", ConditionDepression},
		{ICD10, "f321", ConditionDepression},
		{ICD10, "F33", ConditionDepression},
		{ICD10, "F41.1", ConditionAnxiety},
		{ICD10, "F01.9", ConditionDementia},
		{ICD10, "G30.1", ConditionDementia},
		{ICD10, "G35", ConditionMultipleSclerosis},
		{ICD10, "G12.2", ConditionNeurologicalDisease},
		{ICD10, "F60.3", ConditionMentalIllness},
		{ICD10, "E11.9", ConditionDiabetesType2},
		{ICD10, "E13", ConditionDiabetes},
		{ICD10, "I21.4", ConditionHeartAttack},
		{ICD10, "I25.1", ConditionCoronaryHeartDisease},
		{ICD10, "I48", ConditionHeartDisease},
		{ICD10, "J44.1", ConditionCOPD},
		{ICD10, "J84.1", ConditionLungDisease},
		{ICD10, "C50.9", ConditionBreastCancer},
		{ICD10, "C21", ConditionCancer},
		{ICD10, "R52.2", ConditionChronicPain},
		{ICD10, "K90.0", ConditionCeliacDisease},
		{ICD10, "U09.9", ConditionLongCovid},
		{ICPC2, "P76", ConditionDepression},
		{ICPC2, "T90", ConditionDiabetesType2},
		{ICPC2, "T89", ConditionDiabetesType1},
		{ICPC2, "R95", ConditionCOPD},
		{ICPC2, "D94", ConditionInflammatoryBowelDisease},
		{ICPC2, "K75", ConditionHeartAttack},
	}
	for _, tt := range tests {
		t.Run(tt.sys.String()+" "+tt.code, func(t *testing.T) {
			got, ok := ConditionFor(tt.sys, tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, bad := range []struct {
		sys  CodeSystem
		code string
	}{{ICD10, ""}, {ICD10, "R52"}, {ICD10, "Z99.9"}, {ICD10, "F3"}, {ICD10, "32.1"}, {ICPC2, "E11"}, {ICPC2, "T90X"}, {ICD10, "F32.12345"}} {
		_, ok := ConditionFor(bad.sys, bad.code)
		assert.False(t, ok, "%s %q", bad.sys, bad.code)
	}
	assert.True(t, ConditionDiabetes.Covers(ICD10, "E11.9"))
	assert.True(t, ConditionMentalIllness.Covers(ICD10, "F32.1"))
	assert.False(t, ConditionDiabetesType1.Covers(ICD10, "E11.9"))
}

func TestValidCode(t *testing.T) {
	for _, c := range []string{"F32", "F32.1", "F321", "Z76.0", "U07.1", "f32.1"} {
		assert.True(t, ICD10.ValidCode(c), c)
	}
	for _, c := range []string{"", "F3", "F3X", "32.1", "F32.", "F32.12345", "FF32"} {
		assert.False(t, ICD10.ValidCode(c), c)
	}
	for _, c := range []string{"T90", "P76", "A04", "t90"} {
		assert.True(t, ICPC2.ValidCode(c), c)
	}
	for _, c := range []string{"E11", "C50", "T9", "T90A", "T90."} {
		assert.False(t, ICPC2.ValidCode(c), c)
	}
}

func TestAgeGroups(t *testing.T) {
	assert.Equal(t, AgeGroupChildren, AgeGroupOf(0))
	assert.Equal(t, AgeGroupChildren, AgeGroupOf(12))
	assert.Equal(t, AgeGroupYouth, AgeGroupOf(13))
	assert.Equal(t, AgeGroupAdults, AgeGroupOf(66))
	assert.Equal(t, AgeGroupElderly, AgeGroupOf(67))
	assert.Equal(t, AgeGroup(0), AgeGroupOf(-1))
	assert.Equal(t, []AgeGroup{AgeGroupYouth, AgeGroupAdults}, AgeGroupsBetween(16, 25))
	assert.Equal(t, All[AgeGroup](), AgeGroupsBetween(0, MaxAge))
	assert.Nil(t, AgeGroupsBetween(30, 20))
}

func TestProgrammeProperties(t *testing.T) {
	assert.Equal(t, FormatGroup, ProgrammeKiD.Format())
	assert.Equal(t, []Condition{ConditionDepression}, ProgrammeKiD.Conditions())
	assert.Equal(t, []Role{RoleNextOfKin}, ProgrammeParorendeskole.Roles())
	assert.Equal(t, FormatIndividual, ProgrammeRoyksluttkurs.Format())
	assert.Equal(t, ArenaMunicipal, ProgrammeFrisklivskurs.Arena())
	assert.Equal(t, []AgeGroup{AgeGroupChildren}, ProgrammeSMIL.AgeGroups())
	assert.Equal(t, FormatGroup, ConceptGroupOffering.Format())
	assert.Equal(t, ConceptIndividualOffering, FormatIndividual.Concept())
	assert.True(t, MethodGuidance.FromDefinition())
	assert.False(t, MethodPeerSupport.FromDefinition())
}

func TestMappingsAreCopies(t *testing.T) {
	m := ArenaSpecialist.Ref().Mappings()
	require.NotEmpty(t, m)
	m[0].Code = "changed"
	assert.Equal(t, "101", ArenaSpecialist.Ref().Mappings()[0].Code)
	icd := ConditionDepression.ICD10()
	icd[0] = "changed"
	assert.Equal(t, "F32-F33", ConditionDepression.ICD10()[0])
}

func TestCodeErrorMessage(t *testing.T) {
	_, err := ParseArena("sykehuss")
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "taxonomy: "))
	assert.True(t, errors.Is(err, ErrUnknownCode) || errors.Is(err, ErrSyntax))
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"patient", "Next of kin", "pårørende", "", "a_b", "\xff", "condition:copd", strings.Repeat("x", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCondition(s)
		if err != nil {
			var ce *CodeError
			if !errors.As(err, &ce) || ce.Code != s || c != 0 {
				t.Fatalf("ParseCondition(%q) = %v, %v: want zero and a *CodeError carrying the input", s, c, err)
			}
			if ce.Nearest != "" {
				if _, err := ParseCondition(ce.Nearest); err != nil {
					t.Fatalf("nearest %q is not a valid code", ce.Nearest)
				}
			}
			return
		}
		// A successful parse is canonical: its String parses to itself.
		if !c.IsValid() || MustParseCondition(c.String()) != c || canonical(s) != c.String() {
			t.Fatalf("ParseCondition(%q) = %v: not canonical", s, c)
		}
		if _, err := ParseRef(s); err == nil && !strings.Contains(s, ":") {
			t.Fatalf("ParseRef(%q) accepted a string without a facet", s)
		}
	})
}
