package harvest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// decodeJSON decodes one JSON Lines record in one pass: the scanner of
// jsonscan.go splits the object into its top-level members, keeping every
// member other than id, title and text, in input order, with its value
// untouched. s is data as a string: the record's strings are slices of it
// (but for those with escapes), and Other's values slices of data. Only a
// record the scanner rejects is read again, by encoding/json, to word its
// error.
func decodeJSON(data []byte, s string, rec *Record) error {
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
			if uint(i) >= uint(len(data)) || data[i] != '"' {
				return slowJSONError(data, rec)
			}
			// The name, and its key: a name of up to seven bytes with
			// nothing to look at is read from one word.
			var key uint64
			kEnd := 0
			if i+9 <= len(data) {
				x := load64(data, i+1)
				if m := stopBytes(x); m != 0 {
					n := uint(bits.TrailingZeros64(m)) &^ 7 // eight times the name's length
					if byte(x>>n) == '"' {
						kEnd, key = i+2+int(n>>3), nameKeyOf(x, n)
					}
				}
			}
			nameAt, name := i, "" // name is set for a name read by scanString
			if kEnd == 0 {
				var kEsc bool
				if kEnd, kEsc = scanString(data, i); kEnd < 0 {
					return slowJSONError(data, rec)
				}
				name = stringValue(s, i, kEnd, kEsc)
				key = nameKey(name)
			}
			// The colon, and one space after it in one step.
			if i = kEnd; uint(i) < uint(len(data)) && data[i] == ':' {
				i++
			} else if i = skipWS(data, i); i < len(data) && data[i] == ':' {
				i++
			} else {
				return slowJSONError(data, rec)
			}
			if uint(i) < uint(len(data)) && data[i] == ' ' {
				i++
			}
			if uint(i) < uint(len(data)) && data[i] <= ' ' {
				i = skipWS(data, i)
			}
			if uint(i) >= uint(len(data)) {
				return slowJSONError(data, rec)
			}
			var vEnd int
			vEsc := false
			if data[i] == '"' {
				vEnd, vEsc = scanString(data, i)
			} else {
				vEnd = scanValue(data, i)
			}
			if vEnd < 0 {
				return slowJSONError(data, rec)
			}
			switch key {
			case keyID:
				switch c := data[i]; {
				case c == '"':
					rec.ID = stringValue(s, i, vEnd, vEsc)
				case c == 'n':
					rec.ID = ""
				case c == '-' || (c >= '0' && c <= '9'):
					rec.ID = s[i:vEnd] // a number keeps its literal text
				default:
					return jsonType(data, rec, `"id" must be a string or a number`)
				}
				rec.HasID = true
			case keyTitle:
				switch {
				case data[i] == '"':
					rec.Title = stringValue(s, i, vEnd, vEsc)
				case data[i] != 'n': // null, or another type
					return jsonType(data, rec, `"title" must be a string`)
				}
			case keyText:
				switch {
				case data[i] == '"':
					rec.Text, hasText = stringValue(s, i, vEnd, vEsc), true
				case data[i] != 'n':
					return jsonType(data, rec, `"text" must be a string`)
				default:
					rec.Text, hasText = "", false
				}
			default:
				if name == "" { // a name read from one word (or the empty name): s[nameAt+1 : kEnd-1]
					name = unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), nameAt+1)), kEnd-2-nameAt)
				}
				// The member kept, its fields set in place (0 <= i < vEnd <= len(data)).
				if n := len(rec.Other); n < cap(rec.Other) {
					rec.Other = rec.Other[:n+1]
					f := &rec.Other[n]
					f.Name, f.Value = name, unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(data)), i)), vEnd-i)
				} else {
					rec.Other = append(rec.Other, Field{Name: name, Value: json.RawMessage(data[i:vEnd:vEnd])}) // its capacity ends with it, as above
				}
			}
			// A comma and one space after it in one step, or the end.
			if i = vEnd; uint(i) < uint(len(data)) && data[i] <= ' ' {
				i = skipWS(data, i)
			}
			if uint(i) >= uint(len(data)) {
				return slowJSONError(data, rec)
			}
			if data[i] == '}' {
				i++
				break
			}
			if data[i] != ',' {
				return slowJSONError(data, rec)
			}
			if i++; uint(i) < uint(len(data)) && data[i] == ' ' {
				i++
			}
			if uint(i) < uint(len(data)) && data[i] <= ' ' {
				i = skipWS(data, i)
			}
		}
	}
	if skipWS(data, i) != len(data) {
		return slowJSONError(data, rec)
	}
	if !hasText || isBlankString(rec.Text) {
		return ErrMissingText
	}
	return nil
}

// The keys of the members decodeJSON reads (see nameKey).
var (
	keyID    = nameKey("id")
	keyTitle = nameKey("title")
	keyText  = nameKey("text")
)

// nameKey packs a member's name of up to seven bytes into a word: its
// bytes, little-endian, and its length in the high byte. A longer name
// gives 0, as no short name does.
func nameKey(name string) uint64 {
	if len(name) > 7 {
		return 0
	}
	var w [8]byte
	copy(w[:], name)
	return binary.LittleEndian.Uint64(w[:]) | uint64(len(name))<<56
}

// nameKeyOf is nameKey of the name whose bytes are the low n/8 bytes of
// the little-endian word x (n is a multiple of 8 below 64).
func nameKeyOf(x uint64, n uint) uint64 {
	return x&(1<<n-1) | uint64(n>>3)<<56
}

// stringValue returns the value of the string token s[i:end].
func stringValue(s string, i, end int, escaped bool) string {
	if escaped {
		return unquote(s[i:end])
	}
	return s[i+1 : end-1]
}

// isBlankString reports whether s is empty or only white space, as
// strings.TrimSpace sees it, looking at no more of s than it must.
func isBlankString(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
		default:
			if s[i] < utf8.RuneSelf {
				return false
			}
			return strings.TrimSpace(s[i:]) == ""
		}
	}
	return true
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
