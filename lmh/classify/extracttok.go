package classify

import "encoding/binary"

// The extractor reads a listing as a list of tokens: words, numbers and
// punctuation, each with its byte span, whether white space or a line
// break comes before it, and for a word what the word table says it is
// (extractwords.go). The tokens are the listing's word index (words.go),
// made once per listing; each word is looked up once, by its case-folded
// bytes, in an open-addressed table, as the index's lexer reads it, and
// what the table says is written into the token with its span.

// tokKind is what a token is: the word index's kinds.
type tokKind = wordKind

const (
	tWord  = lexWord  // letters (a compound's hyphen ends it)
	tNum   = lexNum   // ASCII digits
	tPunct = lexPunct // one punctuation character
)

// Token flags.
const (
	fSpace    uint8 = 1 << iota // white space (or a line break) before the token
	fLine                       // a line break before the token
	fPara                       // a blank line before the token
	fCap                        // a word whose first letter is upper case
	fAllCap                     // a word of two or more letters, all upper case
	fLong                       // a word too long for the word table
	fGenitive                   // a place name with the genitive -s ("Bergens")
	fKey                        // a word the table knows as a class, ID, place, list or language (see markIndex)
)

// xtok is one token: its word in the word index (span, kind, flags;
// for a number, val is its value, capped, and ndig its digits; for
// punctuation, ch is the character, with dashes read as '-', quotes as
// '"' and bullets as '*'), and for a word what the word table says of it:
// cls, val, place and lang.
type xtok struct {
	word
	cls   wclass
	lang  int8   // +1 a Bokmål-only word, -1 a Nynorsk-only word
	place int16  // index+1 of the place the word names (see placeNames)
	id    wordID // the word's ID, if the rules name it (extractvocab.go)
	sets  uint16 // the word lists it is in (setOrgVerb …)
	feat  uint16 // what its ending says (featOrgHead …), filled in on first use
	trig  uint16 // the rules' lists of keys it is in (see markIndex)
}

func (t *xtok) is(f uint8) bool { return t.flags&f != 0 }

// isP reports whether t is the punctuation character c.
func (t *xtok) isP(c byte) bool { return t.kind == tPunct && t.ch == c }

// Byte classes of the tokenizer. The classes that begin a word come
// first, so that lex's loop tells a word by one compare (c <= bLead3).
const (
	bLetter  uint8 = iota // ASCII letter
	bLead2                // lead byte of a two-byte letter (Latin, Greek, Cyrillic, combining marks)
	bLead3                // lead byte of a three-byte letter
	bOther                // ASCII punctuation
	bDigit                // ASCII digit
	bSpace                // space, tab, carriage return
	bNewline              // line feed
	bPunct2               // 0xC2: Latin-1 punctuation and symbols
	bPunct3               // 0xE2: general punctuation, dashes, quotes, bullets
	bPunct4               // lead byte of a four-byte sequence (symbols, emoji)
	bCont                 // a stray continuation byte
)

var byteClass = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			t[b] = bLetter
		case b >= '0' && b <= '9':
			t[b] = bDigit
		case b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f':
			t[b] = bSpace
		case b == '\n':
			t[b] = bNewline
		case b >= 0x80 && b <= 0xBF:
			t[b] = bCont
		case b == 0xC2:
			t[b] = bPunct2
		case b >= 0xC3 && b <= 0xDF:
			t[b] = bLead2
		case b == 0xE2:
			t[b] = bPunct3
		case b >= 0xE0 && b <= 0xEF:
			t[b] = bLead3
		case b >= 0xF0:
			t[b] = bPunct4
		default:
			t[b] = bOther
		}
	}
	return t
}()

// wordByte reports whether a byte continues a word: an ASCII letter, a
// lead byte of a letter, or a continuation byte (which follows a lead
// byte inside a word; punctuation's continuation bytes are consumed with
// their lead byte).
var wordByte = func() (t [256]bool) {
	for b := 0; b < 256; b++ {
		switch byteClass[b] {
		case bLetter, bLead2, bLead3, bCont:
			t[b] = true
		}
	}
	return t
}()

// isUpperAt reports whether the letter at s[i] is upper case.
func isUpperAt(s string, i int) bool {
	b := s[i]
	if b >= 'A' && b <= 'Z' {
		return true
	}
	return b == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97
}

// zeros24 pad the copy of a part lex reads (words.go).
var zeros24 [24]byte

// lowBytes[n] keeps the low n bytes of a word (n < 8): a load, where
// the shift by a variable count ties up CX in lex's loop.
var lowBytes = [8]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF}

// countLang counts word i, of the written standard lang says (+1 Bokmål,
// -1 Nynorsk), for readLang, noting the first of each when the word is
// the listing's text's. The title's words are counted in reset, the
// text's in markIndex, out of lex's loop, where the call kept the
// loop's values on the stack.
func (x *xstate) countLang(lang int8, i int, isText bool) {
	switch lang {
	case +1:
		if x.nb++; isText && x.firstNB < 0 {
			x.firstNB = int32(i)
		}
	case -1:
		if x.nn++; isText && x.firstNN < 0 {
			x.firstNN = int32(i)
		}
	}
}

// punctAt reads the punctuation character at text[i] and returns it in
// its plain form and its width in bytes.
func punctAt(text string, i int) (byte, int) {
	b := text[i]
	switch byteClass[b] {
	case bOther:
		return b, 1
	case bPunct2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xA0: // no-break space
				return ' ', 2
			case 0xAB, 0xBB: // « »
				return '"', 2
			case 0xB7: // middle dot
				return '*', 2
			}
		}
		return '?', min(2, len(text)-i)
	case bPunct3:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: // hyphens and dashes
				return '-', 3
			case 0x98, 0x99, 0x9C, 0x9D, 0x9E: // quotes
				return '"', 3
			case 0xA2, 0xA3: // bullets
				return '*', 3
			case 0xA6: // ellipsis
				return '.', 3
			case 0xAF, 0x89, 0x8A, 0x8B: // narrow and thin spaces
				return ' ', 3
			}
		}
		if i+2 < len(text) && text[i+1] == 0x88 && text[i+2] == 0x92 { // minus sign
			return '-', 3
		}
		return '?', min(3, len(text)-i)
	case bPunct4:
		return '?', min(4, len(text)-i)
	}
	return '?', 1
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 'a' && b <= 'z' || b == 0xC3 && i+1 < len(s) && s[i+1] >= 0xA0 {
			return false
		}
	}
	return true
}

// wordKey is a word's case-folded bytes, up to 24, packed into three
// words; shorter words are padded with zeros (no word holds a zero byte).
type wordKey [3]uint64

// keyOf returns the key of text[i:j], and false when the word is longer
// than a key holds. Bytes are folded by setting bit 0x20: ASCII capitals
// become small letters, and so do the Latin-1 capitals Æ Ø Å É (their
// second byte; the lead byte 0xC3 becomes 0xE3 in every key alike). The
// words of the table are Norwegian, so the looser folding of other
// scripts merges no two of them.
func keyOf(text string, i, j int) (wordKey, bool) {
	var k wordKey
	n := j - i
	if n <= 8 && i+8 <= len(text) {
		v := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		m := uint64(1)<<(8*n) - 1
		k[0] = (v | 0x2020202020202020) & m
		return k, true
	}
	if n > 24 {
		return k, false
	}
	for w := 0; w*8 < n; w++ {
		off := i + w*8
		rem := min(n-w*8, 8)
		var v uint64
		if off+8 <= len(text) {
			v = binary.LittleEndian.Uint64([]byte(text[off : off+8]))
		} else {
			for b := rem - 1; b >= 0; b-- {
				v = v<<8 | uint64(text[off+b])
			}
		}
		if rem < 8 {
			v &= 1<<(8*rem) - 1
		}
		k[w] = v | 0x2020202020202020&(1<<(8*rem)-1)
	}
	return k, true
}

func (k wordKey) hash() uint32 {
	h := k[0]*0x9E3779B97F4A7C15 ^ k[1]*0xC2B2AE3D27D4EB4F ^ k[2]*0x165667B19E3779F9
	return uint32(h >> (64 - wordSlotBits))
}

// wordEntry is what the word table knows of a word.
type wordEntry struct {
	cls   wclass
	lang  int8
	place int16
	val   int32
	id    wordID
	sets  uint16
	key   bool // cls, id, place, sets or lang is set: a rule may begin at the word
	// The rules' lists of keys the word is in (see markIndex), and
	// those it is in when capitalised.
	trig, capTrig uint16
}

// wordTable is an open-addressed hash table from folded words to entries.
// It is built once and read-only after.
type wordTable struct {
	maxLen int // bytes of the longest word in the table
	n      int // words in the table
	slots  *[wordSlots]wordSlot
}

// wordSlots is the size of the word table: a constant, so that a slot's
// index masked by it needs no bounds check and the probe no register for
// the mask or the length (lexRun). entry keeps the table at most half
// full.
const wordSlots = 1 << wordSlotBits

// wordSlotBits is the bits of a slot's index: the top bits of a key's
// hash (hash).
const wordSlotBits = 13

// wordSlot is one slot of the table; a slot whose key is zero is empty
// (no word's key is zero).
type wordSlot struct {
	key wordKey
	e   wordEntry
}

// newWordTable returns the word table, empty. There is one (buildWords
// makes it once), whose slots are wordTab, so that lexRun finds a slot at
// a constant address with no load of the table's pointer.
func newWordTable() *wordTable {
	if wordTabMade {
		panic("classify: a second word table")
	}
	wordTabMade = true
	return &wordTable{slots: &wordTab}
}

// wordTab holds the word table's slots (see newWordTable).
var (
	wordTab     [wordSlots]wordSlot
	wordTabMade bool
)

// entry returns a pointer to the entry of word w, adding an empty one if
// there is none.
func (t *wordTable) entry(w string) *wordEntry {
	k, ok := keyOf(w, 0, len(w))
	if !ok {
		panic("classify: word table entry too long: " + w)
	}
	t.maxLen = max(t.maxLen, len(w))
	i := k.hash() & (wordSlots - 1)
	for t.slots[i].key != (wordKey{}) && t.slots[i].key != k {
		i = (i + 1) & (wordSlots - 1)
	}
	sl := &t.slots[i]
	if sl.key == (wordKey{}) {
		if t.n++; 2*t.n > wordSlots {
			panic("classify: the word table is more than half full; raise wordSlots")
		}
	}
	sl.key = k
	return &sl.e
}

// find returns the entry of key k, or nil.
func (t *wordTable) find(k wordKey) *wordEntry {
	i := k.hash() & (wordSlots - 1)
	for {
		sl := &t.slots[i]
		if sl.key == k {
			return &sl.e
		}
		if sl.key == (wordKey{}) {
			return nil
		}
		i = (i + 1) & (wordSlots - 1)
	}
}
