package classify

import (
	"math/bits"
	"slices"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/swar"
)

// The word index: the tokens of a listing's title and text (words, numbers
// and punctuation characters, each with its span, whether white space or a
// line break comes before it, and its case). It is
// made once per listing, on first use, and kept in the scratch beside the
// glossary's matches, the cues and the clauses, so that every reader of the
// listing reads the same words without tokenising the text again. The
// extractor is such a reader: the index holds its tokens (xtok), the
// lexical part (word, TestWordsAreExtractTokens) and what the extractor's
// word table says of each word (TestTokensLookUpAsFind), both written in
// one pass over the bytes. The classifier's own rules
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
// The tokens are the extractor's (xtok), each word looked up in the
// extractor's word table as lex reads it (see lex).
func (s *scratch) words(p Part) []xtok {
	if !s.wordsDone[p] {
		s.wordsDone[p] = true
		s.wordList[p] = s.lex(s.wordList[p][:0], p)
	}
	return s.wordList[p]
}

// lexWindow is the most bytes lex reads between two checks of its
// tokens' room: it makes room for a token per byte of a window before it
// reads the window, so that the loop writes a token with no check of
// capacity and no call, and a long text does not make room for a token
// per byte of the whole text at once.
const lexWindow = 4096

// lex appends the tokens of part p to dst, each looked up in the
// extractor's word table (extractwords.go): one pass over the part's
// bytes, whose loop (lexRun) has no call, so that its values stay in
// registers; punctuation of more than one byte, which punctAt reads, it
// leaves to lexPadded.
//
// The bytes are read from a copy of the part with 24 bytes of zeros after
// it (s.pad): a word's end is found eight bytes at a time while the bytes
// are ASCII letters, and its key (keyOf) is one to three loads, however
// near the end the word lies, with no check of the room left. A zero
// byte is no word's, number's or space's, so the loops stop at the text's
// end by themselves; every offset read lies below len(text)+24.
func (s *scratch) lex(dst []xtok, p Part) []xtok {
	text := s.partText(p)
	s.work += len(text)
	extractWords() // built on first use; lexRun reads its slots, wordTab
	s.pad = append(append(s.pad[:0], text...), zeros24[:]...)
	return lexPadded(dst, text, unsafe.Pointer(unsafe.SliceData(s.pad)))
}

// lexPadded is lex of text, whose bytes tp holds with 24 zeros after
// them (TestLexReadsNoFurtherThanThePad places them at the end of a page).
func lexPadded(dst []xtok, text string, tp unsafe.Pointer) []xtok {
	n := len(text)
	var flags uint8
	for i := 0; i < n; {
		// Room for a token per byte of the window and one more, so that
		// lexRun writes each token at cur, which stays inside the slice's
		// array, with no check and no call.
		lim := min(n, i+lexWindow)
		dst = slices.Grow(dst, lim-i+1)
		base := unsafe.Pointer(unsafe.SliceData(dst))
		cur := unsafe.Add(base, uintptr(len(dst))*xtokSize)
		for {
			i, flags, cur = lexRun(tp, i, lim, flags, cur)
			if i >= lim {
				break
			}
			// Punctuation of more than one byte.
			ch, w := punctAt(text, i)
			if ch == ' ' { // no-break space
				flags |= lexSpace
				i += w
				continue
			}
			t := (*xtok)(cur)
			cur = unsafe.Add(cur, xtokSize)
			*t = xtok{}
			t.start, t.end, t.kind, t.flags, t.ch = int32(i), int32(i+w), lexPunct, flags, ch
			flags = 0
			i += w
		}
		dst = dst[:(uintptr(cur)-uintptr(base))/xtokSize]
	}
	return dst
}

// xtokSize is the size of a token in bytes.
const xtokSize = unsafe.Sizeof(xtok{})

// lexRun is lex's loop: it reads the bytes of the padded part at tp from
// i, with flags the flags of the next token, and writes the tokens from
// cur on, until it reaches lim or punctuation of more than one byte,
// which it leaves to lexPadded; it returns where it stopped, the flags
// and the next token's place. It has no call (the table's probe for a
// word of more than eight bytes is inlined) and few values live, so that
// they stay in registers.
func lexRun(tp unsafe.Pointer, i, lim int, flags uint8, cur unsafe.Pointer) (int, uint8, unsafe.Pointer) {
	at := func(k int) byte { return *(*byte)(unsafe.Add(tp, k)) }
	const (
		ones = 0x0101010101010101
		hi   = 0x80 * ones
		size = xtokSize
	)
	for i < lim {
		c := at(i)
		if cl := byteClass[c]; cl > bLead3 {
			switch cl {
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
				for at(j)-'0' <= 9 { // the zeros after the text end it
					if v < 1e8 {
						v = v*10 + int32(at(j)-'0')
					}
					j++
				}
				t := (*xtok)(cur)
				cur = unsafe.Add(cur, size)
				*t = xtok{}
				t.start, t.end, t.val, t.kind, t.flags, t.ndig = int32(i), int32(j), v, lexNum, flags, uint8(min(j-i, 255))
				flags = 0
				i = j
				continue
			case bOther:
				t := (*xtok)(cur)
				cur = unsafe.Add(cur, size)
				*t = xtok{}
				t.start, t.end, t.kind, t.flags, t.ch = int32(i), int32(i+1), lexPunct, flags, c
				flags = 0
				i++
				continue
			}
			// Punctuation of more than one byte: lex's.
			return i, flags, cur
		}
		// A word. Its end: eight bytes a round while they are ASCII
		// letters; from the first byte that is no ASCII letter, a
		// byte at a time by the table if it is a letter's.
		v0 := swar.Load64(unsafe.Add(tp, i)) // within pad
		j, v := i, v0
		for {
			z := (v | 0x20*ones) &^ hi
			// The high bit of a byte: no ASCII letter ('a' <= z <= 'z'
			// fails, or the byte is not ASCII).
			if b := (^((z + (0x80-'a')*ones) &^ (z + (0x80-'z'-1)*ones)) | v) & hi; b != 0 {
				j += bits.TrailingZeros64(b) >> 3
				break
			}
			j += 8
			v = swar.Load64(unsafe.Add(tp, j))
		}
		if at(j) >= 0x80 {
			for wordByte[at(j)] {
				j++
			}
			// A lead byte cut off (at the end of the text, or by a
			// byte that is no continuation).
			if at(j-1) >= 0xC0 {
				if j--; j == i {
					i++
					continue
				}
			}
		}
		fl := flags
		if c-'A' < 26 || c == 0xC3 && at(i+1)-0x80 <= 0x9E-0x80 && at(i+1) != 0x97 {
			fl |= lexCap
			if j-i >= 2 && allUpper(unsafe.String((*byte)(unsafe.Add(tp, i)), j-i)) {
				fl |= lexAllCap
			}
		}
		t := (*xtok)(cur)
		cur = unsafe.Add(cur, size)
		*t = xtok{}
		t.start, t.end, t.kind = int32(i), int32(j), lexWord
		// The word's entry: keyOf and the table's find written out.
		// Most of the words are in the table, so no filter is worth
		// its cost before the hash. A word longer than the table's
		// longest (maxLen, 21 bytes) is in no entry, nor is its
		// genitive's stem, so the bound of 24 gives what maxLen
		// would.
		nb := j - i
		var k0, k1, k2 uint64
		var e *wordEntry
		switch {
		case nb <= 8:
			// One word of key, whose hash is one product (the other
			// two are of zeros).
			k0 = v0 | 0x20*ones
			if nb < 8 {
				k0 &= lowBytes[nb&7]
			}
			h := k0 * 0x9E3779B97F4A7C15
			slots := &wordTab
			for q := uint32(h >> (64 - wordSlotBits)); ; q = (q + 1) & (wordSlots - 1) {
				sl := &slots[q]
				if sl.key[0] == k0 && sl.key[1]|sl.key[2] == 0 {
					e = &sl.e
					break
				}
				if sl.key[0] == 0 {
					break
				}
			}
		case nb <= 24:
			kp := unsafe.Add(tp, i) // 24 bytes within pad
			k0 = v0 | 0x20*ones
			k1 = swar.Load64(unsafe.Add(kp, 8)) | 0x20*ones
			k2 = swar.Load64(unsafe.Add(kp, 16)) | 0x20*ones
			switch {
			case nb < 16:
				k1 &= lowBytes[nb&7]
				k2 = 0
			case nb == 16:
				k2 = 0
			case nb < 24:
				k2 &= lowBytes[nb&7]
			}
			e = probe(&wordTab, k0, k1, k2)
		default:
			fl |= fLong
		}
		flags = 0
		i = j
		// The common case, a plain space after the word, without a
		// round of the loop.
		if at(i) == ' ' {
			flags = lexSpace
			i++
		}
		if e != nil {
			t.cls, t.lang, t.place, t.val, t.id, t.sets = e.cls, e.lang, e.place, e.val, e.id, e.sets
			if e.key {
				fl |= fKey
			}
			t.trig = e.trig
			if fl&fCap != 0 {
				t.trig |= e.capTrig
			}
			t.flags = fl
			continue
		}
		t.flags = fl
		// A place's genitive: "Bergens", "Tromsøs".
		if fl&fCap != 0 && nb > 4 && nb <= 24 && at(j-1) == 's' {
			k := wordKey{k0, k1, k2}
			k[(nb-1)>>3] &^= 0xFF << (8 * ((nb - 1) & 7))
			if e := probe(&wordTab, k[0], k[1], k[2]); e != nil && e.place != 0 {
				t.place = e.place
				t.flags |= fGenitive | fKey
				t.trig |= 1 << trigPlace
			}
		}
	}
	return i, flags, cur
}

// probe returns the entry of the key k0, k1, k2 in the word table's
// slots, or nil: the table's find, for lex's loop.
func probe(slots *[wordSlots]wordSlot, k0, k1, k2 uint64) *wordEntry {
	h := k0*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F ^ k2*0x165667B19E3779F9
	for q := uint32(h >> (64 - wordSlotBits)); ; q = (q + 1) & (wordSlots - 1) {
		sl := &slots[q]
		if sl.key[0] == k0 && sl.key[1] == k1 && sl.key[2] == k2 {
			return &sl.e
		}
		if sl.key[0] == 0 {
			return nil
		}
	}
}
