package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/lmhkit/lmhkit/lmh/harvest"
)

func TestListingCoder(t *testing.T) {
	for _, l := range []listing{
		{},
		{File: "gs://b/høst.csv", Line: 1 << 40, ID: "r1", HasID: true, Title: "Kurs", Text: "Mestring\x00\xff",
			Other: []harvest.Field{{Name: "src", Value: json.RawMessage(`{"n":1}`)}, {Name: "", Value: json.RawMessage(`""`)}}},
	} {
		b := encodeListing(l)
		got, err := decodeListing(b)
		if err != nil || !reflect.DeepEqual(got, l) {
			t.Errorf("round trip of %+v: %+v, %v", l, got, err)
		}
		// Every cut of the encoding is an error, never a panic or a
		// listing.
		for i := range len(b) {
			if _, err := decodeListing(b[:i]); err == nil {
				t.Errorf("%+v cut at %d of %d decoded without error", l, i, len(b))
			}
		}
		if _, err := decodeListing(append(b, 0)); err == nil {
			t.Errorf("%+v with a byte more decoded without error", l)
		}
	}
}
