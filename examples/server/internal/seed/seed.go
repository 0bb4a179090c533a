// Package seed makes catalogues to start the service with: the library's
// sample catalogue, or a synthetic one of any size built from it for load
// tests.
package seed

import (
	"fmt"
	"strconv"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// namespace of the synthetic offerings' IDs (UUIDv5), so the same n gives
// the same catalogue.
var namespace = uuid.MustParse("6f1b1f8e-3c1e-4b44-9a53-5e0c2b1d7a10")

// Synthetic returns n valid offerings made from the sample catalogue of
// day: copy i is sample offering i mod 42 moved to the municipality
// i·7 mod 357 (venue and coverage; national offerings stay national),
// with its own ID and a numbered name.
func Synthetic(n int, day lmh.Date) ([]lmh.Offering, error) {
	base := lmh.SampleCatalogueOn(day)
	munis := geo.Municipalities()
	out := make([]lmh.Offering, 0, n)
	for i := 0; i < n; i++ {
		o := base[i%len(base)].Clone()
		o.ID = uuid.NewSHA1(namespace, []byte(strconv.Itoa(i)))
		o.Name = fmt.Sprintf("%s (%d)", o.Name, i)
		m := munis[(i*7)%len(munis)]
		if o.Place.Municipality != "" {
			o.Place.Municipality = m.Number
		}
		if !o.Coverage.National {
			o.Coverage = lmh.Coverage{Municipalities: []string{m.Number}}
			if i%3 == 0 {
				o.Coverage = lmh.Coverage{Counties: []string{m.County.Number}}
			}
		}
		if o.Provider.Municipality != "" {
			o.Provider.Municipality = m.Number
		}
		if err := lmh.ValidateOffering(&o); err != nil {
			return nil, fmt.Errorf("seed: synthetic offering %d: %w", i, err)
		}
		out = append(out, o)
	}
	return out, nil
}
