package skos

import "github.com/lmhkit/lmhkit/taxonomy"

// synonym is a glossary term for a taxonomy code.
type synonym struct {
	lang   taxonomy.Lang
	text   string
	hidden bool // a common misspelling, for search only
}

// synonyms returns the glossary's terms for r.
func synonyms(r taxonomy.Ref) []synonym {
	return nil // TODO(issue 6): read the glossary once it is available
}
