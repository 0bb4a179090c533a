package lmh

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
)

// Entry is one offering read from a JSON Lines catalogue, with the line it
// was on.
type Entry struct {
	// Line is the line number in the input, counting from 1.
	Line int
	// Offering is the decoded offering; zero when the line had an error.
	Offering Offering
}

// DefaultMaxLine is the longest catalogue line Entries and LoadCatalogue
// accept unless MaxLine says otherwise: 1 MiB, some hundred times a rich
// offering.
const DefaultMaxLine = 1 << 20

// ErrLineTooLong is the cause of the *DecodeError for a catalogue line
// longer than the limit.
var ErrLineTooLong = errors.New("lmh: line longer than the limit")

// ReadOption configures Entries and LoadCatalogue.
type ReadOption func(*readConfig)

type readConfig struct{ maxLine int }

// MaxLine sets the longest line accepted, in bytes (DefaultMaxLine when
// n <= 0). A longer line is reported as a *DecodeError wrapping
// ErrLineTooLong and skipped without being held in memory.
func MaxLine(n int) ReadOption {
	return func(c *readConfig) {
		if n > 0 {
			c.maxLine = n
		}
	}
}

// Entries reads a catalogue in JSON Lines form — one offering per line,
// decoded strictly as by DecodeOffering — and yields each entry in order.
// A line that cannot be decoded yields a zero Entry with its Line set and a
// *DecodeError naming the line and the JSON path; reading goes on with the
// next line, so every good record is still returned. Blank lines and a
// byte-order mark at the start are skipped. An error reading r ends the
// sequence with that error (not a *DecodeError). Entries does not validate the offerings; see
// LoadCatalogue.
//
// The sequence reads r as it goes and holds at most one line (up to the
// MaxLine limit) at a time, so it suits files of any size; it can be
// ranged over once.
func Entries(r io.Reader, opts ...ReadOption) iter.Seq2[Entry, error] {
	cfg := readConfig{maxLine: DefaultMaxLine}
	for _, o := range opts {
		o(&cfg)
	}
	return func(yield func(Entry, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var buf []byte
		for line := 1; ; line++ {
			buf = buf[:0]
			tooLong := false
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				if !tooLong && len(buf)+len(chunk) > cfg.maxLine+2 { // +2: the line ending
					tooLong, buf = true, buf[:0]
				}
				if !tooLong {
					buf = append(buf, chunk...)
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				yield(Entry{Line: line}, fmt.Errorf("lmh: reading line %d: %w", line, err))
				return
			}
			rec := bytes.TrimSpace(buf)
			if line == 1 {
				rec = bytes.TrimPrefix(rec, utf8BOM) // files saved by some Windows editors
			}
			switch {
			case tooLong || len(rec) > cfg.maxLine:
				err := fmt.Errorf("%w (%d bytes)", ErrLineTooLong, cfg.maxLine)
				if !yield(Entry{Line: line}, &DecodeError{Line: line, Err: err}) {
					return
				}
			case len(rec) > 0:
				o, derr := DecodeOffering(rec)
				if derr != nil {
					var de *DecodeError
					if errors.As(derr, &de) {
						de.Line = line
					}
					if !yield(Entry{Line: line}, derr) {
						return
					}
				} else if !yield(Entry{Line: line, Offering: o}, nil) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

var utf8BOM = []byte("\ufeff")

// Rejection is one line of a catalogue that LoadCatalogue left out: a
// *DecodeError (it could not be read) or a *ValidationError (the offering
// is not valid).
type Rejection struct {
	// Line is the catalogue line left out, counting from 1.
	Line int
	// Err says why: a *DecodeError or a *ValidationError.
	Err error
}

// CatalogueError is the error of LoadCatalogue when some lines were left
// out. It lists every one; the offerings that were good are returned
// beside it. It is plain data: safe to read from several goroutines.
type CatalogueError struct {
	// Rejected lists the lines left out, in input order.
	Rejected []Rejection
}

// Error lists the rejected lines in English, e.g. "lmh: catalogue: 2 lines
// left out: line 3: name: is required; line 9: malformed JSON".
func (e *CatalogueError) Error() string {
	var b strings.Builder
	b.WriteString("lmh: catalogue: ")
	b.WriteString(strconv.Itoa(len(e.Rejected)))
	if len(e.Rejected) == 1 {
		b.WriteString(" line left out")
	} else {
		b.WriteString(" lines left out")
	}
	for i, r := range e.Rejected {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(r.Line))
		b.WriteString(": ")
		var ve *ValidationError
		var de *DecodeError
		switch {
		case errors.As(r.Err, &ve):
			for k, p := range ve.Problems {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString(p.String())
			}
		case errors.As(r.Err, &de):
			if de.Path != "" {
				b.WriteString(de.Path)
				b.WriteString(": ")
			}
			b.WriteString(de.Message(0))
		default:
			b.WriteString(r.Err.Error())
		}
	}
	return b.String()
}

// Unwrap returns the causes, for errors.Is and errors.As.
func (e *CatalogueError) Unwrap() []error {
	out := make([]error, len(e.Rejected))
	for i, r := range e.Rejected {
		out[i] = r.Err
	}
	return out
}

// LoadCatalogue reads a whole JSON Lines catalogue and validates every
// offering. It returns the offerings that decoded and passed
// ValidateOffering, in order, and a *CatalogueError listing every line that
// was left out (nil if none was), so one bad offering never takes the rest
// down and never slips in unchecked. An error reading r is returned as it
// is, with the offerings read before it.
func LoadCatalogue(r io.Reader, opts ...ReadOption) ([]Offering, error) {
	var out []Offering
	var rejected []Rejection
	for e, err := range Entries(r, opts...) {
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				return out, err // reading failed, not the line
			}
			rejected = append(rejected, Rejection{Line: e.Line, Err: err})
			continue
		}
		if verr := ValidateOffering(&e.Offering); verr != nil {
			rejected = append(rejected, Rejection{Line: e.Line, Err: verr})
			continue
		}
		out = append(out, e.Offering)
	}
	if len(rejected) > 0 {
		return out, &CatalogueError{Rejected: rejected}
	}
	return out, nil
}

// WriteCatalogue writes offerings as JSON Lines, one offering per line, in
// the form Entries reads.
func WriteCatalogue(w io.Writer, offerings []Offering) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range offerings {
		if err := enc.Encode(&offerings[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}
