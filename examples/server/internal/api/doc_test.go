package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// TestServerDocImport runs the example of docs/server.md's "From listings
// to a served catalogue" as written there: the listing it echoes and the
// flags it classifies with (harvest in process, as lmhkit runs it on
// standard input: no Name), the
// import request, the answer it shows (parts between "…" marks must be in
// the answer), the jq assignments that complete the draft, and the match
// that ranks the offering first.
func TestServerDocImport(t *testing.T) {
	doc, err := os.ReadFile("../../../../docs/server.md")
	if err != nil {
		t.Skip("no docs/server.md:", err)
	}
	sec := string(doc)
	i := strings.Index(sec, "## From listings to a served catalogue")
	if i < 0 {
		t.Fatal("docs/server.md has no section 'From listings to a served catalogue'")
	}
	sec = sec[i:]
	sec = sec[:strings.Index(sec[3:], "\n## ")+3]
	classify := regexp.MustCompile(`echo '([^']*)' \\\n\s*\| go run \./examples/lmhkit classify -emit catalogue -as-of (\S+) > katalog\.jsonl\n`).FindStringSubmatch(sec)
	importCmd := regexp.MustCompile(`curl -s http://127\.0\.0\.1:8080(/api/offerings/import) -H 'Authorization: Bearer t' \\\n\s*-H 'Content-Type: (application/x-ndjson)' --data-binary @katalog\.jsonl\n`).FindStringSubmatch(sec)
	shown := regexp.MustCompile("(?s)```json\n(.*?)\n```").FindStringSubmatch(sec)
	jq := regexp.MustCompile(`jq -c '\.items\[0\]\.offering((?: \| \.[a-z_.]+ = [^|']+)+)'`).FindStringSubmatch(sec)
	match := regexp.MustCompile(`curl -s http://127\.0\.0\.1:8080(/api/match) -H 'Content-Type: application/json' \\\n\s*-d '([^']*)'`).FindStringSubmatch(sec)
	ranked := regexp.MustCompile("`\"rank\":1,…,\"name\":\"([^\"]+)\"`").FindStringSubmatch(sec)
	if classify == nil || importCmd == nil || shown == nil || jq == nil || match == nil || ranked == nil {
		t.Fatalf("the section's commands are not where this test looks: %v %v %v %v %v %v",
			classify != nil, importCmd != nil, shown != nil, jq != nil, match != nil, ranked != nil)
	}
	asOf, err := lmh.ParseDate(classify[2])
	if err != nil {
		t.Fatal(err)
	}
	var cat bytes.Buffer
	if _, err := harvest.Run(context.Background(), strings.NewReader(classify[1]+"\n"), &cat, harvest.Options{
		Catalogue: true, AsOf: asOf, LastModified: time.Now()}); err != nil {
		t.Fatal(err)
	}

	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	r := e.do("POST", importCmd[1], cat.Bytes(), with(auth, "Content-Type", importCmd[2])...)
	if r.status != 200 {
		t.Fatalf("import: %d %s", r.status, r.body)
	}
	var joined strings.Builder
	for _, line := range strings.Split(shown[1], "\n") {
		joined.WriteString(strings.TrimSpace(line))
	}
	for _, part := range strings.Split(joined.String(), "…") {
		if part = strings.Trim(part, ","); part != "" && !strings.Contains(string(r.body), part) {
			t.Errorf("the doc shows %s\nwhich the import does not answer; it answers\n%s", part, r.body)
		}
	}

	var drafts struct {
		Items []struct {
			ID       string         `json:"id"`
			Offering map[string]any `json:"offering"`
		} `json:"items"`
	}
	e.do("GET", "/api/drafts", nil, auth...).json(t, &drafts)
	if len(drafts.Items) != 1 {
		t.Fatalf("%d drafts", len(drafts.Items))
	}
	o := drafts.Items[0].Offering
	for _, a := range strings.Split(strings.TrimPrefix(jq[1], " | "), " | ") {
		path, value, _ := strings.Cut(a, " = ")
		var v any
		if err := json.Unmarshal([]byte(value), &v); err != nil {
			t.Fatalf("jq assignment %q: %v", a, err)
		}
		keys := strings.Split(strings.TrimPrefix(path, "."), ".")
		m := o
		for _, k := range keys[:len(keys)-1] {
			next, ok := m[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				m[k] = next
			}
			m = next
		}
		m[keys[len(keys)-1]] = v
	}
	if r := e.do("POST", "/api/offerings", o, auth...); r.status != 201 {
		t.Fatalf("the completed draft: %d %s", r.status, r.body)
	}
	var res struct {
		Results []struct {
			Rank     int
			Offering lmh.Offering
		} `json:"results"`
	}
	r = e.do("POST", match[1], match[2])
	r.json(t, &res)
	if r.status != 200 || len(res.Results) == 0 || res.Results[0].Offering.ID.String() != drafts.Items[0].ID ||
		res.Results[0].Offering.Name != ranked[1] {
		t.Errorf("the doc's match: %d %s", r.status, r.body)
	}
}
