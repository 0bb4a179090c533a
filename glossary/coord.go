package glossary

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// maxSynth bounds the length of an expanded compound; longer ones are not
// expanded (no Norwegian word in a listing comes near it).
const maxSynth = 160

// conjunctions that join the parts of a hyphen-elided coordination.
var conjunctions = []string{"og", "eller", "samt", "and", "or", "&", "/"}

// expandCoordinations finds hyphen-elided coordinations in text and appends
// the terms of their expansions. dst[base:] holds the matches of text found
// so far, in order of End. The first '-' in text is at h (-1 if there is
// none).
//
// A coordination is a run of parts ending in a hyphen ("pasient-",
// "hjerte-, lunge-") followed by a conjunction (og, eller, samt, and, or,
// &, /, or a comma) and a last word ("pårørendeopplæring"). The last word's
// head is taken from the matches inside it: the longest match that ends the
// word but starts after its first letter ("opplæring"), or else what follows
// a match at its start ("opplæring" after "pårørende"). Each part is joined
// to that head ("pasientopplæring") and scanned; the matches that touch the
// part are appended with spans mapped back to the original text.
func (g *Glossary) expandCoordinations(dst []Match, base int, text string, h int, unicodeDash bool) []Match {
	orig := len(dst)
	hint := 0 // where the previous search in dst[base:orig] ended
	// Candidate hyphens: '-' everywhere, and U+2010–U+2015 or U+2212 if the
	// scan saw a non-ASCII dash.
	if h >= 0 {
		dst = g.expandAt(dst, base, orig, text, h, h+1, &hint)
	}
	for i := h + 1; h >= 0 && i < len(text); {
		k := strings.IndexByte(text[i:], '-')
		if k < 0 {
			break
		}
		dst = g.expandAt(dst, base, orig, text, i+k, i+k+1, &hint)
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
		if r, size := utf8.DecodeRuneInString(text[h:]); r != '-' && isHyphen(r) {
			dst = g.expandAt(dst, base, orig, text, h, h+size, &hint)
		}
	}
	return dst
}

// expandAt expands the coordination whose first hyphen spans [h, i), if
// there is one.
func (g *Glossary) expandAt(dst []Match, base, orig int, text string, h, i int, hint *int) []Match {
	if i >= len(text) || h == 0 {
		return dst
	}
	if c := text[i]; c != ' ' && c != ',' && c != '/' && c != '\n' && c != '\t' && c < utf8.RuneSelf {
		return dst // "KiD-kurs": a compound, not an elision
	}
	// The part before the hyphen.
	ps := h
	for ps > 0 {
		if c := text[ps-1]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			ps--
			continue
		}
		pr, s := utf8.DecodeLastRuneInString(text[:ps])
		if !isWordRune(pr) {
			break
		}
		ps -= s
	}
	if ps == h {
		return dst
	}
	ws, we, ok := lastConjunct(text, i)
	if !ok {
		return dst
	}
	hs := headStart(dst[base:orig], ws, we, hint)
	if hs <= ws || hs >= we {
		return dst
	}
	// Keep a hyphen that joins the head to its modifier ("KiB-kurs").
	if r, s := utf8.DecodeLastRuneInString(text[:hs]); isHyphen(r) && hs-s > ws {
		hs -= s
	}
	return g.expandPart(dst, dst[base:orig], text, ps, h, hs, we, hint)
}

// lastConjunct parses what follows a part's hyphen at i: more parts,
// separators and a conjunction, then the last word. It returns the last
// word's span.
func lastConjunct(text string, i int) (ws, we int, ok bool) {
	sawSep := false
	for guard := 0; guard < 16; guard++ {
		i = skipSpace(text, i)
		if i >= len(text) {
			return 0, 0, false
		}
		if text[i] == ',' {
			i++
			sawSep = true
			continue
		}
		matched := false
		for _, c := range conjunctions {
			if len(text)-i >= len(c) && equalFoldASCII(text[i:i+len(c)], c) {
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
			if c := text[i]; c < utf8.RuneSelf && wordByte[c] {
				i++
				continue
			}
			r, s := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += s
				continue
			}
			if isHyphen(r) { // a hyphen inside the word ("KiB-kurs") or ending a part
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
		if r, s := utf8.DecodeRuneInString(text[i:]); i < len(text) && isHyphen(r) {
			i += s // another part: keep going
			sawSep = false
			continue
		}
		return ws, i, true
	}
	return 0, 0, false
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		r, s := utf8.DecodeRuneInString(text[i:])
		if f := foldRune(r); f != ' ' && f != dropRune {
			break
		}
		i += s
	}
	return i
}

func equalFoldASCII(a, b string) bool {
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

// headStart returns where the head of the word [ws, we) starts, judged from
// the matches found in it, or -1. ms is in order of End.
func headStart(ms []Match, ws, we int, hint *int) int {
	lo := searchEnd(ms, ws+1, hint)
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

// expandPart scans part [ps, pe) joined to the head [hs, he) and appends
// the matches that touch the part, mapped to the original text.
func (g *Glossary) expandPart(dst, orig []Match, text string, ps, pe, hs, he int, hint *int) []Match {
	pl, hl := pe-ps, he-hs
	if pl+hl > maxSynth {
		return dst
	}
	var buf [maxSynth]byte
	copy(buf[:], text[ps:pe])
	copy(buf[pl:], text[hs:he])
	synth := unsafe.String(&buf[0], pl+hl) // lives only during this call
	from := len(dst)
	dst, _ = g.scanText(dst, synth, nil)
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
		if m.End <= pe && hasMatch(orig, m, hint) {
			continue // the part alone was already found
		}
		dst[w] = m
		w++
	}
	return dst[:w]
}

// hasMatch reports whether ms, in order of End, holds a match of m's term
// with m's span.
func hasMatch(ms []Match, m Match, hint *int) bool {
	i := searchEnd(ms, m.End, hint)
	for ; i < len(ms) && ms[i].End == m.End; i++ {
		if ms[i].Start == m.Start && ms[i].Term == m.Term {
			return true
		}
	}
	return false
}

// searchEnd returns the first index of ms, in order of End, whose End is at
// least end, as a binary search would. It starts from *hint, the answer of
// the previous search, and sets it: coordinations are expanded in text
// order, so the answer is usually near, and a galloping search from there
// touches far less memory than a binary search over every match of a long
// text.
func searchEnd(ms []Match, end int, hint *int) int {
	j := min(*hint, len(ms))
	if j < len(ms) && ms[j].End < end {
		// The answer is in (j, len]: gallop forward.
		lo, step := j+1, 1
		for lo < len(ms) && ms[lo].End < end {
			j = lo
			lo += step
			step *= 2
		}
		hi := min(lo, len(ms))
		k, _ := slices.BinarySearchFunc(ms[j+1:hi], end, cmpEnd)
		j += 1 + k
	} else if j > 0 && ms[j-1].End >= end {
		// The answer is in [0, j): gallop back.
		hi, step := j-1, 1
		for hi > 0 && ms[hi-1].End >= end {
			j = hi
			hi -= step
			step *= 2
		}
		lo := max(hi, 0)
		k, _ := slices.BinarySearchFunc(ms[lo:j], end, cmpEnd)
		j = lo + k
	}
	*hint = j
	return j
}

func cmpEnd(m Match, end int) int { return m.End - end }
