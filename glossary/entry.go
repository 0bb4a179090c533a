package glossary

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Entry is one term of the glossary: a word or phrase in one language that
// names one or more concepts of the taxonomy. An Entry is a plain value; the
// Glossary hands out copies, so changing one changes nothing in the
// Glossary. Like any value, an Entry may be read concurrently but not
// written while others read it.
type Entry struct {
	// Term is the term as it is written: "lærings- og mestringstilbud",
	// "KiD", "meistringskurs".
	Term string `json:"term"`
	// Lang is the term's language: NB, NN or EN.
	Lang taxonomy.Lang `json:"lang"`
	// Kind is the term's standing: preferred, official synonym, synonym,
	// abbreviation, example or hidden (a common misspelling).
	Kind Kind `json:"kind"`
	// Senses are the concepts the term names, in any facet. A term with two
	// senses in one facet is ambiguous (mestringskurs is both an offering
	// and a group offering).
	Senses []taxonomy.Ref `json:"senses"`
	// Source is the ID of the taxonomy source the term rests on
	// ("nklmh-definisjoner"), or "lmhkit" for the project's own additions.
	Source string `json:"source,omitempty"`
	// Paradigm says how the last word of Term inflects; the zero value
	// means it does not.
	Paradigm Paradigm `json:"paradigm,omitempty"`
	// Forms are further forms written out by hand: irregular inflections
	// and variants the paradigm does not give.
	Forms []string `json:"forms,omitempty"`
	// Positions says where Scan may find the term: as a Word, as the Head
	// of a compound, as a Modifier. The zero value means Word only for
	// terms shorter than six letters and for phrases (terms with a space:
	// "på nett" is not in "på nettsiden"), and AnyPosition otherwise. A hyphen
	// joins words without gluing them, so a Word-only term is still found
	// in "LMS-kurs".
	Positions Position `json:"positions,omitempty"`
	// CaseSensitive makes Scan report the term only where the text spells
	// it exactly as Term or one of Forms: "SMIL" but not "smil", "KiD" but
	// not "kid" or "KID". Lookup and Search ignore case always.
	CaseSensitive bool `json:"case_sensitive,omitempty"`
}

// AllowedPositions returns Positions, or the default for the term when
// Positions is zero.
func (e Entry) AllowedPositions() Position {
	if e.Positions != 0 {
		return e.Positions
	}
	if utf8.RuneCountInString(e.Term) < 6 || strings.Contains(e.Term, " ") {
		return Word
	}
	return AnyPosition
}

// Inflect returns every form of the entry: the term itself, the forms its
// paradigm generates, and Forms, without duplicates, in that order.
func (e Entry) Inflect() []string {
	out := []string{e.Term}
	out = append(out, e.Paradigm.forms(e.Term)...)
	out = append(out, e.Forms...)
	seen := make(map[string]bool, len(out))
	k := 0
	for _, f := range out {
		if !seen[f] {
			seen[f] = true
			out[k] = f
			k++
		}
	}
	return out[:k]
}

// clone returns a deep copy of e.
func (e Entry) clone() Entry {
	e.Senses = slices.Clone(e.Senses)
	e.Forms = slices.Clone(e.Forms)
	return e
}

// ErrInvalidEntry is wrapped by every *EntryError.
var ErrInvalidEntry = errors.New("glossary: invalid entry")

// EntryError reports an entry that cannot be added to a glossary. It wraps
// ErrInvalidEntry. It is a plain value; its message names the entry's term,
// which is vocabulary, not personal data.
type EntryError struct {
	Index   int    // position of the entry among the extra entries (0-based)
	Term    string // the entry's term as given
	Field   string // the JSON name of the offending field
	Problem string // what is wrong, in English
}

// Error returns a message such as
// `glossary: entry 2 ("kolsgruppe"): senses: no sense given`.
func (e *EntryError) Error() string {
	return fmt.Sprintf("glossary: entry %d (%q): %s: %s", e.Index, e.Term, e.Field, e.Problem)
}

// Unwrap returns ErrInvalidEntry.
func (e *EntryError) Unwrap() error { return ErrInvalidEntry }

// validate checks e and returns the first problem as an *EntryError.
func (e Entry) validate(index int) error {
	bad := func(field, format string, args ...any) error {
		return &EntryError{Index: index, Term: e.Term, Field: field, Problem: fmt.Sprintf(format, args...)}
	}
	if !utf8.ValidString(e.Term) {
		return bad("term", "not valid UTF-8")
	}
	n := Normalize(e.Term)
	if n == "" {
		return bad("term", "empty")
	}
	if strings.Contains(e.Term, "\u0000") {
		return bad("term", "contains NUL")
	}
	if !e.Lang.IsValid() {
		return bad("lang", "language %q is not nb, nn or en", e.Lang.String())
	}
	if !e.Kind.IsValid() {
		return bad("kind", "kind %q is not one of preferred, official_synonym, synonym, abbreviation, example, hidden", e.Kind.String())
	}
	if len(e.Senses) == 0 {
		return bad("senses", "no sense given")
	}
	for i, s := range e.Senses {
		if !s.IsValid() {
			return bad("senses", "sense %d is not a valid taxonomy reference", i)
		}
		if slices.Contains(e.Senses[:i], s) {
			return bad("senses", "sense %s given twice", s)
		}
	}
	if !e.Paradigm.IsValid() {
		return bad("paradigm", "unknown paradigm %q", string(e.Paradigm))
	}
	if e.Positions != 0 && !e.Positions.IsValid() {
		return bad("positions", "unknown position bits %d", uint8(e.Positions))
	}
	for i, f := range e.Forms {
		if !utf8.ValidString(f) || Normalize(f) == "" {
			return bad("forms", "form %d is empty or not valid UTF-8", i)
		}
	}
	for _, f := range e.Inflect() {
		if strings.Contains(Normalize(f), "  ") {
			return bad("forms", "form %q normalises badly", f)
		}
	}
	return nil
}
