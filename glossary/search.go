package glossary

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/internal/collation"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Hit is one result of Search, a plain value owned by the caller.
type Hit struct {
	// Entry is the entry found (a copy). A misspelling (KindHidden) that
	// matches the query is replaced by its concept's preferred entry.
	Entry Entry
	// Score ranks the hit: higher is better. It is comparable only within
	// one call.
	Score int
	// How says how the query met the term: "exact", "prefix",
	// "word_prefix", "substring" or "fuzzy".
	How string
}

type searchKey struct {
	norm    string
	runes   []rune
	collate string // Norwegian sort key (internal/collation)
	folded  []rune // norm folded for fuzzy matching (fold)
}

// The ranking of Search. Within a tier, a closer or shorter term ranks
// higher.
const (
	scoreExact      = 1000
	scorePrefix     = 800
	scoreWordPrefix = 600
	scoreSubstring  = 400
	scoreFuzzy      = 200
)

func (g *Glossary) buildSearch() {
	g.search = make([]searchKey, len(g.entries))
	for i, e := range g.entries {
		n := Normalize(e.Term)
		g.search[i] = searchKey{norm: n, runes: []rune(n), collate: string(collation.Key(n)), folded: []rune(fold(n))}
	}
}

// Search finds entries for autocomplete, like FHIR's ValueSet $expand with a
// filter. It normalises text and ranks every entry of language lang (all
// languages if lang is zero) in tiers:
//
//  1. exact: the term is the query;
//  2. prefix: the term starts with the query ("mestr" → mestringskurs);
//  3. word_prefix: a later word of the term does ("mestr" →
//     "lærings- og mestringstilbud");
//  4. substring: the query is inside the term ("mestring" →
//     stressmestringsgruppe);
//  5. fuzzy: the query is within one edit (two for queries of eight or more
//     letters) of the term's beginning ("mestrinskurs" → mestringskurs),
//     after both are folded the way Norwegian is misspelt: æ as ae, ø as o,
//     å as a or aa, doubled consonants as single ("paarorende",
//     "demenskole" and "ryggskolle" find pårørende, demensskole and
//     ryggskole).
//
// Within a tier, hits are ordered by closeness, then kind (preferred
// first), then shorter term, then Norwegian alphabetical order. Hidden
// entries are never returned: a misspelling that matches stands in for the
// correctly spelt entry it is closest to (frisklivsentral → frisklivssentral). At most limit hits are returned; limit <= 0
// means no limit. An empty query returns nil.
func (g *Glossary) Search(text string, lang taxonomy.Lang, limit int) []Hit {
	q := Normalize(text)
	if q == "" {
		return nil
	}
	qr := []rune(q)
	type cand struct {
		entry int
		score int
		how   string
	}
	best := make(map[int]cand)
	add := func(ei, score int, how string) {
		if c, ok := best[ei]; !ok || score > c.score {
			best[ei] = cand{ei, score, how}
		}
	}
	maxEdits := 1
	if len(qr) >= 8 {
		maxEdits = 2
	}
	qf := []rune(fold(q))
	var rows [3 * 64]int // prefixDistance's rows, reused for every term
	for i, e := range g.entries {
		if lang != 0 && e.Lang != lang {
			continue
		}
		k := &g.search[i]
		score, how := 0, ""
		switch {
		case k.norm == q:
			score, how = scoreExact, "exact"
		case strings.HasPrefix(k.norm, q):
			score, how = scorePrefix-min(len(k.runes)-len(qr), 99), "prefix"
		case wordPrefix(k.norm, q):
			score, how = scoreWordPrefix-min(len(k.runes)-len(qr), 99), "word_prefix"
		case len(qr) >= 3 && strings.Contains(k.norm, q):
			score, how = scoreSubstring-min(len(k.runes)-len(qr), 99), "substring"
		case len(qr) >= 4:
			d := prefixDistanceBuf(qf, k.folded, maxEdits, rows[:])
			if d <= maxEdits {
				score, how = scoreFuzzy-50*d-min(abs(len(k.runes)-len(qr)), 49), "fuzzy"
			}
		}
		if score == 0 {
			continue
		}
		if e.Kind == KindHidden {
			if p := g.correctFor(i); p >= 0 {
				add(p, score, how)
			}
			continue
		}
		add(i, score, how)
	}
	cands := make([]cand, 0, len(best))
	for _, c := range best {
		cands = append(cands, c)
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.score != b.score {
			return b.score - a.score
		}
		ea, eb := g.entries[a.entry], g.entries[b.entry]
		if ea.Kind != eb.Kind {
			return int(ea.Kind) - int(eb.Kind)
		}
		ka, kb := &g.search[a.entry], &g.search[b.entry]
		if len(ka.runes) != len(kb.runes) {
			return len(ka.runes) - len(kb.runes)
		}
		if c := strings.Compare(ka.collate, kb.collate); c != 0 {
			return c
		}
		return a.entry - b.entry
	})
	if limit > 0 && len(cands) > limit {
		cands = cands[:limit]
	}
	hits := make([]Hit, len(cands))
	for i, c := range cands {
		hits[i] = Hit{Entry: g.entries[c.entry].clone(), Score: c.score, How: c.how}
	}
	return hits
}

// correctFor returns the index of the entry a misspelling (KindHidden)
// stands for: the entry of the same language and senses, not hidden, with the
// closest spelling; -1 if there is none.
func (g *Glossary) correctFor(hidden int) int {
	e := g.entries[hidden]
	best, bestD := -1, 0
	for _, ei := range g.byRef[e.Senses[0]] {
		c := g.entries[ei]
		if c.Kind == KindHidden || c.Lang != e.Lang || !slices.Equal(c.Senses, e.Senses) {
			continue
		}
		d := distance(g.search[hidden].runes, g.search[ei].runes)
		if best < 0 || d < bestD {
			best, bestD = int(ei), d
		}
	}
	return best
}

// distance is the optimal-string-alignment edit distance.
func distance(a, b []rune) int {
	return prefixDistanceFull(a, b)
}

func prefixDistanceFull(q, t []rune) int {
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(q); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if q[i-1] == t[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && q[i-1] == t[j-2] && q[i-2] == t[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

// wordPrefix reports whether a word after the first in s starts with q.
func wordPrefix(s, q string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], " -/")
		if j < 0 {
			return false
		}
		i += j + 1
		if strings.HasPrefix(s[i:], q) {
			return true
		}
	}
	return false
}

// prefixDistance returns the smallest optimal-string-alignment distance
// between q and a prefix of t, or bound+1 if it exceeds bound.
func prefixDistance(q, t []rune, bound int) int {
	var buf [3 * 64]int
	return prefixDistanceBuf(q, t, bound, buf[:])
}

// prefixDistanceBuf is prefixDistance with scratch space for its rows: no
// allocation when 3*(len(q)+bound+1) ints fit in buf.
func prefixDistanceBuf(q, t []rune, bound int, buf []int) int {
	if len(t) > len(q)+bound {
		t = t[:len(q)+bound]
	}
	n := len(t) + 1
	if len(buf) < 3*n {
		buf = make([]int, 3*n)
	}
	prev2, prev, cur := buf[:n], buf[n:2*n], buf[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(q); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(t); j++ {
			cost := 1
			if q[i-1] == t[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && q[i-1] == t[j-2] && q[i-2] == t[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > bound {
			return bound + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	// prev is row len(q): the distance to each prefix of t.
	d := bound + 1
	for j := max(len(q)-bound, 0); j <= len(t); j++ {
		d = min(d, prev[j])
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fold maps a normalised term to the form fuzzy matching compares, so that
// the common ways of misspelling Norwegian cost nothing: æ → ae, ø → o,
// å → a, aa → a, é → e, and a doubled consonant → one. It is applied to
// the query and to every term alike.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for _, r := range s {
		switch r {
		case 'æ':
			b.WriteString("ae")
			prev = 'e'
			continue
		case 'ø', 'ö':
			r = 'o'
		case 'å', 'ä':
			r = 'a'
		case 'é', 'è':
			r = 'e'
		}
		if r == prev && (r == 'a' || isConsonant(r)) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isConsonant(r rune) bool {
	return r >= 'b' && r <= 'z' && !strings.ContainsRune("eiouy", r)
}
