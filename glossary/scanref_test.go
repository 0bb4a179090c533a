package glossary

// This file keeps the scanner as it was before the speed work of
// November 2026 (sequential walk, per-match decoding), as the reference
// that TestScanEqualsReference compares the optimised scanner with.

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/automaton"
)

// refScan finds every glossary term in text and returns the matches ordered by
// Start, longer matches first. See refScanAppend.
func (g *Glossary) refScan(text string) []Match { return g.refScanAppend(nil, text) }

// refScanAppend appends the matches of every glossary term in text to dst and
// returns the extended slice. It allocates nothing but what growing dst
// needs, so a caller that reuses dst across texts scans without garbage.
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
func (g *Glossary) refScanAppend(dst []Match, text string) []Match {
	base := len(dst)
	var dash bool
	dst, dash = g.refScanText(dst, text)
	orig := len(dst)
	if dash || strings.IndexByte(text, '-') >= 0 {
		dst = g.refExpandCoordinations(dst, base, text, dash)
	}
	refSortMatches(dst[base:orig])
	refSortMatches(dst[orig:])
	return refMergeTail(dst, base, orig)
}

// refMergeTail merges the sorted runs dst[base:orig] and dst[orig:], using
// room at the end of dst as scratch so that steady-state scans do not
// allocate.
func refMergeTail(dst []Match, base, orig int) []Match {
	n := len(dst)
	lb := n - orig
	if lb == 0 || orig == base || refCompareMatch(dst[orig-1], dst[orig]) <= 0 {
		return dst
	}
	dst = append(dst, dst[orig:n]...)
	b := dst[n : n+lb]
	i, j, k := orig-1, lb-1, n-1
	for j >= 0 {
		if i >= base && refCompareMatch(dst[i], b[j]) > 0 {
			dst[k] = dst[i]
			i--
		} else {
			dst[k] = b[j]
			j--
		}
		k--
	}
	clear(b)
	return dst[:n]
}

func refCompareMatch(a, b Match) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return b.End - a.End
}

// refScanText runs the automaton over text in one sequential walk and
// appends matches in order of End. It reports whether it saw a non-ASCII
// hyphen.
func (g *Glossary) refScanText(dst []Match, text string) ([]Match, bool) {
	dst, _, _, dash := g.refScanRange(dst, len(dst), text, 0, len(text), 0)
	return dst, dash
}

// refMayMatch filters an accepting state v reached at byte i of text: inside
// a word only terms that may be modifiers (or stop words) can match. The
// sequential loop uses it to skip calls to refEmit, which checks the same.
func refMayMatch(text string, i int, v uint32) bool {
	return v&automaton.MarkBit != 0 || i >= len(text) || text[i] >= utf8.RuneSelf || !wordByte[text[i]]
}

// refSlowStep feeds the non-ASCII rune (or invalid byte) at text[i] to the
// automaton in state v. It returns the new state, the index after the rune
// and whether the rune was a non-ASCII hyphen.
func refSlowStep(class *[256]uint8, trans []uint32, text string, i int, v uint32) (uint32, int, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	i += size
	f := foldRune(r)
	switch {
	case f == dropRune:
		return v &^ (automaton.AcceptBit | automaton.MarkBit), i, false
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

// refScanRange runs the automaton from state v over text[from:to] (finishing
// a rune that crosses to) and appends matches in order of End. It returns
// the state and index where it stopped and whether it saw a non-ASCII
// hyphen.
func (g *Glossary) refScanRange(dst []Match, base int, text string, from, to int, v uint32) ([]Match, uint32, int, bool) {
	class, trans := g.ac.Tables()
	slow := g.slow
	dash, d := false, false
	i := from
	for i < to {
		c := text[i]
		if slow[c] == 0 {
			v = trans[int(v>>automaton.FlagBits)+int(class[c])]
			i++
			if v&automaton.AcceptBit != 0 && refMayMatch(text, i, v) {
				dst = g.refEmit(dst, base, text, v, i)
			}
			continue
		}
		v, i, d = refSlowStep(class, trans, text, i, v)
		dash = dash || d
		if v&automaton.AcceptBit != 0 {
			dst = g.refEmit(dst, base, text, v, i)
		}
	}
	return dst, v, i, dash
}

// refEmit appends the matches of the patterns ending in state v at byte end.
func (g *Glossary) refEmit(dst []Match, base int, text string, v uint32, end int) []Match {
	// Whether the word goes on after end decides most candidates cheaply.
	var rightGlued bool
	if end < len(text) && text[end] < utf8.RuneSelf {
		rightGlued = wordByte[text[end]]
	} else {
		r, _ := refNextRune(text, end)
		rightGlued = r >= 0 && isWordRune(r)
	}
	// A stop word hides the shorter matches inside it; stopAt is its start.
	stopAt, stopLen := end, 0
	for _, p := range g.ac.Outputs(v) {
		pat := &g.pats[p]
		if rightGlued && pat.allow&Modifier == 0 && !pat.stop {
			continue
		}
		start, ok := refStartOf(text, end, pat.text)
		if !ok || start >= stopAt && end-start < stopLen {
			continue
		}
		if pat.stop {
			if !refWordStart(text, start) {
				continue
			}
			stopAt, stopLen = start, end-start
			// Hide earlier matches inside the stop word ("kreft" in "krefter").
			k := len(dst)
			for k > base && dst[k-1].End > start {
				k--
			}
			w := k
			for j := k; j < len(dst); j++ {
				if m := dst[j]; m.Start < start || m.End-m.Start >= stopLen {
					dst[w] = m
					w++
				}
			}
			dst = dst[:w]
			continue
		}
		pos, glued, ok := refPosition(text, start, end)
		if !ok {
			continue
		}
		for _, vi := range g.patVar[pat.vfirst : pat.vfirst+pat.vn] {
			va := &g.hot[vi]
			if glued {
				if va.pos&pos == 0 {
					continue
				}
			} else if va.pos&(pos|Word) == 0 {
				continue
			}
			if va.cs && !slices.Contains(g.variants[va.raw].raw, text[start:end]) {
				continue
			}
			if pos != Modifier {
				dst = refDropInflectedPrefix(dst, base, start, va.match.Term)
			}
			dst = append(dst, va.match)
			m := &dst[len(dst)-1]
			m.Start, m.End, m.Position = start, end, pos
		}
	}
	return dst
}

// refDropInflectedPrefix removes an earlier Modifier match of the same term at
// the same start: in "mestringskursene" the form "mestringskurs" followed by
// "ene" is the inflected word, not a compound.
func refDropInflectedPrefix(dst []Match, base, start int, term string) []Match {
	for k := len(dst) - 1; k >= base && dst[k].End > start; k-- {
		if m := &dst[k]; m.Start == start && m.Position == Modifier && m.Term == term {
			dst = slices.Delete(dst, k, k+1)
		}
	}
	return dst
}

// refStartOf walks back from end over text, matching the normalised pattern p
// from its end, and returns where in text the pattern starts. It mirrors the
// folding of refScanText, so it fails only if text does not fold to p.
func refStartOf(text string, end int, p string) (int, bool) {
	// Fast path: the text spells p byte for byte, up to ASCII case.
	if s := end - len(p); s >= 0 {
		t := text[s:end]
		if t == p {
			return s, true
		}
		k := 0
		for ; k < len(p); k++ {
			c := t[k]
			if c != p[k] && !('A' <= c && c <= 'Z' && c+('a'-'A') == p[k]) {
				break
			}
		}
		if k == len(p) {
			return s, true
		}
	}
	i, j := end, len(p)
	for j > 0 {
		if i <= 0 {
			return 0, false
		}
		c := text[i-1]
		var f rune
		size := 1
		if c < utf8.RuneSelf {
			f = foldRune(rune(c))
		} else {
			var r rune
			r, size = utf8.DecodeLastRuneInString(text[:i])
			if r == utf8.RuneError && size == 1 {
				return 0, false
			}
			f = foldRune(r)
		}
		switch {
		case f == dropRune:
			i -= size
		case f == ' ':
			if p[j-1] != ' ' {
				return 0, false
			}
			j--
			i -= size
			for i > 0 { // the whole run of white space reads as one space
				r, s := utf8.DecodeLastRuneInString(text[:i])
				if fr := foldRune(r); fr != ' ' && fr != dropRune {
					break
				}
				i -= s
			}
		case f < utf8.RuneSelf:
			if p[j-1] != byte(f) {
				return 0, false
			}
			j--
			i -= size
		default:
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], f)
			if j < k || p[j-k:j] != string(buf[:k]) {
				return 0, false
			}
			j -= k
			i -= size
		}
	}
	return i, true
}

// refPrevRune returns the rune before byte i, skipping runes that
// normalisation drops; -1 at the start of text.
func refPrevRune(text string, i int) (rune, int) {
	for i > 0 {
		r, s := utf8.DecodeLastRuneInString(text[:i])
		i -= s
		if foldRune(r) != dropRune {
			return r, i
		}
	}
	return -1, 0
}

// refNextRune returns the rune at byte i, skipping runes that normalisation
// drops; -1 at the end of text.
func refNextRune(text string, i int) (rune, int) {
	for i < len(text) {
		r, s := utf8.DecodeRuneInString(text[i:])
		if foldRune(r) != dropRune {
			return r, i + s
		}
		i += s
	}
	return -1, len(text)
}

func refIsHyphen(r rune) bool {
	return r == '-' || r >= utf8.RuneSelf && foldRune(r) == '-'
}

// refWordStart reports whether byte i starts a word.
func refWordStart(text string, i int) bool {
	r, _ := refPrevRune(text, i)
	return !isWordRune(r)
}

// refPosition classifies the span [start, end): glued to letters on one side
// (a compound written together), joined by a hyphen to a word on one side,
// or free. It reports false for a span glued on both sides.
func refPosition(text string, start, end int) (pos Position, glued, ok bool) {
	var pr, nr rune
	var pi, ni int
	if start > 0 && text[start-1] < utf8.RuneSelf && text[start-1] != '-' {
		pr, pi = rune(text[start-1]), start-1
	} else {
		pr, pi = refPrevRune(text, start)
	}
	if end < len(text) && text[end] < utf8.RuneSelf && text[end] != '-' {
		nr, ni = rune(text[end]), end+1
	} else {
		nr, ni = refNextRune(text, end)
	}
	left := pr >= 0 && isWordRune(pr)
	right := nr >= 0 && isWordRune(nr)
	switch {
	case left && right:
		return 0, false, false
	case left:
		return Head, true, true
	case right:
		return Modifier, true, true
	}
	if refIsHyphen(pr) {
		if r, _ := refPrevRune(text, pi); r >= 0 && isWordRune(r) {
			return Head, false, true
		}
	}
	if refIsHyphen(nr) {
		if r, _ := refNextRune(text, ni); r >= 0 && isWordRune(r) {
			return Modifier, false, true
		}
	}
	return Word, false, true
}

// refSortMatches sorts by Start, then End descending, stably. The scanner
// produces matches in order of End, so the input is nearly sorted and an
// insertion sort costs little more than one pass.
func refSortMatches(ms []Match) {
	for i := 1; i < len(ms); i++ {
		if refCompareMatch(ms[i-1], ms[i]) <= 0 {
			continue
		}
		m := ms[i]
		j := i
		for j > 0 && refCompareMatch(ms[j-1], m) > 0 {
			ms[j] = ms[j-1]
			j--
		}
		ms[j] = m
	}
}

// refMaxSynth bounds the length of an expanded compound; longer ones are not
// expanded (no Norwegian word in a listing comes near it).
const refMaxSynth = 160

// refConjunctions that join the parts of a hyphen-elided coordination.
var refConjunctions = []string{"og", "eller", "samt", "and", "or", "&", "/"}

// refExpandCoordinations finds hyphen-elided coordinations in text and appends
// the terms of their expansions. dst[base:] holds the matches of text found
// so far, in order of End.
//
// A coordination is a run of parts ending in a hyphen ("pasient-",
// "hjerte-, lunge-") followed by a conjunction (og, eller, samt, and, or,
// &, /, or a comma) and a last word ("pårørendeopplæring"). The last word's
// head is taken from the matches inside it: the longest match that ends the
// word but starts after its first letter ("opplæring"), or else what follows
// a match at its start ("opplæring" after "pårørende"). Each part is joined
// to that head ("pasientopplæring") and scanned; the matches that touch the
// part are appended with spans mapped back to the original text.
func (g *Glossary) refExpandCoordinations(dst []Match, base int, text string, unicodeDash bool) []Match {
	orig := len(dst)
	// Candidate hyphens: '-' everywhere, and U+2010–U+2015 or U+2212 if the
	// scan saw a non-ASCII dash.
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '-')
		if k < 0 {
			break
		}
		dst = g.refExpandAt(dst, base, orig, text, i+k, i+k+1)
		i += k + 1
	}
	if !unicodeDash {
		return dst
	}
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], 0xE2)
		if k < 0 {
			break
		}
		h := i + k
		i = h + 1
		if r, size := utf8.DecodeRuneInString(text[h:]); r != '-' && refIsHyphen(r) {
			dst = g.refExpandAt(dst, base, orig, text, h, h+size)
		}
	}
	return dst
}

// refExpandAt expands the coordination whose first hyphen spans [h, i), if
// there is one.
func (g *Glossary) refExpandAt(dst []Match, base, orig int, text string, h, i int) []Match {
	if i >= len(text) || h == 0 {
		return dst
	}
	if c := text[i]; c != ' ' && c != ',' && c != '/' && c != '\n' && c != '\t' && c < utf8.RuneSelf {
		return dst // "KiD-kurs": a compound, not an elision
	}
	// The part before the hyphen.
	ps := h
	for ps > 0 {
		pr, s := utf8.DecodeLastRuneInString(text[:ps])
		if !isWordRune(pr) {
			break
		}
		ps -= s
	}
	if ps == h {
		return dst
	}
	ws, we, ok := refLastConjunct(text, i)
	if !ok {
		return dst
	}
	hs := refHeadStart(dst[base:orig], ws, we)
	if hs <= ws || hs >= we {
		return dst
	}
	// Keep a hyphen that joins the head to its modifier ("KiB-kurs").
	if r, s := utf8.DecodeLastRuneInString(text[:hs]); refIsHyphen(r) && hs-s > ws {
		hs -= s
	}
	return g.refExpandPart(dst, dst[base:orig], text, ps, h, hs, we)
}

// refLastConjunct parses what follows a part's hyphen at i: more parts,
// separators and a conjunction, then the last word. It returns the last
// word's span.
func refLastConjunct(text string, i int) (ws, we int, ok bool) {
	sawSep := false
	for guard := 0; guard < 16; guard++ {
		i = refSkipSpace(text, i)
		if i >= len(text) {
			return 0, 0, false
		}
		if text[i] == ',' {
			i++
			sawSep = true
			continue
		}
		matched := false
		for _, c := range refConjunctions {
			if len(text)-i >= len(c) && refEqualFoldASCII(text[i:i+len(c)], c) {
				j := i + len(c)
				if c != "/" && c != "&" {
					if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && isWordRune(r) {
						continue // "også", "organisasjon"
					}
				}
				i = j
				matched = true
				break
			}
		}
		if matched {
			sawSep = true
			continue
		}
		if !sawSep {
			return 0, 0, false
		}
		// A word: either another part ending in a hyphen or the last word.
		ws = i
		for i < len(text) {
			r, s := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += s
				continue
			}
			if refIsHyphen(r) { // a hyphen inside the word ("KiB-kurs") or ending a part
				if n, _ := utf8.DecodeRuneInString(text[i+s:]); i+s < len(text) && isWordRune(n) {
					i += s
					continue
				}
			}
			break
		}
		if i == ws {
			return 0, 0, false
		}
		if r, s := utf8.DecodeRuneInString(text[i:]); i < len(text) && refIsHyphen(r) {
			i += s // another part: keep going
			sawSep = false
			continue
		}
		return ws, i, true
	}
	return 0, 0, false
}

func refSkipSpace(text string, i int) int {
	for i < len(text) {
		r, s := utf8.DecodeRuneInString(text[i:])
		if f := foldRune(r); f != ' ' && f != dropRune {
			break
		}
		i += s
	}
	return i
}

func refEqualFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// refHeadStart returns where the head of the word [ws, we) starts, judged from
// the matches found in it, or -1. ms is in order of End.
func refHeadStart(ms []Match, ws, we int) int {
	lo, _ := slices.BinarySearchFunc(ms, ws+1, func(m Match, end int) int { return m.End - end })
	best := -1
	for _, m := range ms[lo:] {
		if m.End > we {
			break
		}
		if m.Start > ws && m.End == we && (best < 0 || m.Start < best) {
			best = m.Start
		}
	}
	if best >= 0 {
		return best
	}
	for _, m := range ms[lo:] {
		if m.End > we {
			break
		}
		if m.Start == ws && m.End < we && m.End > best {
			best = m.End
		}
	}
	return best
}

// refExpandPart scans part [ps, pe) joined to the head [hs, he) and appends
// the matches that touch the part, mapped to the original text.
func (g *Glossary) refExpandPart(dst, orig []Match, text string, ps, pe, hs, he int) []Match {
	pl, hl := pe-ps, he-hs
	if pl+hl > refMaxSynth {
		return dst
	}
	var buf [refMaxSynth]byte
	copy(buf[:], text[ps:pe])
	copy(buf[pl:], text[hs:he])
	synth := unsafe.String(&buf[0], pl+hl) // lives only during this call
	from := len(dst)
	dst, _ = g.refScanText(dst, synth)
	w := from
	for _, m := range dst[from:] {
		if m.Start >= pl {
			continue // inside the head: already found in the last word
		}
		m.Start += ps
		if m.End <= pl {
			m.End += ps
		} else {
			m.End = hs + (m.End - pl)
		}
		m.Expanded = true
		if m.End <= pe && refHasMatch(orig, m) {
			continue // the part alone was already found
		}
		dst[w] = m
		w++
	}
	return dst[:w]
}

// refHasMatch reports whether ms, in order of End, holds a match of m's term
// with m's span.
func refHasMatch(ms []Match, m Match) bool {
	i, _ := slices.BinarySearchFunc(ms, m.End, func(x Match, end int) int { return x.End - end })
	for ; i < len(ms) && ms[i].End == m.End; i++ {
		if ms[i].Start == m.Start && ms[i].Term == m.Term {
			return true
		}
	}
	return false
}

// TestScanEqualsReference: the optimised scanner reports exactly what the
// reference scanner reports, field by field, on realistic listings, on
// text dense in non-ASCII, coordinations and case-sensitive terms, and on
// every fuzz seed.
func TestScanEqualsReference(t *testing.T) {
	g := Default()
	corpus := benchCorpus()
	texts := map[string]string{
		"listings": corpus[:300000],
		"tail":     corpus[len(corpus)-70001:],
		"nonascii": strings.Repeat("pårørendeopplæringåøæ. ÆØÅ kurs- og Pa\u030arørende. MESTRINGSKURS\u00a0for KOLS–pasienter «LMS» ", 700),
		"nosplit":  strings.Repeat("kursa ", 2000),
		"coord":    strings.Repeat("Kurs for hjerte-, lunge- og kreftpasienter, KiD-/KiB-kurs og pasient- og pårørendeopplæring\u2010 og meistringskurs. ", 300),
		"case":     strings.Repeat("LMS lms KiD kid Kid SMIL smil MS ms Teams teams konkurs kurs målgruppen krefter kreft sorg omsorg ", 400),
		"spaces":   strings.Repeat("læring  og\n\tmestring\u00adsenter på   nett på\u00a0nettsiden  ", 500),
		"bullets":  bulletMiB()[:400000],
		// No restart byte at all, and states that a short look back
		// cannot tell: a term's words far apart (runs of white space
		// read as one) or split by many soft hyphens.
		"bulletsonly": strings.Repeat("• kurs for pårørende\n  • mestring av hverdagen i gruppe\n", 3000),
		"farapart":    strings.Repeat("læring"+strings.Repeat(" ", 150)+"og\n\n"+strings.Repeat("\t", 90)+"mestring i helse- og omsorgstjenesten ", 300),
		"softhyphens": strings.Repeat("mestrings"+strings.Repeat("\u00ad", 70)+"kurs lærings- og mestrings\u00ad\u00adsenter ", 300),
		// Long runs without an ASCII byte, where a chunk cannot start.
		"noascii": strings.Repeat("ж", 9000) + " mestringskurs " + strings.Repeat("жё😀", 3000) + " kurs. " +
			strings.Repeat("ø", 5000) + "kurs",
		// A text whose last bytes are all non-ASCII, so that a chunk's
		// start runs off the end: in a long text and in a listing.
		"noasciitail":  strings.Repeat("kurs for pårørende. ", 700) + strings.Repeat("ø", 12000),
		"noasciishort": strings.Repeat("mestringskurs for pårørende ", 12) + strings.Repeat("å", 300),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			compareScans(t, g, text)
		})
	}
}

// TestScanWithoutWalkClass: a glossary whose automaton has too many byte
// classes for slowBit (walkClass nil) scans every text with one walk and
// stepTo, which no other test reaches; it reports what the reference
// does.
func TestScanWithoutWalkClass(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g.walkClass, g.idle = nil, "" // as compile leaves them for more than 128 classes
	corpus := benchCorpus()
	texts := map[string]string{
		"listings":    corpus[:100000],
		"nonascii":    strings.Repeat("pårørendeopplæringåøæ. ÆØÅ kurs- og Pa\u030arørende. MESTRINGSKURS\u00a0for KOLS–pasienter «LMS» ", 200),
		"coord":       strings.Repeat("Kurs for hjerte-, lunge- og kreftpasienter, KiD-/KiB-kurs og pasient- og pårørendeopplæring\u2010 og meistringskurs. ", 100),
		"case":        strings.Repeat("LMS lms KiD kid Kid SMIL smil MS ms Teams teams konkurs kurs målgruppen krefter kreft sorg omsorg ", 100),
		"softhyphens": strings.Repeat("mestrings"+strings.Repeat("\u00ad", 70)+"kurs lærings- og mestrings\u00ad\u00adsenter ", 100),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			compareScans(t, g, text)
		})
	}
}

func compareScans(t *testing.T, g *Glossary, text string) {
	t.Helper()
	got := g.Scan(text)
	want := g.refScan(text)
	if len(got) != len(want) {
		t.Fatalf("scan found %d matches, reference %d", len(got), len(want))
	}
	for i := range got {
		a, b := got[i], want[i]
		if a.Start != b.Start || a.End != b.End || a.Term != b.Term || a.Kind != b.Kind || a.Lang != b.Lang ||
			a.Position != b.Position || a.Ambiguous != b.Ambiguous || a.Expanded != b.Expanded ||
			!slices.Equal(a.Senses, b.Senses) {
			t.Fatalf("match %d: %+v, reference %+v", i, a, b)
		}
	}
}

// TestScanEqualsReferenceReal: the scanner reports what the reference
// reports on every real listing alone and on the listings joined to 1 MiB
// (skipped when the corpus is absent).
func TestScanEqualsReferenceReal(t *testing.T) {
	g := Default()
	for i, text := range realListings(t) {
		compareScans(t, g, text)
		if t.Failed() {
			t.Fatalf("listing %d", i)
		}
	}
	compareScans(t, g, realMiB(t))
}

// TestScanEqualsReferenceLengths: every length of text from 0 to 3,000
// bytes, so that every way of cutting a text into walks is met, on made
// listings of bullet lists and page chrome, and each such listing alone.
func TestScanEqualsReferenceLengths(t *testing.T) {
	g := Default()
	text := bulletMiB()[:3000]
	for n := range len(text) + 1 {
		t.Run(fmt.Sprint(n), func(t *testing.T) { compareScans(t, g, text[:n]) })
	}
	for i, l := range bulletListings() {
		t.Run(fmt.Sprint("listing", i), func(t *testing.T) { compareScans(t, g, l) })
	}
}

// FuzzScanReference compares the scanner with the reference on any bytes.
func FuzzScanReference(f *testing.F) {
	for _, s := range []string{
		"Pasient- og pårørendeopplæring for hjerte-, lunge- og kreftpasienter",
		"KiD-kurset ved LMS", "pa\u030arørende\u00ad", "kurs\xff\xfekurs", "stress- eller\n\n smertemestring",
		"diabetes  type 2-", "-", "- og", "x- og -", "Mestringskursene", "\u2010 og kurs", "KONKURS kurs. Krefter",
	} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		compareScans(t, g, s)
		// Long enough for the interleaved walks: with restart bytes, and
		// without, so that walks enter their chunks anywhere in s.
		if len(s) > 0 && len(s) < 64 {
			compareScans(t, g, strings.Repeat(s+". ", 12000/(len(s)+2)+1))
			compareScans(t, g, strings.Repeat(s, 700/len(s)+1))
		}
	})
}

// TestSearchEnd: the hinted search returns what a binary search returns,
// from any hint, and leaves the answer as the next hint.
func TestSearchEnd(t *testing.T) {
	var ms []Match
	for i := range 300 {
		ms = append(ms, Match{End: i / 3 * 2}) // runs of equal End, gaps
	}
	for _, hint := range []int{0, 1, 5, 40, 150, 299, 300, 1000} {
		for end := -1; end <= 202; end++ {
			want, _ := slices.BinarySearchFunc(ms, end, cmpEnd)
			h := hint
			if got := searchEnd(ms, end, &h); got != want || h != want {
				t.Fatalf("searchEnd(end %d, hint %d) = %d (hint %d), want %d", end, hint, got, h, want)
			}
		}
	}
	h := 3
	if got := searchEnd(nil, 5, &h); got != 0 {
		t.Errorf("empty: %d", got)
	}
}

// TestScanEqualsReferenceMixed: long random texts of glossary words glued
// to each other and to the bytes that take the scanner's slow paths (soft
// hyphens, no-break spaces, dashes, combining marks, invalid UTF-8), so
// that every hand-over between the interleaved walks meets them.
func TestScanEqualsReferenceMixed(t *testing.T) {
	g := Default()
	parts := []string{
		"kurs", "mestring", "Mestringskurs", "KOLS", "pårørende", "Pårørende", "PÅRØRENDE", "pa\u030arørende",
		"opplæring", "LMS", "KiD", "smil", "sorg", "omsorg", "konkurs", "krefter", "hjerte", "lunge", "kreft",
		"pasient", "ene", "a", "s", "\u00ad", "\u00a0", "\u2013", "\u2010", "-", " ", "  ", "\n", ", ", ". ", "og",
		"eller", "/", "7", "2024", "\xff", "\xc3", "é", "É", "«", "»", "\u200b", "på nett", "på", "nett",
	}
	r := rand.New(rand.NewPCG(7, 11))
	for round := range 6 {
		var sb strings.Builder
		for sb.Len() < 40000 {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		t.Run(fmt.Sprint(round), func(t *testing.T) { compareScans(t, g, sb.String()) })
	}
}

// TestScanEqualsReferenceShifted: nb and nn listings dense in terms, of
// every length from 256 to 1,100 bytes in steps of 23 and shifted by 0 to
// 16 bytes, so that the terms end at every position of the walks' runs
// and next to their chunk boundaries and look-backs.
func TestScanEqualsReferenceShifted(t *testing.T) {
	g := Default()
	for lang, para := range map[string]string{
		"nb": "Lærings- og mestringskurs for pårørende til personer med demens. Kurset gir kunnskap om sykdommen, " +
			"mestring av hverdagen og KOLS-rehabilitering. Pasient- og pårørendeopplæring\u2013 «LMS» på sykehuset. ",
		"nn": "Meistringskurs for pårørande og pasientar med kols. Kurset gjev kunnskap om sjukdomen, meistring av " +
			"kvardagen og diabetesopplæring. Læring og meistring i helse\u00ad- og omsorgstenesta. ",
	} {
		body := strings.Repeat(para, 1200/len(para)+1)
		for shift := range 17 {
			text := strings.Repeat("x", shift) + " " + body
			for n := 256; n <= 1100; n += 23 {
				compareScans(t, g, text[:n])
				if t.Failed() {
					t.Fatalf("%s, shift %d, %d bytes", lang, shift, n)
				}
			}
		}
	}
}
