package lmh

import (
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// Coverage is whom an offering is open to by where they live: the whole
// country, or the union of some municipalities, counties and health
// regions. A plain value; safe for concurrent reads.
type Coverage struct {
	// National reports that people from anywhere in Norway may take part;
	// typical of digital offerings and national services.
	National bool `json:"national,omitempty"`
	// Municipalities are kommunenummer ("0301").
	Municipalities []string `json:"municipalities,omitempty" validate:"dive,kommunenummer"`
	// Counties are fylkesnummer ("46").
	Counties []string `json:"counties,omitempty" validate:"dive,fylkesnummer"`
	// HealthRegions are the regional health authorities' areas.
	HealthRegions []geo.HealthRegion `json:"health_regions,omitempty" validate:"dive,enum"`
}

// IsZero reports whether no coverage is declared.
func (c Coverage) IsZero() bool {
	return !c.National && len(c.Municipalities) == 0 && len(c.Counties) == 0 && len(c.HealthRegions) == 0
}

// Covers reports whether a person living in the municipality with the
// given kommunenummer is covered. A national offering covers every valid
// municipality; an unknown number is covered by nothing.
func (c Coverage) Covers(kommunenummer string) bool {
	m, ok := geo.Lookup(kommunenummer)
	if !ok {
		return false
	}
	if c.National {
		return true
	}
	for _, k := range c.Municipalities {
		if k == m.Number {
			return true
		}
	}
	for _, f := range c.Counties {
		if f == m.County.Number {
			return true
		}
	}
	for _, r := range c.HealthRegions {
		if r == m.County.HealthRegion {
			return true
		}
	}
	return false
}

// Expand returns the kommunenummer of every municipality covered,
// ordered by number: all of them for a national offering.
func (c Coverage) Expand() []string {
	var out []string
	for _, m := range geo.Municipalities() {
		if c.Covers(m.Number) {
			out = append(out, m.Number)
		}
	}
	return out
}

func (c Coverage) clone() Coverage {
	c.Municipalities = cloneSlice(c.Municipalities)
	c.Counties = cloneSlice(c.Counties)
	c.HealthRegions = cloneSlice(c.HealthRegions)
	return c
}
