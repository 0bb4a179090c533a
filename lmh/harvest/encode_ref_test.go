package harvest

// The encoder as it was before fragments.go and tails.go (commit 3716d95),
// kept as the reference that FuzzEncoder compares the encoder with byte
// for byte.

import (
	"strconv"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func refAppendResult(dst []byte, rec *Record, c *classify.Result) []byte {
	b := append(dst, `{"id":`...)
	b = refAppendString(b, rec.ID)
	b = append(b, `,"in_scope":`...)
	b = strconv.AppendBool(b, c.InScope)
	b = refAppendField(b, "concept", c.Concept.String())
	b = refAppendField(b, "format", c.Format.String())
	b = refAppendCodes(b, "roles", c.Roles)
	b = refAppendCodes(b, "age_groups", c.AgeGroups)
	b = refAppendField(b, "arena", c.Arena.String())
	b = refAppendField(b, "delivery", c.Delivery.String())
	b = refAppendCodes(b, "methods", c.Methods)
	b = refAppendField(b, "scope", c.Scope.String())
	b = refAppendCodes(b, "conditions", c.Conditions)
	b = refAppendCodes(b, "themes", c.Themes)
	b = refAppendField(b, "programme", c.Programme.String())
	b = refAppendConfidence(b, &c.Confidence)
	b = refAppendEvidence(b, c.Evidence)
	// Members that describe the record further (such as a draft offering
	// read from it) belong here, after evidence and before input.
	b = refAppendInput(b, rec.Other)
	return append(b, "}\n"...)
}

func refAppendConfidence(b []byte, s *classify.Scores) []byte {
	scores := [len(facetNames)]float64{s.InScope, s.Concept, s.Format, s.Roles, s.AgeGroups,
		s.Arena, s.Delivery, s.Methods, s.Scope, s.Conditions, s.Themes, s.Programme}
	b = append(b, `,"confidence":{`...)
	for i, name := range facetNames {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `":`...)
		b = refAppendScore(b, scores[i])
	}
	return append(b, '}')
}

// refAppendScore appends a score rounded to three decimals, as
// strconv.AppendFloat(b, refRound3(v), 'f', -1, 64) does but without its
// search for the shortest form: k/1000 for a whole k in [0, 1000] is
// shortest as its decimal with trailing zeros dropped.
func refAppendScore(b []byte, v float64) []byte {
	r := refRound3(v)
	k := int64(r * 1000)
	if !(r >= 0 && r <= 1) || float64(k)/1000 != r {
		return strconv.AppendFloat(b, r, 'f', -1, 64)
	}
	if k == 1000 {
		return append(b, '1')
	}
	if k == 0 {
		return append(b, '0')
	}
	b = append(b, '0', '.', byte('0'+k/100), byte('0'+k/10%10), byte('0'+k%10))
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	return b
}

func refAppendEvidence(b []byte, evidence []classify.Evidence) []byte {
	b = append(b, `,"evidence":[`...)
	for i := range evidence {
		ev := &evidence[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"facet":`...)
		b = refAppendString(b, refFacetField(ev.Facet))
		if ev.Facet == 0 {
			b = refAppendField(b, "value", strconv.FormatBool(ev.InScope))
		} else {
			b = refAppendField(b, "value", ev.Value.Code())
		}
		b = refAppendField(b, "field", ev.Part.String())
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(ev.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(ev.End), 10)
		b = refAppendField(b, "term", ev.Term)
		b = append(b, `,"concept":"`...)
		if !ev.Sense.IsZero() { // "facet:code", as Ref.String writes it
			b = append(b, ev.Sense.Facet().String()...)
			b = append(b, ':')
			b = refAppendStringBody(b, ev.Sense.Code())
		}
		b = append(b, '"')
		b = refAppendField(b, "rule", string(ev.Basis))
		b = append(b, '}')
	}
	return append(b, ']')
}

func refAppendInput(b []byte, other []Field) []byte {
	if len(other) == 0 {
		return b
	}
	b = append(b, `,"input":{`...)
	for i, f := range other {
		if i > 0 {
			b = append(b, ',')
		}
		b = refAppendString(b, f.Name)
		b = append(b, ':')
		b = append(b, f.Value...)
	}
	return append(b, '}')
}

// refFacetField names a facet as the output record's member does.
func refFacetField(f taxonomy.Facet) string {
	switch f {
	case 0:
		return "in_scope"
	case taxonomy.FacetRole:
		return "roles"
	case taxonomy.FacetAgeGroup:
		return "age_groups"
	case taxonomy.FacetMethod:
		return "methods"
	case taxonomy.FacetCondition:
		return "conditions"
	case taxonomy.FacetTheme:
		return "themes"
	}
	return f.String()
}

func refRound3(v float64) float64 {
	return float64(int64(v*1000+0.5)) / 1000
}

func refAppendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return refAppendString(b, value)
}

func refAppendCodes[C interface{ String() string }](b []byte, name string, values []C) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":[`...)
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		b = refAppendString(b, v.String())
	}
	return append(b, ']')
}

// refAppendString appends s as a JSON string.
func refAppendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = refAppendStringBody(b, s)
	return append(b, '"')
}

const refHexDigits = "0123456789abcdef"

// refPlainByte tells the bytes a JSON string holds as they are: ASCII from
// space up, but the quote and the backslash.
var refPlainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// refAppendStringBody appends s as the inside of a JSON string. Invalid UTF-8
// becomes U+FFFD, as encoding/json does; U+2028 and U+2029 are escaped so
// the line stays valid JavaScript too; <, > and & are not escaped.
func refAppendStringBody(b []byte, s string) []byte {
	i := 0
	for i < len(s) && refPlainByte[s[i]] {
		i++
	}
	if i == len(s) {
		return append(b, s...)
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', refHexDigits[c>>4], refHexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', refHexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}
