package places

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

	"github.com/lmhkit/lmhkit/lmh/geo"
)

//go:embed data/places.csv
var rawCSV []byte

// Kind says what sort of place a Place is.
type Kind uint8

// The kinds of place.
const (
	Town      Kind = iota + 1 // a town (by or tettsted) that is not a municipality
	Village                   // a village or the centre of a former municipality
	District                  // an official urban district (bydel) of Oslo, Bergen or Stavanger
	Area                      // a well-known part of a city
	OtherName                 // another name of a municipality in use, such as its Sami name ("Romsa" for Tromsø)
)

var kindCodes = [...]string{"", "town", "village", "district", "area", "name"}

// String returns "town", "village", "district", "area" or "name"; "" for
// the zero Kind and "Kind(n)" for a value outside the five. It never
// panics.
func (k Kind) String() string {
	if int(k) < len(kindCodes) {
		return kindCodes[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Place is a named place and the municipality it lies in. It is a plain
// value, safe to copy and to share between goroutines.
type Place struct {
	// Name is the place's name as written ("Mo i Rana", "St. Hanshaugen").
	Name string
	// Kind is what sort of place it is.
	Kind Kind
	// Municipality is the kommunenummer of the municipality it lies in
	// ("3411"); geo.Lookup gives the rest.
	Municipality string
}

type dataset struct {
	places []Place
	byName map[string][]int
}

var load = sync.OnceValue(func() *dataset {
	d, err := parse(bytes.NewReader(rawCSV))
	if err != nil {
		panic("places: embedded data: " + err.Error())
	}
	return d
})

// csvKinds maps the kind column of the data file to a Kind.
var csvKinds = map[string]Kind{"town": Town, "village": Village, "bydel": District, "area": Area, "name": OtherName}

func parse(r io.Reader) (*dataset, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 4
	header, err := cr.Read()
	if err != nil {
		return nil, err
	}
	if want := []string{"name", "kind", "kommunenummer", "kommune"}; !slices.Equal(header, want) {
		return nil, fmt.Errorf("header %v, want %v", header, want)
	}
	d := &dataset{byName: map[string][]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		k, ok := csvKinds[rec[1]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown kind %q", line, rec[1])
		}
		if !geo.IsValid(rec[2]) {
			return nil, fmt.Errorf("line %d: unknown kommunenummer %q", line, rec[2])
		}
		key := nameKey(rec[0])
		for _, i := range d.byName[key] {
			if d.places[i].Municipality == rec[2] {
				return nil, fmt.Errorf("line %d: %q listed twice", line, rec[0])
			}
		}
		d.byName[key] = append(d.byName[key], len(d.places))
		d.places = append(d.places, Place{Name: rec[0], Kind: k, Municipality: rec[2]})
	}
	return d, nil
}

// nameKey folds a name for lookup: NFC, lower case, single spaces. Letters
// are kept as they are (å stays å).
func nameKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

// Find returns the places called name, ignoring case, Unicode
// normalisation and extra space; nil if there are none. Names of
// municipalities are not places here: use geo.Find for them.
func Find(name string) []Place {
	d := load()
	idx := d.byName[nameKey(name)]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Place, len(idx))
	for i, j := range idx {
		out[i] = d.places[j]
	}
	return out
}

// All returns every place in the table, in the table's order.
func All() []Place { return slices.Clone(load().places) }
