package match

import (
	"sync"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

// placeTable numbers the municipalities, counties and health regions of
// lmh/geo densely, so the matcher can keep a bitset per place and compare
// places as small integers.
type placeTable struct {
	munis       []geo.Municipality
	counties    []geo.County
	muniIndex   map[string]int // kommunenummer → position in munis
	countyIndex map[string]int // fylkesnummer → position in counties
	muniCounty  []int          // municipality → county position
	countyReg   []geo.HealthRegion
}

var places = sync.OnceValue(func() *placeTable {
	t := &placeTable{
		munis:       geo.Municipalities(),
		counties:    geo.Counties(),
		muniIndex:   map[string]int{},
		countyIndex: map[string]int{},
	}
	for i, c := range t.counties {
		t.countyIndex[c.Number] = i
		t.countyReg = append(t.countyReg, c.HealthRegion)
	}
	for i, m := range t.munis {
		t.muniIndex[m.Number] = i
		t.muniCounty = append(t.muniCounty, t.countyIndex[m.County.Number])
	}
	return t
})

// muniRegion returns the health region of municipality position m.
func (t *placeTable) muniRegion(m int) geo.HealthRegion { return t.countyReg[t.muniCounty[m]] }

// numRegions is the number of slots a region-indexed table needs (regions
// are numbered from 1).
const numRegions = 5
