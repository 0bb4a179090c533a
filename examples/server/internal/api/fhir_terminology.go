package api

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/lmhkit/lmhkit/lmh/fhir"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The terminology operations are GETs with the parameters of their
// OperationDefinitions; each answers a Parameters resource (a ValueSet for
// $expand) or an OperationOutcome.

// opParams reads the named parameters of an operation: each at most once
// and no others (their names are not repeated in errors: they are input).
func opParams(w http.ResponseWriter, r *http.Request, allowed ...string) (map[string]string, bool) {
	q := r.URL.Query()
	out := map[string]string{}
	ok := map[string]bool{"_format": true}
	for _, a := range allowed {
		ok[a] = true
	}
	for name, vs := range q {
		if !ok[name] {
			writeOutcome(w, http.StatusBadRequest, "not-supported", "a parameter is not supported by this operation")
			return nil, false
		}
		if len(vs) > 1 {
			writeOutcome(w, http.StatusBadRequest, "invalid", "parameter "+name+" is given more than once")
			return nil, false
		}
		if len(vs[0]) > 1000 {
			writeOutcome(w, http.StatusBadRequest, "too-costly", "parameter "+name+" is too long")
			return nil, false
		}
		out[name] = vs[0]
	}
	return out, true
}

func require(w http.ResponseWriter, p map[string]string, names ...string) bool {
	for _, n := range names {
		if p[n] == "" {
			writeOutcome(w, http.StatusBadRequest, "required", "parameter "+n+" is required")
			return false
		}
	}
	return true
}

// displayLanguage reads displayLanguage; the zero Lang (English displays)
// when absent.
func displayLanguage(w http.ResponseWriter, p map[string]string) (taxonomy.Lang, bool) {
	v := p["displayLanguage"]
	if v == "" {
		return 0, true
	}
	l, err := taxonomy.ParseLang(v)
	if err != nil {
		writeOutcome(w, http.StatusBadRequest, "invalid", "parameter displayLanguage: nb, nn or en")
		return 0, false
	}
	return l, true
}

// termError answers an error of a terminology call.
func termError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, fhir.ErrUnknownSystem):
		writeOutcome(w, http.StatusNotFound, "not-found", "unknown code system, value set or concept map")
	case errors.Is(err, fhir.ErrUnknownCode):
		writeOutcome(w, http.StatusNotFound, "not-found", "the code is not in the code system")
	default:
		writeOutcome(w, http.StatusBadRequest, "invalid", "the operation's parameters are not valid")
	}
}

func (s *Server) fhirLookup(w http.ResponseWriter, r *http.Request) {
	p, ok := opParams(w, r, "system", "code", "version", "displayLanguage")
	if !ok || !require(w, p, "system", "code") {
		return
	}
	l, ok := displayLanguage(w, p)
	if !ok {
		return
	}
	res, err := s.term.Lookup(p["system"], p["code"], l)
	if err != nil {
		termError(w, err)
		return
	}
	out := parameters{ResourceType: "Parameters", Parameter: []parameter{
		pString("name", res.Name), pString("version", res.Version), pString("display", res.Display),
	}}
	if res.Definition != "" {
		out.Parameter = append(out.Parameter, pString("definition", res.Definition))
	}
	for _, d := range res.Designation {
		part := []parameter{}
		if d.Language != "" {
			part = append(part, parameter{Name: "language", ValueCode: d.Language})
		}
		if d.Use != nil {
			part = append(part, parameter{Name: "use", ValueCoding: d.Use})
		}
		part = append(part, pString("value", d.Value))
		out.Parameter = append(out.Parameter, parameter{Name: "designation", Part: part})
	}
	for _, rel := range []struct {
		code  string
		codes []string
	}{{"parent", res.Parent}, {"child", res.Child}} {
		for _, c := range rel.codes {
			out.Parameter = append(out.Parameter, parameter{Name: "property", Part: []parameter{
				{Name: "code", ValueCode: rel.code}, {Name: "value", ValueCode: c}}})
		}
	}
	writeFHIR(w, http.StatusOK, out)
}

func (s *Server) fhirExpand(w http.ResponseWriter, r *http.Request) {
	p, ok := opParams(w, r, "url", "filter", "displayLanguage", "count", "offset")
	if !ok || !require(w, p, "url") {
		return
	}
	l, ok := displayLanguage(w, p)
	if !ok {
		return
	}
	count, offset := -1, 0
	for _, n := range []struct {
		name string
		dst  *int
	}{{"count", &count}, {"offset", &offset}} {
		if v := p[n.name]; v != "" {
			x, err := strconv.Atoi(v)
			if err != nil || x < 0 {
				writeOutcome(w, http.StatusBadRequest, "invalid", "parameter "+n.name+": a whole number")
				return
			}
			*n.dst = x
		}
	}
	vs, err := s.term.Expand(p["url"], p["filter"], l)
	if err != nil {
		termError(w, err)
		return
	}
	if e := vs.Expansion; e != nil && (offset > 0 || count >= 0) {
		total := len(e.Contains)
		e.Total = &total
		start := min(offset, total)
		end := total
		if count >= 0 {
			end = min(start+count, total)
		}
		e.Contains = e.Contains[start:end]
		e.Parameter = append(e.Parameter, fhir.ExpansionParam{Name: "offset", ValueString: strconv.Itoa(offset)})
		if count >= 0 {
			e.Parameter = append(e.Parameter, fhir.ExpansionParam{Name: "count", ValueString: strconv.Itoa(count)})
		}
	}
	writeFHIR(w, http.StatusOK, vs)
}

// fhirValidateCode answers CodeSystem/$validate-code and
// ValueSet/$validate-code: url is the canonical URL of either.
func (s *Server) fhirValidateCode(w http.ResponseWriter, r *http.Request) {
	p, ok := opParams(w, r, "url", "code", "display", "system")
	if !ok || !require(w, p, "code") {
		return
	}
	url := p["url"]
	if url == "" {
		url = p["system"]
	}
	if url == "" {
		writeOutcome(w, http.StatusBadRequest, "required", "parameter url is required")
		return
	}
	res, err := s.term.ValidateCode(url, p["code"], p["display"])
	if err != nil {
		termError(w, err)
		return
	}
	out := parameters{ResourceType: "Parameters", Parameter: []parameter{pBool("result", res.Result)}}
	if res.Message != "" {
		out.Parameter = append(out.Parameter, pString("message", res.Message))
	}
	if res.Display != "" {
		out.Parameter = append(out.Parameter, pString("display", res.Display))
	}
	writeFHIR(w, http.StatusOK, out)
}

func (s *Server) fhirSubsumes(w http.ResponseWriter, r *http.Request) {
	p, ok := opParams(w, r, "system", "codeA", "codeB", "version")
	if !ok || !require(w, p, "system", "codeA", "codeB") {
		return
	}
	res, err := s.term.Subsumes(p["system"], p["codeA"], p["codeB"])
	if err != nil {
		termError(w, err)
		return
	}
	writeFHIR(w, http.StatusOK, parameters{ResourceType: "Parameters", Parameter: []parameter{
		{Name: "outcome", ValueCode: string(res)}}})
}

func (s *Server) fhirTranslate(w http.ResponseWriter, r *http.Request) {
	p, ok := opParams(w, r, "system", "code", "targetsystem")
	if !ok || !require(w, p, "system", "code") {
		return
	}
	ts, err := s.term.Translate(p["system"], p["code"], p["targetsystem"])
	if err != nil {
		termError(w, err)
		return
	}
	out := parameters{ResourceType: "Parameters", Parameter: []parameter{pBool("result", len(ts) > 0)}}
	if len(ts) == 0 {
		out.Parameter = append(out.Parameter, pString("message", "no mapping for the code"))
	}
	for _, t := range ts {
		part := []parameter{{Name: "equivalence", ValueCode: t.Equivalence}}
		if t.Concept.Code != "" {
			c := t.Concept
			part = append(part, parameter{Name: "concept", ValueCoding: &c})
		}
		part = append(part, parameter{Name: "source", ValueURI: t.Source})
		out.Parameter = append(out.Parameter, parameter{Name: "match", Part: part})
	}
	writeFHIR(w, http.StatusOK, out)
}
