package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
)

// TestClassifyDraft: /api/classify answers the draft offering beside the
// facets, with its evidence, confidence and warnings; as_of sets the year
// of dates written without one, and defaults to the server's date.
func TestClassifyDraft(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		listing := map[string]string{"title": "Pårørendeskole", "text": "Ringsaker kommune tilbyr pårørendeskole for pårørende til personer med demens. " +
			"Vi møtes på Moelv bibliotek fem tirsdager fra 2. mars kl. 18.00–20.30. Kurset er gratis."}
		type answer struct {
			Facets map[string]any `json:"facets"`
			Draft  struct {
				AsOf     string          `json:"as_of"`
				Offering json.RawMessage `json:"offering"`
				Evidence []struct {
					Field, Part, Rule string
					Start, End        int
					Confidence        float64
					YearInferred      bool `json:"year_inferred"`
				} `json:"evidence"`
				Warnings []api.FieldError `json:"warnings"`
				Missing  []string         `json:"missing"`
			} `json:"draft"`
		}
		var a answer
		r := e.do("POST", "/api/classify", map[string]string{"title": listing["title"], "text": listing["text"], "as_of": "2026-12-05"},
			"Accept-Language", "nn")
		r.json(t, &a)
		if r.status != 200 || a.Facets["in_scope"] != true || a.Draft.AsOf != "2026-12-05" {
			t.Fatalf("%d %s", r.status, r.body)
		}
		o := string(a.Draft.Offering)
		for _, want := range []string{`"name":"Pårørendeskole"`, `"provider":{"name":"Ringsaker kommune","arena":"municipal"}`,
			`"start":"2027-03-02"`, `"place":{"name":"Moelv bibliotek","municipality":"3411"}`, `"cost":{"free":true}`} {
			if !strings.Contains(o, want) {
				t.Errorf("the draft lacks %s: %s", want, o)
			}
		}
		for _, absent := range []string{`"id"`, `"status"`, `"last_modified"`, `"coverage"`, `:""`, `{}`, `null`} {
			if strings.Contains(o, absent) {
				t.Errorf("the draft holds %s, which the text does not give: %s", absent, o)
			}
		}
		ev := map[string]bool{}
		for _, x := range a.Draft.Evidence {
			ev[x.Field] = true
			span := listing["text"]
			if x.Part == "title" {
				span = listing["title"]
			}
			if x.Start < 0 || x.End > len(span) || x.Start >= x.End || x.Rule == "" || x.Confidence <= 0 || x.Confidence > 1 {
				t.Errorf("evidence %+v", x)
			}
			if x.Field == "schedule.start" && !x.YearInferred {
				t.Errorf("schedule.start: the year is not marked inferred")
			}
		}
		for _, f := range []string{"name", "provider.name", "schedule.start", "place.municipality", "frames.cost.free"} {
			if !ev[f] {
				t.Errorf("no evidence for %s", f)
			}
		}
		warned := map[string]string{}
		for _, w := range a.Draft.Warnings {
			warned[w.Field] = w.Message
		}
		if !strings.Contains(warned["coverage"], "tilbodet") || warned["user_participation"] == "" {
			t.Errorf("warnings (nn): %+v", a.Draft.Warnings)
		}
		if !strings.Contains(strings.Join(a.Draft.Missing, ","), "coverage") {
			t.Errorf("missing %v", a.Draft.Missing)
		}

		// Without as_of: the server's date (2027-01-11 here), so 2 March is 2027's.
		var b answer
		e.do("POST", "/api/classify", listing).json(t, &b)
		if b.Draft.AsOf != sampleDay.String() || !strings.Contains(string(b.Draft.Offering), `"start":"2027-03-02"`) {
			t.Errorf("default as_of: %s %s", b.Draft.AsOf, b.Draft.Offering)
		}
		for _, bad := range []string{`{"text": "x", "as_of": "5. desember"}`, `{"text": "x", "as_of": 2026}`} {
			if r := e.do("POST", "/api/classify", bad); r.status != 400 || r.problem(t).Errors[0].Field != "as_of" {
				t.Errorf("%s: %d %s", bad, r.status, r.body)
			}
		}
		if r := e.do("POST", "/api/classify", `{"text": "x", "as_of": "1900-01-01"}`); r.status != 422 {
			t.Errorf("as_of far away: %d", r.status)
		}
	})
}

// TestRepeatedMembers: a JSON body given a member twice is refused by
// every route that reads its members (encoding/json would keep the last,
// so the client and the server could read one body two ways), with a
// problem that names where — the member, or its position when the name is
// not one of ours — and never a value: 400, rule repeated_member, the
// message in nb, nn or en. The match and explain routes name a need's
// members by position only (TestNeedsAreNotLoggedOrEchoed reads them).
func TestRepeatedMembers(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		id := e.cat[0].ID.String()
		for _, c := range []struct {
			name, path, body, field string
		}{
			{"classify text", "/api/classify", `{"text": "SENTINELA Ringsaker", "title": "x", "text": "SENTINELB"}`, "text"},
			{"classify as_of", "/api/classify", `{"text": "Kurs", "as_of": "2026-01-01", "as_of": "2026-02-02"}`, "as_of"},
			{"classify escaped", "/api/classify", `{"text": "SENTINELA", "t\u0065xt": "SENTINELB"}`, "text"},
			{"classify unknown", "/api/classify", `{"text": "Kurs", "sentinelname": 1, "sentinelname": 2}`, "{3}"},
			{"match limit", "/api/match", `{"need": {}, "limit": 3, "limit": 4}`, "limit"},
			{"match need", "/api/match", `{"need": {"roles": ["patient"]}, "need": {}}`, "need"},
			{"match unknown", "/api/match", `{"need": {}, "sentinelname": 1, "sentinelname": 2}`, "{3}"},
			{"match need member", "/api/match", `{"need": {"roles": ["patient"], "roles": ["next_of_kin"]}}`, "need.{2}"},
			{"explain offering_id", "/api/explain", `{"offering_id": "` + id + `", "need": {}, "offering_id": "` + id + `"}`, "offering_id"},
			{"glossary q", "/api/glossary/search", `{"q": "SENTINELA", "q": "demens"}`, "q"},
			{"municipality limit", "/api/municipalities/search", `{"q": "voss", "limit": 3, "limit": 4}`, "limit"},
		} {
			for _, lang := range []string{"nb", "nn", "en"} {
				r := e.do("POST", c.path, c.body, "Accept-Language", lang)
				if r.status != 400 {
					t.Errorf("%s (%s): %d %s; want 400", c.name, lang, r.status, r.body)
					continue
				}
				p := r.problem(t)
				if len(p.Errors) != 1 || p.Errors[0].Field != c.field || p.Errors[0].Rule != "repeated_member" {
					t.Errorf("%s (%s): %+v; want %s repeated_member", c.name, lang, p.Errors, c.field)
				}
				want := map[string]string{"nb": "gitt to ganger", "nn": "gjeve to gonger", "en": "given twice"}[lang]
				if len(p.Errors) == 1 && !strings.Contains(p.Errors[0].Message, want) {
					t.Errorf("%s (%s): message %q", c.name, lang, p.Errors[0].Message)
				}
				for _, s := range []string{"SENTINELA", "SENTINELB", "sentinelname", "2026-02-02"} {
					if strings.Contains(string(r.body), s) {
						t.Errorf("%s (%s): the problem holds %q: %s", c.name, lang, s, r.body)
					}
				}
			}
		}
		// An offering's body (POST, PUT, import lines): the library refuses
		// it; the rule says why.
		if r := e.do("POST", "/api/offerings", `{"name": "a", "name": "b"}`, auth...); r.status != 400 {
			t.Errorf("offering with a repeated member: %d", r.status)
		} else if p := r.problem(t); len(p.Errors) != 1 || p.Errors[0].Field != "name" || p.Errors[0].Rule != "repeated_member" {
			t.Errorf("offering with a repeated member: %+v", p.Errors)
		}
	})
}
