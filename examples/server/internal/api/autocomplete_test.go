package api_test

import (
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
)

type municipalities struct {
	Municipalities []struct {
		Number       string `json:"number"`
		Name         string `json:"name"`
		ParallelName string `json:"parallel_name"`
		County       struct{ Number, Name string }
		HealthRegion string `json:"health_region"`
	} `json:"municipalities"`
}

// TestMunicipalitySearch: lmh/geo's search by official, Sami and parallel
// names, the same by GET and by POST; a POST's answer is not cached.
func TestMunicipalitySearch(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"kauto", []string{"5612 Guovdageaidnu Kautokeino"}}, // the Norwegian parallel name finds the Sami one
		{"guovda", []string{"5612 Guovdageaidnu Kautokeino"}},
		{"tot", []string{"3443 Vestre Toten ", "3442 Østre Toten "}}, // a later word; Norwegian order puts Ø last
		{"voss", []string{"4621 Voss "}},
	} {
		for _, method := range []string{"GET", "POST"} {
			var r reply
			if method == "GET" {
				r = e.do("GET", "/api/municipalities/search?q="+c.q, nil)
			} else {
				r = e.do("POST", "/api/municipalities/search", map[string]any{"q": c.q, "limit": 5})
			}
			var got municipalities
			r.json(t, &got)
			var names []string
			for _, m := range got.Municipalities {
				names = append(names, m.Number+" "+m.Name+" "+m.ParallelName)
			}
			if strings.Join(names, "|") != strings.Join(c.want, "|") {
				t.Errorf("%s %q: %q; want %q", method, c.q, names, c.want)
			}
			if noStore := r.header.Get("Cache-Control") == "no-store"; noStore != (method == "POST") {
				t.Errorf("%s %q: Cache-Control %q", method, c.q, r.header.Get("Cache-Control"))
			}
		}
	}
	var got municipalities
	e.do("POST", "/api/municipalities/search", map[string]any{"q": "voss"}).json(t, &got)
	if m := got.Municipalities[0]; m.County.Number != "46" || m.County.Name != "Vestland" || m.HealthRegion != "helse_vest" {
		t.Errorf("Voss: %+v", m)
	}
}

// TestGlossarySearchByPost: the glossary search takes its parameters in a
// POST body too, and facet keeps the words that find a code of the facet:
// lay words, abbreviations and misspellings find the condition.
func TestGlossarySearchByPost(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	for q, want := range map[string]string{
		"sukkersyk": "condition:diabetes",           // a lay word
		"kols":      "condition:copd",               // an abbreviation
		"demenz":    "condition:dementia",           // a misspelling
		"ms":        "condition:multiple_sclerosis", // an abbreviation that is also a prefix of other words
	} {
		var got struct {
			Hits []struct {
				Term   string
				Senses []struct{ Ref, Label string }
			}
		}
		r := e.do("POST", "/api/glossary/search", map[string]any{"q": q, "facet": "condition", "limit": 5}, "Accept-Language", "nn")
		r.json(t, &got)
		if r.status != 200 || r.header.Get("Cache-Control") != "no-store" || len(got.Hits) == 0 {
			t.Fatalf("%q: %d %q %s", q, r.status, r.header.Get("Cache-Control"), r.body)
		}
		for _, h := range got.Hits {
			found := false
			for _, s := range h.Senses {
				found = found || strings.HasPrefix(s.Ref, "condition:")
			}
			if !found {
				t.Errorf("%q: hit %q has no condition sense", q, h.Term)
			}
		}
		first := got.Hits[0].Senses
		if !strings.Contains(first[0].Ref+first[len(first)-1].Ref, want) {
			t.Errorf("%q: first hit %+v; want %s", q, got.Hits[0], want)
		}
	}
	// Without facet the same search finds programmes and deliveries too.
	var all struct{ Hits []struct{ Term string } }
	e.do("POST", "/api/glossary/search", map[string]any{"q": "ms", "limit": 5}).json(t, &all)
	if len(all.Hits) < 2 {
		t.Errorf("ms without facet: %+v", all)
	}
}

// TestAutocompleteProblems: bad bodies and parameters are named, never
// repeated.
func TestAutocompleteProblems(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	for _, c := range []struct {
		path, body  string
		status      int
		field, rule string
	}{
		{"/api/municipalities/search", `{}`, 400, "q", "required"},
		{"/api/municipalities/search", `{"q": 7}`, 400, "q", "type"},
		{"/api/municipalities/search", `{"q": "voss", "limit": 500}`, 400, "limit", "lte"},
		{"/api/municipalities/search", `{"q": "voss", "limit": 0}`, 400, "limit", "gte"},
		{"/api/glossary/search", `{"q": "kols", "limit": -3}`, 400, "limit", "gte"},
		{"/api/municipalities/search", `{"q": "voss", "sentinelmember": 1}`, 400, "{2}", "unknown_field"},
		{"/api/municipalities/search", `[1]`, 400, "", "syntax"},
		{"/api/glossary/search", `{"q": "` + strings.Repeat("a", 300) + `"}`, 400, "q", "max"},
		{"/api/glossary/search", `{"q": "kols", "facet": "sentinelfacet"}`, 400, "facet", "enum"},
		{"/api/glossary/search", `{"q": "kols", "lang": "sentinellang"}`, 400, "lang", "lang"},
	} {
		r := e.do("POST", c.path, c.body)
		p := r.problem(t)
		if r.status != c.status || len(p.Errors) != 1 || p.Errors[0].Field != c.field || p.Errors[0].Rule != c.rule {
			t.Errorf("%s %s: %d %+v; want %d %s %s", c.path, c.body, r.status, p.Errors, c.status, c.field, c.rule)
		}
		if strings.Contains(string(r.body), "sentinel") {
			t.Errorf("%s %s: the problem repeats the input: %s", c.path, c.body, r.body)
		}
	}
	if r := e.do("POST", "/api/municipalities/search", "q=voss", "Content-Type", "application/x-www-form-urlencoded"); r.status != 415 {
		t.Errorf("a form body: %d", r.status)
	}
	if r := e.do("POST", "/api/glossary/search", `{"q": "`+strings.Repeat("a", 5000)+`"}`); r.status != 413 {
		t.Errorf("a body over the limit: %d", r.status)
	}
}
