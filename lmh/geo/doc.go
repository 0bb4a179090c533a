// Package geo is the Norwegian administrative geography that lærings- og
// mestringstilbud are offered in: the 357 municipalities (kommuner) and 15
// counties (fylker) of 1 January 2024, and the four regional health
// authorities (regionale helseforetak) whose areas the counties belong to.
//
//	m, _ := geo.Lookup("5612")
//	fmt.Println(m.Name, m.ParallelName, m.County.Name, m.HealthRegion()) // Guovdageaidnu Kautokeino Finnmark helse_nord
//	for _, m := range geo.Find("herøy") { fmt.Println(m.Number) }       // 1515, 1818
//
// # Numbers and names
//
// A kommunenummer has four digits; its first two are the fylkesnummer.
// Lookup takes the number exactly as Statistics Norway writes it ("0301").
// Find matches a name without regard to case, surrounding or repeated space,
// or Unicode normalisation form, so "OSLO", "oslo" and "Oslo" agree and "å"
// typed as a+combining ring matches "å". Letters are never folded to ASCII:
// "Våler" and "Valer" are different names. Where a municipality has a Sami or
// Kven name and a Norwegian parallel name (Guovdageaidnu / Kautokeino), both
// are found. Two municipalities share a name and are told apart by county in
// parentheses ("Herøy (Nordland)"); the bare name finds both.
//
// # Data
//
// The data are Statistics Norway's classifications 131 (municipalities) and
// 104 (counties) as of 1 January 2024, with the health region of each county,
// embedded from data/kommuner-2024.csv and parsed once on first use.
//
// # Concurrency
//
// The data are read-only after the first use; every function and method is
// safe for concurrent use. Returned slices are fresh copies the caller owns.
package geo
