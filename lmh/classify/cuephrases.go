package classify

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unsafe"
	"weak"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/internal/swar"
)

// The cues are found in the glossary's walk over a text, not in a walk of
// their own: the glossary's automaton is built with the cue phrases as
// extra patterns (glossary.WithPhrases), so one table is read per byte
// where two were, and the two tables no longer push each other out of the
// cache. The glossary matches a phrase in its normalised text; cueMatcher
// turns what it found into exactly the hits cueScanner reports:
//
//   - A cue's phrase is handed to the glossary as it is written (without
//     its '|' marks); the glossary normalises it. Every occurrence the cue
//     scanner finds is one the glossary finds too, at the same end: the cue
//     scanner folds ASCII and Latin-1 capitals and reads a run of ' ', \t,
//     \n and \r as one space (see newCueScanner), and the glossary folds
//     all of these the same way, and more (dashes, other white space, soft
//     hyphens). TestCueMatcherAgrees checks this on hostile text.
//   - So each phrase the glossary reports is checked against the text the
//     way the cue scanner's automaton reads it: eight bytes at a time where
//     the text spells it with single spaces, ASCII capitals allowed, and
//     otherwise byte by byte through cueFold, a space of the phrase against
//     a run of white space bytes (verifyCue), which also gives the cue's
//     start. Then its word checks, as in cueRun.emit.
//   - A cue that ends with a space ("|kl |") is handed over without it.
//     The cue scanner reads a run of white space as one space that every
//     byte of the run ends, so it reports such a cue at the end of each
//     byte of the run after the rest: so does cueMatcher.
//   - The clause boundaries, which the cue scanner found in its walk, come
//     from the glossary too, as phrases of one byte, but for the bytes it
//     folds onto others or that start runes it folds (\n, \r, 0xE2), which
//     are searched for; they are put in order with the cues.
//
// The cue scanner stays: it is the reference the tests hold this against,
// and the classifier falls back to it if a glossary cannot take the
// phrases.

// cueMatcher turns the phrases a glossary with the cue phrases found into
// cue hits.
type cueMatcher struct {
	cues []cue
	// phrases are the phrases given to the glossary: phrase k < len(cues)
	// is cue k's (two cues may have one phrase; the glossary reports both,
	// in table order), and the phrases after them are the boundary bytes
	// found this way (glossaryBoundaries).
	phrases []string
	recs    []cueRec // per cue
}

// cueRec is what cueMatcher needs of a cue where its phrase is found.
type cueRec struct {
	text string // the phrase without the '|' marks and a trailing space
	// w0 and w1 hold the last 16 bytes of text, little-endian, w0 the
	// last eight (zero-padded before text's start); mask0 and mask1 cover
	// the bytes of each that are text's.
	w0, w1, mask0, mask1 uint64
	cue                  int32
	kind                 cueKind
	flags                uint8
}

// The flags of a cueRec.
const (
	recWordStart = 1 << iota // the cue needs a word start before it
	recWordEnd               // and a word end after it
	recSpaced                // its text has a space
	recTrail                 // the cue ends with a space (cut from text)
)

// cueFold maps a byte to the byte the cue scanner's automaton reads it as
// (its Alias): ASCII capitals to small letters, the second bytes of the
// Latin-1 capitals to the small letters' (see cueAliases), \t \n \r to a
// space.
var cueFold = func() (t [256]byte) {
	for b := range 256 {
		t[b] = byte(b)
	}
	al := cueAliases(cueTable)
	for b, a := range al {
		if a != 0 {
			t[b] = a
		}
	}
	return t
}()

// cueAliases returns the aliases of the cue scanner's automaton for the
// cues: ASCII capitals onto small letters, \t \n \r onto a space, and each
// second byte of a Latin-1 capital (after 0xC3) onto the small letter's,
// except × (0x97) and except where a cue has the byte aliased onto after
// another lead byte than 0xC3 (the second byte of « is the small ë's), so
// that a byte after another lead byte is never read as a different one.
func cueAliases(cues []cue) (alias [256]byte) {
	var afterOther [256]bool
	for _, c := range cues {
		p := c.phrase
		for j := 1; j < len(p); j++ {
			if p[j] >= 0x80 && p[j] < 0xC0 && p[j-1] >= 0xC0 && p[j-1] != 0xC3 {
				afterOther[p[j]] = true
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		alias[c] = byte(c - 'A' + 'a')
	}
	for b := 0x80; b <= 0x9E; b++ {
		if b != 0x97 && !afterOther[b+0x20] {
			alias[b] = byte(b + 0x20)
		}
	}
	alias['\n'], alias['\t'], alias['\r'] = ' ', ' ', ' '
	return alias
}

func newCueMatcher(cues []cue) (*cueMatcher, error) {
	s, err := cuePatterns(cues)
	if err != nil {
		return nil, err
	}
	m := &cueMatcher{cues: cues}
	for i, c := range cues {
		p := strings.TrimSuffix(strings.TrimPrefix(c.phrase, "|"), "|")
		trail := strings.HasSuffix(p, " ")
		p = strings.TrimSuffix(p, " ")
		if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' || strings.Contains(p, "  ") {
			return nil, fmt.Errorf("classify: cue %d (%q) starts with a space or has two in a row", i, c.phrase)
		}
		rec := cueRec{text: p, cue: int32(i), kind: c.kind, mask0: ^uint64(0), mask1: ^uint64(0)}
		for j := 0; j < 16 && j < len(p); j++ {
			b := uint64(p[len(p)-1-j])
			if j < 8 {
				rec.w0 |= b << (56 - 8*j)
			} else {
				rec.w1 |= b << (56 - 8*(j-8))
			}
		}
		if len(p) < 8 {
			rec.mask0 <<= 8 * (8 - len(p))
		} else if len(p) < 16 {
			rec.mask1 <<= 8 * (16 - len(p))
		}
		if cp := s.pats[i]; cp.wordStart {
			rec.flags |= recWordStart
		}
		if s.pats[i].wordEnd {
			rec.flags |= recWordEnd
		}
		if strings.Contains(p, " ") {
			rec.flags |= recSpaced
		}
		if trail {
			rec.flags |= recTrail
		}
		for j := 0; j < len(p); j++ {
			if cueFold[p[j]] != p[j] {
				return nil, fmt.Errorf("classify: cue %d (%q) has a byte the scanner folds", i, c.phrase)
			}
		}
		m.phrases = append(m.phrases, p)
		m.recs = append(m.recs, rec)
	}
	for i := 0; i < len(glossaryBoundaries); i++ {
		m.phrases = append(m.phrases, glossaryBoundaries[i:i+1])
	}
	return m, nil
}

// cuePatterns reads the cue table as newCueScanner does, without building
// an automaton.
func cuePatterns(cues []cue) (*cueScanner, error) {
	s := &cueScanner{cues: cues}
	for i, c := range cues {
		p := c.phrase
		cp := cuePattern{cue: int32(i), kind: c.kind}
		if len(p) > 0 && p[0] == '|' {
			cp.wordStart, p = true, p[1:]
		}
		if len(p) > 0 && p[len(p)-1] == '|' {
			cp.wordEnd, p = true, p[:len(p)-1]
		}
		if p == "" {
			return nil, fmt.Errorf("classify: empty cue %d", i)
		}
		if len(p) >= 64 {
			return nil, fmt.Errorf("classify: cue %d is 64 bytes or longer", i)
		}
		for j := 0; j < len(p); j++ {
			if p[j] == ' ' {
				cp.spaced = true
				cp.spaces |= 1 << j
			}
		}
		cp.n = len(p)
		s.pats = append(s.pats, cp)
		s.maxLen = max(s.maxLen, len(p))
	}
	return s, nil
}

var defaultCueMatcher = sync.OnceValue(func() *cueMatcher {
	m, err := newCueMatcher(cueTable)
	if err != nil {
		panic(err) // the table is checked by the package's tests
	}
	return m
})

// glossaryBoundaries are the boundary bytes the glossary finds, as
// phrases: ASCII punctuation it folds nothing onto. The others (\n and
// \r, which it reads as spaces, and 0xE2, the first byte of "•" and of
// many runes it folds) are searched for (otherBoundaries).
const (
	glossaryBoundaries = ".:!?;"
	otherBoundaries    = "\n\r\xe2"
)

var _ = [1]struct{}{}[len(glossaryBoundaries)+len(otherBoundaries)-len(boundaryBytes)]

// hits appends to dst the clause boundaries and the cues of text, a part
// of a listing, in the order cueScanner.scan gives them: by where they are
// reported (a boundary at its first byte's end, a cue at its end), at one
// place the boundary first and then the cues, longest first. ph are the
// phrases the glossary found in text; bpos and pend are working memory.
//
// The phrases come in that order but for a boundary's, which comes after
// the cues that end where it is reported: it is put before them. The
// boundary bytes otherBoundaries (bpos), and the cues that end with a
// space (pend, made by the phrases before them, reported at each byte of
// the run of white space after the phrase, where no phrase ends) are put
// in order with the phrases.
func (m *cueMatcher) hits(dst []cueHit, text string, part Part, ph []glossary.PhraseMatch, bpos *[]int32, pend *[]cueHit) []cueHit {
	bs := (*bpos)[:0]
	for k := 0; k < len(otherBoundaries); k++ {
		c := otherBoundaries[k]
		for i := 0; ; i++ {
			j := strings.IndexByte(text[i:], c)
			if j < 0 {
				break
			}
			i += j
			bs = append(bs, int32(i))
		}
	}
	if len(bs) > 1 {
		slices.Sort(bs)
	}
	*bpos = bs
	// The boundaries and the cues pending are kept in st, read only where
	// next, the first place one of them may be reported before, is
	// passed: the loop holds fewer values.
	st := pending{bs: bs, pend: (*pend)[:0]}
	next := st.next()
	tp := unsafe.Pointer(unsafe.StringData(text))
	for _, p := range ph {
		end := p.End
		if next < end {
			dst = m.before(dst, &st, text, part, end)
			next = st.next()
		}
		if p.Phrase >= len(m.recs) {
			// A boundary byte at end-1, reported before the cues that end
			// there.
			if n := boundaryAt(text, end-1); n > 0 {
				h := cueHit{kind: cueBoundary, part: part, cue: int32(n), start: end - 1, end: end - 1 + n}
				j := len(dst)
				dst = append(dst, h)
				for ; j > 0 && dst[j-1].end == end && dst[j-1].kind != cueBoundary && dst[j-1].part == part; j-- {
					dst[j] = dst[j-1]
				}
				dst[j] = h
			}
			continue
		}
		c := &m.recs[p.Phrase]
		// Mostly the text spells the phrase as it is written, or with
		// ASCII capitals ("Påmelding"), which cueFold reads as the small
		// letters of the phrase, and with single spaces.
		start, ok := end-len(c.text), false
		if end >= 8 && end <= len(text) {
			ok = swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-8)))&c.mask0 == c.w0 // within text
			if ok && len(c.text) > 8 {
				ok = end >= 16 && swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-16)))&c.mask1 == c.w1 &&
					(len(c.text) <= 16 || text[start:end-16] == c.text[:len(c.text)-16])
			}
		}
		if !ok {
			if start, ok = verifyCue(text, end, c.text, c.flags&recSpaced != 0); !ok {
				continue
			}
		}
		if c.flags&recWordStart != 0 && start > 0 && isWordByte(text[start-1]) {
			continue
		}
		if c.flags&(recWordEnd|recTrail) != 0 {
			if c.flags&recTrail != 0 {
				st.pend = appendTrail(st.pend, c, text, part, start, end)
				next = st.next()
				continue
			}
			if end < len(text) && isWordByte(text[end]) {
				continue
			}
		}
		dst = append(dst, cueHit{kind: c.kind, part: part, cue: c.cue, start: start, end: end})
	}
	dst = m.before(dst, &st, text, part, len(text)+1)
	*pend = st.pend
	return dst
}

// pending is what hits has yet to put in order with the phrases: the
// boundaries bs[b:] found by search, and the cues of pend.
type pending struct {
	bs   []int32
	b    int
	pend []cueHit
}

// next returns a place before which nothing pending is reported: the
// next boundary, or -1 while cues are pending (they are looked at before
// every phrase, as before).
func (st *pending) next() int {
	switch {
	case len(st.pend) > 0:
		return -1
	case st.b < len(st.bs):
		return int(st.bs[st.b])
	}
	return math.MaxInt
}

// before appends the boundaries and the cues pending in st that are
// reported before end, in order, and drops them from st.
func (m *cueMatcher) before(dst []cueHit, st *pending, text string, part Part, end int) []cueHit {
	bs, b, pend := st.bs, st.b, st.pend
	q := 0
	for {
		if b < len(bs) && int(bs[b]) < end && (q == len(pend) || int(bs[b]) < pend[q].end) {
			i := int(bs[b])
			b++
			if n := boundaryAt(text, i); n > 0 {
				dst = append(dst, cueHit{kind: cueBoundary, part: part, cue: int32(n), start: i, end: i + n})
			}
			continue
		}
		if q < len(pend) && pend[q].end < end {
			dst = append(dst, pend[q])
			q++
			continue
		}
		break
	}
	st.b, st.pend = b, pend[:copy(pend, pend[q:])]
	return dst
}

// appendTrail appends to pend the hits of c, a cue that ends with a
// space, whose text ends at end: one at the end of each byte of the run
// of white space after it, where its word checks pass.
func appendTrail(pend []cueHit, c *cueRec, text string, part Part, start, end int) []cueHit {
	for j := end; j < len(text) && cueFold[text[j]] == ' '; j++ {
		if c.flags&recWordEnd == 0 || j+1 == len(text) || !isWordByte(text[j+1]) {
			pend = append(pend, cueHit{kind: c.kind, part: part, cue: c.cue, start: start, end: j + 1})
		}
	}
	return pend
}

// verifyCue reports whether text, read as the cue scanner's automaton
// reads it (cueFold, a run of white space as one space), has phrase p
// ending at end, and where it starts. spaced says p has a space.
func verifyCue(text string, end int, p string, spaced bool) (int, bool) {
	if !spaced {
		start := end - len(p)
		if start < 0 {
			return 0, false
		}
		t := text[start:end]
		for j := 0; j < len(p); j++ {
			if cueFold[t[j]] != p[j] {
				return 0, false
			}
		}
		return start, true
	}
	i := end
	for j := len(p) - 1; j >= 0; j-- {
		if i == 0 {
			return 0, false
		}
		c := cueFold[text[i-1]]
		if c != p[j] {
			return 0, false
		}
		i--
		if c == ' ' {
			for i > 0 && cueFold[text[i-1]] == ' ' {
				i--
			}
		}
	}
	return i, true
}

// The glossaries with the cue phrases, one per glossary a classifier reads
// through, built on first use and shared by every classifier of that
// glossary. An entry goes when its glossary does: the map holds the
// glossary weakly, and the glossary with the phrases does not refer to it.
var cueGlossaries struct {
	mu sync.Mutex
	m  map[weak.Pointer[glossary.Glossary]]*cueGlossary
}

type cueGlossary struct {
	once sync.Once
	g    *glossary.Glossary
	err  error
}

// withCues returns g with the cue phrases of m (glossary.WithPhrases),
// building it once per g.
func withCues(g *glossary.Glossary, m *cueMatcher) (*glossary.Glossary, error) {
	k := weak.Make(g)
	cueGlossaries.mu.Lock()
	if cueGlossaries.m == nil {
		cueGlossaries.m = map[weak.Pointer[glossary.Glossary]]*cueGlossary{}
	}
	e := cueGlossaries.m[k]
	if e == nil {
		e = &cueGlossary{}
		cueGlossaries.m[k] = e
		runtime.AddCleanup(g, func(k weak.Pointer[glossary.Glossary]) {
			cueGlossaries.mu.Lock()
			delete(cueGlossaries.m, k)
			cueGlossaries.mu.Unlock()
		}, k)
	}
	cueGlossaries.mu.Unlock()
	e.once.Do(func() { e.g, e.err = g.WithPhrases(m.phrases) })
	return e.g, e.err
}
