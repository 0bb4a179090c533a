package classify

import (
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The language (language_words): a listing is Nynorsk when at least two
// of its words are ones only Nynorsk writes ("ikkje", "kva", "tilbod",
// "meistring", "eit") and they outnumber the words only Bokmål writes;
// otherwise Bokmål when it has at least one such word. A text with neither
// leaves the language unset.

func (x *xstate) readLang(o *lmh.Offering) {
	nb, nn := 0, 0
	firstNB, firstNN := -1, -1
	count := func(toks []xtok, inText bool) {
		for i := range toks {
			if toks[i].lang == 0 {
				continue
			}
			switch toks[i].lang {
			case +1:
				nb++
				if firstNB < 0 && inText {
					firstNB = i
				}
			case -1:
				nn++
				if firstNN < 0 && inText {
					firstNN = i
				}
			}
		}
	}
	count(x.toks, true) // evidence is given from the text only
	count(x.ttoks, false)
	switch {
	case nn >= 2 && nn > nb:
		o.Lang = taxonomy.NN
		if firstNN >= 0 {
			x.add("lang", x.toks[firstNN].start, x.toks[firstNN].end, BasisLanguageWords, 0.95)
		}
	case nb >= 1:
		o.Lang = taxonomy.NB
		if firstNB >= 0 {
			x.add("lang", x.toks[firstNB].start, x.toks[firstNB].end, BasisLanguageWords, 0.95)
		}
	}
}
