package classify

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestWordsAreExtractTokens checks the word index that holds the
// extractor's tokens (the lexer looks each word up in the extractor's
// table as it reads it; TestTokensLookUpAsFind checks that part):
// every byte of a part lies in one token or is white space (or a stray
// continuation byte, or a lead byte cut off); each token is what its
// bytes are (digits and their value, a word of letters ended by a
// non-letter, one punctuation character in its plain form); the flags say
// what lies before it and how it is written (the table's flags aside). It
// reads the corpora and hostile text. The kinds and flags have the
// extractor's values, so a token converts field for field.
func TestWordsAreExtractTokens(t *testing.T) {
	if lexWord != wordKind(tWord) || lexNum != wordKind(tNum) || lexPunct != wordKind(tPunct) ||
		lexSpace != fSpace || lexLine != fLine || lexPara != fPara || lexCap != fCap || lexAllCap != fAllCap {
		t.Fatal("the word index's kinds or flags differ from the extractor's")
	}
	c := New()
	s := newScratch()
	n := 0
	check := func(name string, p Part) {
		text := s.partText(p)
		at := 0 // the end of the previous token
		for i, w := range s.words(p) {
			fail := func(why string) {
				t.Helper()
				t.Fatalf("%s part %v token %d %+v (%q): %s", name, p, i, w, text[w.start:w.end], why)
			}
			// The gap before the token: white space only.
			var flags uint8
			for g := at; g < int(w.start); {
				switch byteClass[text[g]] {
				case bSpace:
					flags |= lexSpace
				case bNewline:
					if flags&lexLine != 0 {
						flags |= lexPara
					}
					flags |= lexSpace | lexLine
				case bCont:
				default:
					if ch, width := punctAt(text, g); ch == ' ' {
						flags |= lexSpace
						g += width
						continue
					}
					if !cutLead(text, g) {
						fail(fmt.Sprintf("byte %d (%#x) before it in no token", g, text[g]))
					}
				}
				g++
			}
			tx := text[w.start:w.end]
			switch w.kind {
			case lexNum:
				v := int32(0)
				for k := 0; k < len(tx); k++ {
					if byteClass[tx[k]] != bDigit {
						fail("a number of other bytes than digits")
					}
					if v < 1e8 {
						v = v*10 + int32(tx[k]-'0')
					}
				}
				if v != w.val || int(w.ndig) != min(len(tx), 255) || int(w.end) < len(text) && byteClass[text[w.end]] == bDigit {
					fail("the number's value, digits or end")
				}
			case lexWord:
				if c := byteClass[tx[0]]; c != bLetter && c != bLead2 && c != bLead3 {
					fail("a word that does not begin with a letter")
				}
				for k := 0; k < len(tx); k++ {
					if !wordByte[tx[k]] {
						fail("a word with a byte that is no letter")
					}
				}
				if int(w.end) < len(text) && wordByte[text[w.end]] && !cutLead(text, int(w.end)) {
					fail("a word that ends before its letters do")
				}
				if isUpperAt(text, int(w.start)) {
					flags |= lexCap
					if len(tx) >= 2 && allUpper(tx) {
						flags |= lexAllCap
					}
				}
			case lexPunct:
				if ch, width := punctAt(text, int(w.start)); ch != w.ch || width != len(tx) || ch == ' ' {
					fail("punctuation read otherwise")
				}
			default:
				fail("no kind")
			}
			if w.flags&^(fKey|fLong|fGenitive) != flags {
				fail(fmt.Sprintf("flags %#x, want %#x", w.flags, flags))
			}
			at = int(w.end)
			n++
		}
		for g := at; g < len(text); g++ {
			if c := byteClass[text[g]]; c != bSpace && c != bNewline && c != bCont && c != bPunct2 && c != bPunct3 && !cutLead(text, g) {
				t.Fatalf("%s part %v: byte %d (%#x) after the last token in no token", name, p, g, text[g])
			}
		}
	}
	for _, x := range equivCorpus(t) {
		c.scan(s, x.title, x.text)
		decide(s, new(Result))
		check(x.name, PartTitle)
		check(x.name, PartText)
	}
	for _, it := range loadReal(t, "train") {
		c.scan(s, it.Title, it.Text)
		decide(s, new(Result))
		check(it.ID, PartTitle)
		check(it.ID, PartText)
	}
	// Hostile text: words that end at every offset of lex's four-byte
	// rounds, runes cut at the end, stray lead and continuation bytes.
	hostile := hostileTexts(rand.New(rand.NewSource(3)), 4000)
	for k, text := range hostile {
		c.scan(s, hostile[(k+1)%len(hostile)], text)
		decide(s, new(Result))
		check(fmt.Sprintf("hostile %q", text), PartTitle)
		check(fmt.Sprintf("hostile %q", text), PartText)
	}
	if n < 100000 {
		t.Fatalf("only %d tokens checked", n)
	}
}

// cutLead reports whether text[i] is a letter's lead byte that no
// continuation byte follows (a rune cut off by the text's end or by
// another byte), which is in no token.
func cutLead(text string, i int) bool {
	c := byteClass[text[i]]
	return (c == bLead2 || c == bLead3) && (i+1 == len(text) || !wordByte[text[i+1]])
}

// BenchmarkWords600 makes the word index of the listings of
// BenchmarkClassify600 (title and text), after the classifier has read
// them: what the extractor's tokens cost, the word table's lookups
// included.
func BenchmarkWords600(b *testing.B) {
	ls, size := listings600(b)
	c := New()
	ss := make([]*scratch, len(ls))
	for i, l := range ls {
		ss[i] = newScratch()
		c.scan(ss[i], l.title, l.text)
		decide(ss[i], new(Result))
		ss[i].words(PartTitle) // grow the slices before timing
		ss[i].words(PartText)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := ss[i%len(ss)]
		s.wordsDone = [2]bool{}
		s.words(PartTitle)
		s.words(PartText)
	}
}

// TestUnkeyedWordsAreBare checks what markIndex relies on when it skips
// the words the word table does not mark as keys: such a word has no
// class, no lists and no rules' lists, capitalised or not.
func TestUnkeyedWordsAreBare(t *testing.T) {
	tab := extractWords()
	n := 0
	for i := range tab.slots {
		sl := &tab.slots[i]
		if sl.key == (wordKey{}) {
			continue
		}
		n++
		if e := &sl.e; !e.key && (e.cls != wNone || e.sets != 0 || e.trig != 0 || e.capTrig != 0) {
			t.Errorf("slot %d: a word that is no key has class %d, lists %#x, rules' lists %#x/%#x", i, e.cls, e.sets, e.trig, e.capTrig)
		}
	}
	if n == 0 {
		t.Fatal("an empty word table")
	}
}
