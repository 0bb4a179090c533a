package glossary

import (
	"fmt"
	"strings"
)

// Paradigm is an inflection class of Norwegian nouns. The glossary writes
// out every form of a term explicitly from its paradigm, in Bokmål and
// Nynorsk at once, because a stemmer conflates words that differ (kurs →
// kur, diabetes → diabet). Only the end of the term changes, so a phrase
// inflects by its last word ("lærings- og mestringstilbud" →
// "lærings- og mestringstilbudet"). Forms that no paradigm gives are
// listed in Entry.Forms.
//
// The zero value means the term does not inflect. Values are safe for
// concurrent use.
type Paradigm string

// The paradigms. Each lists the endings it adds, for Bokmål and Nynorsk.
const (
	// ParadigmNone: no inflection (pårørende, diabetes type 2, eldre).
	ParadigmNone Paradigm = ""
	// ParadigmNeuter: neuter nouns ending in a consonant: kurs, kurset,
	// kursene, kursa; tilbod, tilbodet, tilboda.
	ParadigmNeuter Paradigm = "neuter"
	// ParadigmMasculine: masculine nouns ending in a consonant: pasient,
	// pasienten, pasienter, pasientene; nn pasientar, pasientane.
	ParadigmMasculine Paradigm = "masculine"
	// ParadigmFeminine: feminine nouns such as those in -ing: opplæring,
	// opplæringen, opplæringa, opplæringer, opplæringene; nn opplæringar,
	// opplæringane.
	ParadigmFeminine Paradigm = "feminine"
	// ParadigmE: nouns ending in unstressed -e: skole, skolen, skoler,
	// skolene; gruppe, gruppa; nn skule, skulen, skular, skulane.
	ParadigmE Paradigm = "e"
	// ParadigmEr: Bokmål agent nouns in -er: bruker, brukeren, brukere,
	// brukerne.
	ParadigmEr Paradigm = "er"
	// ParadigmAr: Nynorsk agent nouns in -ar: brukar, brukaren, brukarar,
	// brukarane.
	ParadigmAr Paradigm = "ar"
	// ParadigmDouble: masculine nouns that double their final consonant in
	// Bokmål: sykdom, sykdommen, sykdommer, sykdommene; nn sjukdom,
	// sjukdomen, sjukdomar, sjukdomane.
	ParadigmDouble Paradigm = "double"
)

// Paradigms returns every paradigm, ParadigmNone first.
func Paradigms() []Paradigm {
	return []Paradigm{ParadigmNone, ParadigmNeuter, ParadigmMasculine, ParadigmFeminine, ParadigmE, ParadigmEr, ParadigmAr, ParadigmDouble}
}

// IsValid reports whether p is one of the predeclared paradigms.
func (p Paradigm) IsValid() bool {
	switch p {
	case ParadigmNone, ParadigmNeuter, ParadigmMasculine, ParadigmFeminine, ParadigmE, ParadigmEr, ParadigmAr, ParadigmDouble:
		return true
	}
	return false
}

// String returns the paradigm's code.
func (p Paradigm) String() string { return string(p) }

// ParseParadigm parses a paradigm code, ignoring case and surrounding space.
func ParseParadigm(s string) (Paradigm, error) {
	p := Paradigm(strings.ToLower(strings.TrimSpace(s)))
	if !p.IsValid() {
		return "", fmt.Errorf("glossary: unknown paradigm %q", s)
	}
	return p, nil
}

// Forms returns the inflected forms of term under p, without term itself.
func (p Paradigm) Forms(term string) []string { return p.forms(term) }

func (p Paradigm) forms(t string) []string {
	add := func(suffixes ...string) []string {
		out := make([]string, len(suffixes))
		for i, s := range suffixes {
			out[i] = t + s
		}
		return out
	}
	switch p {
	case ParadigmNeuter:
		return add("et", "ene", "a")
	case ParadigmMasculine:
		return add("en", "er", "ene", "ar", "ane")
	case ParadigmFeminine:
		return add("en", "a", "er", "ene", "ar", "ane")
	case ParadigmE:
		if !strings.HasSuffix(t, "e") {
			return nil
		}
		stem := t[:len(t)-1]
		return []string{t + "n", t + "r", t + "ne", stem + "a", stem + "ar", stem + "ane"}
	case ParadigmEr:
		return add("en", "e", "ne")
	case ParadigmAr:
		return add("en", "ar", "ane")
	case ParadigmDouble:
		if t == "" {
			return nil
		}
		last := t[len(t)-1:]
		return append(add(last+"en", last+"er", last+"ene"), add("en", "ar", "ane")...)
	}
	return nil
}
