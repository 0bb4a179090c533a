package harvest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// line is one physical line of the input.
type line struct {
	n       int    // line number, from 1
	data    []byte // the line without its ending; for a too-long line, its first max bytes
	tooLong bool   // the line is longer than max bytes; data is only its start
}

// lineReader splits its input into lines of at most max bytes without ever
// holding more than max bytes of one line: the rest of an over-long line is
// read and thrown away, and the line is reported as too long with its start
// kept (so that an error record can still name the record's id).
type lineReader struct {
	r     *bufio.Reader
	max   int
	buf   []byte
	n     int // number of the line last returned
	ahead int // when > 0, the next line, with its "\n", is this long and buffered (see lineBuffered)
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// next returns the next line. Its data is valid until the next call. A
// byte-order mark at the start of the input is dropped. At the end of the
// input it returns io.EOF; any other error is an I/O error.
func (l *lineReader) next() (line, error) {
	l.buf = l.buf[:0]
	read, tooLong := 0, false
	for {
		var chunk []byte
		var err error
		if l.ahead > 0 { // found by lineBuffered: no need to look for its end again
			chunk, _ = l.r.Peek(l.ahead)
			_, _ = l.r.Discard(l.ahead)
			l.ahead = 0
		} else {
			chunk, err = l.r.ReadSlice('\n')
		}
		read += len(chunk)
		if l.n == 0 && read == len(chunk) {
			chunk = bytes.TrimPrefix(chunk, bom)
		}
		if room := l.max + 2 - len(l.buf); len(chunk) > room { // +2: the line ending does not count
			tooLong = true
			chunk = chunk[:max(room, 0)]
		}
		if err == nil && !tooLong && len(l.buf) == 0 {
			// The whole line is in the reader's buffer, where it stays
			// until the next call: no copy.
			l.n++
			if data := trimEOL(chunk); len(data) <= l.max {
				return line{n: l.n, data: data}, nil
			}
			return line{n: l.n, data: chunk[:l.max], tooLong: true}, nil
		}
		l.buf = append(l.buf, chunk...)
		switch {
		case err == nil:
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if read == 0 {
				return line{}, io.EOF
			}
		default:
			return line{}, err
		}
		l.n++
		data := trimEOL(l.buf)
		if tooLong || len(data) > l.max {
			return line{n: l.n, data: data[:min(len(data), l.max)], tooLong: true}, nil
		}
		return line{n: l.n, data: data}, nil
	}
}

// lineBuffered reports whether the next line is whole in the buffer, so
// that reading it will not wait for the input.
func (l *lineReader) lineBuffered() bool {
	if l.ahead > 0 {
		return true
	}
	n := l.r.Buffered()
	if n == 0 {
		return false
	}
	b, _ := l.r.Peek(n)
	k := bytes.IndexByte(b, '\n')
	l.ahead = k + 1
	return k >= 0
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

// isBlank reports whether a line holds nothing but white space; such lines
// are not records.
// A line that starts with a byte that is neither white space nor
// non-ASCII (every JSON record) is not blank, and is told at once.
func isBlank(b []byte) bool {
	if len(b) > 0 && b[0] > ' ' && b[0] < utf8.RuneSelf {
		return false
	}
	return len(bytes.TrimSpace(b)) == 0
}
