package api_test

import (
	"bufio"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// TestNeedsAreNotLoggedOrEchoed sends needs carrying sentinel values —
// valid ones, and invalid ones whose errors might quote them — to every
// need-bearing route, and reads every log line and every error body.
func TestNeedsAreNotLoggedOrEchoed(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		sentinels := []string{"SENTINELFREETEXT", "sentinelmember", "sentinelrole", "9876", "ZZSENT", "4242",
			"sentinelopt", "4243", "sentinelcond", "SENTICD", "sentinelparam", "sentinel-id", "sentinelvalue"}
		id := e.cat[0].ID.String()
		needs := []string{
			`{"free_text": "SENTINELFREETEXT pårørende til mor med demens, bor på Voss", "roles": ["next_of_kin"]}`,
			`{"roles": ["patient"], "sentinelmember": 1}`,
			`{"roles": ["sentinelrole"]}`,
			`{"municipality": "9876"}`,
			`{"icd10": ["ZZSENT"]}`,
			`{"age": 4242}`,
			`{"age": "sentinelvalue"}`,
			`{"free_text": "` + strings.Repeat("SENTINELFREETEXT ", 400) + `"}`,
			`{"roles": ["patient"], "sentinelmember": 1, "sentinelmember": 2}`,
			`{"roles": ["sentinelrole"], "roles": ["patient"]}`,
			`{"free_text": "SENTINELFREETEXT", "free_text": "SENTINELFREETEXT"}`,
		}
		for _, n := range needs {
			e.do("POST", "/api/match", `{"need": `+n+`}`)
			e.do("POST", "/api/match", `{"need": `+n+`, "sentinelopt": true}`)
			e.do("POST", "/api/explain", `{"offering_id": "`+id+`", "need": `+n+`}`)
			e.do("POST", "/api/explain", `{"offering_id": "sentinel-id", "need": `+n+`}`)
		}
		e.do("POST", "/api/match", `{"need": {"free_text": "SENTINELFREETEXT"`) // truncated
		// A member given twice: the need, an option of ours, one not ours.
		repeated := []string{
			`{"need": {"free_text": "SENTINELFREETEXT"}, "need": {"municipality": "9876"}}`,
			`{"need": {"roles": ["patient"]}, "sentinelopt": 1, "sentinelopt": 2}`,
			`{"need": {"roles": ["patient"]}, "limit": 4242, "limit": 4243}`,
		}
		for _, b := range repeated {
			e.do("POST", "/api/match", b)
			e.do("POST", "/api/explain", strings.Replace(b, `{"need"`, `{"offering_id": "`+id+`", "need"`, 1))
		}
		queries := []string{
			"role=sentinelrole", "age=4243", "age=4242", "condition=sentinelcond",
			"condition=" + url.QueryEscape("http://hl7.org/fhir/sid/icd-10|SENTICD"), "sentinelparam=1", "role=next_of_kin&age=4242",
			"role=next_of_kin&age=42&condition=" + url.QueryEscape("http://hl7.org/fhir/sid/icd-10|F03"),
		}
		for _, q := range queries {
			e.do("GET", "/fhir/HealthcareService?"+q, nil)
			e.do("POST", "/fhir/HealthcareService/_search", q, "Content-Type", "application/x-www-form-urlencoded")
		}

		// What a case worker types into the page's autocompletes for a
		// person, sent by POST: valid, and invalid in ways an error might
		// quote.
		lookups := []string{
			`/api/glossary/search {"q": "SENTINELFREETEXT demens", "facet": "condition"}`,
			`/api/glossary/search {"q": "demens", "facet": "sentinelvalue"}`,
			`/api/glossary/search {"q": "demens", "sentinelmember": 1}`,
			`/api/municipalities/search {"q": "SENTINELFREETEXT"}`,
			`/api/municipalities/search {"q": 9876}`,
			`/api/municipalities/search {"q": "voss", "limit": "sentinelvalue"}`,
			`/api/glossary/search {"q": "SENTINELFREETEXT", "q": "demens"}`,
			`/api/glossary/search {"q": "demens", "sentinelmember": 1, "sentinelmember": 2}`,
			`/api/municipalities/search {"q": "voss", "q": "SENTINELFREETEXT"}`,
		}
		for _, l := range lookups {
			path, body, _ := strings.Cut(l, " ")
			e.do("POST", path, body)
		}

		logs, bodies := e.log.String(), e.bodies.String()
		if bodies == "" || logs == "" {
			t.Fatal("nothing logged or no error answered: the test sees nothing")
		}
		// The log's own numbers (time, size, duration) may hold any digits;
		// the sentinels are looked for in everything else.
		var scrubbed strings.Builder
		sc0 := bufio.NewScanner(strings.NewReader(logs))
		for sc0.Scan() {
			var m map[string]any
			json.Unmarshal(sc0.Bytes(), &m)
			delete(m, "time")
			for k, v := range m {
				if _, isNum := v.(float64); isNum {
					delete(m, k)
				}
			}
			b, _ := json.Marshal(m)
			scrubbed.Write(b)
		}
		for _, s := range sentinels {
			if strings.Contains(scrubbed.String(), s) {
				t.Errorf("a log line holds %q", s)
			}
			if strings.Contains(bodies, s) {
				t.Errorf("an error body holds %q", s)
			}
		}
		// Every log line carries only these keys.
		allowed := map[string]bool{"time": true, "level": true, "msg": true, "method": true, "route": true,
			"status": true, "bytes": true, "ms": true}
		sc := bufio.NewScanner(strings.NewReader(logs))
		lines := 0
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("log line is not JSON: %v", err)
			}
			for k := range m {
				if !allowed[k] {
					t.Errorf("log line has key %q", k)
				}
			}
			lines++
		}
		if want := 4*len(needs) + 1 + 2*len(repeated) + 2*len(queries) + len(lookups); lines != want {
			t.Errorf("%d log lines; want one per request, %d", lines, want)
		}
	})
}
