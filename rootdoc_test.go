package lmhkit_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestRootDocMapsTheModule: the module's doc (doc.go) names every public
// package of the module as a doc link, so that it stays a map of the
// module as packages are added (it named neither lmh/harvest nor
// lmh/geo/places).
func TestRootDocMapsTheModule(t *testing.T) {
	const mod = "github.com/lmhkit/lmhkit"
	out, err := exec.Command("go", "list", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Fields(string(out)) {
		rel := strings.TrimPrefix(strings.TrimPrefix(p, mod), "/")
		if rel == "" || strings.HasPrefix(rel, "internal/") || strings.Contains(rel, "/internal/") || strings.HasPrefix(rel, "examples/") {
			continue
		}
		if !strings.Contains(string(doc), "["+p+"]") {
			t.Errorf("doc.go does not name %s", p)
		}
	}
}
