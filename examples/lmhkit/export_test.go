package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

func TestRunWritesEverything(t *testing.T) {
	dir := t.TempDir()
	if err := export(dir, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"fhir/CodeSystem-arena.json", "fhir/ValueSet-condition.json", "fhir/ConceptMap-arena-to-volven-9040.json",
		"fhir/CodeSystem-offering-characteristic.json", "skos/lmhkit.ttl",
		"jsonschema/offering.schema.json", "jsonschema/offering.instances.json",
		"jsonschema/need.schema.json", "jsonschema/need.instances.json",
	} {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Error(err)
			continue
		}
		if strings.HasSuffix(p, ".json") && !json.Valid(b) {
			t.Errorf("%s is not JSON", p)
		}
	}
	hs, _ := filepath.Glob(filepath.Join(dir, "fhir", "HealthcareService-*.json"))
	if len(hs) == 0 {
		t.Error("no HealthcareService written")
	}
}

// TestSampleNeedsValid keeps the made-up needs valid by the model's own rules,
// so the Need schema is checked against documents the library accepts.
func TestSampleNeedsValid(t *testing.T) {
	for i, n := range sampleNeeds() {
		if err := lmh.ValidateNeed(&n); err != nil {
			t.Errorf("need %d: %v", i, err)
		}
	}
}
