package places_test

import (
	"fmt"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/geo/places"
)

func ExampleFind() {
	for _, p := range places.Find("mjøndalen") {
		m, _ := geo.Lookup(p.Municipality)
		fmt.Println(p.Name, p.Kind, p.Municipality, m.Name)
	}
	// Output: Mjøndalen town 3301 Drammen
}

func ExampleAll() {
	districts := 0
	for _, p := range places.All() {
		if p.Kind == places.District && p.Municipality == "0301" {
			districts++
		}
	}
	fmt.Println(districts, "bydeler in Oslo")
	// Output: 15 bydeler in Oslo
}

func ExampleFindRegion() {
	r, _ := places.FindRegion("Sunnmøre")
	c, _ := geo.LookupCounty(r.County)
	fmt.Println(r.Name, r.County, c.Name)
	// Output: Sunnmøre 15 Møre og Romsdal
}

func ExampleRegions() {
	fmt.Println(len(places.Regions()) > 40)
	// Output: true
}
