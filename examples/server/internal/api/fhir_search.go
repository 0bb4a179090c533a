package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/fhir"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// bundle is an R4 searchset Bundle.
type bundle struct {
	ResourceType string        `json:"resourceType"`
	Type         string        `json:"type"`
	Total        *int          `json:"total,omitempty"`
	Link         []bundleLink  `json:"link,omitempty"`
	Entry        []bundleEntry `json:"entry,omitempty"`
}

type bundleLink struct {
	Relation string `json:"relation"`
	URL      string `json:"url"`
}

type bundleEntry struct {
	FullURL  string                  `json:"fullUrl"`
	Resource *fhir.HealthcareService `json:"resource"`
	Search   *entrySearch            `json:"search"`
}

type entrySearch struct {
	Mode  string   `json:"mode"`
	Score *float64 `json:"score,omitempty"`
}

// searchParams are the parameters of a HealthcareService search.
var searchParams = map[string]bool{
	"_id": true, "name": true, "name:contains": true, "name:exact": true, "active": true,
	"service-category": true, "service-type": true, "program": true, "characteristic": true,
	"coverage-area": true, "role": true, "age": true, "condition": true,
	"_count": true, "_offset": true, "_format": true,
}

// resourceParams are those tested on the HealthcareService itself.
var resourceParams = map[string]bool{
	"_id": true, "name": true, "name:contains": true, "name:exact": true, "active": true,
	"service-category": true, "service-type": true, "program": true, "characteristic": true,
}

// eligibilityParams are those that carry a person's need.
var eligibilityParams = []string{"role", "age", "condition"}

// token is a FHIR token search value: [system|]code.
type token struct {
	system    string
	hasSystem bool
	code      string
}

func parseToken(v string) token {
	if sys, code, ok := strings.Cut(v, "|"); ok {
		return token{sys, true, code}
	}
	return token{code: v}
}

// matches reports whether one of the codings meets the token.
func (t token) matches(ccs []fhir.CodeableConcept) bool {
	for _, cc := range ccs {
		for _, c := range cc.Coding {
			if (t.code == "" || c.Code == t.code) && (!t.hasSystem || c.System == t.system) {
				return true
			}
		}
	}
	return false
}

// hasEligibility reports whether params hold role, age or condition.
func hasEligibility(params map[string][]string) bool {
	for _, name := range eligibilityParams {
		if _, ok := params[name]; ok {
			return true
		}
	}
	return false
}

// fhirSearch answers HealthcareService?… and _search. Parameters of one
// name are ANDed when repeated and ORed within a comma list, as in FHIR.
// With role, age or condition the eligibility is the Matcher's: the hard
// constraints of match (role, age, condition; place when coverage-area is
// given) decide, and entries come in the Matcher's order with its score.
func (s *Server) fhirSearch(w http.ResponseWriter, r *http.Request) {
	params, ok := fhirParams(w, r)
	if !ok {
		return
	}
	for name, vs := range params {
		if !searchParams[name] {
			// The name of an unknown parameter is not repeated: it is input.
			writeOutcome(w, http.StatusBadRequest, "not-supported", "a search parameter is not supported; see /fhir/metadata")
			return
		}
		if len(vs) > maxFilterValues {
			writeOutcome(w, http.StatusBadRequest, "too-costly", "too many values for parameter "+name)
			return
		}
	}
	if r.Method == http.MethodGet && !s.cfg.EligibilityInURL && hasEligibility(params) {
		// Refused before anything is read: the values are not looked at,
		// and the answer names the parameters only.
		writeOutcome(w, http.StatusBadRequest, "security",
			"role, age and condition describe a person: send them in the body of POST /fhir/HealthcareService/_search, not in a URL")
		return
	}
	need, eligibility, ok := readEligibility(w, params)
	if !ok {
		return
	}
	count, offset := 20, 0
	for _, p := range []struct {
		name string
		dst  *int
		max  int
	}{{"_count", &count, MaxResults}, {"_offset", &offset, 1 << 20}} {
		if v := first(params, p.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > p.max {
				writeOutcome(w, http.StatusBadRequest, "invalid", "parameter "+p.name+": a whole number from 0 to "+strconv.Itoa(p.max))
				return
			}
			*p.dst = n
		}
	}
	var area string
	if vs := params["coverage-area"]; len(vs) > 0 {
		area = strings.TrimPrefix(vs[0], "Location/")
		if len(vs) > 1 || !geo.IsValid(area) {
			writeOutcome(w, http.StatusBadRequest, "invalid", "parameter coverage-area: one kommunenummer")
			return
		}
	}

	snap := s.cfg.Live.Current()
	filtered := false
	for name := range params {
		if resourceParams[name] {
			filtered = true
		}
	}
	type hit struct {
		o     *lmh.Offering
		score *float64
	}
	var (
		hits  []hit
		exact = true // whether len(hits), filtered, is the total
	)
	if eligibility {
		// Without filters on the resource only the page is needed: ask for
		// one more than it, and tell the total only when it is known.
		limit := 0
		if !filtered {
			limit = offset + count + 1
		}
		opts := []match.Option{match.Limit(limit), match.IncludeUnavailable()}
		if area != "" {
			need.Municipality = area
		} else {
			opts = append(opts, match.Within(match.ReachNational))
		}
		results, err := snap.Matcher.Match(need, opts...)
		if err != nil {
			writeOutcome(w, http.StatusBadRequest, "invalid", "the eligibility parameters are not valid")
			return
		}
		exact = limit == 0 || len(results) < limit
		for _, res := range results {
			sc := res.Score
			hits = append(hits, hit{res.Offering, &sc})
		}
	} else {
		for i := range snap.Offerings {
			o := &snap.Offerings[i]
			if area != "" && !(o.Coverage.Covers(area) || (o.Coverage.IsZero() && o.Place.Municipality == area)) {
				continue
			}
			hits = append(hits, hit{o, nil})
		}
	}

	// The other parameters filter the HealthcareService itself; it is built
	// only when one of them is given, and for the entries of the page.
	var out []bundleEntry
	total := 0
	base := baseURL(r)
	for _, h := range hits {
		var hs *fhir.HealthcareService
		if filtered {
			hs = fhir.FromOffering(h.o)
			if !keep(hs, h.o, params) {
				continue
			}
		}
		total++
		if total <= offset || len(out) >= count {
			continue
		}
		if hs == nil {
			hs = fhir.FromOffering(h.o)
		}
		out = append(out, bundleEntry{base + "/HealthcareService/" + hs.ID, hs, &entrySearch{"match", h.score}})
	}
	b := bundle{ResourceType: "Bundle", Type: "searchset", Entry: out}
	if exact {
		b.Total = &total
	}
	if !eligibility && r.Method == http.MethodGet {
		// Links only for searches without a need: a link would repeat it.
		b.Link = []bundleLink{{"self", base + "/HealthcareService?" + r.URL.RawQuery}}
		if offset+count < total {
			q := r.URL.Query()
			q.Set("_offset", strconv.Itoa(offset+count))
			q.Set("_count", strconv.Itoa(count))
			b.Link = append(b.Link, bundleLink{"next", base + "/HealthcareService?" + q.Encode()})
		}
	}
	if eligibility {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeFHIR(w, http.StatusOK, b)
}

func first(params map[string][]string, name string) string {
	if vs := params[name]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// readEligibility builds the need of role, age and condition. Its
// diagnostics name the parameter, never the value.
func readEligibility(w http.ResponseWriter, params map[string][]string) (lmh.Need, bool, bool) {
	var need lmh.Need
	any := false
	for _, name := range eligibilityParams {
		if len(params[name]) > 0 {
			any = true
		}
	}
	if !any {
		return need, false, true
	}
	bad := func(name, want string) (lmh.Need, bool, bool) {
		writeOutcome(w, http.StatusBadRequest, "invalid", "parameter "+name+": "+want)
		return need, true, false
	}
	for _, v := range splitAll(params["role"]) {
		role, err := taxonomy.Parse[taxonomy.Role](parseToken(v).code)
		if err != nil {
			return bad("role", "a role code")
		}
		need.Roles = append(need.Roles, role)
	}
	if vs := params["age"]; len(vs) > 0 {
		age, err := strconv.Atoi(vs[0])
		if len(vs) > 1 || err != nil || age < 0 || age > taxonomy.MaxAge {
			return bad("age", "one whole number of years from 0 to 130")
		}
		need = need.WithAge(age)
	}
	for _, v := range splitAll(params["condition"]) {
		t := parseToken(v)
		switch {
		case !t.hasSystem || t.system == fhir.SystemURL(taxonomy.FacetCondition):
			c, err := taxonomy.Parse[taxonomy.Condition](t.code)
			if err != nil {
				return bad("condition", "a condition code, or system|code in ICD-10 or ICPC-2")
			}
			need.Conditions = append(need.Conditions, c)
		case t.system == fhir.SystemICD10 || t.system == fhir.SystemICD10NO:
			code := t.code
			if t.system == fhir.SystemICD10NO && len(code) > 3 && !strings.Contains(code, ".") {
				code = code[:3] + "." + code[3:]
			}
			if !taxonomy.ICD10.ValidCode(code) {
				return bad("condition", "a valid ICD-10 code")
			}
			need.ICD10 = append(need.ICD10, code)
		case t.system == fhir.SystemICPC2:
			if !taxonomy.ICPC2.ValidCode(t.code) {
				return bad("condition", "a valid ICPC-2 code")
			}
			need.ICPC2 = append(need.ICPC2, t.code)
		default:
			return bad("condition", "a code of the condition, ICD-10 or ICPC-2 system")
		}
	}
	if err := lmh.ValidateNeed(&need); err != nil {
		return bad("role, age or condition", "not valid")
	}
	return need, true, true
}

// splitAll splits each value at commas.
func splitAll(vs []string) []string {
	var out []string
	for _, v := range vs {
		out = append(out, strings.Split(v, ",")...)
	}
	return out
}

// keep applies the parameters that are not about eligibility or place:
// every parameter must hold (AND), any value of a comma list (OR).
func keep(hs *fhir.HealthcareService, o *lmh.Offering, params map[string][]string) bool {
	anyOf := func(name string, test func(v string) bool) bool {
		for _, v := range params[name] {
			ok := false
			for _, alt := range strings.Split(v, ",") {
				if test(alt) {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	tok := func(ccs []fhir.CodeableConcept) func(string) bool {
		return func(v string) bool { return parseToken(v).matches(ccs) }
	}
	name := glossary.Normalize(hs.Name)
	return anyOf("_id", func(v string) bool { id, err := uuid.Parse(v); return err == nil && id == o.ID }) &&
		anyOf("name", func(v string) bool { return nameStarts(name, glossary.Normalize(v)) }) &&
		anyOf("name:contains", func(v string) bool { return strings.Contains(name, glossary.Normalize(v)) }) &&
		anyOf("name:exact", func(v string) bool { return hs.Name == v }) &&
		anyOf("active", func(v string) bool { return v == strconv.FormatBool(o.Status == lmh.StatusActive) }) &&
		anyOf("service-category", tok(hs.Category)) &&
		anyOf("service-type", tok(hs.Type)) &&
		anyOf("program", tok(hs.Program)) &&
		anyOf("characteristic", tok(hs.Characteristic))
}

// nameStarts reports whether q starts the name or one of its words.
func nameStarts(name, q string) bool {
	if q == "" || strings.HasPrefix(name, q) {
		return q != ""
	}
	for i := 0; i < len(name); i++ {
		if (name[i] == ' ' || name[i] == '-') && strings.HasPrefix(name[i+1:], q) {
			return true
		}
	}
	return false
}
