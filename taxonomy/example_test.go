package taxonomy_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleParseRole() {
	role, err := taxonomy.ParseRole("Next of kin")
	if err != nil {
		panic(err)
	}
	fmt.Println(role, "|", role.Label(taxonomy.NB), "|", role.Label(taxonomy.NN), "|", role.Label(taxonomy.EN))
	// Output: next_of_kin | pårørende | pårørande | next of kin
}

func ExampleCodeError() {
	_, err := taxonomy.ParseArena("privat")
	var ce *taxonomy.CodeError
	if errors.As(err, &ce) {
		fmt.Println(ce.Facet, ce.Code, ce.Nearest, errors.Is(err, taxonomy.ErrUnknownCode))
	}
	fmt.Println(err)
	// Output:
	// arena privat private true
	// taxonomy: unknown arena "privat" (nearest: "private")
}

func ExampleMustParseCondition() {
	c := taxonomy.MustParseCondition("copd")
	fmt.Println(c == taxonomy.ConditionCOPD, c.Label(taxonomy.NB), c.ICD10(), c.ICPC2())
	// Output: true kols [J44] [R95]
}

func ExampleAll() {
	for _, d := range taxonomy.All[taxonomy.Delivery]() {
		fmt.Printf("%s: %s\n", d, d.Label(taxonomy.NN))
	}
	// Output:
	// in_person: fysisk oppmøte
	// digital: digitalt
	// hybrid: hybrid
}

func ExampleParse() {
	theme, err := taxonomy.Parse[taxonomy.Theme]("sleep")
	fmt.Println(theme, theme.Label(taxonomy.NB), err)
	// Output: sleep søvn <nil>
}

func ExampleParseRef() {
	r, err := taxonomy.ParseRef("condition:heart_attack")
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Facet(), r.Code(), r.Label(taxonomy.NN))
	c, ok := taxonomy.FromRef[taxonomy.Condition](r)
	fmt.Println(c == taxonomy.ConditionHeartAttack, ok)
	// Output:
	// condition heart_attack hjarteinfarkt
	// true true
}

func ExampleFromRef() {
	r := taxonomy.ProgrammeKiD.Ref()
	_, isArena := taxonomy.FromRef[taxonomy.Arena](r)
	p, isProgramme := taxonomy.FromRef[taxonomy.Programme](r)
	fmt.Println(isArena, isProgramme, p)
	// Output: false true kid
}

func ExampleCondition_Subsumes() {
	fmt.Println(taxonomy.ConditionDiabetes.Subsumes(taxonomy.ConditionDiabetesType2))
	fmt.Println(taxonomy.ConditionDiabetesType2.Subsumes(taxonomy.ConditionDiabetes))
	fmt.Println(taxonomy.ConditionHeartAttack.Ancestors())
	// Output:
	// true
	// false
	// [coronary_heart_disease heart_disease]
}

func ExampleConditionFor() {
	for _, code := range []string{"F32.1", "E11.9", "I21"} {
		c, _ := taxonomy.ConditionFor(taxonomy.ICD10, code)
		fmt.Println(code, "→", c)
	}
	c, _ := taxonomy.ConditionFor(taxonomy.ICPC2, "T90")
	fmt.Println("T90 →", c)
	fmt.Println(taxonomy.ConditionDiabetes.Covers(taxonomy.ICD10, "E11.9"))
	// Output:
	// F32.1 → depression
	// E11.9 → diabetes_type2
	// I21 → heart_attack
	// T90 → diabetes_type2
	// true
}

func ExampleAgeGroupsBetween() {
	fmt.Println(taxonomy.AgeGroupOf(15), taxonomy.AgeGroupsBetween(16, 30))
	g := taxonomy.AgeGroupElderly
	fmt.Println(g.MinAge(), g.MaxAge() == taxonomy.MaxAge)
	// Output:
	// youth [youth adults]
	// 67 true
}

func ExampleProgramme() {
	p := taxonomy.ProgrammeParorendeskole
	fmt.Println(p.Label(taxonomy.NB), "→", p.Format(), p.Roles())
	// Output: pårørendeskole → group [next_of_kin]
}

func ExampleParseLang() {
	l, _ := taxonomy.ParseLang("nn-NO")
	fmt.Println(l, taxonomy.RoleUser.Label(l))
	// Output: nn brukar
}

func ExampleFacets() {
	for _, f := range taxonomy.Facets()[:4] {
		fmt.Printf("%s (%s): %d\n", f, f.Label(taxonomy.NB), f.Len())
	}
	// Output:
	// concept (begrep): 4
	// format (arbeidsform): 2
	// role (rolle): 3
	// age_group (aldersgruppe): 4
}

func ExampleRef_Sources() {
	for _, s := range taxonomy.ConceptGroupOffering.Ref().Sources() {
		fmt.Println(s.ID)
	}
	// Output: nklmh-definisjoner
}

func ExampleArena_MarshalText() {
	type provider struct {
		Arena taxonomy.Arena `json:"arena"`
		Other taxonomy.Arena `json:"other"`
	}
	b, _ := json.Marshal(provider{Arena: taxonomy.ArenaMunicipal})
	fmt.Println(string(b))
	var p provider
	err := json.Unmarshal([]byte(`{"arena":"voluntary","other":"sykehus"}`), &p)
	fmt.Println(p.Arena, err)
	// Output:
	// {"arena":"municipal","other":""}
	// voluntary taxonomy: unknown arena "sykehus"
}
