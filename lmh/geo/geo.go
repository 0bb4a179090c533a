package geo

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// DataVersion names the edition of the embedded municipality and county lists.
const DataVersion = "2024-01-01"

//go:embed data/kommuner-2024.csv
var rawCSV []byte

// Municipality is a kommune. It is a plain value, safe to copy and to share
// between goroutines.
type Municipality struct {
	// Number is the four-digit kommunenummer, e.g. "0301".
	Number string
	// Name is the official name; for a municipality with a Sami or Kven
	// official name that is the name used first ("Guovdageaidnu").
	Name string
	// ParallelName is the Norwegian parallel name ("Kautokeino"), or "".
	ParallelName string
	// County is the county the municipality lies in.
	County County
}

// County is a fylke. It is a plain value, safe to copy and to share.
type County struct {
	// Number is the two-digit fylkesnummer, e.g. "46".
	Number string
	// Name is the official name ("Vestland").
	Name string
	// HealthRegion is the regional health authority serving the county.
	HealthRegion HealthRegion
}

// HealthRegion returns the health region the municipality belongs to.
func (m Municipality) HealthRegion() HealthRegion { return m.County.HealthRegion }

// String returns "0301 Oslo".
func (m Municipality) String() string { return m.Number + " " + m.Name }

// Municipalities returns the municipalities of the county, ordered by number.
func (c County) Municipalities() []Municipality {
	d := load()
	var out []Municipality
	for _, m := range d.munis {
		if m.County.Number == c.Number {
			out = append(out, m)
		}
	}
	return out
}

// String returns "46 Vestland".
func (c County) String() string { return c.Number + " " + c.Name }

type dataset struct {
	munis    []Municipality // ordered by number
	byNumber map[string]int
	byName   map[string][]int
	counties []County // ordered by number
	byCounty map[string]int
	// countyKeys holds each county's name as nameKey gives it, in the
	// order of counties, so that FindCounty normalises only the name it
	// is given.
	countyKeys []string
}

var load = sync.OnceValue(func() *dataset {
	d, err := parse(bytes.NewReader(rawCSV))
	if err != nil {
		panic("geo: embedded data: " + err.Error())
	}
	return d
})

func parse(r io.Reader) (*dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 6
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	want := []string{"kommunenummer", "navn", "norsk_navn", "fylkesnummer", "fylke", "helseregion"}
	if !slices.Equal(header, want) {
		return nil, fmt.Errorf("header %v, want %v", header, want)
	}
	d := &dataset{byNumber: map[string]int{}, byName: map[string][]int{}, byCounty: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if !isDigits(rec[0], 4) || !isDigits(rec[3], 2) || rec[0][:2] != rec[3] {
			return nil, fmt.Errorf("line %d: bad numbers %q/%q", line, rec[0], rec[3])
		}
		hr, err := ParseHealthRegion(rec[5])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		c := County{Number: rec[3], Name: rec[4], HealthRegion: hr}
		if i, ok := d.byCounty[c.Number]; ok {
			if d.counties[i] != c {
				return nil, fmt.Errorf("line %d: county %s inconsistent", line, c.Number)
			}
		} else {
			d.byCounty[c.Number] = len(d.counties)
			d.counties = append(d.counties, c)
		}
		if _, dup := d.byNumber[rec[0]]; dup {
			return nil, fmt.Errorf("line %d: duplicate kommunenummer %s", line, rec[0])
		}
		m := Municipality{Number: rec[0], Name: rec[1], ParallelName: rec[2], County: c}
		d.byNumber[m.Number] = len(d.munis)
		d.munis = append(d.munis, m)
	}
	slices.SortFunc(d.munis, func(a, b Municipality) int { return strings.Compare(a.Number, b.Number) })
	slices.SortFunc(d.counties, func(a, b County) int { return strings.Compare(a.Number, b.Number) })
	for i, m := range d.munis {
		d.byNumber[m.Number] = i
		names := []string{m.Name}
		if m.ParallelName != "" {
			names = append(names, m.ParallelName)
		}
		if base, _, ok := strings.Cut(m.Name, " ("); ok {
			names = append(names, base)
		}
		for _, n := range names {
			k := nameKey(n)
			if !slices.Contains(d.byName[k], i) {
				d.byName[k] = append(d.byName[k], i)
			}
		}
	}
	for i, c := range d.counties {
		d.byCounty[c.Number] = i
		d.countyKeys = append(d.countyKeys, nameKey(c.Name))
	}
	return d, nil
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// nameKey folds a name for lookup: NFC, lower case, single spaces. It keeps
// every letter as it is (å stays å).
func nameKey(s string) string {
	s = norm.NFC.String(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Lookup returns the municipality with the given four-digit kommunenummer.
// It reports false for a number not in the 2024 list.
func Lookup(kommunenummer string) (Municipality, bool) {
	d := load()
	i, ok := d.byNumber[kommunenummer]
	if !ok {
		return Municipality{}, false
	}
	return d.munis[i], true
}

// IsValid reports whether kommunenummer is a municipality in the 2024 list.
func IsValid(kommunenummer string) bool {
	_, ok := load().byNumber[kommunenummer]
	return ok
}

// Find returns the municipalities whose official name, parallel name, or
// name without its county qualifier equals name, ignoring case, Unicode
// normalisation and extra space. It returns nil if none does; the result is
// ordered by number and has more than one element only for shared names
// such as "Herøy" and "Våler".
func Find(name string) []Municipality {
	d := load()
	idx := d.byName[nameKey(name)]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Municipality, len(idx))
	for i, j := range idx {
		out[i] = d.munis[j]
	}
	return out
}

// Municipalities returns all municipalities, ordered by number.
func Municipalities() []Municipality { return slices.Clone(load().munis) }

// Counties returns all counties, ordered by number.
func Counties() []County { return slices.Clone(load().counties) }

// LookupCounty returns the county with the given two-digit fylkesnummer.
func LookupCounty(fylkesnummer string) (County, bool) {
	d := load()
	i, ok := d.byCounty[fylkesnummer]
	if !ok {
		return County{}, false
	}
	return d.counties[i], true
}

// FindCounty returns the county with the given name, ignoring case and
// extra space ("møre og romsdal").
func FindCounty(name string) (County, bool) {
	k := nameKey(name)
	d := load()
	for i, ck := range d.countyKeys {
		if ck == k {
			return d.counties[i], true
		}
	}
	return County{}, false
}
