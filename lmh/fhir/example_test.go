package fhir_test

import (
	"fmt"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/fhir"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleNewCodeSystem() {
	cs, err := fhir.NewCodeSystem(taxonomy.FacetRole)
	if err != nil {
		panic(err)
	}
	fmt.Println(cs.URL, cs.Version, cs.Content)
	for _, c := range cs.Concept {
		fmt.Println(c.Code, "|", c.Designation[0].Value, "|", c.Designation[1].Value)
	}
	// Output:
	// https://lmhkit.github.io/fhir/CodeSystem/role 2026.11.0 complete
	// patient | pasient | pasient
	// next_of_kin | pårørende | pårørande
	// user | bruker | brukar
}

func ExampleNewValueSet() {
	vs, err := fhir.NewValueSet(taxonomy.FacetArena)
	if err != nil {
		panic(err)
	}
	fmt.Println(vs.URL)
	fmt.Println(vs.Compose.Include[0].System)
	// Output:
	// https://lmhkit.github.io/fhir/ValueSet/arena
	// https://lmhkit.github.io/fhir/CodeSystem/arena
}

func ExampleConceptMaps() {
	maps, err := fhir.ConceptMaps()
	if err != nil {
		panic(err)
	}
	for _, e := range maps[0].Group[0].Element {
		fmt.Printf("%s: %s %q\n", e.Code, e.Target[0].Equivalence, e.Target[0].Code)
	}
	// Output:
	// specialist: equivalent "101"
	// municipal: equivalent "102"
	// voluntary: unmatched ""
	// private: wider "116"
}

func ExampleTerminologyResources() {
	res, err := fhir.TerminologyResources()
	if err != nil {
		panic(err)
	}
	fmt.Println(len(res), res[0].Key(), res[len(res)-1].Key())
	// Output:
	// 52 CodeSystem/concept StructureDefinition/evaluation
}

func ExampleFromOffering() {
	o := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	hs := fhir.FromOffering(&o)
	fmt.Println(hs.ResourceType, hs.ID == o.ID.String(), hs.Category[0].Coding[0].Code)

	back, err := fhir.ToOffering(hs)
	if err != nil {
		panic(err)
	}
	fmt.Println(back.Name == o.Name, back.Frames == o.Frames)
	// Output:
	// HealthcareService true specialist
	// true true
}

func ExampleToOffering() {
	hs := &fhir.HealthcareService{
		ResourceType: "HealthcareService",
		ID:           "0b0e9f0e-6a1c-4d5e-8f00-000000000001",
		Language:     "nn",
		Name:         "Meistringskurs for pårørande",
		CoverageArea: []fhir.Reference{{Identifier: &fhir.Identifier{
			System: fhir.SystemKommunenummerKartverket, Value: "4601"}}},
	}
	o, err := fhir.ToOffering(hs)
	if err != nil {
		panic(err)
	}
	fmt.Println(o.Lang, o.Name, o.Coverage.Municipalities)
	// Output:
	// nn Meistringskurs for pårørande [4601]
}

func ExampleTerminology_Lookup() {
	term, err := fhir.NewTerminology()
	if err != nil {
		panic(err)
	}
	res, err := term.Lookup(fhir.SystemURL(taxonomy.FacetCondition), "copd", taxonomy.NN)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Display, res.Parent)
	// Output:
	// kols [lung_disease]
}

func ExampleTerminology_ValidateCode() {
	term, _ := fhir.NewTerminology()
	res, _ := term.ValidateCode(fhir.ValueSetURL(taxonomy.FacetRole), "next_of_kin", "Pårørande")
	fmt.Println(res.Result)
	res, _ = term.ValidateCode(fhir.ValueSetURL(taxonomy.FacetRole), "relative", "")
	fmt.Println(res.Result)
	// Output:
	// true
	// false
}

func ExampleTerminology_Subsumes() {
	term, _ := fhir.NewTerminology()
	out, _ := term.Subsumes(fhir.SystemURL(taxonomy.FacetCondition), "diabetes", "diabetes_type2")
	fmt.Println(out)
	// Output:
	// subsumes
}

func ExampleTerminology_Expand() {
	term, _ := fhir.NewTerminology()
	vs, err := term.Expand(fhir.ValueSetURL(taxonomy.FacetCondition), "kols", taxonomy.NB)
	if err != nil {
		panic(err)
	}
	for _, c := range vs.Expansion.Contains {
		fmt.Println(c.Code, c.Display)
	}
	// Output:
	// copd kols
}

func ExampleTerminology_Translate() {
	term, _ := fhir.NewTerminology()
	ts, _ := term.Translate(fhir.SystemURL(taxonomy.FacetArena), "municipal", fhir.SystemVolven9040)
	fmt.Println(ts[0].Equivalence, ts[0].Concept.Code, ts[0].Concept.Display)
	ts, _ = term.Translate(fhir.SystemICD10NO, "F321", "")
	fmt.Println(ts[0].Equivalence, ts[0].Concept.Code)
	// Output:
	// equivalent 102 Kommune
	// wider depression
}

func ExampleSystemURL() {
	fmt.Println(fhir.SystemURL(taxonomy.FacetServiceLevel))
	f, ok := fhir.FacetOf("https://lmhkit.github.io/fhir/ValueSet/age-group")
	fmt.Println(f, ok)
	// Output:
	// https://lmhkit.github.io/fhir/CodeSystem/service-level
	// age_group true
}

func ExampleNewCharacteristicCodeSystem() {
	cs := fhir.NewCharacteristicCodeSystem()
	for _, c := range cs.Concept {
		fmt.Println(c.Code)
	}
	// Output:
	// referral-required
	// referral-not-required
	// registration-required
	// registration-not-required
	// peer-co-leaders
}

func ExampleStructureDefinitions() {
	for _, sd := range fhir.StructureDefinitions()[:3] {
		fmt.Println(sd.URL, sd.Context[0].Expression)
	}
	// Output:
	// https://lmhkit.github.io/fhir/StructureDefinition/offering-status HealthcareService
	// https://lmhkit.github.io/fhir/StructureDefinition/provider-municipality HealthcareService
	// https://lmhkit.github.io/fhir/StructureDefinition/provider-health-trust HealthcareService
}

func ExampleNewTerminology() {
	term, err := fhir.NewTerminology()
	if err != nil {
		panic(err)
	}
	ts, _ := term.Translate(fhir.SystemURL(taxonomy.FacetArena), "voluntary", "")
	fmt.Println(ts[0].Equivalence, ts[0].Concept.System)
	// Output:
	// unmatched urn:oid:2.16.578.1.12.4.1.1.9040
}
