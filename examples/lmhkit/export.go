package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/glossary/skos"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/fhir"
	"github.com/lmhkit/lmhkit/lmh/jsonschema"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// runExport is 'lmhkit export': it writes the vocabulary and the sample
// catalogue in the health sector's formats into the directory -out names:
//
//	fhir/        FHIR R4 JSON: a CodeSystem and a ValueSet per facet, the
//	             ConceptMaps, and a HealthcareService per sample offering
//	skos/        the vocabulary and glossary as SKOS in Turtle
//	jsonschema/  JSON Schemas (2020-12) of Offering and Need, each with an
//	             X.instances.json array of documents that must conform
func runExport(e *env, args []string) int {
	fs := e.flags()
	dir := fs.String("out", "", "directory to write into (created if missing); required")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	if !e.noArgs(fs) {
		return exitUsage
	}
	if *dir == "" {
		e.errorf("-out DIR is required (run '%s -h' for usage)", e.name)
		return exitUsage
	}
	out := e.output()
	if err := export(*dir, out); err != nil {
		out.Flush()
		e.errorf("%s", clean(err))
		return exitUsage
	}
	return out.close(exitOK)
}

// export writes everything into dir and a line per kind of file to w.
func export(dir string, w io.Writer) error {
	// FHIR R4.
	res, err := fhir.TerminologyResources()
	if err != nil {
		return err
	}
	catalogue := lmh.SampleCatalogue()
	for i := range catalogue {
		res = append(res, fhir.FromOffering(&catalogue[i]))
	}
	for _, r := range res {
		if err := writeJSON(filepath.Join(dir, "fhir", strings.ReplaceAll(r.Key(), "/", "-")+".json"), r); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "fhir:       %d resources\n", len(res))

	// SKOS.
	var ttl bytes.Buffer
	if err := skos.Write(&ttl); err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "skos", "lmhkit.ttl"), ttl.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(w, "skos:       %d bytes of Turtle\n", ttl.Len())

	// JSON Schema, with the documents that must conform.
	for _, s := range []struct {
		name      string
		gen       func() ([]byte, error)
		instances any
		n         int
	}{
		{"offering", jsonschema.Offering, catalogue, len(catalogue)},
		{"need", jsonschema.Need, sampleNeeds(), len(sampleNeeds())},
	} {
		b, err := s.gen()
		if err != nil {
			return err
		}
		if err := write(filepath.Join(dir, "jsonschema", s.name+".schema.json"), b); err != nil {
			return err
		}
		if err := writeJSON(filepath.Join(dir, "jsonschema", s.name+".instances.json"), s.instances); err != nil {
			return err
		}
		fmt.Fprintf(w, "jsonschema: %s.schema.json with %d instances\n", s.name, s.n)
	}
	return nil
}

// sampleNeeds are made-up needs, one per kind of person the sources name,
// to check the Need schema against.
func sampleNeeds() []lmh.Need {
	age := func(n int) *int { return &n }
	return []lmh.Need{
		{ID: uuid.MustParse("5a0f6c2e-8d1b-4e3a-9b7c-000000000001"), Roles: []taxonomy.Role{taxonomy.RolePatient}, Age: age(63),
			Conditions: []taxonomy.Condition{taxonomy.ConditionCOPD}, Goals: []taxonomy.Goal{taxonomy.GoalTreatmentMastery},
			PreferredFormat: taxonomy.FormatGroup, Delivery: lmh.InPersonOnly, Municipality: "4601", Languages: []string{"nn"}},
		{ID: uuid.MustParse("5a0f6c2e-8d1b-4e3a-9b7c-000000000002"), Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Age: age(48),
			Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, ICD10: []string{"F03"}, Themes: []taxonomy.Theme{taxonomy.ThemeRightsAndAids},
			Delivery: lmh.EitherWay, Municipality: "0301", Languages: []string{"nb"}, Availability: []lmh.TimeSlot{lmh.WeekdayEvening}},
		{ID: uuid.MustParse("5a0f6c2e-8d1b-4e3a-9b7c-000000000003"), Roles: []taxonomy.Role{taxonomy.RoleUser}, Age: age(17),
			ICPC2: []string{"P76"}, Themes: []taxonomy.Theme{taxonomy.ThemeMentalHealth, taxonomy.ThemeSleep}, Delivery: lmh.DigitalOK,
			Municipality: "5001", Languages: []string{"nb", "en"}, Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityEasyLanguage},
			FreeText: "ungdom som vil lære å meistre tunge tankar"},
	}
}

func writeJSON(path string, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return write(path, buf.Bytes())
}

func write(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
