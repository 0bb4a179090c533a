package classify

import (
	"encoding/binary"
	"fmt"

	"github.com/lmhkit/lmhkit/internal/automaton"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// cueKind is what a cue says about a listing. Cues are the words and
// phrases the rules need that are not terms of the vocabulary: who the
// audience is, what kind of page it is, where it is held. They live in
// rules.go.
type cueKind uint8

// cue is one phrase of the cue table. Phrases are written in lower case; a
// leading '|' requires a word start before it, a trailing '|' a word end
// after it.
type cue struct {
	phrase string
	kind   cueKind
}

// cueHit is one cue found in a listing.
type cueHit struct {
	kind       cueKind
	part       Part
	start, end int
	phrase     string
}

// cueScanner finds the cues of a table in one pass with an Aho–Corasick
// automaton that folds case (ASCII and Latin-1, so Æ Ø Å read as æ ø å) and
// reads runs of white space as one space.
type cueScanner struct {
	ac     *automaton.Automaton
	cues   []cue
	pats   []cuePattern
	maxLen int // bytes of the longest pattern
}

// cueScratch is the cue scanner's working memory for one call.
type cueScratch struct {
	lanes [lanes - 1][]cueHit
}

type cuePattern struct {
	cue                int
	wordStart, wordEnd bool
}

func newCueScanner(cues []cue) (*cueScanner, error) {
	s := &cueScanner{cues: cues}
	var pats []string
	for i, c := range cues {
		p := c.phrase
		cp := cuePattern{cue: i}
		if len(p) > 0 && p[0] == '|' {
			cp.wordStart, p = true, p[1:]
		}
		if len(p) > 0 && p[len(p)-1] == '|' {
			cp.wordEnd, p = true, p[:len(p)-1]
		}
		if p == "" {
			return nil, fmt.Errorf("classify: empty cue %d", i)
		}
		pats = append(pats, p)
		s.pats = append(s.pats, cp)
		s.maxLen = max(s.maxLen, len(p))
	}
	var opt automaton.Options
	for c := 'A'; c <= 'Z'; c++ {
		opt.Alias[c] = byte(c - 'A' + 'a')
	}
	// Second bytes of the Latin-1 capitals À–Þ (after 0xC3) fold to the
	// small letters; × (0x97) stays.
	for b := 0x80; b <= 0x9E; b++ {
		if b != 0x97 {
			opt.Alias[b] = byte(b + 0x20)
		}
	}
	opt.Alias['\n'], opt.Alias['\t'], opt.Alias['\r'] = ' ', ' ', ' '
	opt.Collapse = ' '
	ac, err := automaton.Build(pats, opt)
	if err != nil {
		return nil, err
	}
	s.ac = ac
	return s, nil
}

// Texts at least lanes*laneMin bytes long are scanned in lanes.
const (
	lanes   = 4
	laneMin = 96
)

// The lane loop below is written out for four lanes.
var _ = [1]struct{}{}[lanes-4]

// scan appends the cues found in text to dst, in order of their end and,
// at one end, longest first.
//
// One automaton step depends on the one before, so a plain scan is bound by
// the latency of one table load per byte. A long text is therefore cut into
// lanes that are scanned side by side in one loop, each lane starting from
// the initial state longest-cue-plus-one bytes before its part of the text.
// No state is deeper than the longest cue, so the lane almost always
// reaches, at the start of its part, the state a scan from the start of the
// text would be in there; where it does not (a run of white space reads as
// one byte, so the warm-up can fall short), it reads its part again from
// the state the lane before it ended in. Each lane reports only the cues
// that end in its own part, and the parts are appended in order, so the
// result is the plain scan's.
func (s *cueScanner) scan(dst []cueHit, text string, part Part) []cueHit {
	var cs cueScratch
	return s.scanWith(dst, text, part, &cs)
}

// scanWith is scan with working memory given, for reuse.
func (s *cueScanner) scanWith(dst []cueHit, text string, part Part, cs *cueScratch) []cueHit {
	return s.scanLanes(dst, text, part, &cs.lanes)
}

// scanLanes scans with the automaton, in lanes when text is long.
func (s *cueScanner) scanLanes(dst []cueHit, text string, part Part, spare *[lanes - 1][]cueHit) []cueHit {
	n := len(text)
	if n < lanes*laneMin {
		return s.scanRange(dst, text, part, 0, 0, n)
	}
	// Lane j reads text[from[j]:to[j]] and reports cues ending after own[j].
	// Lanes after the first read a warm-up stretch before their own part,
	// so the first lane's own part is longer by that much, and the lanes
	// take about equally long.
	var from, own, to [lanes]int
	warm := s.maxLen + 1
	seg := (n - warm) / lanes
	for j := 1; j < lanes; j++ {
		own[j] = seg*j + warm
		to[j-1] = own[j]
		from[j] = own[j] - warm
	}
	to[lanes-1] = n
	// All lanes step together for as long as the shortest one lasts,
	// noting the state each lane reached where its own part begins.
	steps := to[0] - from[0]
	for j := 1; j < lanes; j++ {
		steps = min(steps, to[j]-from[j])
	}
	var v [lanes]uint32
	for j := range v {
		v[j] = s.ac.Start()
	}
	dst = s.stepLanes(&v, dst, spare, text, part, &from, &own, 0, warm)
	atOwn := v
	dst = s.stepLanes(&v, dst, spare, text, part, &from, &own, warm, steps)
	// Each lane finishes alone; then the lanes are joined in order. A
	// lane whose warm-up did not reach the state the lane before it ends
	// in (a long run of white space reads as one byte, so the warm-up can
	// fall short) reads its part again from that state.
	for j := range lanes {
		buf := dst
		if j > 0 {
			buf = spare[j-1]
		}
		buf, v[j] = s.continueRange(buf, text, part, v[j], from[j]+steps, to[j], own[j])
		if j > 0 && atOwn[j] != v[j-1] {
			buf, v[j] = s.continueRange(buf[:0], text, part, v[j-1], own[j], to[j], own[j])
		}
		if j == 0 {
			dst = buf
			continue
		}
		dst = append(dst, buf...)
		spare[j-1] = buf[:0]
	}
	return dst
}

// stepLanes advances the four lanes from step k0 to step k1.
func (s *cueScanner) stepLanes(v *[lanes]uint32, dst []cueHit, spare *[lanes - 1][]cueHit, text string, part Part,
	from, own *[lanes]int, k0, k1 int) []cueHit {
	class, trans := s.ac.Tables() // Step inlined by hand, as the automaton documents
	t0 := text[from[0]+k0 : from[0]+k1]
	t1 := text[from[1]+k0 : from[1]+k1]
	t2 := text[from[2]+k0 : from[2]+k1]
	t3 := text[from[3]+k0 : from[3]+k1]
	v0, v1, v2, v3 := v[0], v[1], v[2], v[3]
	for k := 0; k < len(t0) && k < len(t1) && k < len(t2) && k < len(t3); k++ {
		v0 = trans[int(v0>>automaton.FlagBits)+int(class[t0[k]])]
		v1 = trans[int(v1>>automaton.FlagBits)+int(class[t1[k]])]
		v2 = trans[int(v2>>automaton.FlagBits)+int(class[t2[k]])]
		v3 = trans[int(v3>>automaton.FlagBits)+int(class[t3[k]])]
		if (v0|v1|v2|v3)&automaton.AcceptBit != 0 {
			if v0&automaton.AcceptBit != 0 {
				dst = s.emit(dst, text, part, v0, from[0]+k0+k+1, own[0])
			}
			if v1&automaton.AcceptBit != 0 {
				spare[0] = s.emit(spare[0], text, part, v1, from[1]+k0+k+1, own[1])
			}
			if v2&automaton.AcceptBit != 0 {
				spare[1] = s.emit(spare[1], text, part, v2, from[2]+k0+k+1, own[2])
			}
			if v3&automaton.AcceptBit != 0 {
				spare[2] = s.emit(spare[2], text, part, v3, from[3]+k0+k+1, own[3])
			}
		}
	}
	v[0], v[1], v[2], v[3] = v0, v1, v2, v3
	return dst
}

// scanRange scans text[from:to] from the initial state, reporting the cues
// that end after own.
func (s *cueScanner) scanRange(dst []cueHit, text string, part Part, from, own, to int) []cueHit {
	dst, _ = s.continueRange(dst, text, part, s.ac.Start(), from, to, own)
	return dst
}

// continueRange scans text[from:to] from state v, reporting the cues that
// end after own, and returns the state it ends in.
func (s *cueScanner) continueRange(dst []cueHit, text string, part Part, v uint32, from, to, own int) ([]cueHit, uint32) {
	class, trans := s.ac.Tables() // Step inlined by hand, as the automaton documents
	t := text[:to]
	for i := from; i < len(t); i++ {
		v = trans[int(v>>automaton.FlagBits)+int(class[t[i]])]
		if v&automaton.AcceptBit != 0 {
			dst = s.emit(dst, text, part, v, i+1, own)
		}
	}
	return dst, v
}

// emit appends the cues that end at end in state v, if end is after own.
func (s *cueScanner) emit(dst []cueHit, text string, part Part, v uint32, end, own int) []cueHit {
	if end <= own {
		return dst
	}
	for _, p := range s.ac.Outputs(v) {
		dst = s.hit(dst, text, part, p, end)
	}
	return dst
}

// hit appends pattern p ending at end, if it passes its word checks.
func (s *cueScanner) hit(dst []cueHit, text string, part Part, p int32, end int) []cueHit {
	cp := s.pats[p]
	start := startOfCue(text, end, s.ac.PatternLen(p))
	if cp.wordStart && start > 0 && isWordByte(text[start-1]) {
		return dst
	}
	if cp.wordEnd && end < len(text) && isWordByte(text[end]) {
		return dst
	}
	c := s.cues[cp.cue]
	return append(dst, cueHit{kind: c.kind, part: part, start: start, end: end, phrase: c.phrase})
}

// startOfCue walks back n pattern bytes from end; a collapsed run of white
// space counts as one byte.
func startOfCue(text string, end, n int) int {
	i := end
	for n > 0 && i > 0 {
		i--
		if isSpaceByte(text[i]) {
			for i > 0 && isSpaceByte(text[i-1]) {
				i--
			}
		}
		n--
	}
	return i
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// isWordByte reports whether b can be part of a word: an ASCII letter or
// digit, or any byte of a multi-byte UTF-8 sequence (Norwegian letters).
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// ageHit is an age range read from the text ("13–17 år", "over 67 år").
type ageHit struct {
	part       Part
	start, end int
	min, max   int
}

// scanAgeRanges finds the age ranges of text: "13–17 år", "mellom 13 og 17
// år", "6 til 12 år", "over 67 år", "18 år og eldre", "under 12 år".
// Numbers not followed by "år" (12 uker, 300 kroner) are ignored.
func scanAgeRanges(dst []ageHit, text string, part Part) []ageHit {
	for i := 0; i < len(text); {
		i = nextDigit(text, i)
		if i == len(text) {
			break
		}
		if i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			i++
			continue
		}
		start := i
		a, j := readInt(text, i)
		k := skipSpace(text, j)
		b := -1
		if sep := rangeSep(text, k); sep > 0 {
			m := skipSpace(text, k+sep)
			if m < len(text) && isDigit(text[m]) {
				b, k = readInt(text, m)
				k = skipSpace(text, k)
			}
		}
		if !hasWordAt(text, k, "år") && !hasWordAt(text, k, "års") {
			i = j
			continue
		}
		end := k + len("år")
		lo, hi := a, b
		if b < 0 {
			// A single age: look for "over", "under" before it or
			// "og eldre" / "og over" / "eller eldre" after it.
			before := text[max(start-8, 0):start]
			after := text[skipSpace(text, end):min(skipSpace(text, end)+14, len(text))]
			switch {
			case hasSuffixWord(before, "over") || hasSuffixWord(before, "fra"):
				lo, hi = a, taxonomy.MaxAge
				if hasSuffixWord(before, "over") {
					lo = a + 1
				}
			case hasSuffixWord(before, "under"):
				lo, hi = 0, a-1
			case hasPrefixWord(after, "og eldre") || hasPrefixWord(after, "og over") ||
				hasPrefixWord(after, "eller eldre") || hasPrefixWord(after, "og oppover"):
				lo, hi = a, taxonomy.MaxAge
			default:
				i = j
				continue
			}
			if lo > taxonomy.MaxAge || hi < 0 || a > taxonomy.MaxAge {
				i = j
				continue
			}
		}
		if lo <= hi && hi <= taxonomy.MaxAge && lo >= 0 {
			dst = append(dst, ageHit{part: part, start: start, end: end, min: lo, max: hi})
		}
		i = end
	}
	return dst
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// nextDigit returns the index of the first ASCII digit in s at or after
// i, or len(s). It looks at eight bytes at a time: a byte b is a digit
// when b^'0' is below 10, and the word test below is true when some byte
// of x is below 10.
func nextDigit(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i:i+8])) ^ ('0' * ones)
		if (x-10*ones)&^x&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i]-'0' > 9 {
		i++
	}
	return i
}

func readInt(s string, i int) (int, int) {
	n := 0
	for i < len(s) && isDigit(s[i]) && n < 1000 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	for i < len(s) && isDigit(s[i]) { // absurdly long numbers
		n = 1000
		i++
	}
	return n, i
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	if i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0 { // no-break space
		return skipSpace(s, i+2)
	}
	return i
}

// rangeSep returns the length of a range separator at i ("-", "–", "—",
// "til", "og"), or 0.
func rangeSep(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '-':
		return 1
	case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94):
		return 3
	case hasWordAt(s, i, "til"):
		return 3
	case hasWordAt(s, i, "og"):
		return 2
	}
	return 0
}

// hasWordAt reports whether s has the lower-case word w at i, followed by a
// non-letter.
func hasWordAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return i+len(w) == len(s) || !isWordByte(s[i+len(w)])
}

// foldEqual reports whether s equals the lower-case w, folding ASCII
// capitals in s; it allocates nothing.
func foldEqual(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// foldIn reports whether s equals any of the lower-case ws, folding ASCII
// capitals.
func foldIn(s string, ws []string) bool {
	for _, w := range ws {
		if foldEqual(s, w) {
			return true
		}
	}
	return false
}

// foldPrefixIn reports whether any of the lower-case ps begins s, folding
// ASCII capitals.
func foldPrefixIn(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && foldEqual(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// hasSuffixWord reports whether s ends, but for white space, with the
// lower-case word w (ASCII capitals in s fold).
func hasSuffixWord(s, w string) bool {
	t := trimRightSpace(s)
	if len(t) < len(w) || !foldEqual(t[len(t)-len(w):], w) {
		return false
	}
	return len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])
}

// hasPrefixWord reports whether s begins with the lower-case word w (ASCII
// capitals in s fold).
func hasPrefixWord(s, w string) bool {
	if len(s) < len(w) || !foldEqual(s[:len(w)], w) {
		return false
	}
	return len(s) == len(w) || !isWordByte(s[len(w)])
}

func trimRightSpace(s string) string {
	for len(s) > 0 && isSpaceByte(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}
