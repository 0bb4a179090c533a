package api

import (
	"net/http"
	"net/url"
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
	return queryOf(w, r, r.URL.Query(), name)
}

// queryOf is query over parameters read already.
func queryOf(w http.ResponseWriter, r *http.Request, qv url.Values, name string) (string, bool) {
	q := qv.Get(name)
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

// glossarySearch is autocomplete over the official terms:
// ?q=…&lang=…&facet=…&limit=…, or the same members in the JSON body of a
// POST. With facet, only hits with a sense in that facet count ("condition":
// the words that find a condition code).
func (s *Server) glossarySearch(w http.ResponseWriter, r *http.Request) {
	qv, ok := autocompleteParams(w, r, []string{"q", "lang", "facet"}, []string{"limit"})
	if !ok {
		return
	}
	q, ok := queryOf(w, r, qv, "q")
	if !ok {
		return
	}
	l := language(r)
	var lang taxonomy.Lang
	if v := qv.Get("lang"); v != "" {
		var err error
		if lang, err = taxonomy.ParseLang(v); err != nil {
			writeProblem(w, r, kindBadQuery, "", paramError(l, "lang", lmh.RuleLang, ""))
			return
		}
	}
	var facet taxonomy.Facet
	if v := qv.Get("facet"); v != "" {
		var err error
		if facet, err = taxonomy.ParseFacet(v); err != nil {
			writeProblem(w, r, kindBadQuery, "", paramError(l, "facet", lmh.RuleEnum, ""))
			return
		}
	}
	limit, ok := searchLimit(w, r, qv, 10, 50)
	if !ok {
		return
	}
	var hits []glossary.Hit
	if facet == 0 {
		hits = glossary.Default().Search(q, lang, limit)
	} else {
		// Every hit, then those of the facet: the glossary is fixed and the
		// query bounded, so the work is too.
		for _, h := range glossary.Default().Search(q, lang, 0) {
			if len(hits) == limit {
				break
			}
			for _, ref := range h.Entry.Senses {
				if ref.Facet() == facet {
					hits = append(hits, h)
					break
				}
			}
		}
	}
	out := make([]hitJSON, len(hits))
	for i, h := range hits {
		out[i] = hitJSON{h.Entry.Term, h.Entry.Lang, h.Entry.Kind, senses(h.Entry.Senses, l), h.How}
	}
	searched(w, r)
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
