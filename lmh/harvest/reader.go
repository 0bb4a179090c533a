package harvest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// ErrHeader is wrapped by the error of a CSV input whose header cannot be
// used (no text column, or unreadable). It is an input failure, not a bad
// record: no record of the input can be read.
var ErrHeader = errors.New("harvest: unusable CSV header")

// ErrWrite is wrapped by Run's error when writing the output failed (a
// full disk, a closed pipe): the output, not the input, is at fault, and
// the error also wraps the writer's own.
var ErrWrite = errors.New("harvest: writing output")

// Reader reads the records of one input. Build it with NewReader.
//
// A Reader is not safe for concurrent use; records it returns are plain
// values.
type Reader struct {
	lr       *lineReader
	o        Options
	started  bool
	format   Format
	detected bool
	sampled  int
	header   *csvHeader
	pending  []line // lines read ahead (to detect the format, or given back by a broken CSV record), owned
	err      error  // the input failure that ended reading
	failed   error  // an input failure met while reading ahead, returned after the lines read
	u        unit
	buf      []byte // the bytes of u
	fields   []string
}

// unit is one record as it was split from the input, not yet decoded. Its
// bytes are buf[start:end] of the buffer it was split into (the lines of a
// CSV record joined by "\n"), so that the records of a batch lie in one
// buffer.
type unit struct {
	line       int // the line it starts on
	start, end int
	err        error // what splitting found wrong: too long, broken CSV quoting
}

// NewReader returns a Reader of in. Of the options it uses Format,
// MaxRecord, MaxLines and LimitName.
func NewReader(in io.Reader, o Options) *Reader {
	o = o.withDefaults()
	return &Reader{lr: newLineReader(in, o.MaxRecord), o: o}
}

// Read returns the next record. A record that cannot be classified is
// returned with its Err set; that is not an error of Read. At the end of
// the input Read returns io.EOF. Any other error ends the input: it cannot
// be read (an I/O error, a *FormatError, or an unusable CSV header
// wrapping ErrHeader), and later calls return it again.
func (r *Reader) Read() (Record, error) {
	var err error
	if r.buf, err = r.nextUnit(&r.u, r.buf[:0]); err != nil {
		return Record{}, err
	}
	var rec Record
	data := r.buf[r.u.start:r.u.end]
	r.fields = decode(r.format, r.header, &r.u, data, string(data), &rec, r.fields)
	// The values of other members are slices of r.buf: give the record its
	// own copy.
	n := 0
	for _, f := range rec.Other {
		n += len(f.Value)
	}
	own := make([]byte, 0, n)
	for i := range rec.Other {
		v := &rec.Other[i].Value
		own = append(own, *v...)
		*v = own[len(own)-len(*v) : len(own) : len(own)]
	}
	return rec, nil
}

// Format returns the format the input is read as: the one given, or the
// one detected. It is Auto until the first call of Read.
func (r *Reader) Format() Format { return r.format }

// Detected reports whether the format was detected rather than given, and
// from how many non-blank lines.
func (r *Reader) Detected() (detected bool, lines int) { return r.detected, r.sampled }

// start decides the format and reads a CSV header.
func (r *Reader) start() error {
	r.started = true
	r.format = r.o.Format
	if r.format == Auto {
		var sample [][]byte
		var first []byte
		nonBlank, size := 0, 0
		for nonBlank < sampleLines && size < sampleBytes {
			l, err := r.lr.next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				// Read what came before the failure first.
				r.failed = fmt.Errorf("harvest: reading input: %w", err)
				break
			}
			l.data = slices.Clone(l.data)
			r.pending = append(r.pending, l)
			size += len(l.data)
			if !l.tooLong && isBlank(l.data) {
				continue
			}
			if nonBlank == 0 && !l.tooLong {
				first = l.data
			}
			nonBlank++
			sample = append(sample, l.data) // of a too-long line, its start
		}
		f, err := detect(first, sample)
		if err != nil {
			return err
		}
		r.format, r.detected, r.sampled = f, true, nonBlank
	}
	if r.format != CSV {
		return nil
	}
	for {
		l, err := r.nextLine()
		if errors.Is(err, io.EOF) {
			return nil // no header, no records
		}
		if err != nil {
			return err
		}
		if !l.tooLong && isBlank(l.data) {
			continue
		}
		if l.tooLong {
			return fmt.Errorf("%w on line %d: longer than %d bytes", ErrHeader, l.n, r.o.MaxRecord)
		}
		h, err := parseHeader(l.data)
		if err != nil {
			return fmt.Errorf("%w on line %d: %v", ErrHeader, l.n, err)
		}
		if h.text < 0 {
			return fmt.Errorf("%w on line %d: no text column (text, tekst, description, beskrivelse, body, innhald, innhold)", ErrHeader, l.n)
		}
		r.header = h
		return nil
	}
}

// nextLine returns the next physical line: one read ahead, or a new one.
func (r *Reader) nextLine() (line, error) {
	if len(r.pending) > 0 {
		l := r.pending[0]
		r.pending = r.pending[1:]
		return l, nil
	}
	if r.failed != nil {
		return line{}, r.failed
	}
	l, err := r.lr.next()
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("harvest: reading input: %w", err)
	}
	return l, err
}

// buffered reports whether the next record can be read without waiting
// for the input: lines read ahead, or a whole line in the buffer.
func (r *Reader) buffered() bool {
	return len(r.pending) > 0 || r.lr.lineBuffered()
}

// giveBack puts lines back before the pending ones, to be read again.
func (r *Reader) giveBack(ls []line) {
	r.pending = append(ls, r.pending...)
}

// nextUnit splits the next record off the input into u, appending its
// bytes to buf. It returns the buffer, and io.EOF at the end or the input
// failure.
func (r *Reader) nextUnit(u *unit, buf []byte) ([]byte, error) {
	if r.err != nil {
		return buf, r.err
	}
	if !r.started {
		if err := r.start(); err != nil {
			r.err = err
			return buf, err
		}
	}
	var err error
	if r.format == CSV {
		buf, err = r.nextCSV(u, buf)
	} else {
		buf, err = r.nextLineRecord(u, buf)
	}
	if err != nil {
		r.err = err
	}
	return buf, err
}

// takeBuffered splits off the records of j that are whole lines in the
// input buffer already, up to the limits of a batch: JSON Lines and plain
// text, once the lines read ahead are used up. It does at once what
// nextUnit does a line at a time, looking for each line's end once and
// asking the buffer for all of them together, and stops at anything
// nextUnit must see to (a line over the limit, the input's first line).
// The lines it takes are copied into j.buf in one piece, line ends and
// blank lines included (the units say where each record is). It returns
// how many records it took.
func (r *Reader) takeBuffered(j *job) int {
	lr := r.lr
	if !r.started || r.format == CSV || len(r.pending) > 0 || r.failed != nil || r.err != nil || lr.n == 0 {
		return 0
	}
	b, _ := lr.r.Peek(lr.r.Buffered())
	taken, off, base := 0, 0, len(j.buf) // b[:off] goes to j.buf[base:]
	for j.n < batchRecords && j.bytes < batchBytes {
		k := bytes.IndexByte(b[off:], '\n')
		if k < 0 {
			break
		}
		data := trimEOL(b[off : off+k+1])
		if len(data) > lr.max {
			break // too long: nextUnit reports it
		}
		start := base + off
		off += k + 1
		lr.n++
		if isBlank(data) {
			continue
		}
		u := &j.units[j.n]
		u.line, u.start, u.end, u.err = lr.n, start, start+len(data), nil
		j.bytes += len(data)
		j.n++
		taken++
	}
	if off > 0 {
		j.buf = append(j.buf, b[:off]...)
		_, _ = lr.r.Discard(off)
		lr.ahead = 0
	}
	return taken
}

// nextLineRecord splits off a record that is one line.
func (r *Reader) nextLineRecord(u *unit, buf []byte) ([]byte, error) {
	for {
		l, err := r.nextLine()
		if err != nil {
			return buf, err
		}
		if !l.tooLong && isBlank(l.data) {
			continue
		}
		u.line, u.start, u.err = l.n, len(buf), nil
		buf = append(buf, l.data...)
		u.end = len(buf)
		if l.tooLong {
			u.err = r.tooLong()
		}
		return buf, nil
	}
}

func (r *Reader) tooLong() error {
	return &tooLongError{limit: r.o.MaxRecord, name: r.o.LimitName}
}

// nextCSV splits off a CSV record. A record whose quoted field runs onto
// later lines takes them, up to MaxLines lines and MaxRecord bytes. When
// the quoting turns out broken (a quote out of place on a later line, the
// end of the input inside the field, or either limit reached), the record
// is taken to be its first line only, which becomes an error record, and
// the later lines are read again as records of their own: a broken quote
// costs one record, never the rest of the file.
func (r *Reader) nextCSV(u *unit, buf []byte) ([]byte, error) {
	if r.header == nil {
		return buf, io.EOF // an input without even a header
	}
	comma := r.header.comma
	for {
		l, err := r.nextLine()
		if err != nil {
			return buf, err
		}
		if !l.tooLong && isBlank(l.data) {
			continue
		}
		u.line, u.start, u.err = l.n, len(buf), nil
		buf = append(buf, l.data...)
		u.end = len(buf)
		if l.tooLong {
			u.err = r.tooLong()
			return buf, nil
		}
		quoted, serr := scanCSVLine(l.data, comma, false)
		if serr != nil || !quoted {
			u.err = serr
			return buf, nil
		}
		firstEnd := len(buf)
		var taken []line // later lines of the record, owned, to give back if it is broken
		for quoted {
			nl, err := r.nextLine()
			if errors.Is(err, io.EOF) {
				serr = csvError("quoted field not closed at the end of the input")
				break
			}
			if err != nil {
				return buf, err
			}
			nl.data = slices.Clone(nl.data)
			taken = append(taken, nl)
			switch {
			case nl.tooLong || len(buf)-u.start+1+len(nl.data) > r.o.MaxRecord:
				serr = r.tooLong()
			case len(taken)+1 > r.o.MaxLines:
				serr = csvError(fmt.Sprintf("quoted field not closed within %d lines", r.o.MaxLines))
			default:
				buf = append(buf, '\n')
				buf = append(buf, nl.data...)
				var lerr error
				quoted, lerr = scanCSVLine(nl.data, comma, true)
				if lerr != nil {
					var se *syntaxError
					errors.As(lerr, &se)
					serr = csvError(fmt.Sprintf("quoted field not closed properly (line %d: %s)", nl.n, se.msg))
				}
			}
			if serr != nil {
				break
			}
		}
		if serr != nil {
			buf, u.err = buf[:firstEnd], serr
			r.giveBack(taken)
		}
		u.end = len(buf)
		return buf, nil
	}
}

// decode turns the unit u, whose bytes are data, into a record. s is data
// as a string (for JSON Lines and plain text; CSV needs none): the
// record's strings are slices of it. fields is scratch space for CSV and
// is returned for reuse. The values of the record's other members are
// slices of data.
func decode(f Format, h *csvHeader, u *unit, data []byte, s string, rec *Record, fields []string) []string {
	*rec = Record{Line: u.line, Other: rec.Other[:0]}
	switch f {
	case JSONL:
		if u.err != nil {
			salvageJSONID(data, rec)
			rec.Err = u.err
			return fields
		}
		rec.Err = decodeJSON(data, s, rec)
	case CSV:
		fields, rec.Err = decodeCSV(data, h, u.err, rec, fields)
	default:
		rec.ID, rec.HasID = strconv.Itoa(u.line), true
		switch {
		case u.err != nil:
			rec.Err = u.err
		case !utf8.Valid(data):
			rec.Err = ErrInvalidUTF8
		default:
			rec.Text = s
			if isBlank(data) {
				rec.Err = ErrMissingText
			}
		}
	}
	return fields
}
