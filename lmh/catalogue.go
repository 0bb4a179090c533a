package lmh

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
)

// Entry is one offering read from a JSON Lines catalogue, with the line it
// was on.
type Entry struct {
	// Line is the line number in the input, counting from 1.
	Line int
	// Offering is the decoded offering; zero when the line had an error.
	Offering Offering
}

// Entries reads a catalogue in JSON Lines form — one offering per
// line, decoded strictly as by DecodeOffering — and yields each entry in
// order. A line that cannot be decoded yields a zero Entry with its Line set
// and a *DecodeError naming the line and the JSON path; reading goes on with
// the next line, so every good record is still returned. Blank lines and a
// byte-order mark at the start are skipped. An error reading r ends the
// sequence with that error.
//
// The sequence reads r as it goes and holds one line at a time, so it
// suits files of any size; it can be ranged over once.
func Entries(r io.Reader) iter.Seq2[Entry, error] {
	return func(yield func(Entry, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var buf []byte
		for line := 1; ; line++ {
			buf = buf[:0]
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				buf = append(buf, chunk...)
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				yield(Entry{Line: line}, &DecodeError{Line: line, Err: err})
				return
			}
			rec := bytes.TrimSpace(buf)
			if line == 1 {
				rec = bytes.TrimPrefix(rec, utf8BOM) // files saved by some Windows editors
			}
			if len(rec) > 0 {
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

// LoadCatalogue reads a whole JSON Lines catalogue. It returns every
// offering that decoded, in order, and an error joining the *DecodeError of
// every line that did not (nil if all did); use errors.As to get the first
// or the Unwrap() []error method of the result to get them all.
func LoadCatalogue(r io.Reader) ([]Offering, error) {
	var out []Offering
	var errs []error
	for e, err := range Entries(r) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, e.Offering)
	}
	return out, errors.Join(errs...)
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
