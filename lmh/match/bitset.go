package match

import "math/bits"

// bitset is a dense set of offering positions, one bit per offering in
// catalogue order. The matcher keeps one per indexed facet value; at 100,000
// offerings a bitset is 12.5 KB and intersecting five of them is a single
// pass over 1,563 words.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b bitset) has(i int) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// or sets b to b ∪ a.
func (b bitset) or(a bitset) {
	for i := range b {
		b[i] |= a[i]
	}
}

// count returns the number of members.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// fill sets every position below n.
func (b bitset) fill(n int) {
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := n & 63; r != 0 && len(b) > 0 {
		b[len(b)-1] = (1 << uint(r)) - 1
	}
}
