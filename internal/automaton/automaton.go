// Package automaton is an Aho–Corasick string matcher compiled to a dense
// deterministic automaton over byte classes. It is shared by the packages of
// the module that scan text for many terms at once; users should call
// glossary.Scan instead.
//
// The automaton reads one byte per step with one table load:
//
//	v := a.Start()
//	for i := 0; i < len(text); i++ {
//		v = a.Step(v, text[i])
//		if a.Accepting(v) {
//			for _, p := range a.Outputs(v) { ... pattern p ends at i+1 ... }
//		}
//	}
//
// A state value v packs the row offset of the state in the transition table
// and, in its four lowest bits, whether any pattern ends in the state,
// whether a marked one does, whether one kept apart does (Options.Apart),
// and whether the state just left was worth reporting (see Options.Glued),
// so the hot loop needs no second lookup to decide whether to report.
//
// # Byte classes
//
// Bytes that occur in no pattern share one class, which keeps the table
// narrow. Options.Alias lets a caller fold bytes onto others (ASCII upper case
// onto lower case), so case folding costs nothing at scan time.
//
// # Collapsing
//
// With Options.Collapse set to a byte c (the space), a run of c in the input
// acts as a single c: every state entered on c loops on c. Patterns must not
// contain two c in a row for this to be exact.
//
// # Concurrency
//
// An Automaton is immutable after Build and safe for concurrent use.
package automaton

import (
	"fmt"
	"slices"
)

// Options tune Build.
type Options struct {
	// Alias maps an input byte to the byte it should be read as, for
	// example 'A' to 'a'. Zero entries mean "itself".
	Alias [256]byte
	// Collapse, if non-zero, is a byte whose runs read as one occurrence.
	Collapse byte
	// Frequent lists the bytes most common in the text to be scanned, most
	// common first. Their transitions are placed together at the start of
	// each table row, which keeps the rows that a scan touches in fewer
	// cache lines. It changes nothing but speed.
	Frequent string
	// Marked lists patterns whose states carry MarkBit, so a scanner can
	// tell cheaply whether any of them ends in a state.
	Marked []int32
	// Apart lists patterns whose matches are kept out of Outputs,
	// OutputRange and AllOutputs and listed by ApartRange and AllApart
	// instead, so that a scanner can report them separately without
	// looking at them where it reads the others. A state where only they
	// end is accepting all the same.
	Apart []int32
	// Glued lists the bytes that continue a word (letters and digits). A
	// transition out of an accepting state carries LeaveBit unless it reads
	// a Glued byte and no Marked pattern ends in the state, so a scanner
	// that reports states as it leaves them can skip matches glued to the
	// next byte with no lookup. Glued bytes that occur in no pattern get a
	// class of their own for this.
	Glued [256]bool
}

// Automaton is a compiled Aho–Corasick automaton. It is immutable and safe
// for concurrent use.
type Automaton struct {
	class    [256]uint8
	nclass   int
	inv      uint64   // ceil(2^32 / nclass): row offset → state without dividing
	trans    []uint32 // row-major: trans[row+class] = next<<1 | accepting
	outStart []int32  // per state: start of its outputs in outs; len states+1
	outs     []int32  // pattern indexes, longest pattern first per state
	apStart  []int32  // outStart and outs for the Apart patterns
	aps      []int32
	patLen   []int32
	nstates  int
}

// Build compiles the patterns. Pattern i is reported as i. Empty patterns
// are an error, duplicates are allowed (each is reported).
func Build(patterns []string, opt Options) (*Automaton, error) {
	a := &Automaton{patLen: make([]int32, len(patterns))}
	// Byte classes: class 0 is "in no pattern".
	var used [256]bool
	for i, p := range patterns {
		if p == "" {
			return nil, fmt.Errorf("automaton: pattern %d is empty", i)
		}
		if opt.Collapse != 0 {
			for j := 1; j < len(p); j++ {
				if p[j] == opt.Collapse && p[j-1] == opt.Collapse {
					return nil, fmt.Errorf("automaton: pattern %d (%q) repeats the collapsed byte", i, p)
				}
			}
		}
		for j := 0; j < len(p); j++ {
			used[p[j]] = true
		}
		a.patLen[i] = int32(len(p))
	}
	// Number the classes: Options.Frequent first, so that the transitions
	// on common bytes share the first cache line of a row.
	n := 1
	assign := func(b byte) error {
		if !used[b] || a.class[b] != 0 {
			return nil
		}
		if n > 255 {
			return fmt.Errorf("automaton: too many distinct bytes")
		}
		a.class[b] = uint8(n)
		n++
		return nil
	}
	for _, b := range []byte(opt.Frequent) {
		if err := assign(b); err != nil {
			return nil, err
		}
	}
	for b := 0; b < 256; b++ {
		if err := assign(byte(b)); err != nil {
			return nil, err
		}
	}
	for b := 0; b < 256; b++ {
		if t := opt.Alias[b]; t != 0 && t != byte(b) {
			a.class[b] = a.class[t]
		}
	}
	// A class for the Glued bytes in no pattern, so that every class is
	// either glued or not.
	gluedUnused := false
	for b := 0; b < 256; b++ {
		if opt.Glued[b] && a.class[b] == 0 {
			if !gluedUnused {
				if n > 255 {
					return nil, fmt.Errorf("automaton: too many distinct bytes")
				}
				gluedUnused = true
				n++
			}
			a.class[b] = uint8(n - 1)
		}
	}
	var gluedClass [256]bool
	for b := 0; b < 256; b++ {
		if opt.Glued[b] {
			gluedClass[a.class[b]] = true
		}
	}
	for b := 0; b < 256; b++ {
		if gluedClass[a.class[b]] != opt.Glued[b] {
			return nil, fmt.Errorf("automaton: byte %#x shares a class with bytes that differ in Glued", b)
		}
	}
	a.nclass = n
	a.inv = (1<<32 + uint64(n) - 1) / uint64(n)

	// Trie with goto edges keyed by class.
	type node struct {
		next  map[uint8]int32
		fail  int32
		label uint8 // class of the edge into this node
		outs  []int32
	}
	nodes := []node{{next: map[uint8]int32{}}}
	for i, p := range patterns {
		s := int32(0)
		for j := 0; j < len(p); j++ {
			c := a.class[p[j]]
			t, ok := nodes[s].next[c]
			if !ok {
				t = int32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]int32{}, label: c})
				nodes[s].next[c] = t
			}
			s = t
		}
		nodes[s].outs = append(nodes[s].outs, int32(i))
	}
	ns := len(nodes)
	a.nstates = ns
	if uint64(ns)*uint64(n)<<flagBits >= 1<<32 {
		return nil, fmt.Errorf("automaton: %d states of %d classes do not fit the table", ns, n)
	}
	delta := make([]int32, ns*n)
	// BFS to fill failure links and the full transition function.
	queue := make([]int32, 0, ns)
	for c := 0; c < n; c++ {
		if t, ok := nodes[0].next[uint8(c)]; ok {
			delta[c] = t
			nodes[t].fail = 0
			queue = append(queue, t)
		}
	}
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		f := nodes[s].fail
		nodes[s].outs = append(nodes[s].outs, nodes[f].outs...)
		for c := 0; c < n; c++ {
			if t, ok := nodes[s].next[uint8(c)]; ok {
				nodes[t].fail = delta[int(f)*n+c]
				delta[int(s)*n+c] = t
				queue = append(queue, t)
			} else {
				delta[int(s)*n+c] = delta[int(f)*n+c]
			}
		}
	}
	if opt.Collapse != 0 {
		cc := a.class[opt.Collapse]
		for s := 1; s < ns; s++ {
			if nodes[s].label == cc {
				delta[s*n+int(cc)] = int32(s)
			}
		}
	}
	apart := make([]bool, len(patterns))
	for _, p := range opt.Apart {
		if p >= 0 && int(p) < len(patterns) {
			apart[p] = true
		}
	}
	marked := make([]bool, len(patterns))
	for _, p := range opt.Marked {
		if p >= 0 && int(p) < len(patterns) {
			marked[p] = true
		}
	}
	flags := make([]uint32, ns)
	for s := range flags {
		if len(nodes[s].outs) > 0 {
			flags[s] |= acceptBit
		}
		for _, o := range nodes[s].outs {
			if marked[o] {
				flags[s] |= markBit
			}
			if apart[o] {
				flags[s] |= apartBit
			}
		}
	}
	a.trans = make([]uint32, ns*n)
	for s := 0; s < ns; s++ {
		leave := flags[s]&acceptBit != 0
		for c := 0; c < n; c++ {
			t := delta[s*n+c]
			v := uint32(int(t)*n)<<flagBits | flags[t]
			if leave && (flags[s]&markBit != 0 || !gluedClass[c]) {
				v |= leaveBit
			}
			a.trans[s*n+c] = v
		}
	}
	a.outStart = make([]int32, ns+1)
	a.apStart = make([]int32, ns+1)
	for s := 0; s < ns; s++ {
		o := nodes[s].outs
		slices.SortStableFunc(o, func(x, y int32) int { return int(a.patLen[y] - a.patLen[x]) })
		a.outStart[s] = int32(len(a.outs))
		a.apStart[s] = int32(len(a.aps))
		for _, p := range o {
			if apart[p] {
				a.aps = append(a.aps, p)
			} else {
				a.outs = append(a.outs, p)
			}
		}
	}
	a.outStart[ns] = int32(len(a.outs))
	a.apStart[ns] = int32(len(a.aps))
	return a, nil
}

// Start returns the initial state.
func (a *Automaton) Start() uint32 { return 0 }

// Step returns the state after reading b in state v.
func (a *Automaton) Step(v uint32, b byte) uint32 {
	return a.trans[int(v>>flagBits)+int(a.class[b])]
}

// The low bits of a state value: acceptBit if some pattern ends in the
// state, markBit if one of them is in Options.Marked, leaveBit if the state
// the transition left was accepting and the byte read is not Glued (or a
// Marked pattern ends there). The rest is the row offset: v>>FlagBits.
const (
	leaveBit  = 1
	acceptBit = 2
	markBit   = 4
	apartBit  = 8
	flagBits  = 4
)

// State value flags, for hand-inlined loops.
const (
	LeaveBit  = leaveBit  // the state left was accepting and the byte read is not Glued, or a Marked pattern ends there
	AcceptBit = acceptBit // some pattern ends in the state
	MarkBit   = markBit   // a pattern in Options.Marked ends in the state
	ApartBit  = apartBit  // a pattern in Options.Apart ends in the state
	FlagBits  = flagBits  // the number of flag bits: v>>FlagBits is the row offset
)

// Accepting reports whether some pattern ends in state v.
func Accepting(v uint32) bool { return v&acceptBit != 0 }

// Marked reports whether a pattern listed in Options.Marked ends in state v.
func Marked(v uint32) bool { return v&markBit != 0 }

// Outputs returns the patterns that end in state v, longest first, but for
// those in Options.Apart (see ApartRange). The slice is shared and must not
// be modified.
func (a *Automaton) Outputs(v uint32) []int32 {
	s := int((uint64(v>>flagBits) * a.inv) >> 32)
	return a.outs[a.outStart[s]:a.outStart[s+1]:a.outStart[s+1]]
}

// OutputRange returns the bounds of the outputs of state v in the list
// that AllOutputs returns: Outputs(v) is AllOutputs()[lo:hi]. A caller can
// keep its own records in parallel with that list.
func (a *Automaton) OutputRange(v uint32) (lo, hi int) {
	s := int((uint64(v>>flagBits) * a.inv) >> 32)
	o := a.outStart[s : s+2 : s+2] // one bounds check
	return int(o[0]), int(o[1])
}

// AllOutputs returns the outputs of every state, state after state, each
// state's longest pattern first. The slice is shared and must not be
// modified.
func (a *Automaton) AllOutputs() []int32 { return a.outs[:len(a.outs):len(a.outs)] }

// ApartRange is OutputRange for the patterns in Options.Apart: the
// bounds of the Apart patterns that end in state v, longest first, in the
// list that AllApart returns.
func (a *Automaton) ApartRange(v uint32) (lo, hi int) {
	s := int((uint64(v>>flagBits) * a.inv) >> 32)
	p := a.apStart[s : s+2 : s+2]
	return int(p[0]), int(p[1])
}

// Ranges returns OutputRange(v) and ApartRange(v) together.
func (a *Automaton) Ranges(v uint32) (lo, hi, alo, ahi int) {
	s := int((uint64(v>>flagBits) * a.inv) >> 32)
	o, p := a.outStart[s:s+2:s+2], a.apStart[s:s+2:s+2]
	return int(o[0]), int(o[1]), int(p[0]), int(p[1])
}

// AllApart is AllOutputs for the patterns in Options.Apart. The slice is
// shared and must not be modified.
func (a *Automaton) AllApart() []int32 { return a.aps[:len(a.aps):len(a.aps)] }

// Tables returns the byte-class map and the transition table for hot loops
// that inline Step by hand. Both are shared and must not be modified.
func (a *Automaton) Tables() (*[256]uint8, []uint32) { return &a.class, a.trans }

// PatternLen returns the length in bytes of pattern p.
func (a *Automaton) PatternLen(p int32) int { return int(a.patLen[p]) }

// States returns the number of states.
func (a *Automaton) States() int { return a.nstates }

// Classes returns the number of byte classes; a table row is this wide,
// rounded up to a power of two.
func (a *Automaton) Classes() int { return a.nclass }

// MemoryBytes returns the approximate memory held by the tables.
func (a *Automaton) MemoryBytes() int {
	return 256 + 4*len(a.trans) + 4*len(a.outStart) + 4*len(a.outs) + 4*len(a.apStart) + 4*len(a.aps) + 4*len(a.patLen)
}
