// Package places is a small gazetteer of Norwegian towns, villages and
// urban districts (bydeler) that are not municipalities themselves, each
// with the kommunenummer of the municipality it lies in on 1 January 2024:
// what a listing names when it says where an offering meets ("på Moelv",
// "Bydel Stovner", "Vikevåg").
//
//	for _, p := range places.Find("moelv") {
//		m, _ := geo.Lookup(p.Municipality)
//		fmt.Println(p.Name, p.Kind, m.Name) // Moelv town Ringsaker
//	}
//
// # Data
//
// The table (data/places.csv) is short on purpose: every entry is a place
// whose municipality is beyond doubt, kept to well-known places and to the
// ones that moved in the mergers of 2020 (Mjøndalen to Drammen, Førde to
// Sunnfjord, Vikevåg to Stavanger), and the centres of the municipalities
// merged since 2017 (Hurum to Asker, Hornindal to Volda). A name shared by
// places in different municipalities (Os, Bø, Leirvik, Fjell) is left out. The package's tests check
// every number against lmh/geo and the municipality named beside it. Names
// of municipalities themselves are in lmh/geo (geo.Find), not here.
//
// # Concurrency
//
// The data are read-only after the first use; every function is safe for
// concurrent use. Returned slices are fresh copies the caller owns.
package places
