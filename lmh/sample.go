package lmh

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:embed data/sample-catalogue.jsonl
var sampleJSONL []byte

var sample = sync.OnceValue(func() []Offering {
	offerings, err := LoadCatalogue(bytes.NewReader(sampleJSONL))
	if err != nil {
		panic("lmh: embedded sample catalogue: " + err.Error())
	}
	return offerings
})

// SampleCatalogue returns the embedded sample catalogue: about forty
// offerings written for the project, in Bokmål and Nynorsk, that between
// them use every arena, role, format, delivery and programme of the
// taxonomy and serve municipalities, counties and health regions across
// the country, with a few national digital ones. Some providers bear the
// names of real institutions (with their public organisation numbers),
// others are invented; the offerings, texts, dates and figures are written
// for the project and illustrative only.
// Every offering passes ValidateOffering. Each call returns a fresh deep
// copy the caller may change.
func SampleCatalogue() []Offering {
	src := sample()
	out := make([]Offering, len(src))
	for i := range src {
		out[i] = src[i].Clone()
	}
	return out
}

// SampleCatalogueJSONL returns the sample catalogue in its JSON Lines
// form, as embedded; the caller owns the returned slice.
func SampleCatalogueJSONL() []byte { return bytes.Clone(sampleJSONL) }
