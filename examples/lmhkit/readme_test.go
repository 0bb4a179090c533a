package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestREADMECatalogueExample runs the README's "From listing to catalogue"
// example as written there: the listing it echoes, the flags it gives, and
// checks that what the README shows is what lmhkit writes. The README's
// JSON is the output with parts left out, each marked "…": every part
// between two marks must be in the output as shown. The validate line must
// report the fields the README names, and no others.
func TestREADMECatalogueExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("no README:", err)
	}
	section := string(readme)
	i := strings.Index(section, "## From listing to catalogue")
	if i < 0 {
		t.Fatal("the README has no section 'From listing to catalogue'")
	}
	section = section[i:]
	cmd := regexp.MustCompile("(?s)```sh\necho '([^']*)' \\\\\n\\s*\\| lmhkit (classify [^>\n]*?) > katalog.jsonl\nlmhkit validate katalog.jsonl\\s*# ([^\n]*)\n```").FindStringSubmatch(section)
	shown := regexp.MustCompile("(?s)```json\n(.*?)\n```").FindStringSubmatch(section)
	if cmd == nil || shown == nil {
		t.Fatal("the section's commands or its JSON are not where this test looks")
	}

	code, out, errOut := lmhkit(t, cmd[1]+"\n", strings.Fields(cmd[2])...)
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Fatalf("lmhkit %s: exit %d, %d lines; stderr %s", cmd[2], code, strings.Count(out, "\n"), errOut)
	}
	var joined strings.Builder
	for _, line := range strings.Split(shown[1], "\n") {
		joined.WriteString(strings.TrimSpace(line))
	}
	for _, part := range strings.Split(joined.String(), "…") {
		part = strings.Trim(part, ",")
		if part != "" && !strings.Contains(out, part) {
			t.Errorf("the README shows %s\nwhich lmhkit does not write; it writes\n%s", part, out)
		}
	}

	path := filepath.Join(t.TempDir(), "katalog.jsonl")
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	code, report, errOut := lmhkit(t, "", "validate", "-lang", "en", path)
	if code != 1 {
		t.Errorf("validate: exit %d, want 1; stderr %s", code, errOut)
	}
	var fields []string
	for _, m := range regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(path)+`:1: ([a-z_.]+):`).FindAllStringSubmatch(report, -1) {
		fields = append(fields, m[1])
	}
	// The README's words for the fields validate names.
	words := map[string]string{"frames.capacity.max": "capacity", "coverage": "coverage", "user_participation": "user participation"}
	for _, f := range fields {
		if w, ok := words[f]; !ok || !strings.Contains(cmd[3], w) {
			t.Errorf("validate reports %s, which the README's comment %q does not name", f, cmd[3])
		}
	}
	for f, w := range words {
		if strings.Contains(cmd[3], w) && !slices.Contains(fields, f) {
			t.Errorf("the README says validate reports %s; it reports %v", w, fields)
		}
	}
}

// TestREADMECounts: the counts the README states are those of the code:
// the vocabulary's facets and codes, and the municipalities, counties and
// health regions of lmh/geo.
func TestREADMECounts(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("no README:", err)
	}
	codes := 0
	for _, f := range taxonomy.Facets() {
		codes += f.Len()
	}
	for _, want := range []string{
		fmt.Sprintf("%d facets, %d typed codes", len(taxonomy.Facets()), codes),
		fmt.Sprintf("the %d municipalities, %d counties and %d health regions", len(geo.Municipalities()), len(geo.Counties()), len(geo.HealthRegions())),
	} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("the README does not say %q", want)
		}
	}
}
