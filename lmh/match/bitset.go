package match

// bitset is a dense set of offering positions, one bit per offering in
// position order. The matcher keeps one per indexed facet value; at
// 1,000,000 offerings a bitset is 125 KB, and the filter intersects them a
// block of 64 words at a time.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int) { b[i>>6] |= 1 << (uint(i) & 63) }

// or sets b to b ∪ a.
func (b bitset) or(a bitset) {
	for i := range b {
		b[i] |= a[i]
	}
}
