package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// format is the shape of the input.
type format int

const (
	formatAuto  format = iota
	formatJSONL        // JSON Lines: one object per line with id, title, text
	formatCSV          // CSV with a header row naming at least the text column
	formatText         // plain text: one listing per line
)

func (f format) String() string {
	switch f {
	case formatJSONL:
		return "jsonl"
	case formatCSV:
		return "csv"
	case formatText:
		return "text"
	}
	return "auto"
}

func parseFormat(s string) (format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return formatAuto, nil
	case "jsonl", "ndjson", "json":
		return formatJSONL, nil
	case "csv", "tsv":
		return formatCSV, nil
	case "text", "txt", "plain":
		return formatText, nil
	}
	return formatAuto, fmt.Errorf("unknown format %q (want auto, jsonl, csv or text)", s)
}

// Column names recognised in a CSV header, compared case-insensitively.
var (
	csvIDColumns    = []string{"id"}
	csvTitleColumns = []string{"title", "tittel", "name", "navn"}
	csvTextColumns  = []string{"text", "tekst", "description", "beskrivelse", "body", "innhald", "innhold"}
)

// lineReader splits its input into lines of at most max bytes without ever
// holding more than max bytes of one line: the rest of an over-long line is
// read and thrown away, and the line is reported as too long.
type lineReader struct {
	r    *bufio.Reader
	max  int
	buf  []byte
	line int // number of the line last returned, from 1
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line without its line ending ("\n" or "\r\n"),
// whether it was cut because it was longer than max, and the number of
// double quotes in the whole line (for CSV record assembly). The returned
// slice is valid until the next call. At the end of input it returns io.EOF;
// any other error is an I/O error.
func (l *lineReader) next() (line []byte, tooLong bool, quotes int, err error) {
	l.buf = l.buf[:0]
	n := 0
	for {
		chunk, rerr := l.r.ReadSlice('\n')
		n += len(chunk)
		quotes += bytes.Count(chunk, quoteByte)
		if !tooLong {
			if len(l.buf)+len(chunk) > l.max+2 { // +2: the line ending does not count
				tooLong = true
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		switch {
		case rerr == nil:
			l.line++
			return l.result(tooLong, quotes)
		case errors.Is(rerr, bufio.ErrBufferFull):
			continue
		case errors.Is(rerr, io.EOF):
			if n == 0 {
				return nil, false, 0, io.EOF
			}
			l.line++
			return l.result(tooLong, quotes)
		default:
			return nil, false, 0, rerr
		}
	}
}

func (l *lineReader) result(tooLong bool, quotes int) ([]byte, bool, int, error) {
	line := trimEOL(l.buf)
	if tooLong || len(line) > l.max {
		return nil, true, quotes, nil
	}
	return line, false, quotes, nil
}

var quoteByte = []byte{'"'}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// detect guesses the format of an input from its first non-blank line.
func detect(first []byte) format {
	t := bytes.TrimSpace(bytes.TrimPrefix(first, bom))
	if len(t) > 0 && t[0] == '{' {
		return formatJSONL
	}
	if h, err := parseHeader(t); err == nil && h.text >= 0 && h.n >= 2 {
		return formatCSV
	}
	return formatText
}

// csvHeader maps the columns of a CSV input.
type csvHeader struct {
	comma           rune
	n               int      // number of columns
	names           []string // column names as given
	id, title, text int      // column indexes, -1 when absent
}

// parseHeader reads a header line, choosing the delimiter (comma, semicolon
// or tab) that splits it into the most columns.
func parseHeader(line []byte) (*csvHeader, error) {
	line = bytes.TrimPrefix(line, bom)
	var best []string
	var comma rune
	for _, c := range []rune{',', ';', '\t'} {
		r := csv.NewReader(bytes.NewReader(line))
		r.Comma = c
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

// field is one passed-through input field: its name and its JSON value,
// byte for byte as it was in the input (JSON Lines) or as a JSON string (CSV).
type field struct {
	name  string
	value json.RawMessage
}

// listing is one decoded input record.
type listing struct {
	id    string
	hasID bool
	title string
	text  string
	other []field
}

// Errors of bad records. Their messages never quote the record's content.
var (
	errTooLong     = errors.New("line longer than the limit")
	errInvalidUTF8 = errors.New("invalid UTF-8")
	errMissingText = errors.New("missing text")
)

// decodeJSON decodes one JSON Lines record, keeping every field other than
// id, title and text, in input order, with its value untouched.
//
// The line is checked with json.Valid first; a valid line is then split into
// its top-level members by a small scanner that needs no allocation but the
// strings it returns. An invalid line is decoded again by encoding/json only
// to get its error message.
func decodeJSON(line []byte, l *listing) error {
	if !utf8.Valid(line) {
		return errInvalidUTF8
	}
	if !json.Valid(line) {
		var v any
		err := json.Unmarshal(line, &v)
		if err == nil {
			err = errors.New("not a single JSON value")
		}
		salvageID(line, l)
		return fmt.Errorf("invalid JSON: %w", cleanJSONError(err))
	}
	i := skipWS(line, 0)
	if line[i] != '{' {
		return errors.New("invalid JSON: the record is not an object")
	}
	i = skipWS(line, i+1)
	hasText := false
	for line[i] != '}' {
		kEnd := skipValue(line, i)
		key := jsonString(line[i:kEnd])
		i = skipWS(line, kEnd)
		i = skipWS(line, i+1) // the colon
		vEnd := skipValue(line, i)
		raw := json.RawMessage(line[i:vEnd])
		switch key {
		case "id":
			id, ok := jsonID(raw)
			if !ok {
				return errors.New(`"id" must be a string or a number`)
			}
			l.id, l.hasID = id, true
		case "title":
			switch {
			case raw[0] == '"':
				l.title = jsonString(raw)
			case string(raw) != "null":
				return errors.New(`"title" must be a string`)
			}
		case "text":
			switch {
			case raw[0] == '"':
				l.text, hasText = jsonString(raw), true
			case string(raw) != "null":
				return errors.New(`"text" must be a string`)
			}
		default:
			l.other = append(l.other, field{name: key, value: raw})
		}
		i = skipWS(line, vEnd)
		if line[i] == ',' {
			i = skipWS(line, i+1)
		}
	}
	if !hasText || strings.TrimSpace(l.text) == "" {
		return errMissingText
	}
	return nil
}

// salvageID reads the members of a broken record in order until the
// syntax error, so that its error record can still name its id.
func salvageID(line []byte, l *listing) {
	dec := json.NewDecoder(bytes.NewReader(line))
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
		if tok == "id" {
			if id, ok := jsonID(raw); ok {
				l.id, l.hasID = id, true
			}
		}
	}
}

// skipWS returns the index of the first byte at or after i that is not JSON
// white space.
func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// skipValue returns the end of the JSON value starting at i. The input is
// known to be valid JSON.
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		for i++; i < len(b); i++ {
			switch b[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return i
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = skipValue(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' &&
		b[i] != '\t' && b[i] != '\r' && b[i] != '\n' {
		i++
	}
	return i
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
// literal text.
func jsonID(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
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

// decodeCSV decodes one CSV record (possibly spanning several lines) using
// the header's column map. Columns other than id, title and text are passed
// through as JSON strings under their header names.
func decodeCSV(rec []byte, h *csvHeader, l *listing) error {
	if !utf8.Valid(rec) {
		return errInvalidUTF8
	}
	r := csv.NewReader(bytes.NewReader(rec))
	r.Comma = h.comma
	r.FieldsPerRecord = -1
	f, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return fmt.Errorf("invalid CSV: %v", pe.Err)
		}
		return fmt.Errorf("invalid CSV: %v", err)
	}
	if len(f) != h.n {
		return fmt.Errorf("invalid CSV: %d fields, the header has %d", len(f), h.n)
	}
	for i, v := range f {
		switch i {
		case h.id:
			l.id, l.hasID = v, true
		case h.title:
			l.title = v
		case h.text:
			l.text = v
		default:
			b, _ := json.Marshal(v) // a string always marshals
			l.other = append(l.other, field{name: h.names[i], value: b})
		}
	}
	if strings.TrimSpace(l.text) == "" {
		return errMissingText
	}
	return nil
}

// decodeText decodes one line of plain text; the listing's id is its line
// number.
func decodeText(line []byte, lineNo int, l *listing) error {
	if !utf8.Valid(line) {
		return errInvalidUTF8
	}
	l.id, l.hasID = fmt.Sprint(lineNo), true
	l.text = string(line)
	if strings.TrimSpace(l.text) == "" {
		return errMissingText
	}
	return nil
}

// cleanJSONError turns the decoder's end-of-input into a readable error.
func cleanJSONError(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("unexpected end of line")
	}
	return err
}
