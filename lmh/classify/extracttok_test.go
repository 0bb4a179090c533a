package classify

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// hostileTexts returns n texts of random pieces: ASCII and Norwegian
// letters in both cases, a letter of three bytes, punctuation of two,
// three and four bytes, a lone lead byte, a lone continuation byte, a
// three-byte lead cut short, digits, white space and line breaks, and
// runs of letters up to 40 bytes long, so that words end at every offset
// of a four-byte round and texts end inside runes.
func hostileTexts(rng *rand.Rand, n int) []string {
	pieces := []string{"a", "B", "s", "æ", "Ø", "å", "É", "ẞ", "ŋ", "–", "«", "\u00a0", "😀",
		"\xc3", "\xa5", "\xe1\xba", "\xf0", "1", "23", " ", "  ", "\n", "\n\n", ".", "-", "@", "\t"}
	texts := make([]string, n)
	for k := range texts {
		var b strings.Builder
		for m := rng.Intn(24); m > 0; m-- {
			if rng.Intn(4) == 0 {
				b.WriteString(strings.Repeat(pieces[rng.Intn(6)], rng.Intn(40)))
				continue
			}
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts[k] = b.String()
	}
	return texts
}

// TestTokensLookUpAsFind holds the extractor's tokens to the plain lookup:
// lex (words.go) writes keyOf and the table's find out in its loop, with
// a probe of its own for keys of one word, and this checks that each word gets what
// find(keyOf(word)) gives (or, not found, what its place genitive gives)
// on the corpus's words in every case, cut and glued, and on hostile text.
func TestTokensLookUpAsFind(t *testing.T) {
	tab := extractWords()
	c := New()
	s := newScratch()
	rng := rand.New(rand.NewSource(7))
	var words []string
	seen := map[string]bool{}
	for _, it := range equivCorpus(t) {
		for _, w := range strings.FieldsFunc(it.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words in the corpus", len(words))
	}
	texts := hostileTexts(rng, 2000)
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for m := 1 + rng.Intn(4); m > 0; m-- {
			w := words[rng.Intn(len(words))]
			switch rng.Intn(5) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:] + "s" // a genitive, perhaps
			case 2:
				w += words[rng.Intn(len(words))] // a compound, perhaps too long
			}
			b.WriteString(w)
			b.WriteString([]string{" ", ".", "", "\n"}[rng.Intn(4)])
		}
		texts = append(texts, b.String())
	}
	found, genitive, checked := 0, 0, 0
	for k, text := range texts {
		title := texts[(k+1)%len(texts)]
		c.scan(s, title, text)
		decide(s, new(Result))
		for _, p := range []Part{PartTitle, PartText} {
			src := s.partText(p)
			for i, tk := range s.words(p) {
				if tk.kind != tWord {
					continue
				}
				checked++
				st, en := int(tk.start), int(tk.end)
				n := en - st
				var want xtok
				want.word = tk.word
				want.flags &^= fKey | fLong | fGenitive
				if n > tab.maxLen+1 {
					if n > 24 {
						want.flags |= fLong
					}
				} else if k, ok := keyOf(src, st, en); !ok {
					t.Fatalf("%q: keyOf refuses a word of %d bytes", src[st:en], n)
				} else if e := tab.find(k); e != nil {
					found++
					want.cls, want.lang, want.place, want.val, want.id, want.sets, want.trig = e.cls, e.lang, e.place, e.val, e.id, e.sets, e.trig
					if e.key {
						want.flags |= fKey
					}
					if tk.flags&fCap != 0 {
						want.trig |= e.capTrig
					}
				} else if tk.flags&fCap != 0 && n > 4 && src[en-1] == 's' {
					k[(n-1)>>3] &^= 0xFF << (8 * ((n - 1) & 7))
					if e := tab.find(k); e != nil && e.place != 0 {
						genitive++
						want.place, want.flags, want.trig = e.place, want.flags|fGenitive|fKey, 1<<trigPlace
					}
				}
				if tk != want {
					t.Fatalf("part %v of %q, token %d %q:\n got %+v\nwant %+v", p, src, i, src[st:en], tk, want)
				}
			}
		}
	}
	if found < 5000 || genitive == 0 {
		t.Fatalf("%d words checked, only %d found in the table and %d read as a place's genitive", checked, found, genitive)
	}
}
