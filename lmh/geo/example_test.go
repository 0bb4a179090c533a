package geo_test

import (
	"fmt"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

func ExampleLookup() {
	m, ok := geo.Lookup("5612")
	fmt.Println(ok, m.Name, m.ParallelName)
	fmt.Println(m.County.Name, m.HealthRegion().Name())
	// Output:
	// true Guovdageaidnu Kautokeino
	// Finnmark Helse Nord
}

func ExampleFind() {
	for _, m := range geo.Find("herøy") {
		fmt.Println(m.Number, m.Name)
	}
	fmt.Println(geo.Find("KAUTOKEINO")[0].Number)
	// Output:
	// 1515 Herøy (Møre og Romsdal)
	// 1818 Herøy (Nordland)
	// 5612
}

func ExampleMunicipalities() {
	fmt.Println(len(geo.Municipalities()), len(geo.Counties()))
	// Output: 357 15
}

func ExampleCounties() {
	for _, c := range geo.HealthWest.Counties() {
		fmt.Println(c.Number, c.Name)
	}
	// Output:
	// 11 Rogaland
	// 46 Vestland
}

func ExampleIsValid() {
	fmt.Println(geo.IsValid("0301"), geo.IsValid("1201"))
	// Output: true false
}

func ExampleLookupCounty() {
	c, _ := geo.LookupCounty("50")
	fmt.Println(c.Name, c.HealthRegion, len(c.Municipalities()))
	// Output: Trøndelag helse_midt_norge 38
}

func ExampleFindCounty() {
	c, ok := geo.FindCounty("vestland")
	fmt.Println(c.Number, ok)
	// Output: 46 true
}

func ExampleParseHealthRegion() {
	r, _ := geo.ParseHealthRegion("Helse Sør-Øst")
	fmt.Println(r, r.Name(), r.Contains("0301"))
	// Output: helse_sor_ost Helse Sør-Øst true
}
