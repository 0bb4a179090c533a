package glossary

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestSearchNorwegianMisspellings: autocomplete finds the term a person
// meant when they type Norwegian letters the way keyboards and habits
// spell them (issue 19): æ as ae, ø as o, å as a or aa, doubled consonants
// single or doubled by mistake.
func TestSearchNorwegianMisspellings(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ query, want string }{
		// Typed as prefixes, the way autocomplete is used: æ, ø and å
		// spelt ae, o(e) and aa cost two or three plain edits, more
		// than a short query allows.
		{"paarør", "pårørende"},
		{"soevn", "søvn"},
		{"roeyk", "røyking"},
		{"naerstaa", "nærstående"},
		{"laering", "læringstilbud"},
		{"haand", "håndtere helseutfordringer hjemme"},
		// Whole words with doubled or single consonants and æøå.
		{"paarorende", "pårørende"},
		{"demenskole", "demensskole"},
		{"ryggskolle", "ryggskole"},
		{"frisklivsentral", "frisklivssentral"},
		{"hjertesvigt", "hjertesvikt"},
		{"laerings- og mestringssenter", "lærings- og mestringssenter"},
		{"diabetis", "diabetes"},
	} {
		hits := g.Search(tc.query, 0, 5)
		found := false
		for _, h := range hits {
			if Normalize(h.Entry.Term) == Normalize(tc.want) {
				found = true
				break
			}
		}
		if !found {
			var got []string
			for _, h := range hits {
				got = append(got, h.Entry.Term+"/"+h.How)
			}
			t.Errorf("Search(%q) top 5 = %v, want %q among them", tc.query, got, tc.want)
		}
	}
	// Folding never turns a misspelling into another language's term by
	// itself: the language filter still holds.
	for _, h := range g.Search("paarorende", taxonomy.NN, 5) {
		if h.Entry.Lang != taxonomy.NN {
			t.Errorf("language filter broken: %v", h.Entry)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"pårørende": "parorende", "paarorende": "parorende", "ærlig": "aerlig", "demensskole": "demenskole",
		"ryggskole": "rygskole", "idé": "ide", "kaffe": "kafe",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
		if fold(fold(in)) != fold(in) {
			t.Errorf("fold is not idempotent on %q", in)
		}
	}
}
