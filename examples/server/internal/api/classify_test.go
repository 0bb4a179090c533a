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
