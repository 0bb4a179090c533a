package api

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"

	"github.com/lmhkit/lmhkit/lmh"
)

// maxSearchBody bounds the JSON body of an autocomplete POST.
const maxSearchBody = 4 << 10

// autocompleteParams reads the parameters of an autocomplete route: from the
// query of a GET, or from the JSON object a POST sends instead, so that
// what a case worker types for a person (the start of a condition or a
// kommune) stays out of URLs, as the page does. In the body, names must be
// among strings (string members) or numbers (whole-number members), and
// are returned as query values. An unknown member is named by position
// only, since its name is input too. It writes the problem and returns
// false when the body is not such an object.
func autocompleteParams(w http.ResponseWriter, r *http.Request, strs, nums []string) (url.Values, bool) {
	if r.Method == http.MethodGet {
		return r.URL.Query(), true
	}
	l := language(r)
	body, ok := readJSON(w, r, maxSearchBody)
	if !ok {
		return nil, false
	}
	ms, err := members(body)
	known := map[string]bool{}
	for _, n := range append(append([]string(nil), strs...), nums...) {
		known[n] = true
	}
	if repeated(w, r, err, known) {
		return nil, false
	}
	if err != nil {
		writeProblem(w, r, kindMalformed, "", FieldError{Rule: "syntax",
			Message: [3]string{"forespørselen er ikke et JSON-objekt", "førespurnaden er ikkje eit JSON-objekt", "the request is not a JSON object"}[l.Index()]})
		return nil, false
	}
	in := func(list []string, name string) bool {
		for _, s := range list {
			if s == name {
				return true
			}
		}
		return false
	}
	out := url.Values{}
	for i, m := range ms {
		switch {
		case in(strs, m.name):
			var s string
			if json.Unmarshal(m.raw, &s) != nil {
				writeProblem(w, r, kindBadQuery, "", paramError(l, m.name, lmh.Rule("type"), "string"))
				return nil, false
			}
			out.Set(m.name, s)
		case in(nums, m.name):
			var n int
			if json.Unmarshal(m.raw, &n) != nil {
				writeProblem(w, r, kindBadQuery, "", paramError(l, m.name, lmh.Rule("type"), "integer"))
				return nil, false
			}
			out.Set(m.name, strconv.Itoa(n))
		default:
			f := "{" + strconv.Itoa(i+1) + "}"
			writeProblem(w, r, kindBadQuery, "", FieldError{Field: f, Rule: "unknown_field",
				Message: [3]string{"ukjent felt", "ukjent felt", "unknown member"}[l.Index()]})
			return nil, false
		}
	}
	return out, true
}

// searchLimit reads the limit parameter: def when absent, 1 to max.
func searchLimit(w http.ResponseWriter, r *http.Request, q url.Values, def, max int) (int, bool) {
	v := q.Get("limit")
	if v == "" {
		return def, true
	}
	n, fe := wholeParam(language(r), "limit", v, 1, max)
	if fe != nil {
		writeProblem(w, r, kindBadQuery, "", *fe)
		return 0, false
	}
	return n, true
}

// searched marks the answer of an autocomplete: a POST's answer derives
// from what was typed for a person and is not to be cached; a GET's may be.
func searched(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.Header().Set("Cache-Control", "no-store")
	}
	setLanguage(w, language(r))
}
