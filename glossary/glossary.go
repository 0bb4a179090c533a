package glossary

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/internal/automaton"
	"github.com/lmhkit/lmhkit/taxonomy"
	"golang.org/x/text/unicode/norm"
)

// Glossary is a set of terms with their senses, compiled for lookup, search
// and scanning. Build one with New, or use the embedded one from Default.
//
// A Glossary is immutable after it is built and safe for concurrent use by
// any number of goroutines; nothing it returns aliases its internals except
// Match.Senses, which is shared and read-only.
type Glossary struct {
	entries []Entry
	forms   map[string][]int32 // normalised form → entries having it
	byRef   map[taxonomy.Ref][]int32

	ac      *automaton.Automaton
	pats    []pattern
	outRecs []outRec // what the scanner needs of each entry of ac.AllOutputs
	// phraseOf holds the phrase (WithPhrases) of each entry of
	// ac.AllApart: the phrases are the automaton's Apart patterns.
	phraseOf []int32
	// The variants of the patterns, pattern after pattern: the Match each
	// reports (64 bytes, a cache line) and, apart from it, what flush
	// checks before reporting. A pattern with one variant keeps that
	// variant's checks in its outRec, so deciding on it reads no variant.
	flatMatch []Match
	flatMeta  []variantMeta
	patVar    []int32 // variant indexes of the patterns, flattened
	hot       []hotVariant
	variants  []variant
	nforms    int
	nterms    int // pats[:nterms] are forms and stop words; the rest are phrases
	search    []searchKey
	slow      *[256]uint8 // 1 for bytes the scanner must decode and fold rune by rune
	// walkClass is the automaton's byte class with slowBit set for the
	// bytes in slow; nil if the classes do not leave that bit free.
	walkClass *[256]uint8
	// idle is a restart byte repeated, for a walk that has finished its
	// chunk to read while the others go on; "" if there is none.
	idle string
}

// pattern is one string in the automaton.
type pattern struct {
	text   string   // the normalised bytes the automaton matches (NFC or NFD)
	vfirst int32    // its variants are hot[patVar[vfirst:vfirst+vn]]
	vn     int32    //
	allow  Position // union of the variants' positions
	stop   bool     // a stop word: suppresses shorter matches inside it
	flat   int32    // its variants are flatMatch[flat:flat+vn] and flatMeta's
	// words holds text eight bytes at a time from its end, little-endian:
	// words[i] is text[len-8(i+1):len-8i], zero-padded before the start;
	// mask covers the bytes of the last word that are in text.
	words []uint64
	mask  uint64
}

// outRec is what the scanner reads of a pattern ending in a state, stored in
// parallel with the automaton's output lists so that the patterns of one
// state lie together in memory. It takes 32 bytes, half a cache line.
type outRec struct {
	w0     uint64 // pattern.words[0]
	w1     uint64 // pattern.words[1], if any
	pat    int32  // index into Glossary.pats
	vfirst int32  // the variants are flatMatch[vfirst:vfirst+vn] and flatMeta's
	n      uint16 // length of the pattern text
	fast   bool   // one variant, not case-sensitive, not a stop word, some words (flushRun)
	vn     uint8
	nw     uint8 // len(pattern.words)
	allow  Position
	stop   bool
	shift  uint8 // pattern.mask is ^uint64(0) << shift
}

// masks returns the masks for w0 and w1: pattern.mask for the last word
// of the pattern, all ones for a word before it.
func (o *outRec) masks() (mask0, mask1 uint64) {
	last := ^uint64(0) << (o.shift & 63)
	mask0, mask1 = ^uint64(0), ^uint64(0)
	switch o.nw {
	case 1:
		mask0 = last
	case 2:
		mask1 = last
	}
	return mask0, mask1
}

// variantMeta is what flush checks of a variant before reporting it.
type variantMeta struct {
	pos Position
	cs  bool
	raw int32 // index into variants, for the exact spellings when cs
}

// hotVariant is a variant as the scanner reports it: build gathers them
// per pattern and lays them out as Glossary.flatMatch and flatMeta.
type hotVariant struct {
	match Match // the fields every match of this variant shares
	pos   Position
	cs    bool
	raw   int32 // index into variants, for the exact spellings when cs
}

// variant is a normalised form together with one matching policy.
type variant struct {
	term      string
	kind      Kind
	lang      taxonomy.Lang
	senses    []taxonomy.Ref // shared with every Match; never modified
	pos       Position
	cs        bool
	raw       []string // exact spellings accepted when cs
	ambiguous bool
	entry     int32
}

var (
	defaultOnce sync.Once
	defaultG    *Glossary
)

// Default returns the embedded glossary (data/terms.json). It is built on
// first use and shared; it is read-only and safe for concurrent use.
func Default() *Glossary {
	defaultOnce.Do(func() {
		g, err := New()
		if err != nil {
			// The embedded data is checked by the package's tests.
			panic(fmt.Sprintf("glossary: embedded data is invalid: %v", err))
		}
		defaultG = g
	})
	return defaultG
}

// New builds a glossary from the embedded entries plus extra, a user's
// local terms. An extra entry may add a new term or new senses to an
// existing one. An invalid extra entry gives an *EntryError naming the
// entry's index, its term, the field and the problem.
func New(extra ...Entry) (*Glossary, error) {
	base, stops, err := embedded()
	if err != nil {
		return nil, err
	}
	for i, e := range extra {
		if err := e.validate(i); err != nil {
			return nil, err
		}
	}
	all := make([]Entry, 0, len(base)+len(extra))
	all = append(all, base...)
	for _, e := range extra {
		all = append(all, e.clone())
	}
	return build(all, stops)
}

// policyKey groups entries that share a normalised form and a policy.
type policyKey struct {
	form string
	pos  Position
	cs   bool
}

func build(entries []Entry, stops []string) (*Glossary, error) {
	g := &Glossary{
		entries: entries,
		forms:   make(map[string][]int32),
		byRef:   make(map[taxonomy.Ref][]int32),
	}
	variantOf := make(map[policyKey]int32)
	var formOrder []string
	formVariants := make(map[string][]int32)
	for i, e := range entries {
		ei := int32(i)
		for _, s := range e.Senses {
			g.byRef[s] = append(g.byRef[s], ei)
		}
		for _, f := range e.Inflect() {
			n := Normalize(f)
			if n == "" {
				return nil, fmt.Errorf("glossary: entry %q has an empty form", e.Term)
			}
			if !slices.Contains(g.forms[n], ei) {
				g.forms[n] = append(g.forms[n], ei)
			}
			k := policyKey{form: n, pos: e.AllowedPositions(), cs: e.CaseSensitive}
			vi, ok := variantOf[k]
			if !ok {
				vi = int32(len(g.variants))
				variantOf[k] = vi
				g.variants = append(g.variants, variant{
					term: e.Term, kind: e.Kind, lang: e.Lang, pos: k.pos, cs: k.cs, entry: ei,
				})
				if len(formVariants[n]) == 0 {
					formOrder = append(formOrder, n)
				}
				formVariants[n] = append(formVariants[n], vi)
			}
			v := &g.variants[vi]
			if e.Kind < v.kind {
				v.term, v.kind, v.lang, v.entry = e.Term, e.Kind, e.Lang, ei
			}
			for _, s := range e.Senses {
				if !slices.Contains(v.senses, s) {
					v.senses = append(v.senses, s)
				}
			}
			if k.cs && !slices.Contains(v.raw, f) {
				v.raw = append(v.raw, f)
			}
		}
	}
	packVariants(g.variants)
	for i := range g.variants {
		v := &g.variants[i]
		v.ambiguous = ambiguous(v.senses)
		g.hot = append(g.hot, hotVariant{
			match: Match{Term: v.term, Senses: v.senses, Kind: v.kind, Lang: v.lang, Ambiguous: v.ambiguous},
			pos:   v.pos, cs: v.cs, raw: int32(i),
		})
	}
	g.nforms = len(formOrder)
	addPattern := func(text string, p pattern) {
		p.text = text
		g.pats = append(g.pats, p)
		if d := norm.NFD.String(text); d != text {
			p.text = d
			g.pats = append(g.pats, p)
		}
	}
	for _, n := range formOrder {
		vs := formVariants[n]
		p := pattern{vfirst: int32(len(g.patVar)), vn: int32(len(vs))}
		g.patVar = append(g.patVar, vs...)
		for _, vi := range vs {
			p.allow |= g.variants[vi].pos
		}
		addPattern(n, p)
	}
	for _, s := range stops {
		addPattern(Normalize(s), pattern{stop: true})
	}
	for i := range g.pats {
		p := &g.pats[i]
		p.words, p.mask = patternWords(p.text)
		p.flat = int32(len(g.flatMatch))
		for _, vi := range g.patVar[p.vfirst : p.vfirst+p.vn] {
			h := g.hot[vi]
			g.flatMatch = append(g.flatMatch, h.match)
			g.flatMeta = append(g.flatMeta, variantMeta{pos: h.pos, cs: h.cs, raw: h.raw})
		}
	}
	g.nterms = len(g.pats)
	if err := g.compile(); err != nil {
		return nil, err
	}
	g.buildSearch()
	return g, nil
}

// compile builds the automaton over g.pats and the tables the scanner
// reads beside it.
func (g *Glossary) compile() error {
	texts := make([]string, len(g.pats))
	for i := range g.pats {
		texts[i] = g.pats[i].text
	}
	var opt automaton.Options
	for c := 'A'; c <= 'Z'; c++ {
		opt.Alias[c] = byte(c - 'A' + 'a')
	}
	for _, c := range "\t\n\v\f\r" {
		opt.Alias[c] = ' '
	}
	opt.Collapse = ' '
	for c := range utf8.RuneSelf {
		opt.Glued[c] = wordByte[c]
	}
	g.slow = latin1Aliases(texts, &opt.Alias)
	// Norwegian letters by frequency in running text, space second.
	opt.Frequent = " ernstialokdgmvfupbhj\xc3\xa5\xb8\xa6y-c"
	for i, p := range g.pats {
		if p.stop || p.allow&Modifier != 0 || i >= g.nterms {
			opt.Marked = append(opt.Marked, int32(i))
		}
		if i >= g.nterms {
			opt.Apart = append(opt.Apart, int32(i))
		}
	}
	ac, err := automaton.Build(texts, opt)
	if err != nil {
		return fmt.Errorf("glossary: %w", err)
	}
	g.ac = ac
	g.outRecs = make([]outRec, 0, len(ac.AllOutputs()))
	for _, p := range ac.AllOutputs() {
		pat := &g.pats[p]
		r := outRec{
			w0: pat.words[0], pat: p, vfirst: pat.flat,
			n: uint16(len(pat.text)), vn: uint8(pat.vn), nw: uint8(len(pat.words)),
			allow: pat.allow, stop: pat.stop,
		}
		if len(pat.words) > 1 {
			r.w1 = pat.words[1]
		}
		if k := len(pat.text) % 8; k != 0 {
			r.shift = uint8(8 * (8 - k))
		}
		r.fast = pat.vn == 1 && !g.flatMeta[r.vfirst].cs && !pat.stop && r.nw > 0
		if pat.vn > 255 || len(pat.words) > 255 { // and so len(pat.text) < 2048
			return fmt.Errorf("glossary: form %q has too many variants or bytes", pat.text)
		}
		g.outRecs = append(g.outRecs, r)
	}
	g.phraseOf = nil
	for _, p := range ac.AllApart() {
		g.phraseOf = append(g.phraseOf, p-int32(g.nterms))
	}
	g.walkClass, g.idle = nil, ""
	if class, _ := ac.Tables(); ac.Classes() <= slowBit {
		g.walkClass = new([256]uint8)
		for c := range g.walkClass {
			g.walkClass[c] = class[c] | g.slow[c]*slowBit
		}
		for c := range utf8.RuneSelf {
			if g.walkClass[c] == 0 {
				g.idle = strings.Repeat(string(rune(c)), chunkSize+2*lookBack)
				break
			}
		}
	}
	return nil
}

// patternWords splits p into little-endian words from its end for
// spelledAt.
func patternWords(p string) ([]uint64, uint64) {
	nw := (len(p) + 7) / 8
	words := make([]uint64, nw)
	for i := range words {
		var w uint64
		for b := 0; b < 8; b++ {
			if j := len(p) - 8*(i+1) + b; j >= 0 {
				w |= uint64(p[j]) << (8 * b)
			}
		}
		words[i] = w
	}
	mask := ^uint64(0)
	if r := len(p) % 8; r != 0 {
		mask <<= 8 * (8 - r)
	}
	return words, mask
}

// latin1Aliases lets the scanner fold the letters of U+00C0–U+00DE (Æ Ø Å
// É …) without decoding them: it maps each upper-case second byte onto the
// lower-case one (0x86 → 0xA6 for Æ → æ) in the automaton's byte classes.
// That is exact when every pattern byte it maps onto follows 0xC3 and no
// pattern uses the bytes it maps from. It returns the table of bytes that
// still need the rune-by-rune path: lead bytes other than 0xC3 and 0xCC
// (combining marks, which fold to themselves), and all non-ASCII bytes if
// aliasing is not exact for these patterns.
func latin1Aliases(patterns []string, alias *[256]byte) *[256]uint8 {
	var used, afterOther [256]bool
	for _, p := range patterns {
		for j := 0; j < len(p); j++ {
			used[p[j]] = true
			if j > 0 && p[j] >= 0x80 && p[j] < 0xC0 && p[j-1] != 0xC3 && p[j-1] >= 0xC0 {
				afterOther[p[j]] = true
			}
		}
	}
	slow := new([256]uint8)
	for c := utf8.RuneSelf; c < 256; c++ {
		slow[c] = 1
	}
	var al [256]byte
	for x := 0x80; x <= 0x9E; x++ {
		y := x + 0x20
		if x == 0x97 || !used[y] {
			continue // × has no case; a letter in no pattern needs no folding
		}
		if used[x] || afterOther[y] {
			return slow // not exact: decode every non-ASCII rune
		}
		al[x] = byte(y)
	}
	for x, y := range al {
		if y != 0 {
			alias[x] = y
		}
	}
	for c := 0x80; c < 0xC0; c++ {
		slow[c] = 0 // second bytes, fed as they come after 0xC3 or 0xCC
	}
	slow[0xC3], slow[0xCC] = 0, 0
	return slow
}

// packVariants puts the senses of all the variants in one array and their
// terms in one string, each variant's a part of it, so that what a reader
// of a text's matches touches (Match.Senses and Match.Term) lies together
// in a few kilobytes rather than in as many small allocations, spread over
// the glossary's heap, as there are variants. The values are unchanged; a
// variant's senses are clipped, so an append to them cannot reach the next.
func packVariants(vs []variant) {
	ns, nt := 0, 0
	for i := range vs {
		ns += len(vs[i].senses)
		nt += len(vs[i].term)
	}
	senses := make([]taxonomy.Ref, 0, ns)
	var terms strings.Builder
	terms.Grow(nt)
	for i := range vs {
		lo := len(senses)
		senses = append(senses, vs[i].senses...)
		vs[i].senses = senses[lo:len(senses):len(senses)]
		terms.WriteString(vs[i].term)
	}
	all := terms.String()
	at := 0
	for i := range vs {
		n := len(vs[i].term)
		vs[i].term = all[at : at+n]
		at += n
	}
}

// ambiguous reports whether two senses share a facet.
func ambiguous(senses []taxonomy.Ref) bool {
	for i, s := range senses {
		for _, t := range senses[:i] {
			if s.Facet() == t.Facet() {
				return true
			}
		}
	}
	return false
}

// Lookup is the answer to Glossary.Lookup: every sense a term has. It is a
// plain value owned by the caller; nothing in it aliases the Glossary.
type Lookup struct {
	// Query is the normalised term that was looked up.
	Query string
	// Entries are the entries that have Query among their forms, in
	// glossary order. They are copies.
	Entries []Entry
	// Senses is the union of the entries' senses, in order of first
	// appearance.
	Senses []taxonomy.Ref
	// Ambiguous is true when two senses share a facet: the term names
	// different concepts of one kind, and the glossary does not choose.
	Ambiguous bool
}

// Found reports whether the term is in the glossary.
func (l Lookup) Found() bool { return len(l.Entries) > 0 }

// Lookup finds a term in any of its forms (inflected, Nynorsk, English,
// misspelt) and returns every sense it has. It normalises the term first and
// ignores case even for case-sensitive entries: Lookup("kid") finds KiD.
func (g *Glossary) Lookup(term string) Lookup {
	q := Normalize(term)
	l := Lookup{Query: q}
	for _, ei := range g.forms[q] {
		e := g.entries[ei]
		l.Entries = append(l.Entries, e.clone())
		for _, s := range e.Senses {
			if !slices.Contains(l.Senses, s) {
				l.Senses = append(l.Senses, s)
			}
		}
	}
	l.Ambiguous = ambiguous(l.Senses)
	return l
}

// Entries returns a copy of every entry, in glossary order: the embedded
// entries in data order, then the extra entries given to New.
func (g *Glossary) Entries() []Entry {
	out := make([]Entry, len(g.entries))
	for i, e := range g.entries {
		out[i] = e.clone()
	}
	return out
}

// Terms returns copies of the entries that have ref among their senses, in
// glossary order: the designations of a concept, as a SKOS or FHIR exporter
// needs them (KindPreferred as prefLabel or display, KindHidden as
// hiddenLabel, the others as altLabel or designations). It does not include
// entries of narrower concepts.
func (g *Glossary) Terms(ref taxonomy.Ref) []Entry {
	idx := g.byRef[ref]
	out := make([]Entry, len(idx))
	for i, ei := range idx {
		out[i] = g.entries[ei].clone()
	}
	return out
}

// Stats describes the size of a glossary. It is a plain value.
type Stats struct {
	Entries     int // entries (terms as written)
	Forms       int // distinct normalised forms, inflections included
	Patterns    int // strings in the automaton (forms, their NFD variants, stop words)
	States      int // automaton states
	ByteClasses int // width of the automaton's transition table
	TableBytes  int // memory held by the automaton's tables
}

// Stats returns the size of g.
func (g *Glossary) Stats() Stats {
	return Stats{
		Entries:     len(g.entries),
		Forms:       g.nforms,
		Patterns:    len(g.pats),
		States:      g.ac.States(),
		ByteClasses: g.ac.Classes(),
		TableBytes:  g.ac.MemoryBytes(),
	}
}
