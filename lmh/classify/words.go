package classify

import (
	"slices"
	"unsafe"
)

// The word index: the tokens of a listing's title and text (words, numbers
// and punctuation characters, each with its span, whether white space or a
// line break comes before it, and its case). It is
// made once per listing, on first use, and kept in the scratch beside the
// glossary's matches, the cues and the clauses, so that every reader of the
// listing reads the same words without tokenising the text again. The
// extractor is such a reader: the index holds its tokens (xtok), of which
// the index fills in the lexical part (word) and the extractor the rest, in
// place (TestWordsAreExtractTokens). The classifier's own rules
// read the bytes around a match and need no index, so Listing does not make
// one and pays nothing for it.

// wordKind is what a token is; the values are those of the extractor's
// tokKind.
type wordKind uint8

const (
	lexWord  wordKind = iota + 1 // letters (a compound's hyphen ends it)
	lexNum                       // ASCII digits
	lexPunct                     // one punctuation character
)

// Token flags; the values are those of the extractor's fSpace … fAllCap.
const (
	lexSpace  uint8 = 1 << iota // white space (or a line break) before the token
	lexLine                     // a line break before the token
	lexPara                     // a blank line before the token
	lexCap                      // a word whose first letter is upper case
	lexAllCap                   // a word of two or more letters, all upper case
)

// word is one token of a part. For a number, val is its value (capped as
// the extractor caps it) and ndig its digits; for punctuation, ch is the
// character, with dashes read as '-', quotes as '"', bullets as '*' and an
// ellipsis as '.'.
type word struct {
	start, end int32
	val        int32
	kind       wordKind
	flags      uint8
	ch         byte
	ndig       uint8
}

// words returns the tokens of part p of the listing in s, making them the
// first time they are asked for; the slice is the scratch's, valid until
// the next listing.
//
// The tokens are the extractor's (xtok), of which the index fills in the
// lexical part (word) and leaves the rest zero: the extractor fills that
// in place (see tokens), with no copy of the index.
func (s *scratch) words(p Part) []xtok {
	if !s.wordsDone[p] {
		s.wordsDone[p] = true
		s.wordList[p] = s.lex(s.wordList[p][:0], p)
	}
	return s.wordList[p]
}

// lex appends the tokens of part p to dst: one pass over its bytes.
func (s *scratch) lex(dst []xtok, p Part) []xtok {
	text := s.partText(p)
	var flags uint8
	n := len(text)
	s.work += n
	dst = slices.Grow(dst, n/4+4) // about one token in four bytes
	// The bytes are read through tp, at offsets the loop keeps below n,
	// without a bounds check (as the glossary's walk reads them).
	tp := unsafe.Pointer(unsafe.StringData(text))
	at := func(k int) byte { return *(*byte)(unsafe.Add(tp, k)) }
	for i := 0; i < n; {
		switch byteClass[at(i)] {
		case bSpace:
			flags |= lexSpace
			i++
			continue
		case bNewline:
			if flags&lexLine != 0 {
				flags |= lexPara
			}
			flags |= lexSpace | lexLine
			i++
			continue
		case bCont:
			i++
			continue
		case bDigit:
			j, v := i, int32(0)
			for j < n && at(j)-'0' <= 9 {
				if v < 1e8 {
					v = v*10 + int32(at(j)-'0')
				}
				j++
			}
			dst = append(dst, xtok{word: word{start: int32(i), end: int32(j), kind: lexNum, flags: flags,
				val: v, ndig: uint8(min(j-i, 255))}})
			flags = 0
			i = j
			continue
		case bLetter, bLead2, bLead3:
			// The word's end: four bytes a round while four are left (one
			// load and test a byte, no count), then a byte at a time.
			j := i + 1
		end:
			for {
				if j+4 > n {
					for j < n && wordByte[at(j)] {
						j++
					}
					break
				}
				switch {
				case !wordByte[at(j)]:
					break end
				case !wordByte[at(j+1)]:
					j++
					break end
				case !wordByte[at(j+2)]:
					j += 2
					break end
				case !wordByte[at(j+3)]:
					j += 3
					break end
				}
				j += 4
			}
			// A lead byte cut off at the end of the text.
			if at(j-1) >= 0xC0 {
				if j--; j == i {
					i++
					continue
				}
			}
			if isUpperAt(text, i) {
				flags |= lexCap
				if j-i >= 2 && allUpper(text[i:j]) {
					flags |= lexAllCap
				}
			}
			// Appended zero and written in place: a token built whole is
			// built on the stack and copied.
			dst = append(dst, xtok{})
			t := &dst[len(dst)-1]
			t.start, t.end, t.kind, t.flags = int32(i), int32(j), lexWord, flags
			flags = 0
			i = j
			// The common case, a plain space after the word, without a
			// round of the loop.
			if i < n && at(i) == ' ' {
				flags = lexSpace
				i++
			}
			continue
		}
		// Punctuation.
		ch, w := punctAt(text, i)
		if ch == ' ' { // no-break space
			flags |= lexSpace
			i += w
			continue
		}
		dst = append(dst, xtok{word: word{start: int32(i), end: int32(i + w), kind: lexPunct, flags: flags, ch: ch}})
		flags = 0
		i += w
	}
	return dst
}
