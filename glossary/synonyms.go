package glossary

import "github.com/lmhkit/lmhkit/taxonomy"

// Synonyms returns the entries that name r other than by its preferred
// labels in the taxonomy: official synonyms, synonyms, abbreviations,
// examples in glossary order, then hidden entries (common misspellings,
// Kind KindHidden), with each spelling once per language: a spelling that
// is both a synonym and a misspelling is listed as the synonym. A preferred
// glossary term that differs from the taxonomy's label counts as a synonym.
// Entries without a language are left out.
//
// This is the list exporters write as SKOS altLabel and hiddenLabel, and as
// FHIR designations of use "synonym". The returned entries are copies.
func (g *Glossary) Synonyms(r taxonomy.Ref) []Entry {
	seen := map[string]bool{}
	for _, l := range taxonomy.Langs() {
		seen[l.String()+"\x00"+r.Label(l)] = true
	}
	terms := g.Terms(r)
	var out []Entry
	for _, hidden := range []bool{false, true} {
		for _, e := range terms {
			if (e.Kind == KindHidden) != hidden || !e.Lang.IsValid() || e.Term == "" {
				continue
			}
			key := e.Lang.String() + "\x00" + e.Term
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, e)
		}
	}
	return out
}
