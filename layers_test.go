package lmhkit_test

import (
	"os/exec"
	"strings"
	"testing"
)

// layer is each package's place in the import direction of
// docs/design.md and ARCHITECTURE: a package imports only packages of a
// lower layer. A new package must be given its layer here.
var layer = map[string]int{
	"internal/automaton":  0,
	"internal/collation":  0,
	"internal/cputime":    0,
	"internal/swar":       0,
	"taxonomy":            0,
	"internal/enum":       1,
	"glossary":            1,
	"lmh/geo":             1,
	"lmh/geo/places":      2,
	"glossary/skos":       2,
	"lmh":                 3,
	"lmh/fhir":            4,
	"lmh/jsonschema":      4,
	"lmh/classify":        4,
	"lmh/harvest":         5,
	"lmh/match":           5,
	"examples/lmhkit":     6,
	"examples/quickstart": 6,
	"":                    7, // the module's root: its doc only
}

// TestImportsPointOneWay: no package imports one of its own layer or
// above (lmh does not reach up into classify or match, classify not into
// match, the matcher not into the pipeline, and so on).
func TestImportsPointOneWay(t *testing.T) {
	const mod = "github.com/lmhkit/lmhkit"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg := strings.TrimPrefix(strings.TrimPrefix(f[0], mod), "/")
		from, ok := layer[pkg]
		if !ok {
			t.Errorf("%s: not in the layer table of layers_test.go; give it its place", pkg)
			continue
		}
		for _, imp := range f[1:] {
			if imp != mod && !strings.HasPrefix(imp, mod+"/") {
				continue
			}
			to := strings.TrimPrefix(strings.TrimPrefix(imp, mod), "/")
			if l, ok := layer[to]; ok && l >= from {
				t.Errorf("%s (layer %d) imports %s (layer %d): imports point one way", pkg, from, to, l)
			}
		}
	}
}
