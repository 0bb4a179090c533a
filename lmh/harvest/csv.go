package harvest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Column names recognised in a CSV header, compared case-insensitively.
var (
	csvIDColumns    = []string{"id"}
	csvTitleColumns = []string{"title", "tittel", "name", "navn"}
	csvTextColumns  = []string{"text", "tekst", "description", "beskrivelse", "body", "innhald", "innhold"}
)

// csvHeader maps the columns of a CSV input. It is not changed after it is
// read, so the goroutines of a run share it.
type csvHeader struct {
	comma           byte
	n               int      // number of columns
	names           []string // column names as given
	id, title, text int      // column indexes, -1 when absent
}

// parseHeader reads a header line, choosing the delimiter (comma, semicolon
// or tab) that splits it into the most columns.
func parseHeader(line []byte) (*csvHeader, error) {
	line = bytes.TrimPrefix(line, bom)
	var best []string
	var comma byte
	for _, c := range []byte{',', ';', '\t'} {
		r := csv.NewReader(bytes.NewReader(line))
		r.Comma = rune(c)
		f, err := r.Read()
		if err != nil {
			continue
		}
		if len(f) > len(best) {
			best, comma = f, c
		}
	}
	if best == nil {
		return nil, errors.New("unreadable CSV header")
	}
	h := &csvHeader{comma: comma, n: len(best), names: best, id: -1, title: -1, text: -1}
	for i, name := range best {
		name = strings.ToLower(strings.TrimSpace(name))
		switch {
		case h.id < 0 && contains(csvIDColumns, name):
			h.id = i
		case h.title < 0 && contains(csvTitleColumns, name):
			h.title = i
		case h.text < 0 && contains(csvTextColumns, name):
			h.text = i
		}
	}
	return h, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scanCSVLine checks one physical line of a CSV record by RFC 4180's rules,
// as encoding/csv reads them: a field that starts with a quote is quoted
// and ends at a quote followed by the delimiter or the end of the record
// (two quotes inside stand for one); a quote anywhere else is an error.
// quoted says whether the line starts inside a quoted field (the record's
// earlier line ended in one). It returns whether the line ends inside a
// quoted field, and the syntax error, if any, with its column (from 1).
func scanCSVLine(b []byte, comma byte, quoted bool) (bool, error) {
	const (
		fieldStart = iota
		unquoted
		inQuotes
		afterQuote
	)
	state := fieldStart
	if quoted {
		state = inQuotes
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch state {
		case fieldStart:
			switch c {
			case '"':
				state = inQuotes
			case comma:
			default:
				state = unquoted
			}
		case unquoted:
			switch c {
			case '"':
				return false, csvError(fmt.Sprintf(`bare " in non-quoted field (column %d)`, utf8.RuneCount(b[:i])+1))
			case comma:
				state = fieldStart
			}
		case inQuotes:
			if c == '"' {
				if i+1 < len(b) && b[i+1] == '"' {
					i++
				} else {
					state = afterQuote
				}
			}
		case afterQuote:
			if c != comma {
				return false, csvError(fmt.Sprintf(`extraneous or missing " in quoted field (column %d)`, utf8.RuneCount(b[:i])+1))
			}
			state = fieldStart
		}
	}
	return state == inQuotes, nil
}

// csvFields splits a record whose syntax scanCSVLine accepted into its
// fields, unquoting quoted ones. For a record it rejected it reads on
// leniently (a quote out of place is kept as text), which is good enough
// to salvage an id.
func csvFields(b []byte, comma byte, dst []string) []string {
	dst = dst[:0]
	var buf []byte
	for i := 0; ; {
		if i < len(b) && b[i] == '"' {
			buf = buf[:0]
			i++
			for i < len(b) {
				c := b[i]
				if c == '"' {
					if i+1 < len(b) && b[i+1] == '"' {
						buf = append(buf, '"')
						i += 2
						continue
					}
					i++
					break
				}
				buf = append(buf, c)
				i++
			}
			// Lenient: anything up to the delimiter after a closing quote.
			j := bytes.IndexByte(b[i:], comma)
			if j < 0 {
				j = len(b) - i
			}
			buf = append(buf, b[i:i+j]...)
			dst = append(dst, string(buf))
			i += j
		} else {
			j := bytes.IndexByte(b[i:], comma)
			if j < 0 {
				dst = append(dst, string(b[i:]))
				return dst
			}
			dst = append(dst, string(b[i:i+j]))
			i += j
		}
		if i >= len(b) {
			return dst
		}
		i++ // the delimiter
		if i == len(b) {
			return append(dst, "")
		}
	}
}

// decodeCSV decodes one CSV record (possibly spanning several lines, joined
// by "\n") using the header's column map. Columns other than id, title and
// text are passed through as JSON strings under their header names. syntax
// is the syntax error the splitter found, if any: the record is then read
// only for its id.
func decodeCSV(data []byte, h *csvHeader, syntax error, rec *Record, fields []string) ([]string, error) {
	fields = csvFields(data, h.comma, fields)
	// The start of a too-long line may end inside the id; take the id only
	// when a delimiter follows it.
	complete := !errors.Is(syntax, ErrTooLong) || h.id < len(fields)-1
	if h.id >= 0 && h.id < len(fields) && complete && utf8.ValidString(fields[h.id]) {
		rec.ID, rec.HasID = fields[h.id], true
	}
	switch {
	case syntax != nil:
		return fields, syntax
	case !utf8.Valid(data):
		return fields, ErrInvalidUTF8
	case len(fields) != h.n:
		return fields, csvError(fmt.Sprintf("%d fields, the header has %d", len(fields), h.n))
	}
	for i, v := range fields {
		switch i {
		case h.id:
		case h.title:
			rec.Title = v
		case h.text:
			rec.Text = v
		default:
			b, _ := json.Marshal(v) // a string always marshals
			rec.Other = append(rec.Other, Field{Name: h.names[i], Value: b})
		}
	}
	if strings.TrimSpace(rec.Text) == "" {
		return fields, ErrMissingText
	}
	return fields, nil
}
