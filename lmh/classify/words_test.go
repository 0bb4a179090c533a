package classify

import (
	"testing"
)

// TestWordsAreExtractTokens checks that the word index holds the
// extractor's tokens: the same spans, kinds, flags, characters and
// numbers as tokenize, so that the extractor can take its tokens from the
// index (copying the fields and looking each word up in its table) instead
// of reading the text again; and that each token's clause holds it.
func TestWordsAreExtractTokens(t *testing.T) {
	// The kinds and flags have the extractor's values, so a token converts
	// field for field.
	if lexWord != wordKind(tWord) || lexNum != wordKind(tNum) || lexPunct != wordKind(tPunct) ||
		lexSpace != fSpace || lexLine != fLine || lexPara != fPara || lexCap != fCap || lexAllCap != fAllCap {
		t.Fatal("the word index's kinds or flags differ from the extractor's")
	}
	tab := extractWords()
	c := New()
	s := newScratch()
	n := 0
	check := func(name string, p Part) {
		text := s.partText(p)
		want := tokenize(nil, text, tab)
		got := s.words(p)
		if len(got) != len(want) {
			t.Fatalf("%s part %v: %d words, tokenize %d", name, p, len(got), len(want))
		}
		for i, w := range got {
			// The extractor's token, made from the index.
			x := xtok{start: w.start, end: w.end, kind: tokKind(w.kind), flags: w.flags, ch: w.ch, ndig: w.ndig, val: w.val}
			if x.kind == tWord {
				tab.lookup(&x, text)
			}
			if x != want[i] {
				t.Fatalf("%s part %v token %d: %+v from the index, %+v from tokenize", name, p, i, x, want[i])
			}
			cl := s.clauses[w.clause]
			last := p == PartTitle && int(w.clause) == s.nTitleClauses-1 || p == PartText && int(w.clause) == len(s.clauses)-1
			if cl.part != p || int(w.start) >= int(cl.end) && !last || w.clause > 0 && s.clauses[w.clause-1].part == p && int(w.start) < int(s.clauses[w.clause-1].end) {
				t.Fatalf("%s part %v token %d at %d: clause %d [%d, %d)", name, p, i, w.start, w.clause, cl.start, cl.end)
			}
			n++
		}
	}
	for _, x := range equivCorpus(t) {
		c.scan(s, x.title, x.text)
		decide(s, true)
		check(x.name, PartTitle)
		check(x.name, PartText)
	}
	for _, it := range loadReal(t, "train") {
		c.scan(s, it.Title, it.Text)
		decide(s, true)
		check(it.ID, PartTitle)
		check(it.ID, PartText)
	}
	if n < 100000 {
		t.Fatalf("only %d tokens checked", n)
	}
}

// BenchmarkWords600 makes the word index of the listings of
// BenchmarkClassify600 (title and text), after the classifier has read
// them: what the extractor's tokenising costs once it reads the index (the
// word table's lookups aside).
func BenchmarkWords600(b *testing.B) {
	ls, size := listings600(b)
	c := New()
	ss := make([]*scratch, len(ls))
	for i, l := range ls {
		ss[i] = newScratch()
		c.scan(ss[i], l.title, l.text)
		decide(ss[i], true)
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
