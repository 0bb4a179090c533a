package harvest

import (
	"strconv"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Encoder writes the output line of a record: the classification of a good
// record, or the error record of a bad one. Run uses it; so can any other
// runner (a pipeline on many machines, a web service) that must write the
// same JSON. The zero Encoder is ready to use.
//
// A classification is one line of JSON with exactly these members, in
// this order:
//
//	id, in_scope, concept, format, roles, age_groups, arena, delivery,
//	methods, scope, conditions, themes, programme, confidence, evidence
//
// and input, holding the record's other members, when it has any. Single
// values are codes ("" when unknown), lists are arrays ([] when empty),
// confidence is an object of the facets above with scores rounded to three
// decimals, and each evidence is {facet, value, field, start, end, term,
// concept, rule}. An error record is {"line":N,"file":…,"id":…,"error":…},
// file only when the Encoder has a Name and id null when the record has
// none.
//
// An Encoder is a plain value: safe for concurrent use as long as nobody
// changes it.
type Encoder struct {
	// Name is the input's name, given as "file" in error records; "" leaves
	// it out.
	Name string
}

// Append appends the output line of rec to dst: AppendError when rec.Err is
// set, else AppendResult with the classification c. c may be nil for a bad
// record.
func (e Encoder) Append(dst []byte, rec *Record, c *classify.Result) []byte {
	if rec.Err != nil {
		return e.AppendError(dst, rec)
	}
	return e.AppendResult(dst, rec, c)
}

// facetNames are the facets of an output record, in output order; the
// confidence object lists them in this order too.
var facetNames = [...]string{
	"in_scope", "concept", "format", "roles", "age_groups", "arena", "delivery",
	"methods", "scope", "conditions", "themes", "programme",
}

// AppendResult appends the classification c of the good record rec to dst
// as one line of JSON, ending in a newline.
func (e Encoder) AppendResult(dst []byte, rec *Record, c *classify.Result) []byte {
	b := e.appendResultMembers(dst, rec, c)
	// Members that describe the record further (such as a draft offering
	// read from it, see AppendDraft) belong here, after evidence and before
	// input.
	b = appendInput(b, rec.Other)
	return append(b, "}\n"...)
}

// appendResultMembers appends the opening of a classification's line: its
// members from id to evidence.
func (e Encoder) appendResultMembers(dst []byte, rec *Record, c *classify.Result) []byte {
	b := append(dst, `{"id":`...)
	b = appendString(b, rec.ID)
	b = append(b, `,"in_scope":`...)
	b = strconv.AppendBool(b, c.InScope)
	b = appendField(b, "concept", c.Concept.String())
	b = appendField(b, "format", c.Format.String())
	b = appendCodes(b, "roles", c.Roles)
	b = appendCodes(b, "age_groups", c.AgeGroups)
	b = appendField(b, "arena", c.Arena.String())
	b = appendField(b, "delivery", c.Delivery.String())
	b = appendCodes(b, "methods", c.Methods)
	b = appendField(b, "scope", c.Scope.String())
	b = appendCodes(b, "conditions", c.Conditions)
	b = appendCodes(b, "themes", c.Themes)
	b = appendField(b, "programme", c.Programme.String())
	b = appendConfidence(b, &c.Confidence)
	return appendEvidence(b, c.Evidence)
}

func appendConfidence(b []byte, s *classify.Scores) []byte {
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
		b = appendScore(b, scores[i])
	}
	return append(b, '}')
}

// appendScore appends a score rounded to three decimals, as
// strconv.AppendFloat(b, round3(v), 'f', -1, 64) does but without its
// search for the shortest form: k/1000 for a whole k in [0, 1000] is
// shortest as its decimal with trailing zeros dropped.
func appendScore(b []byte, v float64) []byte {
	r := round3(v)
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

func appendEvidence(b []byte, evidence []classify.Evidence) []byte {
	b = append(b, `,"evidence":[`...)
	for i := range evidence {
		ev := &evidence[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"facet":`...)
		b = appendString(b, facetField(ev.Facet))
		if ev.Facet == 0 {
			b = appendField(b, "value", strconv.FormatBool(ev.InScope))
		} else {
			b = appendField(b, "value", ev.Value.Code())
		}
		b = appendField(b, "field", ev.Part.String())
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(ev.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(ev.End), 10)
		b = appendField(b, "term", ev.Term)
		b = append(b, `,"concept":"`...)
		if !ev.Sense.IsZero() { // "facet:code", as Ref.String writes it
			b = append(b, ev.Sense.Facet().String()...)
			b = append(b, ':')
			b = appendStringBody(b, ev.Sense.Code())
		}
		b = append(b, '"')
		b = appendField(b, "rule", string(ev.Basis))
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendInput(b []byte, other []Field) []byte {
	if len(other) == 0 {
		return b
	}
	b = append(b, `,"input":{`...)
	for i, f := range other {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, f.Name)
		b = append(b, ':')
		b = append(b, f.Value...)
	}
	return append(b, '}')
}

// facetField names a facet as the output record's member does.
func facetField(f taxonomy.Facet) string {
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

func round3(v float64) float64 {
	return float64(int64(v*1000+0.5)) / 1000
}

// AppendError appends the error record of the bad record rec to dst as one
// line of JSON, ending in a newline: {"line":N,"file":…,"id":…,"error":…}.
func (e Encoder) AppendError(dst []byte, rec *Record) []byte {
	b := append(dst, `{"line":`...)
	b = strconv.AppendInt(b, int64(rec.Line), 10)
	if e.Name != "" {
		b = appendField(b, "file", e.Name)
	}
	b = append(b, `,"id":`...)
	if rec.HasID {
		b = appendString(b, rec.ID)
	} else {
		b = append(b, "null"...)
	}
	msg := "unknown error"
	if rec.Err != nil {
		msg = rec.Err.Error()
	}
	b = appendField(b, "error", msg)
	return append(b, "}\n"...)
}

func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return appendString(b, value)
}

func appendCodes[C interface{ String() string }](b []byte, name string, values []C) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":[`...)
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v.String())
	}
	return append(b, ']')
}

// appendString appends s as a JSON string.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendStringBody(b, s)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// plainByte tells the bytes a JSON string holds as they are: ASCII from
// space up, but the quote and the backslash.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendStringBody appends s as the inside of a JSON string. Invalid UTF-8
// becomes U+FFFD, as encoding/json does; U+2028 and U+2029 are escaped so
// the line stays valid JavaScript too; <, > and & are not escaped.
func appendStringBody(b []byte, s string) []byte {
	i := 0
	for i < len(s) && plainByte[s[i]] {
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
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
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
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}
