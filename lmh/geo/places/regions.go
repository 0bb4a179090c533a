package places

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

//go:embed data/regions.csv
var regionsCSV []byte

// Region is a traditional district or a former county and the county it
// lies in today. It is a plain value, safe to copy and to share between
// goroutines.
type Region struct {
	// Name is the region's name as written ("Sunnmøre", "Sogn og Fjordane").
	Name string
	// County is the fylkesnummer of the county it lies in ("15");
	// geo.LookupCounty gives the rest.
	County string
}

type regionSet struct {
	regions []Region
	byName  map[string]int
}

var loadRegions = sync.OnceValue(func() *regionSet {
	d, err := parseRegions(bytes.NewReader(regionsCSV))
	if err != nil {
		panic("places: embedded regions: " + err.Error())
	}
	return d
})

func parseRegions(r io.Reader) (*regionSet, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	if want := []string{"name", "fylkesnummer", "fylke"}; !slices.Equal(header, want) {
		return nil, fmt.Errorf("header %v, want %v", header, want)
	}
	d := &regionSet{byName: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if _, ok := geo.LookupCounty(rec[1]); !ok {
			return nil, fmt.Errorf("line %d: unknown fylkesnummer %q", line, rec[1])
		}
		key := nameKey(rec[0])
		if _, dup := d.byName[key]; dup {
			return nil, fmt.Errorf("line %d: %q listed twice", line, rec[0])
		}
		d.byName[key] = len(d.regions)
		d.regions = append(d.regions, Region{Name: rec[0], County: rec[1]})
	}
	return d, nil
}

// FindRegion returns the region called name, ignoring case, Unicode
// normalisation and extra space, and whether there is one. Counties of
// 2024 are not regions here: use geo.FindCounty for them.
func FindRegion(name string) (Region, bool) {
	d := loadRegions()
	i, ok := d.byName[nameKey(name)]
	if !ok {
		return Region{}, false
	}
	return d.regions[i], true
}

// Regions returns every region in the table, in the table's order.
func Regions() []Region { return slices.Clone(loadRegions().regions) }
