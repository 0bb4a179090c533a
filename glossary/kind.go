package glossary

import (
	"fmt"
	"strings"
)

// Kind says what standing a term has for its concepts. The zero value means
// unset. Kinds are ordered: a smaller valid Kind is a stronger term.
// Values are safe for concurrent use.
type Kind uint8

// The kinds of term.
const (
	_ Kind = iota
	// KindPreferred is the preferred term (the label) of a concept.
	KindPreferred
	// KindOfficialSynonym is a synonym listed by the official definitions.
	KindOfficialSynonym
	// KindSynonym is a synonym in common use, added by the project.
	KindSynonym
	// KindAbbreviation is an abbreviation or acronym (LMS, KiD, kols).
	KindAbbreviation
	// KindExample is a named example of a concept (demensskole for group
	// offerings).
	KindExample
	// KindHidden is a common misspelling: found by Scan and Lookup but not
	// offered by Search, like a SKOS hiddenLabel.
	KindHidden
)

var kindNames = [...]string{"", "preferred", "official_synonym", "synonym", "abbreviation", "example", "hidden"}

// Kinds returns every valid kind, strongest first.
func Kinds() []Kind {
	return []Kind{KindPreferred, KindOfficialSynonym, KindSynonym, KindAbbreviation, KindExample, KindHidden}
}

// IsValid reports whether k is one of the predeclared kinds.
func (k Kind) IsValid() bool { return k >= KindPreferred && k <= KindHidden }

// String returns the stable code ("official_synonym"), "" for the zero value
// and "Kind(N)" for a value outside the list. It never panics.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// ParseKind parses a kind code, ignoring case and surrounding space.
func ParseKind(s string) (Kind, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i := 1; i < len(kindNames); i++ {
		if kindNames[i] == t {
			return Kind(i), nil
		}
	}
	return 0, fmt.Errorf("glossary: unknown kind %q", s)
}

// MarshalText returns the stable code; the zero value marshals to "".
func (k Kind) MarshalText() ([]byte, error) {
	if k != 0 && !k.IsValid() {
		return nil, fmt.Errorf("glossary: invalid kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a kind as ParseKind does; "" gives the zero value.
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Position says where in a word a match was found. Norwegian compounds are
// right-headed: in "stressmestringsgruppe" the head "gruppe" says what the
// thing is, the modifier "stressmestring" what it is about.
//
// As a set (in Entry.Positions) the bits say where a term may match.
// Values are safe for concurrent use.
type Position uint8

// The positions of a match.
const (
	// Word: the match is a whole word, bounded by non-letters on both sides.
	Word Position = 1 << iota
	// Head: the match ends a longer word ("kurs" in "diabeteskurs", or
	// "kurset" after a hyphen in "KiD-kurset").
	Head
	// Modifier: the match begins a longer word ("stressmestring" in
	// "stressmestringsgruppe", or "KiD" in "KiD-kurset").
	Modifier
)

// AnyPosition allows a term as a word, a compound head and a modifier.
const AnyPosition = Word | Head | Modifier

// IsValid reports whether p is a non-empty set of known positions.
func (p Position) IsValid() bool { return p != 0 && p&^AnyPosition == 0 }

// Has reports whether every position in q is in p.
func (p Position) Has(q Position) bool { return q != 0 && p&q == q }

// String returns the positions joined by "|", such as "word|head"; "" for
// the zero value. It never panics.
func (p Position) String() string {
	var parts []string
	if p&Word != 0 {
		parts = append(parts, "word")
	}
	if p&Head != 0 {
		parts = append(parts, "head")
	}
	if p&Modifier != 0 {
		parts = append(parts, "modifier")
	}
	if rest := p &^ AnyPosition; rest != 0 {
		parts = append(parts, fmt.Sprintf("Position(%d)", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

// ParsePosition parses "word", "head", "modifier", "any" or several of them
// joined by "|".
func ParsePosition(s string) (Position, error) {
	var p Position
	for _, part := range strings.Split(s, "|") {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "word":
			p |= Word
		case "head":
			p |= Head
		case "modifier":
			p |= Modifier
		case "any":
			p |= AnyPosition
		default:
			return 0, fmt.Errorf("glossary: unknown position %q", part)
		}
	}
	return p, nil
}

// MarshalText returns the String form.
func (p Position) MarshalText() ([]byte, error) {
	if p != 0 && !p.IsValid() {
		return nil, fmt.Errorf("glossary: invalid position %d", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses positions as ParsePosition does; "" gives zero.
func (p *Position) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePosition(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
