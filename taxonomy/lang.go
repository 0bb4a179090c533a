package taxonomy

import (
	"fmt"
	"strings"
)

// Lang is a language the vocabulary is labelled in: Norwegian Bokmål,
// Norwegian Nynorsk or English. The zero value means unset.
type Lang uint8

// The languages of the vocabulary.
const (
	_  Lang = iota
	NB      // Norwegian Bokmål (nb)
	NN      // Norwegian Nynorsk (nn)
	EN      // English (en)
)

const numLangs = 3

// Langs returns the languages of the vocabulary: NB, NN, EN.
func Langs() []Lang { return []Lang{NB, NN, EN} }

// ParseLang parses a BCP 47 language tag to one of the vocabulary's languages.
// It accepts "nb", "nn", "en" in any case, region subtags ("nb-NO"), the
// three-letter codes ("nob", "nno", "eng") and the macrolanguage "no", which
// it reads as Bokmål.
func ParseLang(s string) (Lang, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(t, "-_"); i >= 0 {
		t = t[:i]
	}
	switch t {
	case "nb", "nob", "no", "nor":
		return NB, nil
	case "nn", "nno":
		return NN, nil
	case "en", "eng":
		return EN, nil
	}
	return 0, fmt.Errorf("taxonomy: unknown language %q (want nb, nn or en)", s)
}

// String returns the BCP 47 tag ("nb", "nn", "en"), or "" for the zero value.
func (l Lang) String() string {
	switch l {
	case NB:
		return "nb"
	case NN:
		return "nn"
	case EN:
		return "en"
	case 0:
		return ""
	}
	return fmt.Sprintf("Lang(%d)", uint8(l))
}

// IsValid reports whether l is NB, NN or EN.
func (l Lang) IsValid() bool { return l >= NB && l <= EN }

// MarshalText returns the BCP 47 tag.
func (l Lang) MarshalText() ([]byte, error) {
	if l != 0 && !l.IsValid() {
		return nil, fmt.Errorf("taxonomy: invalid language %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText parses a tag as ParseLang does; "" gives the zero value.
func (l *Lang) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLang(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Index returns l's position in Langs (0 for NB, 1 for NN, 2 for EN), for
// tables of text kept per language. Anything but NN and EN, the zero value
// included, gives 0: Bokmål, the vocabulary's first language.
func (l Lang) Index() int { return l.slot() }

// slot returns the index of l in label arrays; anything but NN and EN reads
// as Bokmål.
func (l Lang) slot() int {
	switch l {
	case NN:
		return 1
	case EN:
		return 2
	}
	return 0
}
