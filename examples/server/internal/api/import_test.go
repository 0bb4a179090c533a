package api_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// realListings returns the first n records of each readable batch of the
// classifier's real training listings (ids lms-, kommune-, org-,
// nynorsk-); the scored batches are not read.
func realListings(t *testing.T, n int) []byte {
	t.Helper()
	f, err := os.Open("../../../../lmh/classify/testdata/real/train.jsonl")
	if err != nil {
		t.Skip("no real listings:", err)
	}
	defer f.Close()
	taken := map[string]int{}
	var out bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		for _, p := range []string{"lms-", "kommune-", "org-", "nynorsk-"} {
			if bytes.HasPrefix(sc.Bytes(), []byte(`{"id": "`+p)) && taken[p] < n {
				taken[p]++
				out.Write(sc.Bytes())
				out.WriteByte('\n')
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// harvestCatalogue runs harvest in catalogue mode over listings, as
// `lmhkit classify -emit catalogue -as-of …` does.
func harvestCatalogue(t *testing.T, listings []byte, stamp time.Time) []byte {
	t.Helper()
	var out bytes.Buffer
	_, err := harvest.Run(context.Background(), bytes.NewReader(listings), &out, harvest.Options{
		Catalogue: true, AsOf: sampleDay, LastModified: stamp, Name: "crawl.jsonl"})
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// fill gives each missing field of a draft a value, as the person
// completing it in the service would.
func fill(t *testing.T, doc []byte, missing []string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	values := map[string]any{
		"coverage":            map[string]any{"national": true},
		"user_participation":  map[string]any{"stages": []string{"planning", "delivery"}},
		"frames.capacity.max": 12, "place.municipality": "3905", "provider.name": "Lærings- og mestringssenteret",
		"provider.arena": "specialist", "name": "Kurs", "delivery": "in_person", "format": "group",
		"target_group.roles": []string{"patient"}, "scope": "cross_diagnostic", "lang": "nb",
	}
	for _, f := range missing {
		v, ok := values[f]
		if !ok {
			t.Fatalf("no value to fill %s with", f)
		}
		cur := m
		keys := strings.Split(f, ".")
		for _, k := range keys[:len(keys)-1] {
			next, ok := cur[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				cur[k] = next
			}
			cur = next
		}
		cur[keys[len(keys)-1]] = v
	}
	b, _ := json.Marshal(m)
	return b
}

type importReply struct {
	CatalogueVersion int64          `json:"catalogue_version"`
	Counts           map[string]int `json:"counts"`
	Lines            []struct {
		Line    int          `json:"line"`
		ID      string       `json:"id"`
		Outcome string       `json:"outcome"`
		Missing []string     `json:"missing"`
		Problem *api.Problem `json:"problem"`
		// Conflicts are the line's conflicts.
		Conflicts []string `json:"conflicts"`
	} `json:"lines"`
}

func (e *env) importLines(body []byte, headers ...string) (reply, importReply) {
	e.t.Helper()
	r := e.do("POST", "/api/offerings/import", body, with(with(auth, "Content-Type", "application/x-ndjson"), headers...)...)
	var ir importReply
	if r.status == 200 {
		r.json(e.t, &ir)
	}
	return r, ir
}

// drafts returns every draft the service holds, page by page.
func (e *env) drafts() map[string][]string {
	e.t.Helper()
	out := map[string][]string{}
	for next := "/api/drafts?limit=50"; next != ""; {
		var p struct {
			Items []struct {
				ID       string          `json:"id"`
				Missing  []string        `json:"missing"`
				Offering json.RawMessage `json:"offering"`
			} `json:"items"`
			Next string `json:"next"`
		}
		r := e.do("GET", next, nil, auth...)
		r.json(e.t, &p)
		if r.status != 200 {
			e.t.Fatalf("GET %s: %d", next, r.status)
		}
		for _, it := range p.Items {
			if _, err := lmh.DecodeOffering(it.Offering); err != nil || len(it.Missing) == 0 {
				e.t.Errorf("draft %s: %v %v", it.ID, err, it.Missing)
			}
			out[it.ID] = it.Missing
		}
		next = p.Next
	}
	return out
}

// TestImportHarvestedCatalogue: real listings, harvested in process, go
// into the service. A draft that lacks required fields is held outside
// the catalogue, with what it lacks; completed by a person it is an
// offering, found by search and by matching. A rerun of the crawl neither
// adds nor loses anything (the completed offering keeps the fields the
// person filled in), and a changed listing updates its entry.
func TestImportHarvestedCatalogue(t *testing.T) {
	listings := realListings(t, 3)
	forEach(t, func(t *testing.T, e *env) {
		week1 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
		drafts := harvestCatalogue(t, listings, week1)
		n := bytes.Count(drafts, []byte("\n"))
		if n < 6 {
			t.Fatalf("%d drafts of %d listings", n, bytes.Count(listings, []byte("\n")))
		}
		v0 := e.live.Current().Version

		// As harvested, every draft lacks coverage and user participation:
		// all are held, none enters the catalogue.
		r, ir := e.importLines(drafts)
		if r.status != 200 || len(ir.Lines) != n || ir.Counts["held"] != n || ir.CatalogueVersion != v0 || e.live.Current().Version != v0 {
			t.Fatalf("drafts: %d %+v (version %d, was %d)", r.status, ir.Counts, ir.CatalogueVersion, v0)
		}
		for _, l := range ir.Lines {
			if l.ID == "" || l.Problem == nil || l.Problem.Status != 422 || !slices.Contains(l.Missing, "coverage") || !slices.Contains(l.Missing, "user_participation") {
				t.Errorf("line %d: %+v", l.Line, l)
				continue
			}
			checkMessages(t, "import", *l.Problem)
		}
		held := e.drafts()
		if len(held) != n {
			t.Fatalf("%d drafts held, want %d", len(held), n)
		}
		if r := e.do("GET", "/api/drafts", nil); r.status != 401 {
			t.Errorf("drafts without the token: %d", r.status)
		}

		// A person completes the draft that lacks least and saves it.
		var id string
		for _, l := range ir.Lines {
			if id == "" || len(l.Missing) < len(held[id]) {
				id = l.ID
			}
		}
		var doc []byte
		for _, line := range bytes.Split(drafts, []byte("\n")) {
			if bytes.Contains(line, []byte(`"id":"`+id+`"`)) {
				doc = fill(t, line, held[id])
			}
		}
		if r := e.do("POST", "/api/offerings", doc, auth...); r.status != 201 {
			t.Fatalf("the completed draft: %d %s", r.status, r.body)
		}
		if _, ok := e.drafts()[id]; ok {
			t.Errorf("the draft %s is still held after its offering was saved", id)
		}
		r = e.do("GET", "/api/offerings/"+id, nil)
		o, err := lmh.DecodeOffering(r.body)
		if err != nil {
			t.Fatal(r.status, err)
		}

		// Next week's crawl of the same pages: nothing is added, the
		// completed offering keeps the required fields the person filled.
		again := harvestCatalogue(t, listings, week1.AddDate(0, 0, 7))
		r, ir2 := e.importLines(again)
		if r.status != 200 || ir2.Counts["unchanged"] != 1 || ir2.Counts["held"] != n-1 || ir2.Counts["created"] != 0 {
			t.Fatalf("rerun: %d %+v %s", r.status, ir2.Counts, r.body)
		}
		if got := len(e.live.Current().Offerings); got != len(e.cat)+1 {
			t.Errorf("%d offerings after the rerun, want %d", got, len(e.cat)+1)
		}
		if got := len(e.drafts()); got != n-1 {
			t.Errorf("%d drafts after the rerun, want %d", got, n-1)
		}
		if ir2.CatalogueVersion != e.live.Current().Version {
			t.Errorf("the answer's version %d, the catalogue's %d", ir2.CatalogueVersion, e.live.Current().Version)
		}

		// The listing's description changes, and it now states a name
		// where the person filled one in: its entry is updated, with the
		// listing's description and the person's name.
		var changed bytes.Buffer
		for _, line := range bytes.Split(bytes.TrimSpace(again), []byte("\n")) {
			var m map[string]any
			if err := json.Unmarshal(line, &m); err != nil {
				t.Fatal(err)
			}
			if m["id"] == id {
				m["name"] = "Endret: " + o.Name
				m["description"] = "Endret beskrivelse"
				line, _ = json.Marshal(m)
			}
			changed.Write(line)
			changed.WriteByte('\n')
		}
		r, ir3 := e.importLines(changed.Bytes())
		if r.status != 200 || ir3.Counts["updated"] != 1 || ir3.Counts["held"] != n-1 {
			t.Fatalf("changed: %d %+v", r.status, ir3.Counts)
		}
		if u, err := lmh.DecodeOffering(e.do("GET", "/api/offerings/"+id, nil).body); err != nil ||
			u.Description != "Endret beskrivelse" || u.Name != o.Name || !u.Coverage.National || !u.Participation.Declared() {
			t.Errorf("after the update (the description from the listing; the name, coverage and participation kept): %+v %v", u, err)
		}

		// Found by search …
		q := url.Values{"role": {o.TargetGroup.Roles[0].String()}, "limit": {"100"}}
		if len(o.TargetGroup.Conditions) > 0 {
			q.Set("condition", o.TargetGroup.Conditions[0].String())
		}
		var page struct{ Items []lmh.Offering }
		e.do("GET", "/api/offerings?"+q.Encode(), nil).json(t, &page)
		if !containsID(page.Items, id) {
			t.Errorf("GET /api/offerings?%s does not find %s", q.Encode(), id)
		}
		// … and by matching.
		need := map[string]any{"roles": []string{o.TargetGroup.Roles[0].String()}, "municipality": o.Place.Municipality}
		if len(o.TargetGroup.Conditions) > 0 {
			need["conditions"] = []string{o.TargetGroup.Conditions[0].String()}
		}
		var m struct {
			Results []struct{ Offering lmh.Offering } `json:"results"`
		}
		r = e.do("POST", "/api/match", map[string]any{"need": need, "limit": 100, "include_unavailable": true})
		r.json(t, &m)
		found := false
		for _, res := range m.Results {
			found = found || res.Offering.ID.String() == id
		}
		if r.status != 200 || !found {
			t.Errorf("match %v: %d, %d results without %s", need, r.status, len(m.Results), id)
		}

		// A draft discarded is gone; discarding it again is a 404.
		for d := range e.drafts() {
			if r := e.do("DELETE", "/api/drafts/"+d, nil, auth...); r.status != 204 {
				t.Errorf("DELETE draft: %d", r.status)
			}
			if r := e.do("DELETE", "/api/drafts/"+d, nil, auth...); r.status != 404 {
				t.Errorf("DELETE draft again: %d", r.status)
			}
			break
		}
		if got := len(e.drafts()); got != n-2 {
			t.Errorf("%d drafts after one was discarded, want %d", got, n-2)
		}
		// … and the next crawl does not hold it again.
		if r, ir4 := e.importLines(again); r.status != 200 || ir4.Counts["discarded"] != 1 || ir4.Counts["held"] != n-2 {
			t.Errorf("the crawl after a discard: %d %+v", r.status, ir4.Counts)
		}
	})
}

func hasField(p *api.Problem, field string) bool {
	for _, fe := range p.Errors {
		if fe.Field == field {
			return true
		}
	}
	return false
}

func hasRule(p *api.Problem, rule string) bool {
	for _, fe := range p.Errors {
		if fe.Rule == rule {
			return true
		}
	}
	return false
}

func containsID(items []lmh.Offering, id string) bool {
	for _, o := range items {
		if o.ID.String() == id {
			return true
		}
	}
	return false
}

// TestImportErrors: a bad line is answered with its line number and
// problem, and the lines around it are imported; limits and the token are
// enforced before anything is written.
func TestImportErrors(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		good := func(name string, change ...func(m map[string]any)) string {
			b, _ := json.Marshal(&e.cat[0])
			var m map[string]any
			json.Unmarshal(b, &m)
			m["id"] = "6f1d3c52-0b7e-4c1a-9a39-" + name
			m["name"] = "Importert " + name
			for _, c := range change {
				c(m)
			}
			b, _ = json.Marshal(m)
			return string(b)
		}
		body := strings.Join([]string{
			good("000000000001"),
			`{"id": "6f1d3c52-0b7e-4c1a-9a39-000000000002", "name": `, // cut off
			"",
			strings.Replace(good("000000000003"), `"name":`, `"colour":"blue","name":`, 1),
			strings.Replace(good("000000000004"), `"format":"group"`, `"format":"gruppe"`, 1),
			strings.Replace(good("000000000005"), `"id":"6f1d3c52-0b7e-4c1a-9a39-000000000005",`, ``, 1),
			strings.Replace(good("000000000006"), `"coverage":`, `"coverage":{},"x_coverage":`, 1),
			good("000000000007"),
			good("000000000008", func(m map[string]any) { delete(m, "coverage") }),
			good("000000000009", func(m map[string]any) {
				delete(m, "coverage")
				m["format"] = "group"
				m["frames"] = map[string]any{"capacity": map[string]any{"max": 1}}
			}),
		}, "\r\n") + "\n"
		r, ir := e.importLines([]byte(body), "Accept-Language", "en")
		if r.status != 200 {
			t.Fatalf("%d %s", r.status, r.body)
		}
		want := []struct {
			line          int
			id, outcome   string
			field, rule   string
			problemStatus int
		}{
			{1, "6f1d3c52-0b7e-4c1a-9a39-000000000001", "created", "", "", 0},
			{2, "", "rejected", "", "malformed", 400},
			{4, "6f1d3c52-0b7e-4c1a-9a39-000000000003", "rejected", "colour", "unknown_field", 400},
			{5, "6f1d3c52-0b7e-4c1a-9a39-000000000004", "rejected", "format", "", 400},
			{6, "", "rejected", "id", "required", 422},
			{7, "6f1d3c52-0b7e-4c1a-9a39-000000000006", "rejected", "x_coverage", "unknown_field", 400},
			{8, "6f1d3c52-0b7e-4c1a-9a39-000000000007", "created", "", "", 0},
			{9, "6f1d3c52-0b7e-4c1a-9a39-000000000008", "held", "coverage", "coverage_required", 422},
			{10, "6f1d3c52-0b7e-4c1a-9a39-000000000009", "rejected", "frames.capacity.max", "group_capacity", 422},
		}
		if len(ir.Lines) != len(want) {
			t.Fatalf("%d lines answered: %s", len(ir.Lines), r.body)
		}
		for i, w := range want {
			l := ir.Lines[i]
			if l.Line != w.line || l.ID != w.id || l.Outcome != w.outcome {
				t.Errorf("line %d: %+v, want %+v", w.line, l, w)
				continue
			}
			if w.problemStatus == 0 {
				if l.Problem != nil {
					t.Errorf("line %d: problem %+v", w.line, l.Problem)
				}
				continue
			}
			if l.Problem == nil || l.Problem.Status != w.problemStatus || len(l.Problem.Errors) == 0 ||
				(w.field != "" && !hasField(l.Problem, w.field)) || (w.rule != "" && !hasRule(l.Problem, w.rule)) {
				t.Errorf("line %d: problem %+v, want %s %s %d", w.line, l.Problem, w.field, w.rule, w.problemStatus)
				continue
			}
			checkMessages(t, "line "+strconv.Itoa(w.line), *l.Problem)
		}
		if ir.Counts["created"] != 2 || ir.Counts["rejected"] != 6 || ir.Counts["held"] != 1 {
			t.Errorf("counts %+v", ir.Counts)
		}

		// No token, a wrong token: nothing is read or written.
		v := e.live.Current().Version
		if r := e.do("POST", "/api/offerings/import", good("000000000009"), "Content-Type", "application/x-ndjson"); r.status != 401 {
			t.Errorf("without a token: %d", r.status)
		}
		if r := e.do("POST", "/api/offerings/import", good("000000000009"), "Authorization", "Bearer wrong"); r.status != 401 {
			t.Errorf("with a wrong token: %d", r.status)
		}
		if r := e.do("POST", "/api/offerings/import", good("000000000009"), with(auth, "Content-Type", "text/csv")...); r.status != 415 {
			t.Errorf("as CSV: %d", r.status)
		}
		// Over the line limit: refused whole, naming the first line beyond it.
		many := strings.Repeat("\n", api.MaxImportLines) + good("000000000009") + "\n"
		r, _ = e.importLines([]byte(many))
		if p := r.problem(t); r.status != 413 || len(p.Errors) != 1 || p.Errors[0].Field != "line "+strconv.Itoa(api.MaxImportLines+1) ||
			p.Errors[0].Param != strconv.Itoa(api.MaxImportLines) {
			t.Errorf("too many lines: %d %s", r.status, r.body)
		}
		// Over the body limit.
		r, _ = e.importLines(bytes.Repeat([]byte(" "), api.MaxImportBody+1))
		if r.status != 413 {
			t.Errorf("too large: %d", r.status)
		}
		// One line over an offering's limit: that line alone is refused.
		long := strings.Replace(good("000000000010"), `"name":"`, `"name":"`+strings.Repeat("x", api.MaxOfferingBody), 1)
		r, ir = e.importLines([]byte(long + "\n" + good("000000000011") + "\n"))
		if r.status != 200 || len(ir.Lines) != 2 || ir.Lines[0].Outcome != "rejected" || ir.Lines[0].Problem.Status != 413 ||
			ir.Lines[1].Outcome != "created" {
			t.Errorf("a line too long: %d %+v", r.status, ir)
		}
		if got := e.live.Current().Version; got != v+1 {
			t.Errorf("version %d after the refused imports and one good one, want %d", got, v+1)
		}
	})
}

// TestImportIsNotLogged: nothing of an import's body reaches the log, good
// lines or bad.
func TestImportIsNotLogged(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		o := e.cat[1]
		o.Description = "SENTINELIMPORT"
		b, _ := json.Marshal(&o)
		body := string(b) + "\n" + `{"name": "SENTINELIMPORT", "sentinelmember": 1}` + "\n" + `{"SENTINELIMPORT` + "\n"
		e.importLines([]byte(body))
		e.do("POST", "/api/classify", map[string]string{"title": "SENTINELIMPORT", "text": "SENTINELIMPORT kurs for pårørende"})
		for _, s := range []string{"SENTINELIMPORT", "sentinelmember"} {
			if strings.Contains(e.log.String(), s) {
				t.Errorf("the log holds %s:\n%s", s, e.log.String())
			}
		}
	})
}
