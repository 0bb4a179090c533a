package fhir

import (
	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// synonym is a glossary term for a taxonomy code.
type synonym struct {
	lang   taxonomy.Lang
	text   string
	hidden bool // a common misspelling, for search only
}

// synonyms returns the terms of the embedded glossary that name r, other
// than r's preferred labels, in glossary order, without repeats within a
// language. Preferred glossary terms that differ from the taxonomy's label
// count as synonyms; hidden terms (misspellings) are marked.
func synonyms(r taxonomy.Ref) []synonym {
	seen := map[string]bool{}
	for _, l := range taxonomy.Langs() {
		seen[l.String()+"\x00"+r.Label(l)] = true
	}
	var out []synonym
	for _, e := range glossary.Default().Terms(r) {
		if !e.Lang.IsValid() || e.Term == "" {
			continue
		}
		key := e.Lang.String() + "\x00" + e.Term
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, synonym{lang: e.Lang, text: e.Term, hidden: e.Kind == glossary.KindHidden})
	}
	return out
}
