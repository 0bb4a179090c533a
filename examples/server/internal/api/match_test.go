package api_test

import (
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

type matchReply struct {
	Version int64 `json:"catalogue_version"`
	Results []struct {
		Rank       int    `json:"rank"`
		Confidence string `json:"confidence"`
		Excluded   bool   `json:"excluded"`
		Failed     []string
		Reasons    []struct {
			Criterion string `json:"criterion"`
			Fit       string `json:"fit"`
			Text      string `json:"text"`
		} `json:"reasons"`
		Offering lmh.Offering `json:"offering"`
	} `json:"results"`
}

// TestMatchAgreesWithLibrary: the API returns the library's ranking for the
// same need and options, with its reasons in the language asked for.
func TestMatchAgreesWithLibrary(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		need := map[string]any{"roles": []string{"next_of_kin"}, "conditions": []string{"dementia"}, "municipality": "4621", "age": 52}
		m, err := match.New(e.cat, match.On(sampleDay))
		if err != nil {
			t.Fatal(err)
		}
		age := 52
		want, err := m.Match(lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia},
			Municipality: "4621", Age: &age}, match.Within(match.ReachRegion), match.Limit(5))
		if err != nil || len(want) == 0 {
			t.Fatalf("library: %d results, %v", len(want), err)
		}
		texts := map[string]string{}
		for _, lang := range []string{"nb", "nn", "en"} {
			var got matchReply
			r := e.do("POST", "/api/match", map[string]any{"need": need, "limit": 5, "within": "region"}, "Accept-Language", lang)
			if r.status != 200 || r.header.Get("Cache-Control") != "no-store" {
				t.Fatalf("%s: %d, Cache-Control %q: %s", lang, r.status, r.header.Get("Cache-Control"), r.body)
			}
			r.json(t, &got)
			if len(got.Results) != len(want) {
				t.Fatalf("%s: %d results; library gives %d", lang, len(got.Results), len(want))
			}
			for i, w := range want {
				g := got.Results[i]
				if g.Offering.ID != w.Offering.ID || g.Rank != i+1 || g.Confidence != w.Confidence.String() {
					t.Errorf("%s: result %d is %s (%s); library: %s (%s)", lang, i, g.Offering.ID, g.Confidence, w.Offering.ID, w.Confidence)
				}
				if len(g.Reasons) != len(w.Reasons) || g.Reasons[0].Text != w.Reasons[0].Text(taxonomy.Langs()[map[string]int{"nb": 0, "nn": 1, "en": 2}[lang]]) {
					t.Errorf("%s: reasons differ from the library's", lang)
				}
			}
			texts[lang] = got.Results[0].Reasons[0].Text
		}
		if texts["nb"] == texts["en"] || texts["nn"] == texts["nb"] {
			t.Errorf("reasons do not follow Accept-Language: %q", texts)
		}
	})
}

func TestMatchRequestProblems(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		for name, c := range map[string]struct {
			body   string
			status int
			field  string
			rule   string
		}{
			"no need":            {`{"limit": 3}`, 400, "need", "required"},
			"limit over the cap": {`{"need": {}, "limit": 1000}`, 400, "limit", "lte"},
			"limit zero":         {`{"need": {}, "limit": 0}`, 400, "limit", "gte"},
			"limit as text":      {`{"need": {}, "limit": "3"}`, 400, "limit", "type"},
			"relax_age negative": {`{"need": {}, "relax_age": -1}`, 400, "relax_age", "gte"},
			"unknown option":     {`{"need": {}, "sortby": 1}`, 400, "{2}", "unknown_field"},
			"bad within":         {`{"need": {}, "within": "planet"}`, 400, "within", "enum"},
			"unknown need field": {`{"need": {"roles": ["patient"], "hobby": "x"}}`, 400, "need.{2}", "unknown_field"},
			"unknown code":       {`{"need": {"roles": ["aunt"]}}`, 400, "need.roles[0]", "invalid_value"},
			"invalid age":        {`{"need": {"age": 400}}`, 422, "need.age", "lte"},
			"unknown kommune":    {`{"need": {"municipality": "9999"}}`, 422, "need.municipality", "kommunenummer"},
			"not an object":      {`[1, 2]`, 400, "", "syntax"},
			"age as text":        {`{"need": {"age": "old"}}`, 400, "need.age", "type"},
		} {
			r := e.do("POST", "/api/match", c.body)
			if r.status != c.status {
				t.Errorf("%s: %d; want %d: %s", name, r.status, c.status, r.body)
				continue
			}
			p := r.problem(t)
			if len(p.Errors) != 1 || p.Errors[0].Field != c.field || p.Errors[0].Rule != c.rule {
				t.Errorf("%s: %+v; want %s %s", name, p.Errors, c.field, c.rule)
			}
			checkMessages(t, name, p)
		}
		for name, body := range map[string]string{
			"offering_id not a UUID": `{"offering_id": "x", "need": {}}`,
			"offering_id a number":   `{"offering_id": 7, "need": {}}`,
		} {
			r := e.do("POST", "/api/explain", body)
			p := r.problem(t)
			if r.status != 400 || len(p.Errors) != 1 || p.Errors[0].Field != "offering_id" || p.Errors[0].Rule != "uuid" {
				t.Errorf("%s: %d %+v; want 400, offering_id uuid", name, r.status, p.Errors)
			}
			checkMessages(t, name, p)
		}
		big := `{"need": {"free_text": "` + strings.Repeat("a", 70<<10) + `"}}`
		if r := e.do("POST", "/api/match", big); r.status != 413 {
			t.Errorf("a need over the limit: %d", r.status)
		}
	})
}

func TestExplain(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		// A child of 10 is left out of an offering for adults only.
		var adult *lmh.Offering
		for i := range e.cat {
			if e.cat[i].TargetGroup.Ages.Min >= 18 {
				adult = &e.cat[i]
				break
			}
		}
		var got struct {
			Excluded bool     `json:"excluded"`
			Failed   []string `json:"failed"`
			Rank     int      `json:"rank"`
		}
		r := e.do("POST", "/api/explain", map[string]any{"offering_id": adult.ID, "need": map[string]any{"age": 10, "municipality": adult.Coverage.Expand()[0]}})
		if r.status != 200 {
			t.Fatalf("%d %s", r.status, r.body)
		}
		r.json(t, &got)
		if !got.Excluded || len(got.Failed) != 1 || got.Failed[0] != "age" || got.Rank != 0 {
			t.Errorf("explain: %+v; want excluded by age", got)
		}
		// A preference not met as well (a time the offering does not meet
		// at) is among the reasons, but not among the constraints that
		// left it out.
		var timed *lmh.Offering
		for i := range e.cat {
			if o := &e.cat[i]; o.TargetGroup.Ages.Min >= 18 && len(o.Schedule.Times) == 1 && o.Schedule.Times[0] != lmh.Weekend {
				timed = o
				break
			}
		}
		var got2 struct {
			Excluded bool     `json:"excluded"`
			Failed   []string `json:"failed"`
			Reasons  []struct{ Criterion, Fit string }
		}
		e.do("POST", "/api/explain", map[string]any{"offering_id": timed.ID, "need": map[string]any{
			"age": 10, "municipality": timed.Coverage.Expand()[0], "availability": []string{"weekend"}}}).json(t, &got2)
		timeMissed := false
		for _, why := range got2.Reasons {
			timeMissed = timeMissed || why.Criterion == "time" && why.Fit == "not_met"
		}
		if !timeMissed {
			t.Fatalf("%s: the time is not a reason not met, the test sees nothing: %+v", timed.Name, got2)
		}
		if !got2.Excluded || len(got2.Failed) != 1 || got2.Failed[0] != "age" {
			t.Errorf("explain with a preference missed too: %+v; want excluded by age alone", got2)
		}
		if r := e.do("POST", "/api/explain", map[string]any{"offering_id": "5b0c3d29-0000-4000-8000-000000000000", "need": map[string]any{}}); r.status != 404 {
			t.Errorf("unknown offering: %d", r.status)
		}
		if r := e.do("POST", "/api/explain", map[string]any{"need": map[string]any{}}); r.status != 400 {
			t.Errorf("no offering_id: %d", r.status)
		}
	})
}

func TestClassifyCoverageGlossary(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		var c struct {
			Facets struct {
				InScope   bool   `json:"in_scope"`
				Programme string `json:"programme"`
				Evidence  []struct {
					Start, End int
				} `json:"evidence"`
			} `json:"facets"`
		}
		r := e.do("POST", "/api/classify", map[string]string{"title": "Digitalt KiD-kurs", "text": "Frisklivssentralen tilbyr Kurs i depresjonsmestring på Zoom."})
		r.json(t, &c)
		if r.status != 200 || !c.Facets.InScope || c.Facets.Programme != "kid" || len(c.Facets.Evidence) == 0 {
			t.Errorf("classify: %d %+v", r.status, c.Facets)
		}
		if r := e.do("POST", "/api/classify", `{"title": 3}`); r.status != 400 {
			t.Errorf("classify with a number: %d", r.status)
		}
		if r := e.do("POST", "/api/classify", `{}`); r.status != 422 {
			t.Errorf("classify nothing: %d", r.status)
		}

		var cov struct {
			National []struct {
				Role, Topic string
				Reachable   int
			} `json:"national"`
			Gaps struct {
				Count int `json:"count"`
			} `json:"gaps"`
		}
		r = e.do("GET", "/api/coverage?role=next_of_kin&topic=condition:dementia&below=county", nil)
		r.json(t, &cov)
		if r.status != 200 || len(cov.National) != 1 || cov.National[0].Reachable == 0 || cov.Gaps.Count == 0 {
			t.Errorf("coverage: %d %+v", r.status, cov)
		}
		if r := e.do("GET", "/api/coverage?topic=role:patient", nil); r.status != 400 {
			t.Errorf("coverage with a role as topic: %d", r.status)
		}

		var hits struct {
			Hits []struct {
				Term string `json:"term"`
				Lang string `json:"lang"`
			} `json:"hits"`
		}
		e.do("GET", "/api/glossary/search?q=meistr&lang=nn&limit=5", nil).json(t, &hits)
		if len(hits.Hits) == 0 || len(hits.Hits) > 5 {
			t.Fatalf("search: %+v", hits)
		}
		for _, h := range hits.Hits {
			if h.Lang != "nn" {
				t.Errorf("lang=nn gave %+v", h)
			}
		}
		var lk struct {
			Found, Ambiguous bool
		}
		e.do("GET", "/api/glossary/lookup?term=meistringskurset", nil).json(t, &lk)
		if !lk.Found || !lk.Ambiguous {
			t.Errorf("lookup: %+v", lk)
		}
		for _, q := range []string{"/api/glossary/search", "/api/glossary/search?q=" + strings.Repeat("a", 300), "/api/glossary/search?q=a&limit=500", "/api/glossary/lookup"} {
			if r := e.do("GET", q, nil); r.status != 400 {
				t.Errorf("%s: %d", q, r.status)
			}
		}
	})
}

// checkMessages: every problem has a message with no empty parameter in
// it ("er ugyldig ()" was the message of a bad offering_id).
func checkMessages(t *testing.T, name string, p api.Problem) {
	t.Helper()
	for _, fe := range p.Errors {
		if fe.Message == "" || strings.Contains(fe.Message, "()") {
			t.Errorf("%s: %s: message %q", name, fe.Field, fe.Message)
		}
	}
}
