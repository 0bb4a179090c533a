package classify

import (
	"fmt"
	"math/bits"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/automaton"
)

// cueKind is what a cue says about a listing. Cues are the words and
// phrases the rules need that are not terms of the vocabulary: who the
// audience is, what kind of page it is, where it is held. They live in
// rules.go.
type cueKind uint8

// cueBoundary marks a clause boundary in the scanner's output (see
// cueScanner); buildContext turns those into clauses and keeps only the
// cues.
const cueBoundary = numCueKinds

// cue is one phrase of the cue table. Phrases are written in lower case; a
// leading '|' requires a word start before it, a trailing '|' a word end
// after it.
type cue struct {
	phrase string
	kind   cueKind
}

// cueHit is one cue found in a listing: cue is its index in the cue table
// (for a clause boundary, the boundary's width in bytes).
type cueHit struct {
	kind       cueKind
	part       Part
	cue        int32
	start, end int
}

// cueScanner finds the cues of a table in one pass with an Aho–Corasick
// automaton that folds case (ASCII and Latin-1, so Æ Ø Å read as æ ø å) and
// reads runs of white space as one space. The same pass finds the clause
// boundaries (see boundaryBytes): the scanner walks its own copy of the
// automaton's table, in which every transition on a boundary byte is
// flagged like a transition into an accepting state, so a boundary costs
// the hot loop nothing and is looked at only where one of those bytes
// stands.
type cueScanner struct {
	ac     *automaton.Automaton
	cues   []cue
	pats   []cuePattern // per pattern of the automaton
	maxLen int          // bytes of the longest pattern

	// The scanning tables. A state value is its row offset in trans
	// shifted left by one, with lookBit set when the state is accepting
	// or the byte just read may end a clause.
	class   [256]uint8
	trans   []uint32
	nclass  int
	inv     uint64       // ceil(2^32 / nclass): row offset → state without dividing
	outAt   []uint64     // per state, its patterns in outPats: from the low 32 bits to the high
	outPats []cuePattern // per output of the automaton (ac.AllOutputs()), its pattern
}

// lookBit flags a state value the scanner must look at.
const lookBit = 1

// cueScratch is the cue scanner's working memory for one call.
type cueScratch struct {
	lanes [lanes - 1][]cueHit
	buf   []byte // scanListing's title, separator and text
}

// cuePattern is what the scanner needs of a pattern when it is found.
type cuePattern struct {
	cue                int32
	kind               cueKind
	wordStart, wordEnd bool
	spaced             bool   // the pattern has a space, which matches a run of white space
	spaces             uint64 // bit j: byte j of the pattern is a space (patterns under 64 bytes)
	n                  int    // bytes
}

// boundaryBytes are the bytes that can end a clause (0xE2 starts "•"):
// see isBoundary.
const boundaryBytes = ".\n:!?;\r\xe2"

var isBoundaryByte = func() (t [256]bool) {
	for i := 0; i < len(boundaryBytes); i++ {
		t[boundaryBytes[i]] = true
	}
	return t
}()

func newCueScanner(cues []cue) (*cueScanner, error) {
	s, err := cuePatterns(cues)
	if err != nil {
		return nil, err
	}
	pats := make([]string, len(cues))
	for i, cp := range s.pats {
		p := cues[i].phrase
		if cp.wordStart {
			p = p[1:]
		}
		pats[i] = p[:cp.n]
	}
	var opt automaton.Options
	// ASCII and Latin-1 capitals read as small letters, \t \n \r as a space.
	opt.Alias = cueAliases(cues)
	opt.Collapse = ' '
	// The transitions on the most common bytes of Norwegian text share
	// the first cache line of a row (the glossary's order).
	opt.Frequent = " ernstialokdgmvfupbhj\xc3\xa5\xb8\xa6y-c"
	ac, err := automaton.Build(pats, opt)
	if err != nil {
		return nil, err
	}
	s.ac = ac
	s.buildTables()
	// scanListing relies on the separator returning every state to the
	// initial one, unflagged.
	sep := int(s.class[cueSeparator])
	for st := 0; st < len(s.trans); st += s.nclass {
		if s.trans[st+sep] != 0 {
			return nil, fmt.Errorf("classify: the cue separator %#x is read in a cue", cueSeparator)
		}
	}
	return s, nil
}

// cueSeparator is the byte scanListing puts between a title and a text: it
// occurs in no cue, so reading it returns the automaton to its initial
// state, and it is no boundary byte.
const cueSeparator = 0

// buildTables copies the automaton's table into the scanner's, giving the
// boundary bytes columns of their own where they share a class with other
// bytes, and flagging every transition on a boundary byte and every
// transition into an accepting state with lookBit. The states and their
// transitions are the automaton's: a boundary byte's column is a copy of
// its class's.
func (s *cueScanner) buildTables() {
	class, trans := s.ac.Tables()
	n, ns := s.ac.Classes(), s.ac.States()
	// Which classes hold only boundary bytes.
	var other, boundary [256]bool
	for b := 0; b < 256; b++ {
		if isBoundaryByte[b] {
			boundary[class[b]] = true
		} else {
			other[class[b]] = true
		}
	}
	// src[c] is the automaton's column that column c copies; flagged[c]
	// says the column reads a boundary byte.
	src := make([]int, n)
	flagged := make([]bool, n)
	for c := range n {
		src[c] = c
		flagged[c] = boundary[c] && !other[c]
	}
	s.class = *class
	newCol := map[uint8]int{}
	for b := 0; b < 256; b++ {
		c := class[b]
		if !isBoundaryByte[b] || !other[c] {
			continue
		}
		k, ok := newCol[c]
		if !ok {
			k = len(src)
			newCol[c] = k
			src = append(src, int(c))
			flagged = append(flagged, true)
		}
		s.class[b] = uint8(k)
	}
	nc := len(src)
	s.nclass = nc
	s.inv = (1<<32 + uint64(nc) - 1) / uint64(nc)
	s.trans = make([]uint32, ns*nc)
	for st := range ns {
		for c := range nc {
			t := trans[st*n+src[c]]
			to := int(t>>automaton.FlagBits) / n
			v := uint32(to*nc) << 1
			if t&automaton.AcceptBit != 0 || flagged[c] {
				v |= lookBit
			}
			s.trans[st*nc+c] = v
		}
	}
	all := s.ac.AllOutputs()
	s.outAt = make([]uint64, ns)
	for st := range ns {
		lo, hi := s.ac.OutputRange(uint32(st*n) << automaton.FlagBits)
		s.outAt[st] = uint64(lo) | uint64(hi)<<32
	}
	s.outPats = make([]cuePattern, len(all))
	for k, p := range all {
		s.outPats[k] = s.pats[p]
	}
}

// Texts at least lanes*laneMin bytes long are scanned in lanes; a lane
// after the first starts warmBytes before its part.
const (
	lanes     = 4
	laneMin   = 96
	warmBytes = 16
)

// The lane loop below is written out for four lanes.
var _ = [1]struct{}{}[lanes-4]

// scan appends the cues and clause boundaries found in text to dst, in
// order of their end and, at one end, a boundary first and then the cues
// longest first.
//
// One automaton step depends on the one before, so a plain scan is bound by
// the latency of one table load per byte. A long text is therefore cut into
// lanes that are scanned side by side in one loop, each lane starting from
// the initial state warmBytes bytes before its part of the text. The state
// of a scan from the start of the text depends only on the bytes of the
// cue prefix it is in, seldom longer than that, so the lane almost always
// reaches, at the start of its part, the state such a scan is in there;
// where it does not (a longer prefix, or a run of white space, which reads
// as one byte), it reads its part again from the state the lane before it
// ended in. Each lane reports only what ends in its own part, and the parts
// are appended in order, so the result is the plain scan's. (A warm-up of
// 16 bytes reads a fifth fewer bytes than one as long as the longest cue
// and rarely reads a part again; 8 bytes reads parts again too often.)
func (s *cueScanner) scan(dst []cueHit, text string, part Part) []cueHit {
	var cs cueScratch
	return s.scanWith(dst, text, part, &cs)
}

// scanWith is scan with working memory given, for reuse.
func (s *cueScanner) scanWith(dst []cueHit, text string, part Part, cs *cueScratch) []cueHit {
	return s.scanLanes(dst, text, part, &cs.lanes)
}

// scanListing appends what scanWith finds in title (PartTitle) and then in
// text (PartText) to dst, in one walk: the title, cueSeparator, and the
// text, so that a title, seldom long enough for lanes of its own, is read
// in the lanes with the text and not one byte at a time, a table load
// waiting for the one before. The separator returns the automaton to its
// initial state, where a scan of the text alone starts, and each cue and
// boundary is reported, as before, against its own part (see cueRun.emit).
func (s *cueScanner) scanListing(dst []cueHit, title, text string, cs *cueScratch) []cueHit {
	if title == "" {
		return s.scanWith(dst, text, PartText, cs)
	}
	cs.buf = append(append(append(cs.buf[:0], title...), cueSeparator), text...)
	// The walk reads the buffer as a string for this call only; no hit
	// keeps it.
	r := cueRun{s: s, text: unsafe.String(unsafe.SliceData(cs.buf), len(cs.buf)), part: PartText,
		split: len(title), title: title, body: text}
	return r.lanes(dst, &cs.lanes)
}

// scanLanes scans with the automaton, in lanes when text is long.
func (s *cueScanner) scanLanes(dst []cueHit, text string, part Part, spare *[lanes - 1][]cueHit) []cueHit {
	r := cueRun{s: s, text: text, part: part, split: -1}
	return r.lanes(dst, spare)
}

// lanes scans r.text, in lanes when it is long.
func (r *cueRun) lanes(dst []cueHit, spare *[lanes - 1][]cueHit) []cueHit {
	s := r.s
	n := len(r.text)
	if n < lanes*laneMin {
		r.continueRange(&dst, 0, 0, n, 0)
		return dst
	}
	// Lane j reads text[from[j]:to[j]] and reports what ends after own[j].
	// Lanes after the first read a warm-up stretch before their own part,
	// so the first lane's own part is longer by that much, and the lanes
	// take about equally long.
	var from, own, to [lanes]int
	warm := min(s.maxLen+1, warmBytes)
	seg := (n - warm) / lanes
	for j := 1; j < lanes; j++ {
		own[j] = seg*j + warm
		to[j-1] = own[j]
		from[j] = own[j] - warm
	}
	to[lanes-1] = n
	// All lanes step together for as long as the shortest one lasts,
	// noting the state each lane reached where its own part begins (the
	// lanes after the first report nothing before it).
	steps := to[0] - from[0]
	for j := 1; j < lanes; j++ {
		steps = min(steps, to[j]-from[j])
	}
	out := [lanes]*[]cueHit{&dst, &spare[0], &spare[1], &spare[2]}
	var v [lanes]uint32
	r.stepLanes(&v, &out, &from, 0, warm, 1)
	atOwn := v
	r.stepLanes(&v, &out, &from, warm, steps, lanes)
	// Each lane finishes alone; then the lanes are joined in order. A
	// lane whose warm-up did not reach the state the lane before it ends
	// in (a long run of white space reads as one byte, so the warm-up can
	// fall short) reads its part again from that state.
	for j := range lanes {
		v[j] = r.continueRange(out[j], v[j], from[j]+steps, to[j], own[j])
		if j > 0 && atOwn[j] != v[j-1] {
			*out[j] = (*out[j])[:0]
			v[j] = r.continueRange(out[j], v[j-1], own[j], to[j], own[j])
		}
		if j > 0 {
			dst = append(dst, *out[j]...)
			*out[j] = (*out[j])[:0]
		}
	}
	return dst
}

// cueRun is one scan of one part of a listing.
type cueRun struct {
	s    *cueScanner
	text string // what the run walks
	part Part
	// split is -1, or, for a listing walked as one (scanListing), where
	// the separator stands: title is text[:split] and body
	// text[split+1:], the parts the cues are reported against.
	split       int
	title, body string
}

// stepLanes advances the four lanes from step k0 to step k1, reporting
// what the first report lanes find to out.
func (r *cueRun) stepLanes(v *[lanes]uint32, out *[lanes]*[]cueHit, from *[lanes]int, k0, k1, report int) {
	if k1 <= k0 {
		return
	}
	// walkLanes's loads are unchecked: every lane reads text[from[j]+k0 :
	// from[j]+k1], which lies within text (scanLanes cuts the lanes so),
	// and every state value's row plus a class is an index of trans.
	text := r.text
	_ = text[from[lanes-1]+k1-1]
	tr := unsafe.Pointer(unsafe.SliceData(r.s.trans))
	tp := unsafe.Pointer(unsafe.StringData(text))
	p0, p1 := unsafe.Add(tp, from[0]+k0), unsafe.Add(tp, from[1]+k0)
	p2, p3 := unsafe.Add(tp, from[2]+k0), unsafe.Add(tp, from[3]+k0)
	v0, v1, v2, v3 := v[0], v[1], v[2], v[3]
	for k, n := 0, k1-k0; k < n; {
		k, v0, v1, v2, v3 = walkLanes(&r.s.class, tr, p0, p1, p2, p3, k, n, v0, v1, v2, v3)
		if (v0|v1|v2|v3)&lookBit == 0 {
			continue
		}
		at := k0 + k
		if v0&lookBit != 0 {
			r.emit(out[0], v0, from[0]+at)
		}
		if report == 1 {
			continue
		}
		if v1&lookBit != 0 {
			r.emit(out[1], v1, from[1]+at)
		}
		if v2&lookBit != 0 {
			r.emit(out[2], v2, from[2]+at)
		}
		if v3&lookBit != 0 {
			r.emit(out[3], v3, from[3]+at)
		}
	}
	v[0], v[1], v[2], v[3] = v0, v1, v2, v3
}

// walkLanes steps four lanes in lockstep over the bytes at p0+k, p1+k,
// p2+k and p3+k, from k up to n-1, and stops after a step that leaves some
// lane in a state to look at. It returns the steps done and the states.
// The loop is a function of its own, so its values stay in registers.
func walkLanes(cls *[256]uint8, tr, p0, p1, p2, p3 unsafe.Pointer, k, n int,
	v0, v1, v2, v3 uint32) (int, uint32, uint32, uint32, uint32) {
	for k < n {
		c0 := cls[*(*byte)(unsafe.Add(p0, k))]
		c1 := cls[*(*byte)(unsafe.Add(p1, k))]
		c2 := cls[*(*byte)(unsafe.Add(p2, k))]
		c3 := cls[*(*byte)(unsafe.Add(p3, k))]
		v0 = *(*uint32)(unsafe.Add(tr, uintptr(v0>>1+uint32(c0))*4))
		v1 = *(*uint32)(unsafe.Add(tr, uintptr(v1>>1+uint32(c1))*4))
		v2 = *(*uint32)(unsafe.Add(tr, uintptr(v2>>1+uint32(c2))*4))
		v3 = *(*uint32)(unsafe.Add(tr, uintptr(v3>>1+uint32(c3))*4))
		k++
		if (v0|v1|v2|v3)&lookBit != 0 {
			break
		}
	}
	return k, v0, v1, v2, v3
}

// scanRange scans text[from:to] from the initial state, reporting what
// ends after own.
func (s *cueScanner) scanRange(dst []cueHit, text string, part Part, from, own, to int) []cueHit {
	r := cueRun{s: s, text: text, part: part, split: -1}
	r.continueRange(&dst, 0, from, to, own)
	return dst
}

// continueRange scans text[from:to] from state v, reporting to out what
// ends after own, and returns the state it ends in.
func (r *cueRun) continueRange(out *[]cueHit, v uint32, from, to, own int) uint32 {
	t := r.text[:to]
	class, trans := &r.s.class, r.s.trans
	for i := from; i < len(t); i++ {
		v = trans[int(v>>1)+int(class[t[i]])]
		if v&lookBit != 0 && i >= own {
			r.emit(out, v, i+1)
		}
	}
	return v
}

// emit appends to out the clause boundary and the cues that end at end in
// state v.
func (r *cueRun) emit(out *[]cueHit, v uint32, end int) {
	s, text, part, dst := r.s, r.text, r.part, *out
	if r.split >= 0 {
		if end <= r.split {
			text, part = r.title, PartTitle
		} else {
			text, part, end = r.body, PartText, end-r.split-1
		}
	}
	if i := end - 1; isBoundaryByte[text[i]] {
		if n := boundaryAt(text, i); n > 0 {
			dst = append(dst, cueHit{kind: cueBoundary, part: part, cue: int32(n), start: i, end: i + n})
		}
	}
	st := int((uint64(v>>1) * s.inv) >> 32)
	at := s.outAt[st]
	for k := int(uint32(at)); k < int(at>>32); k++ {
		// The pattern, if it passes its word checks.
		cp := &s.outPats[k]
		start := end - cp.n
		if cp.spaced {
			start = startOfSpaced(text, end, cp.n, cp.spaces)
		}
		if cp.wordStart && start > 0 && isWordByte(text[start-1]) ||
			cp.wordEnd && end < len(text) && isWordByte(text[end]) {
			continue
		}
		dst = append(dst, cueHit{kind: cp.kind, part: part, cue: cp.cue, start: start, end: end})
	}
	*out = dst
}

// boundaryAt returns the width of the clause boundary at text[i], a
// boundary byte, or 0 if it is none there. A full stop or a colon ends a
// clause only before white space or the end, so "kl. 18" and "2. etasje"
// do, but "14.11.2019" and "f.eks.kurs" do not; a bullet ("•") ends one
// and starts the next.
func boundaryAt(text string, i int) int {
	switch b := text[i]; b {
	case 0xE2:
		if i+2 >= len(text) || text[i+1] != 0x80 || text[i+2] != 0xA2 {
			return 0
		}
		return 3
	case '.', ':':
		if i+1 < len(text) && !isSpaceByte(text[i+1]) {
			return 0
		}
	}
	return 1
}

// phrase returns the phrase of cue hit h.
func (s *cueScanner) phrase(h *cueHit) string { return s.cues[h.cue].phrase }

// startOfSpaced returns where a pattern of n bytes with spaces at the
// bits of spaces starts, found ending at end: each of its spaces matched a
// run of white space, its other bytes one byte each, so only the runs are
// walked, from their last byte back.
func startOfSpaced(text string, end, n int, spaces uint64) int {
	i, last := end, n
	for spaces != 0 {
		j := 63 - bits.LeadingZeros64(spaces)
		spaces &^= 1 << j
		i -= last - j // at the run's last byte
		for i > 0 && isSpaceByte(text[i-1]) {
			i--
		}
		last = j
	}
	return i - last
}

// ordinalAt reports whether the full stop at text[i] writes an ordinal: it
// follows one or two digits that stand as a word, and a single space and a
// small letter follow it ("mandag 5. september", "i 2. etasje"). A
// sentence that ends on a number starts the next with a capital. It reads
// at most three bytes either side. The clause boundaries do not use it
// (the in-scope features are fitted on them as they are); a rule that
// reads a clause for its context does (scratch.ordinalBefore).
func ordinalAt(text string, i int) bool {
	if i < 1 || !isDigit(text[i-1]) || i+2 >= len(text) || text[i+1] != ' ' {
		return false
	}
	j := i - 1
	if j > 0 && isDigit(text[j-1]) {
		j--
	}
	if j > 0 && isWordByte(text[j-1]) {
		return false // "2024." or a word with a number in it
	}
	c := text[i+2]
	return c >= 'a' && c <= 'z' || c == 0xC3 && i+3 < len(text) && (text[i+3] == 0xA6 || text[i+3] == 0xB8 || text[i+3] == 0xA5)
}
