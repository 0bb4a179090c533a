package main

import (
	"strconv"
	"unicode/utf8"
)

// facetNames are the facets of an output record, in output order; the
// confidence object lists them in this order too.
var facetNames = [...]string{
	"in_scope", "concept", "format", "roles", "age_groups", "arena", "delivery",
	"methods", "scope", "conditions", "themes", "programme",
}

// result is what the classifier says about one listing, as codes.
type result struct {
	InScope                                            bool
	Concept, Format, Arena, Delivery, Scope, Programme string
	Roles, AgeGroups, Methods, Conditions, Themes      []string
	Confidence                                         [len(facetNames)]float64
	Evidence                                           []evidence
}

// evidence is one glossary match (or rule) that decided a value.
type evidence struct {
	Facet, Value string // what was decided: "arena", "municipal"
	Field        string // where the match is: "title" or "text"
	Start, End   int    // byte span of the match in that field
	Term         string // the glossary term matched
	Concept      string // the term's sense, "facet:code"
	Rule         string // the rule that turned the match into the value
}

// classifyFunc classifies one listing.
type classifyFunc func(title, text string) result

// appendRecord appends the output record of one classified listing as one
// line of JSON: exactly the fields id, in_scope, concept, format, roles,
// age_groups, arena, delivery, methods, scope, conditions, themes,
// programme, confidence, evidence, and input when the record had other
// fields. Single values are strings ("" when unknown), lists are arrays
// ([] when empty).
func appendRecord(b []byte, l *listing, r *result) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, l.id)
	b = append(b, `,"in_scope":`...)
	b = strconv.AppendBool(b, r.InScope)
	b = appendField(b, "concept", r.Concept)
	b = appendField(b, "format", r.Format)
	b = appendList(b, "roles", r.Roles)
	b = appendList(b, "age_groups", r.AgeGroups)
	b = appendField(b, "arena", r.Arena)
	b = appendField(b, "delivery", r.Delivery)
	b = appendList(b, "methods", r.Methods)
	b = appendField(b, "scope", r.Scope)
	b = appendList(b, "conditions", r.Conditions)
	b = appendList(b, "themes", r.Themes)
	b = appendField(b, "programme", r.Programme)
	b = append(b, `,"confidence":{`...)
	for i, name := range facetNames {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `":`...)
		b = strconv.AppendFloat(b, r.Confidence[i], 'f', -1, 64)
	}
	b = append(b, `},"evidence":[`...)
	for i, e := range r.Evidence {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"facet":`...)
		b = appendString(b, e.Facet)
		b = appendField(b, "value", e.Value)
		b = appendField(b, "field", e.Field)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		b = appendField(b, "term", e.Term)
		b = appendField(b, "concept", e.Concept)
		b = appendField(b, "rule", e.Rule)
		b = append(b, '}')
	}
	b = append(b, ']')
	if len(l.other) > 0 {
		b = append(b, `,"input":{`...)
		for i, f := range l.other {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, f.name)
			b = append(b, ':')
			b = append(b, f.value...)
		}
		b = append(b, '}')
	}
	return append(b, "}\n"...)
}

// appendError appends an error record {"line":N,"id":…,"error":"…"}; id is
// null when the record's id could not be read. file is added when the input
// came from a named file.
func appendError(b []byte, file string, line int, l *listing, err error) []byte {
	b = append(b, `{"line":`...)
	b = strconv.AppendInt(b, int64(line), 10)
	if file != "" {
		b = appendField(b, "file", file)
	}
	b = append(b, `,"id":`...)
	if l.hasID {
		b = appendString(b, l.id)
	} else {
		b = append(b, "null"...)
	}
	b = appendField(b, "error", err.Error())
	return append(b, "}\n"...)
}

func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return appendString(b, value)
}

func appendList(b []byte, name string, values []string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, `":[`...)
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as
// encoding/json does; U+2028 and U+2029 are escaped so the line stays valid
// JavaScript too.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
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
	b = append(b, s[start:]...)
	return append(b, '"')
}
