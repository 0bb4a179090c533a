package harvest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// decodeJSON decodes one JSON Lines record in one pass: a scanner as strict
// as encoding/json (and, inside strings, as strict about UTF-8 as the
// reader) splits the object into its top-level members, keeping every
// member other than id, title and text, in input order, with its value
// untouched. Only a record the scanner rejects is read again, by
// encoding/json, to word its error.
func decodeJSON(data []byte, rec *Record) error {
	i := skipWS(data, 0)
	if i == len(data) || data[i] != '{' {
		return slowJSONError(data, rec)
	}
	i = skipWS(data, i+1)
	hasText := false
	if i < len(data) && data[i] == '}' {
		i++
	} else {
		for {
			if i == len(data) || data[i] != '"' {
				return slowJSONError(data, rec)
			}
			kEnd, kEsc := scanString(data, i)
			if kEnd < 0 {
				return slowJSONError(data, rec)
			}
			key := data[i:kEnd]
			i = skipWS(data, kEnd)
			if i == len(data) || data[i] != ':' {
				return slowJSONError(data, rec)
			}
			i = skipWS(data, i+1)
			vEnd := scanValue(data, i, 1)
			if vEnd < 0 {
				return slowJSONError(data, rec)
			}
			raw := data[i:vEnd]
			var name string
			if kEsc {
				name = jsonString(key)
			}
			switch member(key, name, kEsc) {
			case "id":
				id, ok := jsonID(raw)
				if !ok {
					return jsonType(data, rec, `"id" must be a string or a number`)
				}
				rec.ID, rec.HasID = id, true
			case "title":
				switch {
				case raw[0] == '"':
					rec.Title = jsonString(raw)
				case string(raw) != "null":
					return jsonType(data, rec, `"title" must be a string`)
				}
			case "text":
				switch {
				case raw[0] == '"':
					rec.Text, hasText = jsonString(raw), true
				case string(raw) != "null":
					return jsonType(data, rec, `"text" must be a string`)
				default:
					rec.Text, hasText = "", false
				}
			default:
				if !kEsc {
					name = string(key[1 : len(key)-1])
				}
				rec.Other = append(rec.Other, Field{Name: name, Value: json.RawMessage(raw)})
			}
			i = skipWS(data, vEnd)
			if i == len(data) {
				return slowJSONError(data, rec)
			}
			if data[i] == '}' {
				i++
				break
			}
			if data[i] != ',' {
				return slowJSONError(data, rec)
			}
			i = skipWS(data, i+1)
		}
	}
	if skipWS(data, i) != len(data) {
		return slowJSONError(data, rec)
	}
	if !hasText || strings.TrimSpace(rec.Text) == "" {
		return ErrMissingText
	}
	return nil
}

// jsonType is the error of a member of the wrong type in an otherwise
// valid record; the rest of the line must still be valid JSON, or the
// syntax error is reported instead.
func jsonType(data []byte, rec *Record, msg string) error {
	if !utf8.Valid(data) || !json.Valid(data) {
		return slowJSONError(data, rec)
	}
	return jsonError(msg)
}

// slowJSONError words the error of a record the scanner rejected, and
// salvages its id if a member before the fault gives one.
func slowJSONError(data []byte, rec *Record) error {
	*rec = Record{Line: rec.Line, Other: rec.Other[:0]}
	salvageJSONID(data, rec)
	if !utf8.Valid(data) {
		return ErrInvalidUTF8
	}
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	switch {
	case err == nil:
		if _, ok := v.(map[string]any); !ok {
			return jsonError("the record is not an object")
		}
		return jsonError("the record could not be read") // not reached: the scanner accepts what encoding/json does
	case errors.Is(err, io.ErrUnexpectedEOF):
		return jsonError("unexpected end of line")
	case errors.As(err, &se):
		if bytes.HasPrefix(bytes.TrimSpace(data), []byte("[")) && json.Valid(data) {
			return jsonError("the record is not an object")
		}
		return jsonError(strings.TrimPrefix(se.Error(), "json: "))
	}
	return jsonError(err.Error())
}

// salvageJSONID reads the members of a broken (or truncated) record in
// order until the fault, so that its error record can still name its id. An
// id that is not valid UTF-8 is not taken.
func salvageJSONID(data []byte, rec *Record) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return
		}
		if tok == "id" && utf8.Valid(raw) {
			if id, ok := jsonID(raw); ok {
				rec.ID, rec.HasID = id, true
			}
			return
		}
	}
}

// The JSON scanner. Each function returns the index just past what it
// scanned, or -1 if the input is not valid JSON there.

// maxDepth is encoding/json's nesting limit.
const maxDepth = 10000

// skipWS returns the index of the first byte at or after i that is not JSON
// white space.
func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// scanValue scans one JSON value at i (no leading white space).
func scanValue(b []byte, i, depth int) int {
	if i >= len(b) {
		return -1
	}
	switch c := b[i]; {
	case c == '"':
		end, _ := scanString(b, i)
		return end
	case c == '{':
		if depth++; depth > maxDepth {
			return -1
		}
		i = skipWS(b, i+1)
		if i < len(b) && b[i] == '}' {
			return i + 1
		}
		for {
			if i >= len(b) || b[i] != '"' {
				return -1
			}
			if i, _ = scanString(b, i); i < 0 {
				return -1
			}
			if i = skipWS(b, i); i >= len(b) || b[i] != ':' {
				return -1
			}
			if i = scanValue(b, skipWS(b, i+1), depth); i < 0 {
				return -1
			}
			if i = skipWS(b, i); i >= len(b) {
				return -1
			}
			switch b[i] {
			case '}':
				return i + 1
			case ',':
				i = skipWS(b, i+1)
			default:
				return -1
			}
		}
	case c == '[':
		if depth++; depth > maxDepth {
			return -1
		}
		i = skipWS(b, i+1)
		if i < len(b) && b[i] == ']' {
			return i + 1
		}
		for {
			if i = scanValue(b, i, depth); i < 0 {
				return -1
			}
			if i = skipWS(b, i); i >= len(b) {
				return -1
			}
			switch b[i] {
			case ']':
				return i + 1
			case ',':
				i = skipWS(b, i+1)
			default:
				return -1
			}
		}
	case c == 't':
		return scanLiteral(b, i, "true")
	case c == 'f':
		return scanLiteral(b, i, "false")
	case c == 'n':
		return scanLiteral(b, i, "null")
	case c == '-' || (c >= '0' && c <= '9'):
		return scanNumber(b, i)
	}
	return -1
}

func scanLiteral(b []byte, i int, lit string) int {
	if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
		return i + len(lit)
	}
	return -1
}

// scanNumber scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func scanNumber(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		j := digits(b, i+1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(b, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digits(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// scanString scans a string at i (b[i] is '"'): no control characters,
// valid escapes and valid UTF-8. It also reports whether the string has
// escapes. A string without escapes, the common case, is checked a word at
// a time.
func scanString(b []byte, i int) (end int, escaped bool) {
	start := i + 1
	j := bytes.IndexByte(b[start:], '"')
	if j < 0 {
		return -1, false
	}
	seg := b[start : start+j]
	if bytes.IndexByte(seg, '\\') >= 0 {
		return scanEscapedString(b, i)
	}
	if hasControl(seg) || !utf8.Valid(seg) {
		return -1, false
	}
	return start + j + 1, false
}

// hasControl reports whether b has a byte below 0x20.
func hasControl(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if (x-0x20*ones)&^x&highs != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// scanEscapedString is scanString for a string with escapes, a byte at a
// time.
func scanEscapedString(b []byte, i int) (end int, escaped bool) {
	for i++; i < len(b); {
		c := b[i]
		switch {
		case c == '"':
			return i + 1, escaped
		case c == '\\':
			escaped = true
			if i+1 >= len(b) {
				return -1, escaped
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(b) || !isHex(b[i+2]) || !isHex(b[i+3]) || !isHex(b[i+4]) || !isHex(b[i+5]) {
					return -1, escaped
				}
				i += 6
			default:
				return -1, escaped
			}
		case c < 0x20:
			return -1, escaped
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return -1, escaped
			}
			i += size
		}
	}
	return -1, escaped
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// member returns "id", "title" or "text" when the key (a string token, or
// its decoded form when it has escapes) is that member, and "" otherwise,
// without allocating.
func member(key []byte, decoded string, escaped bool) string {
	k := decoded
	if !escaped {
		switch string(key[1 : len(key)-1]) {
		case "id":
			return "id"
		case "title":
			return "title"
		case "text":
			return "text"
		}
		return ""
	}
	switch k {
	case "id", "title", "text":
		return k
	}
	return ""
}

// jsonString returns the value of a valid JSON string token.
func jsonString(raw []byte) string {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1])
	}
	var s string
	_ = json.Unmarshal(raw, &s) // valid by construction
	return s
}

// jsonID reads an id that is a JSON string or number; a number keeps its
// literal text, and null gives the empty id.
func jsonID(raw []byte) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		if len(raw) < 2 || raw[len(raw)-1] != '"' {
			return "", false
		}
		if bytes.IndexByte(raw, '\\') < 0 {
			return string(raw[1 : len(raw)-1]), true
		}
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "", false
		}
		return s, true
	case 'n':
		return "", string(raw) == "null"
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), true
	}
	return "", false
}
