package glossary

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/automaton"
	"github.com/lmhkit/lmhkit/internal/swar"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Match is one occurrence of a glossary term in a text.
//
// Start and End are byte offsets into the text given to Scan, so
// text[Start:End] is the evidence as the author wrote it, ready to be
// highlighted. For an ordinary match, Normalize(text[Start:End]) is one of
// the forms of Term. For a match from a coordination (Expanded), the span
// covers all the evidence: in "pasient- og pårørendeopplæring" the match of
// pasientopplæring runs from "pasient" to the end of the phrase.
//
// A Match is a plain value and safe to copy. Senses is shared by every
// Match of the same term and must not be modified.
type Match struct {
	Start, End int // byte offsets of the span in the text, End exclusive
	// Term is the glossary term matched, as written in the glossary
	// ("mestringskurs" for "mestringskursene", "KiD" for "KiD").
	Term string
	// Senses are the concepts of the term. The slice is shared and
	// read-only: callers must not modify it.
	Senses []taxonomy.Ref
	// Kind and Lang are those of the strongest entry with this form.
	Kind Kind
	Lang taxonomy.Lang // the language of that entry
	// Position says whether the match is a whole Word, the Head of a longer
	// word or a Modifier at its start.
	Position Position
	// Ambiguous is true when two senses share a facet.
	Ambiguous bool
	// Expanded is true for a match built from a hyphen-elided coordination
	// ("pasient- og pårørendeopplæring" gives pasientopplæring).
	Expanded bool
}

// Scan finds every glossary term in text and returns the matches ordered by
// Start, longer matches first. See ScanAppend.
func (g *Glossary) Scan(text string) []Match { return g.ScanAppend(nil, text) }

// ScanAppend appends the matches of every glossary term in text to dst and
// returns the extended slice. It allocates nothing but what growing dst
// needs, so a caller that reuses dst across texts scans without garbage
// (the walks' queues come from a pool, allocated anew only when a garbage
// collection has emptied it).
//
// The scan is one pass of an Aho–Corasick automaton over every form of every
// term, normalising as it reads (case, NFC and NFD å, dashes, quotes, runs of
// white space, soft hyphens), so offsets refer to the original bytes.
//
// Each occurrence is checked against its entry's Positions: "kurs" is found
// as a word and as the head of "diabeteskurs" but not inside "ekskursjon";
// short terms such as "tolk" and "sorg" only as whole words (or, where the
// data allows, as modifiers: "sorggruppe" but not "omsorg"). Stop words
// ("konkurs", "målgruppen", "kulturskolen", "krefter") hide the shorter
// terms inside them.
// Case-sensitive entries (abbreviations such as "LMS", "KiD", "SMIL", "MS")
// must be spelt exactly, so "smil" and "kid" are not reported. A match
// found inside a longer match is still reported, so a caller sees both
// "stressmestringsgruppe" and its modifier "stressmestring".
//
// Hyphen-elided coordinations ("pasient- og pårørendeopplæring",
// "hjerte-, lunge- og kreftpasienter", "KiD-/KiB-kurs") are expanded: the
// head of the last word is lent to each earlier part, and the terms found in
// the expansion are reported with Expanded set.
//
// Entries that share a form are reported as one match with the union of
// their senses, unless their Positions or case rules differ; then each rule
// that accepts the occurrence gives its own match.
//
// The matches of one text are sorted by Start, then by End descending.
func (g *Glossary) ScanAppend(dst []Match, text string) []Match {
	return g.scanAppend(dst, text, nil)
}

// scanAppend is ScanAppend, appending the phrases found to *ph if ph is not
// nil.
func (g *Glossary) scanAppend(dst []Match, text string, ph *[]PhraseMatch) []Match {
	base := len(dst)
	var dash bool
	dst, dash = g.scanText(dst, text, ph)
	orig := len(dst)
	if h := strings.IndexByte(text, '-'); dash || h >= 0 {
		dst = g.expandCoordinations(dst, base, text, h, dash)
	}
	sortMatches(dst[base:orig])
	sortMatches(dst[orig:])
	return mergeTail(dst, base, orig)
}

// mergeTail merges the sorted runs dst[base:orig] and dst[orig:], using
// room at the end of dst as scratch so that steady-state scans do not
// allocate. The second run (the expanded coordinations) is short, so the
// first is moved in blocks, each as far as the number of later matches of
// the second run that go before it.
func mergeTail(dst []Match, base, orig int) []Match {
	n := len(dst)
	lb := n - orig
	if lb == 0 || orig == base || compareMatch(dst[orig-1], dst[orig]) <= 0 {
		return dst
	}
	dst = append(dst, dst[orig:n]...)
	b := dst[n : n+lb]
	hi := orig // dst[base:hi] is not yet in place
	for j := lb - 1; j >= 0; j-- {
		// Matches of the first run after b[j] (ties keep the first run first).
		m := b[j]
		lo := base + sort.Search(hi-base, func(k int) bool { return compareMatch(dst[base+k], m) > 0 })
		copy(dst[lo+j+1:hi+j+1], dst[lo:hi])
		dst[lo+j] = b[j]
		hi = lo
	}
	clear(b)
	return dst[:n]
}

func compareMatch(a, b Match) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return b.End - a.End
}

// The scanner runs four automaton walks at once over neighbouring chunks of
// the text. A walk is a chain of dependent table loads, so independent
// chains keep the processor busier. Accepting states found by the walks are
// queued and reported in text order.
//
// A walk must enter its chunk in the state that one walk over the whole
// text would be in there: the longest prefix of a pattern that the
// normalised text before the chunk ends with. That prefix is almost always
// short, so each walk but the first reads, from the start state and
// reporting nothing, a few bytes before its chunk (the look-back), the
// three look-backs in lockstep before the walks start (enter3); the walks
// then start together at their chunks. The state a walk enters in is
// then usually right, and
// always right if the look-back holds a restart byte (one that occurs in no
// pattern, after which the automaton is in its start state) or normalises
// to at least the longest pattern. Whether it is right is known once the
// walk before has finished the chunk before: the two states are compared,
// and a chunk entered in the wrong state is walked again, sequentially, so
// the walks report exactly what one walk would, whatever the text.
//
// The chunks of a round are about as long, so the walks end together. A
// walk that reaches the end of its chunk before the others keeps its state
// and reads g.idle while they go on; the last one is finished alone.
const (
	chunkSize     = 4096 // bytes per walk and round
	minChunk      = 64   // shorter chunks are not worth four walks
	shortChunk    = 256  // chunks up to this long queue at most shortEvents states
	shortEvents   = 128  // a power of two
	lookBack      = 32   // bytes a walk reads before a chunk of chunkSize
	lookBackShort = 16   // bytes a walk reads before a shorter chunk
	maxEvents     = 1024 // queued accepting states per walk and round; a power of two
	slowBit       = 0x80 // set in Glossary.walkClass for bytes that need slowStep
)

// scanText runs the automaton over text and appends matches in order of
// End. It reports whether it saw a non-ASCII hyphen.
//
// If ph is not nil, the phrases (see WithPhrases) are appended to *ph.
func (g *Glossary) scanText(dst []Match, text string, ph *[]PhraseMatch) ([]Match, bool) {
	if g.walkClass == nil || len(text) < 4*minChunk {
		dst, _, _, dash := g.scanRange(dst, len(dst), text, 0, len(text), 0, ph)
		return dst, dash
	}
	// The queues come from a pool: a new array would be cleared on every
	// call (4 KiB for a short text, 32 KiB for a long one), and the walks
	// write every entry they read.
	ev := eventPool.Get().(*[4 * maxEvents]uint64)
	defer eventPool.Put(ev)
	if len(text) <= 4*shortChunk {
		return g.scanWalks(dst, text, ev[:4*shortEvents], shortEvents, ph)
	}
	return g.scanWalks(dst, text, ev[:], maxEvents, ph)
}

// eventPool holds the walks' queues of accepting states (scanWalks), for
// any glossary.
var eventPool = sync.Pool{New: func() any { return new([4 * maxEvents]uint64) }}

// scanWalks is scanText by interleaved walks, each with q entries of ev
// (a power of two) for its queue.
func (g *Glossary) scanWalks(dst []Match, text string, ev []uint64, q int, ph *[]PhraseMatch) ([]Match, bool) {
	base := len(dst)
	n := len(text)
	var v uint32
	dash, d := false, false
	i := 0
	for {
		rest := n - i
		if rest < 4*minChunk {
			break
		}
		// Each chunk is c bytes long (up to the first ASCII byte after),
		// and walk j > 0 reads back bytes before its chunk first.
		c, back := chunkSize, lookBack
		last := rest < 4*(chunkSize+minChunk)
		if last {
			back = lookBackShort
			c = rest / 4
		}
		var st [5]int   // chunk j is text[st[j]:st[j+1]]
		var from [4]int // walk j reads from from[j]
		st[0], from[0] = i, i
		j := 1
		for ; j < 4; j++ {
			// The first ASCII byte from the nominal start on: no rune
			// crosses into the chunk, nor into the look-back.
			if st[j] = asciiFrom(text, st[j-1]+c); st[j] >= n {
				break
			}
			from[j] = max(asciiFrom(text, st[j]-back), st[j-1])
		}
		if j < 4 {
			break
		}
		st[4] = min(st[3]+c, n)
		if last {
			st[4] = n
		}
		dst, v, i, d = g.round(dst, base, text, &st, &from, v, ev, q, ph)
		dash = dash || d
	}
	dst, _, _, d = g.scanRange(dst, base, text, i, n, v, ph)
	return dst, dash || d
}

// asciiFrom returns the index of the first ASCII byte of text at or after
// i, or len(text).
func asciiFrom(text string, i int) int {
	for i < len(text) && text[i] >= utf8.RuneSelf {
		i++
	}
	return i
}

// round runs four walks over text[st[j]:st[j+1]], the first from state v,
// the others reading from from[j], and appends their matches in order. It
// returns the state and index where the last walk stopped and whether a
// walk saw a non-ASCII hyphen.
//
// The walks report a state as they leave it: automaton.LeaveBit on a
// transition says the state left was accepting and mayMatch holds for the
// byte read, so only states that can match are queued. scanRange, which
// finishes each chunk, reports states as it reaches them; at each hand-over
// a state is reported once.
func (g *Glossary) round(dst []Match, base int, text string, st *[5]int, from *[4]int, v uint32,
	ev []uint64, q int, ph *[]PhraseMatch) ([]Match, uint32, int, bool) {
	cls := g.walkClass
	class, trans := g.ac.Tables()
	// walk4's loads are unchecked: every index stays below the end of a
	// chunk (so within text) or of g.idle, and every state value plus a
	// class is a valid index of trans, since trans maps each state's row to
	// a state's row.
	tp := unsafe.Pointer(unsafe.StringData(text))
	tr := unsafe.Pointer(unsafe.SliceData(trans))
	idle := unsafe.Pointer(unsafe.StringData(g.idle))
	e := unsafe.Pointer(unsafe.SliceData(ev))
	_ = ev[4*q-1]
	const flags = automaton.AcceptBit | automaton.MarkBit | automaton.LeaveBit | automaton.ApartBit
	var (
		i     [4]int
		vs    [4]uint32
		o     [4]int  // walk j's next queue entry is at byte offset o[j] of ev
		top   [4]int  // walk j's queue can take a run's states while o[j]>>3 < top[j]
		quiet [4]bool // the walk's state was reported already or is a dropped rune's
	)
	// Walk 0 goes on from v, which was reported when it was reached; each
	// other walk reads its look-back alone and enters its chunk in the
	// state it ends in, whose report is the walk before's.
	i[0], vs[0], quiet[0] = st[0], v&^flags, true
	entry, dash := g.enter3(text, from, st)
	for j := 1; j < 4; j++ {
		i[j], vs[j], quiet[j] = st[j], entry[j]&^flags, true
	}
	for j := range 4 {
		o[j], top[j] = 8*j*q, (j+1)*q-2
	}
	for {
		live, L, blocked := 0, q-2, false // each step queues at most one state per walk
		for j := range 4 {
			if i[j] >= st[j+1] {
				continue
			}
			if quiet[j] && cls[text[i[j]]]&slowBit == 0 {
				// Step past a state that must not be reported on leaving.
				vs[j] = trans[int(vs[j]>>automaton.FlagBits)+int(cls[text[i[j]]])]
				i[j]++
				quiet[j] = false
				if i[j] >= st[j+1] {
					continue
				}
			}
			live++
			L = min(L, st[j+1]-i[j], top[j]-o[j]>>3)
			blocked = blocked || quiet[j] // at a slow byte after a dropped rune
		}
		if live < 2 || live < 4 && g.idle == "" || L <= 0 {
			break // one walk left, or a queue full
		}
		if live < 4 {
			L = min(L, len(g.idle))
		}
		if !blocked {
			// Each walk reads from the byte it is at for up to L steps; a
			// queued state holds its step for now. A walk at its end
			// reads g.idle, which leaves it in the start state and queues
			// nothing. (No pointer is formed past the end of text or
			// g.idle.)
			var p [4]unsafe.Pointer
			var w [4]uint32
			var m [4]int
			for j := range 4 {
				p[j], w[j], m[j] = idle, 0, o[j]
				if i[j] < st[j+1] {
					p[j], w[j] = unsafe.Add(tp, i[j]), vs[j]
				}
			}
			var k int
			k, w[0], w[1], w[2], w[3], o[0], o[1], o[2], o[3] = walk4(cls, tr, e, p[0], p[1], p[2], p[3],
				L, w[0], w[1], w[2], w[3], o[0], o[1], o[2], o[3])
			for j := range 4 {
				if i[j] >= st[j+1] {
					continue
				}
				vs[j] = w[j]
				if o[j] != m[j] {
					// Turn the steps of the queued states into indexes: a
					// state is reported at the byte that left it.
					fix(ev[m[j]>>3:o[j]>>3], i[j])
				}
				i[j] += k
			}
			if k == L {
				continue // a whole run
			}
		}
		// Some walk is at a byte that needs decoding.
		for j := range 4 {
			if i[j] >= st[j+1] || cls[text[i[j]]]&slowBit == 0 {
				continue
			}
			// Leaving on a non-ASCII byte: mayMatch holds.
			ev[o[j]>>3] = uint64(i[j])<<32 | uint64(vs[j])
			o[j] += 8 * (int(vs[j]&automaton.AcceptBit) / automaton.AcceptBit)
			r, _ := utf8.DecodeRuneInString(text[i[j]:])
			var d bool
			vs[j], i[j], d = slowStep(class, trans, text, i[j], vs[j])
			dash = dash || d
			quiet[j] = foldRune(r) == dropRune
		}
	}
	var n [4]int
	for j := range 4 {
		n[j] = o[j]>>3 - j*q
		// The state each walk stopped in has not been reported yet.
		if vs[j]&automaton.AcceptBit != 0 && !quiet[j] && mayMatch(text, i[j], vs[j]) {
			ev[j*q+n[j]] = uint64(i[j])<<32 | uint64(vs[j])
			n[j]++
		}
	}
	// Each walk's queue, then the rest of its chunk; the calls are left
	// out when there is nothing to report or walk (a listing's round has
	// four of each).
	var d bool
	if ph != nil && n[0] > 0 {
		n[0] = g.addPhrases(ph, ev[:n[0]])
	}
	if n[0] > 0 {
		dst = g.flush(dst, base, text, ev[:n[0]])
	}
	v, last := vs[0], i[0]
	if last < st[1] {
		dst, v, last, d = g.scanRange(dst, base, text, i[0], st[1], vs[0], ph)
		dash = dash || d
	}
	for j := 1; j < 4; j++ {
		if v>>automaton.FlagBits == entry[j]>>automaton.FlagBits {
			if ph != nil && n[j] > 0 {
				n[j] = g.addPhrases(ph, ev[j*q:j*q+n[j]])
			}
			if n[j] > 0 {
				dst = g.flush(dst, base, text, ev[j*q:j*q+n[j]])
			}
			v, last, d = vs[j], i[j], false
			if last < st[j+1] {
				dst, v, last, d = g.scanRange(dst, base, text, i[j], st[j+1], vs[j], ph)
			}
		} else {
			// The walk entered its chunk in another state than the text
			// is in there: walk the chunk again.
			dst, v, last, d = g.scanRange(dst, base, text, st[j], st[j+1], v, ph)
		}
		dash = dash || d
	}
	return dst, v, last, dash
}

// enter3 runs the automaton over the look-backs of walks 1 to 3,
// text[from[j]:st[j]], each from the start state, reporting nothing. It
// returns the states the walks enter their chunks in and whether it saw a
// non-ASCII hyphen. The three walks go in lockstep while they can.
func (g *Glossary) enter3(text string, from *[4]int, st *[5]int) ([4]uint32, bool) {
	_, trans := g.ac.Tables()
	a, b, c := from[1], from[2], from[3]
	n := min(st[1]-a, st[2]-b, st[3]-c)
	tp := unsafe.Pointer(unsafe.StringData(text))
	// a+k, b+k and c+k stay below st[1], st[2] and st[3], within text.
	k, v1, v2, v3 := walk3(g.walkClass, unsafe.Pointer(unsafe.SliceData(trans)),
		unsafe.Add(tp, a), unsafe.Add(tp, b), unsafe.Add(tp, c), n)
	var e [4]uint32
	var d1, d2, d3 bool
	e[1], d1 = g.enter(text, a+k, st[1], v1)
	e[2], d2 = g.enter(text, b+k, st[2], v2)
	e[3], d3 = g.enter(text, c+k, st[3], v3)
	return e, d1 || d2 || d3
}

// walk3 runs three walks from the start state in lockstep over the bytes
// at p1+k, p2+k and p3+k for k from 0 up to n-1, until a byte needs
// slowStep, reporting nothing. It returns the k where it stopped and the
// states. Its loads are unchecked, as walk4's; kept out of line, its loop
// has the registers to itself.
//
//go:noinline
func walk3(class *[256]uint8, tr, p1, p2, p3 unsafe.Pointer, n int) (k int, v1, v2, v3 uint32) {
	cls := *class // on the stack: one register fewer in the loop
	for ; k < n; k++ {
		c1 := cls[*(*byte)(unsafe.Add(p1, k))]
		c2 := cls[*(*byte)(unsafe.Add(p2, k))]
		c3 := cls[*(*byte)(unsafe.Add(p3, k))]
		if (c1|c2|c3)&slowBit != 0 {
			break
		}
		v1 = *(*uint32)(unsafe.Add(tr, uintptr(v1>>automaton.FlagBits+uint32(c1))*4))
		v2 = *(*uint32)(unsafe.Add(tr, uintptr(v2>>automaton.FlagBits+uint32(c2))*4))
		v3 = *(*uint32)(unsafe.Add(tr, uintptr(v3>>automaton.FlagBits+uint32(c3))*4))
	}
	return k, v1, v2, v3
}

// enter runs the automaton from state v over text[from:to], reporting
// nothing, and returns the state it ends in and whether it saw a
// non-ASCII hyphen.
func (g *Glossary) enter(text string, from, to int, v uint32) (uint32, bool) {
	class, trans := g.ac.Tables()
	slow := g.slow
	dash, d := false, false
	for i := from; i < to; {
		if c := text[i]; slow[c] == 0 {
			v = trans[int(v>>automaton.FlagBits)+int(class[c])]
			i++
			continue
		}
		v, i, d = slowStep(class, trans, text, i, v)
		dash = dash || d
	}
	return v, dash
}

// walk4 steps four walks in lockstep over the bytes at p0+k, p1+k, p2+k
// and p3+k for k from 0 up to n-1, until a byte needs slowStep. Walk j
// queues each state it leaves with LeaveBit set, with its k, at byte offset
// oj of e, which then advances. It returns the k where it stopped, the
// states and the offsets.
func walk4(class *[256]uint8, tr, e unsafe.Pointer, p0, p1, p2, p3 unsafe.Pointer,
	n int, v0, v1, v2, v3 uint32, o0, o1, o2, o3 int) (int, uint32, uint32, uint32, uint32, int, int, int, int) {
	cls := *class // on the stack: one register fewer in the loop
	k := 0
	for ; k < n; k++ {
		c0 := cls[*(*byte)(unsafe.Add(p0, k))]
		c1 := cls[*(*byte)(unsafe.Add(p1, k))]
		c2 := cls[*(*byte)(unsafe.Add(p2, k))]
		c3 := cls[*(*byte)(unsafe.Add(p3, k))]
		if (c0|c1|c2|c3)&slowBit != 0 {
			break
		}
		t0 := *(*uint32)(unsafe.Add(tr, uintptr(v0>>automaton.FlagBits+uint32(c0))*4))
		t1 := *(*uint32)(unsafe.Add(tr, uintptr(v1>>automaton.FlagBits+uint32(c1))*4))
		t2 := *(*uint32)(unsafe.Add(tr, uintptr(v2>>automaton.FlagBits+uint32(c2))*4))
		t3 := *(*uint32)(unsafe.Add(tr, uintptr(v3>>automaton.FlagBits+uint32(c3))*4))
		// Queue every state left without a branch; only those worth
		// reporting count.
		kk := uint64(k) << 32
		*(*uint64)(unsafe.Add(e, o0)) = kk | uint64(v0)
		o0 += int(t0&automaton.LeaveBit) * 8
		*(*uint64)(unsafe.Add(e, o1)) = kk | uint64(v1)
		o1 += int(t1&automaton.LeaveBit) * 8
		*(*uint64)(unsafe.Add(e, o2)) = kk | uint64(v2)
		o2 += int(t2&automaton.LeaveBit) * 8
		*(*uint64)(unsafe.Add(e, o3)) = kk | uint64(v3)
		o3 += int(t3&automaton.LeaveBit) * 8
		v0, v1, v2, v3 = t0, t1, t2, t3
	}
	return k, v0, v1, v2, v3, o0, o1, o2, o3
}

// fix turns the steps of queued states into indexes: off plus the step.
func fix(evs []uint64, off int) {
	for i, e := range evs {
		evs[i] = uint64(uint32(e>>32)+uint32(off))<<32 | e&0xFFFFFFFF
	}
}

// mayMatch filters an accepting state v reached at byte i of text: inside
// a word only terms that may be modifiers (or stop words) can match. The
// sequential loop uses it to skip calls to emit, which checks the same.
func mayMatch(text string, i int, v uint32) bool {
	return v&automaton.MarkBit != 0 || i >= len(text) || text[i] >= utf8.RuneSelf || !wordByte[text[i]]
}

// slowStep feeds the non-ASCII rune (or invalid byte) at text[i] to the
// automaton in state v. It returns the new state, the index after the rune
// and whether the rune was a non-ASCII hyphen.
func slowStep(class *[256]uint8, trans []uint32, text string, i int, v uint32) (uint32, int, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	i += size
	f := foldRune(r)
	switch {
	case f == dropRune:
		return v &^ (automaton.AcceptBit | automaton.MarkBit | automaton.ApartBit), i, false
	case r == utf8.RuneError && size == 1:
		return trans[int(v>>automaton.FlagBits)+int(class[0xFF])], i, false
	case f < utf8.RuneSelf:
		return trans[int(v>>automaton.FlagBits)+int(class[byte(f)])], i, f == '-'
	}
	var buf [utf8.UTFMax]byte
	k := utf8.EncodeRune(buf[:], f)
	for j := 0; j < k; j++ {
		v = trans[int(v>>automaton.FlagBits)+int(class[buf[j]])]
	}
	return v, i, false
}

// scanRange runs the automaton from state v over text[from:to] (finishing
// a rune that crosses to) and appends matches in order of End. It returns
// the state and index where it stopped and whether it saw a non-ASCII
// hyphen. to is at most len(text).
func (g *Glossary) scanRange(dst []Match, base int, text string, from, to int, v uint32, ph *[]PhraseMatch) ([]Match, uint32, int, bool) {
	class, trans := g.ac.Tables()
	slow, cls := g.slow, g.walkClass
	dash, d := false, false
	i := from
	for i < to {
		var hit bool
		if cls != nil {
			i, v, hit = walkTo(cls, trans, text, i, to, v)
		} else {
			i, v, hit = stepTo(class, trans, slow, text, i, to, v)
		}
		if hit {
			dst = g.emit(dst, base, text, v, i, ph)
			continue
		}
		if i >= to {
			break
		}
		v, i, d = slowStep(class, trans, text, i, v)
		dash = dash || d
		if v&automaton.AcceptBit != 0 {
			dst = g.emit(dst, base, text, v, i, ph)
		}
	}
	return dst, v, i, dash
}

// walkTo is stepTo for a glossary with walkClass (the automaton's classes
// with slowBit on the bytes to decode), so that a byte costs one class
// load, and with unchecked loads: i <= to <= len(text), and every state
// value plus a class is a valid index of trans (see round).
//
//go:noinline
func walkTo(cls *[256]uint8, trans []uint32, text string, i, to int, v uint32) (int, uint32, bool) {
	tp := unsafe.Pointer(unsafe.StringData(text))
	tr := unsafe.Pointer(unsafe.SliceData(trans))
	cp := unsafe.Pointer(cls)
	for i < to {
		c := *(*uint8)(unsafe.Add(cp, *(*byte)(unsafe.Add(tp, i))))
		if c&slowBit != 0 {
			break
		}
		i++
		v = *(*uint32)(unsafe.Add(tr, uintptr(v>>automaton.FlagBits+uint32(c))*4))
		if v&automaton.AcceptBit != 0 && mayMatch(text, i, v) {
			return i, v, true
		}
	}
	return i, v, false
}

// stepTo runs the automaton from state v over text[i:to] until it enters
// a state to report (accepting, and mayMatch holds) or reaches a byte that
// needs slowStep. It returns the index after the last byte read, the state
// and whether it stopped at a state to report. Kept out of line, its loop
// calls nothing and keeps its values in registers.
//
//go:noinline
func stepTo(class *[256]uint8, trans []uint32, slow *[256]uint8, text string, i, to int, v uint32) (int, uint32, bool) {
	for i < to {
		c := text[i]
		if slow[c] != 0 {
			break
		}
		v = trans[int(v>>automaton.FlagBits)+int(class[c])]
		i++
		if v&automaton.AcceptBit != 0 && mayMatch(text, i, v) {
			return i, v, true
		}
	}
	return i, v, false
}

// flush reports the queued accepting states of one walk, in order. An
// entry holds the index after the state's byte in its high half, and the
// state is one to report there (mayMatch holds).
//
// flushRun reports the common outputs; flushEvent, with every rule, the
// output flushRun stopped at and the rest of its state. On the real
// listings about four outputs in five are common.
func (g *Glossary) flush(dst []Match, base int, text string, evs []uint64) []Match {
	for len(evs) > 0 {
		var k, oi int
		if dst, k, oi = g.flushRun(dst, base, text, evs); k == len(evs) {
			break
		}
		dst = g.flushEvent(dst, base, text, evs[k], oi)
		evs = evs[k+1:]
	}
	return dst
}

// flushRun reports the queued states evs in order for as long as every
// output is of the common kind: a pattern of one variant, not
// case-sensitive, not a stop word, spelled byte for byte (up to ASCII
// case) in the text before the state's end (which has eight bytes before
// it for each eight of the pattern's, or part), with ASCII neighbours that
// are not hyphens, and with no earlier Modifier match at its start of a
// term as long as its own (which it might have to drop:
// dropInflectedPrefix), and while dst has room. It returns where it
// stopped: at output oi of evs[k] (k is len(evs) if it reported all),
// which it has not read. Its loops call nothing (a function call in
// them, even one seldom taken, makes Go store and reload their values
// around it), and it reads the tables' pointers where it uses them:
// either way more values held across the loops cost more reloads.
//
//go:noinline
func (g *Glossary) flushRun(dst []Match, base int, text string, evs []uint64) ([]Match, int, int) {
	// Unchecked loads, as flushEvent's; the tables' pointers are read
	// where they are used, which leaves more registers to the loops.
	tp := unsafe.Pointer(unsafe.StringData(text))
	for k, e := range evs {
		end, v := int(e>>32), uint32(e)
		lo, hi := g.ac.OutputRange(v)
		var rightGlued bool
		if end < len(text) {
			c := text[end]
			if c >= utf8.RuneSelf {
				return dst, k, lo
			}
			rightGlued = wordByte[c]
		}
		for oi := lo; oi < hi; oi++ {
			o := (*outRec)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(g.outRecs)), uintptr(oi)*unsafe.Sizeof(outRec{})))
			if rightGlued && o.allow&Modifier == 0 && !o.stop {
				continue
			}
			if !o.fast || end < 8*int(o.nw) {
				return dst, k, oi
			}
			// spelledAt, the first two words inline; the last word's
			// bytes are its top ones, which the shift keeps.
			d := swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-8))) ^ o.w0
			if o.nw == 1 {
				d >>= o.shift & 63
			} else {
				d1 := swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-16))) ^ o.w1
				if o.nw == 2 {
					d1 >>= o.shift & 63
				}
				d |= d1
			}
			if d != 0 {
				return dst, k, oi
			}
			if o.nw > 2 {
				p := &g.pats[o.pat]
				last := len(p.words) - 1
				for i := 2; i <= last; i++ {
					d := swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-8*(i+1)))) ^ p.words[i]
					if i == last {
						d &= p.mask
					}
					if d != 0 {
						return dst, k, oi
					}
				}
			}
			start := end - int(o.n)
			l, r := nearByte(text, start-1), nearByte(text, end)
			if l|r >= nearOther {
				return dst, k, oi
			}
			var pos Position
			switch {
			case l == nearWord && r == nearWord:
				continue
			case l == nearWord:
				pos = Head
			case r == nearWord:
				pos = Modifier
			default:
				pos = Word
			}
			if o.allow&pos == 0 {
				continue
			}
			tmpl := (*Match)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(g.flatMatch)), uintptr(o.vfirst)*unsafe.Sizeof(Match{})))
			if pos != Modifier {
				// An earlier Modifier match of the term at start is this
				// word's base form, to drop (dropInflectedPrefix): left to
				// flushEvent, as is a term of the same length elsewhere.
				for j := len(dst) - 1; j >= base && dst[j].End > start; j-- {
					if dst[j].Start == start && dst[j].Position == Modifier && len(dst[j].Term) == len(tmpl.Term) {
						return dst, k, oi
					}
				}
			}
			if len(dst) == cap(dst) {
				return dst, k, oi
			}
			dst = dst[:len(dst)+1]
			m := &dst[len(dst)-1]
			*m = *tmpl
			m.Start, m.End, m.Position = start, end, pos
		}
	}
	return dst, len(evs), 0
}

// flushEvent reports the queued accepting state e from its output oi on,
// by every rule.
func (g *Glossary) flushEvent(dst []Match, base int, text string, e uint64, oi int) []Match {
	// Locals: stores to dst could alias g's fields for all the compiler knows.
	// Their loads are unchecked: the automaton's output ranges index
	// outRecs, and a record's variants flatMatch and flatMeta (compile
	// builds them so).
	orp := unsafe.Pointer(unsafe.SliceData(g.outRecs))
	fmp := unsafe.Pointer(unsafe.SliceData(g.flatMatch))
	fmm := unsafe.Pointer(unsafe.SliceData(g.flatMeta))
	tp := unsafe.Pointer(unsafe.StringData(text))
	end, v := int(e>>32), uint32(e)
	// Whether the word goes on after end decides most candidates cheaply.
	var rightGlued bool
	if end < len(text) && text[end] < utf8.RuneSelf {
		rightGlued = wordByte[text[end]]
	} else {
		r, _ := nextRune(text, end)
		rightGlued = r >= 0 && isWordRune(r)
	}
	// A stop word hides the shorter matches inside it; stopAt is its start.
	stopAt, stopLen := end, 0
	_, hi := g.ac.OutputRange(v)
	for ; oi < hi; oi++ {
		o := (*outRec)(unsafe.Add(orp, uintptr(oi)*unsafe.Sizeof(outRec{})))
		if rightGlued && o.allow&Modifier == 0 && !o.stop {
			continue
		}
		start, ok := end-int(o.n), false
		if o.nw > 0 && end >= 8*int(o.nw) {
			// spelledAt, with its first two words inlined.
			mask0, mask1 := o.masks()
			ok = (swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-8)))^o.w0)&mask0 == 0
			if ok && o.nw > 1 {
				ok = (swar.LowerASCII(swar.Load64(unsafe.Add(tp, end-16)))^o.w1)&mask1 == 0 &&
					(o.nw == 2 || spelledAt(text, end, &g.pats[o.pat]))
			}
		}
		if !ok {
			start, ok = startOf(text, end, g.pats[o.pat].text)
		}
		if !ok || start >= stopAt && end-start < stopLen {
			continue
		}
		if o.stop {
			if !wordStart(text, start) {
				continue
			}
			stopAt, stopLen = start, end-start
			dst = hideInside(dst, base, start, stopLen)
			continue
		}
		var pos Position
		var glued bool
		if l, r := nearByte(text, start-1), nearByte(text, end); l|r < nearOther {
			// Both neighbours are ASCII and not hyphens: position's answer
			// without decoding.
			switch {
			case l == nearWord && r == nearWord:
				continue
			case l == nearWord:
				pos, glued = Head, true
			case r == nearWord:
				pos, glued = Modifier, true
			default:
				pos = Word
			}
		} else if pos, glued, ok = position(text, start, end); !ok {
			continue
		}
		for vi := o.vfirst; vi < o.vfirst+int32(o.vn); vi++ {
			// A pattern's only variant has the pattern's positions.
			meta := (*variantMeta)(unsafe.Add(fmm, uintptr(vi)*unsafe.Sizeof(variantMeta{})))
			vpos, vcs := o.allow, meta.cs
			if o.vn > 1 {
				vpos = meta.pos
			}
			if glued {
				if vpos&pos == 0 {
					continue
				}
			} else if vpos&(pos|Word) == 0 {
				continue
			}
			if vcs && !slices.Contains(g.variants[meta.raw].raw, text[start:end]) {
				continue
			}
			tmpl := (*Match)(unsafe.Add(fmp, uintptr(vi)*unsafe.Sizeof(Match{})))
			if pos != Modifier && len(dst) > base && dst[len(dst)-1].End > start {
				dst = dropInflectedPrefix(dst, base, start, tmpl.Term)
			}
			if len(dst) == cap(dst) {
				dst = slices.Grow(dst, 1)
			}
			dst = dst[:len(dst)+1]
			m := &dst[len(dst)-1]
			*m = *tmpl // copied in place, not through a temporary
			m.Start, m.End, m.Position = start, end, pos
		}
	}
	return dst
}

// emit appends the matches of the patterns ending in state v at byte end.
// If ph is not nil, the phrases ending there are appended to *ph.
func (g *Glossary) emit(dst []Match, base int, text string, v uint32, end int, ph *[]PhraseMatch) []Match {
	ev := [1]uint64{uint64(end)<<32 | uint64(v)}
	if ph != nil && v&automaton.ApartBit != 0 && g.addPhrases(ph, ev[:]) == 0 || !mayMatch(text, end, v) {
		return dst
	}
	return g.flush(dst, base, text, ev[:])
}

// addPhrases appends to *ph the phrases (see WithPhrases) that end in the
// queued states evs, in order: the automaton keeps them apart from the
// terms, which flush reads. It drops from evs the states where only
// phrases end, which flush would pass over, and returns how many are
// left.
func (g *Glossary) addPhrases(ph *[]PhraseMatch, evs []uint64) int {
	out := *ph
	w := 0
	for _, e := range evs {
		if e&automaton.ApartBit != 0 {
			lo, hi, alo, ahi := g.ac.Ranges(uint32(e))
			for _, p := range g.phraseOf[alo:ahi] {
				out = append(out, PhraseMatch{Phrase: int(p), End: int(e >> 32)})
			}
			if lo == hi {
				continue
			}
		}
		evs[w] = e
		w++
	}
	*ph = out
	return w
}

// hideInside removes the matches of dst[base:] that lie inside a stop word
// of length n at start and are shorter than it ("kreft" in "krefter").
func hideInside(dst []Match, base, start, n int) []Match {
	k := len(dst)
	for k > base && dst[k-1].End > start {
		k--
	}
	w := k
	for j := k; j < len(dst); j++ {
		if m := dst[j]; m.Start < start || m.End-m.Start >= n {
			dst[w] = m
			w++
		}
	}
	return dst[:w]
}
