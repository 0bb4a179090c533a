package api_test

import (
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// fhirOut, when set, is a directory the FHIR answers of TestFHIR are written
// to, for the outside validators of .ci/validate.
var fhirOut = flag.String("fhir-out", "", "write the FHIR responses of TestFHIR to this directory")

type fhirBundle struct {
	ResourceType string `json:"resourceType"`
	Type         string `json:"type"`
	Total        *int   `json:"total"`
	Link         []struct {
		Relation, URL string
	} `json:"link"`
	Entry []struct {
		FullURL  string `json:"fullUrl"`
		Resource struct {
			ResourceType string `json:"resourceType"`
			ID           string `json:"id"`
			Name         string `json:"name"`
		} `json:"resource"`
	} `json:"entry"`
}

// TestFHIREligibilityInURL: with Config.EligibilityInURL a GET search may
// carry the need, for FHIR clients that cannot POST one, and answers as
// POST _search does.
func TestFHIREligibilityInURL(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite}, func(c *api.Config) { c.EligibilityInURL = true })
	q := "role=next_of_kin&age=50&condition=" + url.QueryEscape("http://hl7.org/fhir/sid/icd-10|F03") + "&_count=100"
	var viaGet, viaPost fhirBundle
	r := e.do("GET", "/fhir/HealthcareService?"+q, nil)
	r.json(t, &viaGet)
	p := e.do("POST", "/fhir/HealthcareService/_search", q, "Content-Type", "application/x-www-form-urlencoded")
	p.json(t, &viaPost)
	if r.status != 200 || p.status != 200 || viaGet.Total == nil || viaPost.Total == nil || *viaGet.Total != *viaPost.Total || *viaGet.Total == 0 {
		t.Fatalf("GET %d total %v; POST %d total %v", r.status, viaGet.Total, p.status, viaPost.Total)
	}
	for i := range viaPost.Entry {
		if viaGet.Entry[i].Resource.ID != viaPost.Entry[i].Resource.ID {
			t.Errorf("entry %d: GET %s, POST %s", i, viaGet.Entry[i].Resource.ID, viaPost.Entry[i].Resource.ID)
		}
	}
	if len(viaGet.Link) != 0 {
		t.Errorf("an eligibility search links %v: that repeats the need", viaGet.Link)
	}
}

func TestFHIR(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		save := func(name string, r reply) {
			t.Helper()
			if *fhirOut == "" || !strings.HasSuffix(t.Name(), "sqlite") {
				return
			}
			if err := os.MkdirAll(*fhirOut, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*fhirOut, name+".json"), r.body, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		get := func(name, path string, status int) reply {
			t.Helper()
			r := e.do("GET", path, nil)
			if r.status != status || !strings.HasPrefix(r.header.Get("Content-Type"), "application/fhir+json") {
				t.Fatalf("%s: %d %s: %.300s", path, r.status, r.header.Get("Content-Type"), r.body)
			}
			save(name, r)
			return r
		}
		// search POSTs a search's parameters to _search, as a need must be sent.
		search := func(name, form string, status int) reply {
			t.Helper()
			r := e.do("POST", "/fhir/HealthcareService/_search", form, "Content-Type", "application/x-www-form-urlencoded")
			if r.status != status || !strings.HasPrefix(r.header.Get("Content-Type"), "application/fhir+json") {
				t.Fatalf("_search %s: %d %s: %.300s", form, r.status, r.header.Get("Content-Type"), r.body)
			}
			save(name, r)
			return r
		}
		var cs map[string]any
		get("metadata", "/fhir/metadata", 200).json(t, &cs)
		if cs["resourceType"] != "CapabilityStatement" || cs["fhirVersion"] != "4.0.1" {
			t.Errorf("metadata: %v", cs["resourceType"])
		}
		o := e.cat[0]
		var hs map[string]any
		get("read", "/fhir/HealthcareService/"+o.ID.String(), 200).json(t, &hs)
		if hs["id"] != o.ID.String() || hs["name"] != o.Name {
			t.Errorf("read: %v %v", hs["id"], hs["name"])
		}
		get("read-unknown", "/fhir/HealthcareService/0b6c1f3e-0000-4000-8000-000000000000", 404)

		// Eligibility: the same offerings as the library's matcher keeps for
		// the need, in its order.
		m, _ := match.New(e.cat, match.On(sampleDay))
		age := 50
		want, _ := m.Match(lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Age: &age, ICD10: []string{"F03"}},
			match.Limit(0), match.IncludeUnavailable(), match.Within(match.ReachNational))
		var b fhirBundle
		q := "role=next_of_kin&age=50&condition=" + url.QueryEscape("http://hl7.org/fhir/sid/icd-10|F03") + "&_count=100"
		search("search-eligibility", q, 200).json(t, &b)
		if b.Type != "searchset" || b.Total == nil || *b.Total != len(want) || len(b.Entry) != len(want) || len(want) == 0 {
			t.Fatalf("eligibility search: total %v, %d entries; the matcher keeps %d", b.Total, len(b.Entry), len(want))
		}
		for i := range want {
			if b.Entry[i].Resource.ID != want[i].Offering.ID.String() {
				t.Errorf("entry %d is %s; the matcher ranks %s", i, b.Entry[i].Resource.ID, want[i].Offering.ID)
			}
		}
		if len(b.Link) != 0 {
			t.Errorf("an eligibility search links %v: that repeats the need", b.Link)
		}
		// In a URL the need is refused, by default: it would stay in access
		// logs, proxies and browser history. The answer says where to send it
		// and repeats no value.
		r := get("search-eligibility-in-url", "/fhir/HealthcareService?"+q, 400)
		if !strings.Contains(string(r.body), `"security"`) || !strings.Contains(string(r.body), "_search") ||
			strings.Contains(string(r.body), "next_of_kin") || strings.Contains(string(r.body), "F03") {
			t.Errorf("a need in a URL: %s", r.body)
		}
		// A page smaller than the matches: the page, and no total (the
		// matcher was asked for one more than the page).
		var b3 fhirBundle
		search("search-eligibility-page", strings.Replace(q, "_count=100", "_count=2&_offset=1", 1), 200).json(t, &b3)
		if b3.Total != nil || len(b3.Entry) != 2 || b3.Entry[0].Resource.ID != want[1].Offering.ID.String() {
			t.Errorf("eligibility page: total %v, %d entries", b3.Total, len(b3.Entry))
		}
		// With a filter on the resource the total is counted.
		var b4 fhirBundle
		search("search-eligibility-active", q+"&active=true", 200).json(t, &b4)
		if b4.Total == nil || *b4.Total > len(want) || *b4.Total != len(b4.Entry) {
			t.Errorf("eligibility and active: total %v, %d entries", b4.Total, len(b4.Entry))
		}

		// Standard parameters, and paging with links.
		get("search-active-page", "/fhir/HealthcareService?active=true&_count=5", 200).json(t, &b)
		active := 0
		for _, o := range e.cat {
			if o.Status == lmh.StatusActive {
				active++
			}
		}
		if b.Total == nil || *b.Total != active || len(b.Entry) != 5 || len(b.Link) != 2 || b.Link[1].Relation != "next" {
			t.Errorf("active=true: total %v (want %d), %d entries, links %v", b.Total, active, len(b.Entry), b.Link)
		}
		get("search-category", "/fhir/HealthcareService?service-category=municipal&coverage-area=4621", 200).json(t, &b)
		for _, en := range b.Entry {
			for _, o := range e.cat {
				if o.ID.String() == en.Resource.ID && (o.Provider.Arena != taxonomy.ArenaMunicipal || !(o.Coverage.Covers("4621") || o.Coverage.IsZero())) {
					t.Errorf("service-category=municipal&coverage-area=4621 gave %s", o.Name)
				}
			}
		}
		get("search-name", "/fhir/HealthcareService?name=kurs", 200).json(t, &b)
		if b.Total == nil || *b.Total == 0 {
			t.Error("name=kurs found nothing")
		}
		search("search-bad-age", "age=old", 400)
		get("search-unknown-param", "/fhir/HealthcareService?specialty=x", 400)

		// Terminology operations.
		cond := "https://lmhkit.github.io/fhir/CodeSystem/condition"
		var p struct {
			Parameter []struct {
				Name         string `json:"name"`
				ValueString  string `json:"valueString"`
				ValueBoolean *bool  `json:"valueBoolean"`
				ValueCode    string `json:"valueCode"`
			} `json:"parameter"`
		}
		param := func(name string) (string, bool) {
			for _, x := range p.Parameter {
				if x.Name == name {
					if x.ValueBoolean != nil {
						if *x.ValueBoolean {
							return "true", true
						}
						return "false", true
					}
					return x.ValueString + x.ValueCode, true
				}
			}
			return "", false
		}
		get("lookup", "/fhir/CodeSystem/$lookup?system="+cond+"&code=dementia&displayLanguage=nb", 200).json(t, &p)
		if d, _ := param("display"); d != taxonomy.ConditionDementia.Label(taxonomy.NB) {
			t.Errorf("$lookup display %q", d)
		}
		get("lookup-unknown", "/fhir/CodeSystem/$lookup?system="+cond+"&code=nope", 404)
		p.Parameter = nil
		get("validate-code", "/fhir/ValueSet/$validate-code?url=https://lmhkit.github.io/fhir/ValueSet/condition&code=copd", 200).json(t, &p)
		if v, _ := param("result"); v != "true" {
			t.Errorf("$validate-code copd: %v", p)
		}
		p.Parameter = nil
		get("validate-code-false", "/fhir/CodeSystem/$validate-code?url="+cond+"&code=nope", 200).json(t, &p)
		if v, _ := param("result"); v != "false" {
			t.Errorf("$validate-code nope: %v", p)
		}
		p.Parameter = nil
		get("subsumes", "/fhir/CodeSystem/$subsumes?system="+cond+"&codeA=heart_disease&codeB=heart_failure", 200).json(t, &p)
		if v, _ := param("outcome"); v != "subsumes" {
			t.Errorf("$subsumes: %v", p)
		}
		var vs struct {
			Expansion struct {
				Total    *int `json:"total"`
				Contains []struct {
					Code, Display string
				} `json:"contains"`
			} `json:"expansion"`
		}
		get("expand", "/fhir/ValueSet/$expand?url=https://lmhkit.github.io/fhir/ValueSet/condition&filter=kols&displayLanguage=nn", 200).json(t, &vs)
		if len(vs.Expansion.Contains) == 0 || vs.Expansion.Contains[0].Code != "copd" {
			t.Errorf("$expand filter=kols: %+v", vs.Expansion.Contains)
		}
		get("expand-page", "/fhir/ValueSet/$expand?url=https://lmhkit.github.io/fhir/ValueSet/role&count=1&offset=1", 200).json(t, &vs)
		if len(vs.Expansion.Contains) != 1 || vs.Expansion.Total == nil || *vs.Expansion.Total < 2 {
			t.Errorf("$expand count=1 offset=1: %+v", vs.Expansion)
		}
		p.Parameter = nil
		get("translate", "/fhir/ConceptMap/$translate?system=http://hl7.org/fhir/sid/icd-10&code=F32.1", 200).json(t, &p)
		if v, _ := param("result"); v != "true" {
			t.Errorf("$translate F32.1: %v", p)
		}
		get("unknown-operation", "/fhir/ValueSet/$frobnicate", 404)
		get("expand-unknown", "/fhir/ValueSet/$expand?url=https://example.org/vs", 404)
	})
}
