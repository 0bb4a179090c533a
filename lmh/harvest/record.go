package harvest

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Record is one listing read from the input, or the reason it could not be
// read. A Record is a plain value; the Reader keeps no reference to it.
type Record struct {
	// Line is the input line the record starts on, counting from 1.
	Line int
	// ID is the record's id: the id member (JSON Lines; a number keeps its
	// literal text), the id column (CSV) or the line number (plain text).
	// HasID is false when there is none, or it could not be read.
	ID    string
	HasID bool // the record has an ID that could be read
	// Title and Text are the listing. Text is never blank in a good record.
	Title, Text string
	// Other holds the record's other members in input order: for JSON Lines
	// each value byte for byte as it was in the input, for CSV each column
	// as a JSON string under its header name.
	Other []Field
	// Err says why the record cannot be classified (nil for a good record):
	// ErrTooLong, ErrInvalidUTF8, ErrMissingText, or an error wrapping
	// ErrSyntax. Its message never quotes the record's content (a JSON
	// syntax error names the one character at fault, as encoding/json
	// words it: "invalid character 'o' in literal null"). Whatever
	// fields could still be read (the ID most often) are set.
	Err error
}

// Field is one passed-through member of a record: its name and its value
// as raw JSON.
type Field struct {
	Name  string          // the member's name, or the CSV column's header
	Value json.RawMessage // the value as raw JSON
}

// The errors of records that cannot be classified. Their messages are
// written into error records as they are, so they carry no package prefix;
// they name what is wrong and where, never the content.
var (
	// ErrTooLong is wrapped by the error of a record longer than
	// Options.MaxRecord bytes.
	ErrTooLong = errors.New("record too long")
	// ErrInvalidUTF8 is the error of a record that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrMissingText is the error of a record without text, or with text
	// that is only white space.
	ErrMissingText = errors.New("missing text")
	// ErrSyntax is wrapped by the error of a record that is not valid JSON
	// or CSV (a CSV quoted field not closed within Options.MaxLines lines
	// included), or whose members have the wrong types.
	ErrSyntax = errors.New("invalid record")
)

// syntaxError is a record's syntax error: kind is "JSON" or "CSV".
type syntaxError struct {
	kind, msg string
}

func (e *syntaxError) Error() string { return "invalid " + e.kind + ": " + e.msg }
func (e *syntaxError) Unwrap() error { return ErrSyntax }

func jsonError(msg string) error { return &syntaxError{"JSON", msg} }
func csvError(msg string) error  { return &syntaxError{"CSV", msg} }

// tooLongError is the error of a record over the limit.
type tooLongError struct {
	limit int    // bytes
	name  string // how the user sets the limit, e.g. "-max-line"
}

func (e *tooLongError) Error() string {
	return fmt.Sprintf("record longer than %d bytes (raise %s)", e.limit, e.name)
}

func (e *tooLongError) Unwrap() error { return ErrTooLong }
