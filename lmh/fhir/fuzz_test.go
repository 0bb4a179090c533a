package fhir

import (
	"encoding/json"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

// FuzzToOffering feeds ToOffering arbitrary HealthcareService JSON. It must
// never panic; and whatever it accepts must survive a second round trip
// unchanged (FromOffering ∘ ToOffering is idempotent on its image).
func FuzzToOffering(f *testing.F) {
	o := fullOffering()
	seed, _ := json.Marshal(FromOffering(&o))
	f.Add(seed)
	for _, s := range lmh.SampleCatalogueOn(lmh.SampleDay)[:3] {
		b, _ := json.Marshal(FromOffering(&s))
		f.Add(b)
	}
	f.Add([]byte(`{"resourceType":"HealthcareService","id":"0b0e9f0e-6a1c-4d5e-8f00-000000000001"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var hs HealthcareService
		if json.Unmarshal(data, &hs) != nil {
			return
		}
		got, err := ToOffering(&hs)
		if err != nil {
			return
		}
		again, err := ToOffering(FromOffering(&got))
		if err != nil {
			t.Fatalf("ToOffering accepted a resource, but not its own re-export: %v", err)
		}
		sameOffering(t, got, again)
	})
}

func BenchmarkRoundTripBaselineJSON(b *testing.B) {
	// Baseline: the offering's own JSON encoding and decoding.
	o := fullOffering()
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(&o)
		if err != nil {
			b.Fatal(err)
		}
		var back lmh.Offering
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRoundTripFHIR(b *testing.B) {
	// Offering → HealthcareService → JSON → HealthcareService → Offering.
	o := fullOffering()
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(FromOffering(&o))
		if err != nil {
			b.Fatal(err)
		}
		var hs HealthcareService
		if err := json.Unmarshal(data, &hs); err != nil {
			b.Fatal(err)
		}
		if _, err := ToOffering(&hs); err != nil {
			b.Fatal(err)
		}
	}
}
