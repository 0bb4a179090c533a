package harvest

import (
	"bytes"
	"fmt"
	"strings"
)

// Format is the shape of an input. The zero value, Auto, asks the reader to
// detect it.
type Format int

// The input formats.
const (
	Auto  Format = iota // detect from the first lines of the input
	JSONL               // JSON Lines: one object per line with id, title, text
	CSV                 // CSV with a header row naming at least the text column
	Text                // plain text: one listing per line, its id the line number
)

// String returns "auto", "jsonl", "csv" or "text".
func (f Format) String() string {
	switch f {
	case JSONL:
		return "jsonl"
	case CSV:
		return "csv"
	case Text:
		return "text"
	}
	return "auto"
}

// ParseFormat reads a format name: auto, jsonl (or ndjson, json), csv (or
// tsv), text (or txt, plain), in any case.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "jsonl", "ndjson", "json":
		return JSONL, nil
	case "csv", "tsv":
		return CSV, nil
	case "text", "txt", "plain":
		return Text, nil
	}
	return Auto, fmt.Errorf("harvest: unknown format %q (want auto, jsonl, csv or text)", s)
}

// Detection looks at this many non-blank lines (or fewer, when they add up
// to more than sampleBytes) before it decides the format of an input.
const (
	sampleLines = 64
	sampleBytes = 1 << 20
)

// detect decides the format of an input from its first non-blank lines
// (of a too-long line, its start), first being the first non-blank line if
// it is not too long.
// The input is JSON Lines when most sampled lines are JSON objects, CSV
// when the first line is a header with a text column, and plain text when
// no line looks like JSON. A sample in which some lines but not most look
// like JSON is ambiguous: the caller must say the format.
func detect(first []byte, sample [][]byte) (Format, error) {
	objects := 0
	for _, l := range sample {
		if t := bytes.TrimSpace(l); len(t) > 0 && t[0] == '{' {
			objects++
		}
	}
	if objects > 0 && 2*objects > len(sample) {
		return JSONL, nil
	}
	if h, err := parseHeader(first); err == nil && h.text >= 0 && h.n >= 2 {
		return CSV, nil
	}
	if objects == 0 {
		return Text, nil
	}
	return Auto, &FormatError{Sampled: len(sample), JSON: objects}
}

// FormatError reports an input whose format cannot be told from its first
// lines: some look like JSON objects, but not most. Give the format.
type FormatError struct {
	Sampled int // non-blank lines looked at
	JSON    int // how many of them start with "{"
}

// Error says how many of the sampled lines looked like JSON and asks for
// the format to be given.
func (e *FormatError) Error() string {
	return fmt.Sprintf("harvest: cannot tell the input format: %d of the first %d lines look like JSON; say the format (jsonl, csv or text)",
		e.JSON, e.Sampled)
}
