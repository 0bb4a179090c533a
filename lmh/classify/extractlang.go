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
	nb, nn := x.nb, x.nn // counted as the tokens were made (see tokens); evidence is given from the text only
	switch {
	case nn >= 2 && nn > nb:
		o.Lang = taxonomy.NN
		if i := x.firstNN; i >= 0 {
			x.add("lang", x.toks[i].start, x.toks[i].end, BasisLanguageWords, 0.95)
		}
	case nb >= 1:
		o.Lang = taxonomy.NB
		if i := x.firstNB; i >= 0 {
			x.add("lang", x.toks[i].start, x.toks[i].end, BasisLanguageWords, 0.95)
		}
	}
}
