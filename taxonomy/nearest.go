package taxonomy

import "strings"

// nearest returns the code of facet f closest to s, comparing s with each
// code and each label (case-folded) by edit distance. It returns "" when
// nothing is reasonably close: the distance must be at most half the length
// of the longer string.
func nearest(f Facet, s string) string {
	if !f.IsValid() {
		return ""
	}
	q := []rune(strings.ToLower(strings.TrimSpace(s)))
	cq := []rune(canonical(s))
	best, bestD := "", -1
	for _, r := range f.Refs() {
		c := r.info()
		cands := [...]string{c.code, c.label[0], c.label[1], c.label[2]}
		for i, cand := range cands {
			query := q
			if i == 0 {
				query = cq
			}
			cr := []rune(strings.ToLower(cand))
			d := editDistance(query, cr)
			if 2*d > max(len(query), len(cr)) {
				continue
			}
			if bestD < 0 || d < bestD {
				best, bestD = c.code, d
			}
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
