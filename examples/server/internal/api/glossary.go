package api

import (
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// maxQuery bounds the text of a glossary query, in bytes.
const maxQuery = 200

type hitJSON struct {
	Term   string        `json:"term"`
	Lang   taxonomy.Lang `json:"lang"`
	Kind   glossary.Kind `json:"kind"`
	Senses []senseJSON   `json:"senses"`
	How    string        `json:"how"`
}

// senseJSON is a sense with its label in the response's language.
type senseJSON struct {
	Ref   taxonomy.Ref `json:"ref"`
	Label string       `json:"label"`
}

func senses(refs []taxonomy.Ref, l taxonomy.Lang) []senseJSON {
	out := make([]senseJSON, len(refs))
	for i, r := range refs {
		out[i] = senseJSON{r, r.Label(l)}
	}
	return out
}

// query reads the text parameter name, bounded, or writes the problem.
func query(w http.ResponseWriter, r *http.Request, name string) (string, bool) {
	q := r.URL.Query().Get(name)
	l := language(r)
	switch {
	case q == "":
		writeProblem(w, r, kindBadQuery, "", paramError(l, name, lmh.RuleRequired, ""))
		return "", false
	case len(q) > maxQuery || !utf8.ValidString(q):
		writeProblem(w, r, kindBadQuery, "", paramError(l, name, lmh.RuleMax, strconv.Itoa(maxQuery)))
		return "", false
	}
	return q, true
}

// glossarySearch is autocomplete over the official terms: ?q=…&lang=…&limit=….
func (s *Server) glossarySearch(w http.ResponseWriter, r *http.Request) {
	q, ok := query(w, r, "q")
	if !ok {
		return
	}
	l := language(r)
	var lang taxonomy.Lang
	if v := r.URL.Query().Get("lang"); v != "" {
		var err error
		if lang, err = taxonomy.ParseLang(v); err != nil {
			writeProblem(w, r, kindBadQuery, "", paramError(l, "lang", lmh.RuleLang, ""))
			return
		}
	}
	limit := 10
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 50 {
			writeProblem(w, r, kindBadQuery, "", paramError(l, "limit", lmh.RuleLTE, "50"))
			return
		}
		limit = n
	}
	hits := glossary.Default().Search(q, lang, limit)
	out := make([]hitJSON, len(hits))
	for i, h := range hits {
		out[i] = hitJSON{h.Entry.Term, h.Entry.Lang, h.Entry.Kind, senses(h.Entry.Senses, l), h.How}
	}
	setLanguage(w, l)
	writeJSON(w, http.StatusOK, struct {
		Hits []hitJSON `json:"hits"`
	}{out})
}

// glossaryLookup finds every sense of a term in any of its forms: ?term=….
func (s *Server) glossaryLookup(w http.ResponseWriter, r *http.Request) {
	q, ok := query(w, r, "term")
	if !ok {
		return
	}
	l := language(r)
	lk := glossary.Default().Lookup(q)
	type entryJSON struct {
		Term string        `json:"term"`
		Lang taxonomy.Lang `json:"lang"`
		Kind glossary.Kind `json:"kind"`
	}
	entries := make([]entryJSON, len(lk.Entries))
	for i, e := range lk.Entries {
		entries[i] = entryJSON{e.Term, e.Lang, e.Kind}
	}
	setLanguage(w, l)
	writeJSON(w, http.StatusOK, struct {
		Found     bool        `json:"found"`
		Ambiguous bool        `json:"ambiguous"`
		Senses    []senseJSON `json:"senses"`
		Entries   []entryJSON `json:"entries"`
	}{lk.Found(), lk.Ambiguous, senses(lk.Senses, l), entries})
}
