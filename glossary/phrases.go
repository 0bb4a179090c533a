package glossary

import (
	"fmt"
	"slices"
)

// PhraseMatch is one occurrence of an extra phrase of a glossary made by
// WithPhrases. It is a plain value.
type PhraseMatch struct {
	// Phrase is the index of the phrase in the list given to WithPhrases.
	Phrase int
	// End is the byte offset in the text just after the occurrence.
	End int
}

// WithPhrases returns a glossary with the terms of g whose scanner also
// finds phrases: words or word sequences that are not terms (a caller's
// own cues), found in the same pass over a text as the terms, so that a
// caller who needs both reads the text once. ScanAppend of the result
// reports exactly what ScanAppend of g reports; ScanAppendPhrases reports
// the phrases as well.
//
// A phrase is matched like a term's form, in the normalised text (see
// Normalize: case, NFC, dashes, quotation marks, runs of white space,
// soft hyphens), but anywhere: inside words too, with no check of its
// position, case or spelling. A caller with rules of its own checks them
// at the reported end. The phrases are normalised when the glossary is
// built; an empty one is an error. The result shares g's entries and
// indexes and is, like g, immutable and safe for concurrent use. It holds
// an automaton of its own: building one takes about as long as New, so a
// caller keeps it rather than building it per text.
func (g *Glossary) WithPhrases(phrases []string) (*Glossary, error) {
	h := *g
	h.pats = slices.Clip(slices.Clone(g.pats[:g.nterms]))
	for i, p := range phrases {
		n := Normalize(p)
		if n == "" {
			return nil, fmt.Errorf("glossary: phrase %d is empty", i)
		}
		words, mask := patternWords(n)
		h.pats = append(h.pats, pattern{text: n, flat: int32(len(g.flatMatch)), words: words, mask: mask})
	}
	if err := h.compile(); err != nil {
		return nil, err
	}
	return &h, nil
}

// Phrases returns the number of phrases the glossary finds (see
// WithPhrases); 0 for a glossary from New or Default.
func (g *Glossary) Phrases() int { return len(g.pats) - g.nterms }

// ScanAppendPhrases is ScanAppend that also appends the occurrences of the
// glossary's phrases (see WithPhrases) in text to pdst: in order of End,
// and at one End the longer phrase first (phrases of one normalised form
// in the order given). An occurrence ends where a pattern of the text's
// normalisation ends: after the last byte of a rune, never after a soft
// hyphen or zero-width character that normalisation drops. Occurrences
// found only in a hyphen-elided coordination's expansion are not
// reported, and neither is anything for a glossary without phrases.
func (g *Glossary) ScanAppendPhrases(dst []Match, pdst []PhraseMatch, text string) ([]Match, []PhraseMatch) {
	dst = g.scanAppend(dst, text, &pdst)
	return dst, pdst
}
