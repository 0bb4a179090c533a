package taxonomy

import (
	"strings"
)

// This file links conditions to ICD-10 and ICPC-2.
//
// A condition lists ICD-10 codes and ranges ("F32-F33", "G30", "R52.1-R52.2")
// and ICPC-2 codes. A code falls under an entry when it begins with it at the
// entry's precision: F32.1 falls under F32 and under F32-F33, but F32 does not
// fall under F32.1. Codes are compared without the dot, so "F321" and "F32.1"
// are the same code.

// ICD10 returns the ICD-10 codes and ranges of the condition, as written in
// the data file ("F32-F33").
func (c Condition) ICD10() []string {
	if i := c.Ref().info(); i != nil {
		return append([]string(nil), i.icd10...)
	}
	return nil
}

// ICPC2 returns the ICPC-2 codes of the condition.
func (c Condition) ICPC2() []string {
	if i := c.Ref().info(); i != nil {
		return append([]string(nil), i.icpc2...)
	}
	return nil
}

// CodeSystem names a classification that conditions are mapped to.
type CodeSystem uint8

// The classifications conditions are mapped to.
const (
	_     CodeSystem = iota
	ICD10            // ICD-10, WHO and the Norwegian edition
	ICPC2            // ICPC-2, primary care
)

// String returns "ICD-10" or "ICPC-2".
func (s CodeSystem) String() string {
	switch s {
	case ICD10:
		return "ICD-10"
	case ICPC2:
		return "ICPC-2"
	}
	return ""
}

// ValidCode reports whether code is well-formed in the system: for ICD-10 a
// letter, two digits and an optional extension of one to four digits or
// letters, with or without the dot ("F32", "F32.1", "F321"); for ICPC-2 a
// chapter letter and two digits, with an optional numeric extension ("T90",
// "T90.1"). It checks syntax only, not that the code exists.
func (s CodeSystem) ValidCode(code string) bool {
	_, ok := s.normalize(code)
	return ok
}

// normalize upper-cases code and removes the dot, reporting whether it is
// well-formed.
func (s CodeSystem) normalize(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) < 3 || len(code) > 8 {
		return "", false
	}
	if s == ICPC2 && !strings.ContainsRune("ABDFHKLNPRSTUWXYZ", rune(code[0])) {
		return "", false
	}
	if code[0] < 'A' || code[0] > 'Z' || !isDigit(code[1]) || !isDigit(code[2]) {
		return "", false
	}
	rest := code[3:]
	if rest == "" {
		return code, true
	}
	if rest[0] == '.' {
		rest = rest[1:]
	} else if s == ICPC2 {
		return "", false
	}
	if rest == "" || len(rest) > 4 {
		return "", false
	}
	for i := 0; i < len(rest); i++ {
		b := rest[i]
		if !isDigit(b) && !(s == ICD10 && b >= 'A' && b <= 'Z') {
			return "", false
		}
	}
	return code[:3] + rest, true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// codeRange is an inclusive range of normalised codes.
type codeRange struct{ lo, hi string }

func parseRange(s CodeSystem, entry string) (codeRange, bool) {
	lo, hi, isRange := strings.Cut(entry, "-")
	l, ok := s.normalize(lo)
	if !ok {
		return codeRange{}, false
	}
	if !isRange {
		return codeRange{l, l}, true
	}
	h, ok := s.normalize(hi)
	if !ok || h < l {
		return codeRange{}, false
	}
	return codeRange{l, h}, true
}

// contains reports whether the normalised code falls in the range, comparing
// at the precision of each bound.
func (r codeRange) contains(code string) bool {
	return truncate(code, len(r.lo)) >= r.lo && truncate(code, len(r.hi)) <= r.hi
}

// span is a rough width of the range, used to prefer the most specific match.
func (r codeRange) span() int { return rangeValue(r.hi, 9) - rangeValue(r.lo, 0) }

func rangeValue(c string, fill int) int {
	v := int(c[0]-'A')*10000 + int(c[1]-'0')*1000 + int(c[2]-'0')*100
	if len(c) > 3 && isDigit(c[3]) {
		v += int(c[3]-'0') * 10
		fill = 0
	} else {
		v += fill * 10
	}
	if len(c) > 4 && isDigit(c[4]) {
		v += int(c[4] - '0')
	} else {
		v += fill
	}
	return v
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// ConditionFor returns the most specific condition whose codes in the given
// system cover code: F32.1 gives depression, I21.9 heart_attack, J44 copd. It
// reports false for a malformed code or one no condition covers.
//
// Among several covering conditions it keeps those whose covering entry is
// narrowest, and of those the deepest in the hierarchy. If that still leaves
// several (ICPC-2 D94 belongs to both Crohn's disease and ulcerative
// colitis), it returns their nearest common broader condition
// (inflammatory_bowel_disease), or the first in data order if they share none.
func ConditionFor(system CodeSystem, code string) (Condition, bool) {
	n, ok := system.normalize(code)
	if !ok {
		return 0, false
	}
	var cands []Condition
	bestSpan, bestDepth := 0, -1
	for _, cr := range conditionRanges[system] {
		if !cr.r.contains(n) {
			continue
		}
		c, sp, d := cr.condition, cr.r.span(), cr.depth
		switch {
		case len(cands) == 0 || sp < bestSpan || sp == bestSpan && d > bestDepth:
			cands, bestSpan, bestDepth = append(cands[:0], c), sp, d
		case sp == bestSpan && d == bestDepth && cands[len(cands)-1] != c:
			cands = append(cands, c)
		}
	}
	switch len(cands) {
	case 0:
		return 0, false
	case 1:
		return cands[0], true
	}
	if lca := commonBroader(cands); lca != 0 {
		return lca, true
	}
	return cands[0], true
}

// commonBroader returns the nearest condition that subsumes all of cs, or 0.
func commonBroader(cs []Condition) Condition {
	for a := cs[0]; a != 0; a = a.Broader() {
		all := true
		for _, c := range cs[1:] {
			if !a.Subsumes(c) {
				all = false
				break
			}
		}
		if all {
			return a
		}
	}
	return 0
}

// Covers reports whether code (in the given system) falls under c or under
// any condition below c in the hierarchy: diabetes covers E11.9.
func (c Condition) Covers(system CodeSystem, code string) bool {
	found, ok := ConditionFor(system, code)
	return ok && c.Subsumes(found)
}

type conditionRange struct {
	condition Condition
	r         codeRange
	depth     int
}

// conditionRanges holds the parsed entries per system, in data order. Entries
// that do not parse are left out here and reported by the invariant tests.
var conditionRanges = func() (out [ICPC2 + 1][]conditionRange) {
	for _, sys := range []CodeSystem{ICD10, ICPC2} {
		for _, c := range All[Condition]() {
			for _, e := range c.entries(sys) {
				if r, ok := parseRange(sys, e); ok {
					out[sys] = append(out[sys], conditionRange{c, r, c.Ref().Depth()})
				}
			}
		}
	}
	return out
}()

func (c Condition) entries(s CodeSystem) []string {
	i := c.Ref().info()
	if i == nil {
		return nil
	}
	if s == ICPC2 {
		return i.icpc2
	}
	if s == ICD10 {
		return i.icd10
	}
	return nil
}
