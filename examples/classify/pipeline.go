package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// config holds the settings of one pipeline run.
type config struct {
	format  format // formatAuto detects the format from the first line
	workers int    // parallel classifiers, at least 1
	maxLine int    // longest accepted record, in bytes
	file    string // input name for error records; "" for standard input
}

// stats counts what a run has written. The fields are updated by the
// writer and may be read concurrently (for the progress line).
type stats struct {
	records atomic.Int64 // output records, errors included
	errors  atomic.Int64 // error records
	inScope atomic.Int64 // records classified as in scope
	bytes   atomic.Int64 // input bytes of the records
}

// job is one record on its way through the pipeline. Jobs are recycled, so
// memory stays bounded by the window size times the record limit.
type job struct {
	line    int    // line where the record starts
	format  format // how to decode data, as known when the record was read
	header  *csvHeader
	data    []byte // the raw record (a line, or a CSV record of several lines)
	err     error  // a problem found while reading (e.g. too long)
	out     []byte // the encoded output record
	failed  bool   // out is an error record
	inScope bool
	done    chan struct{}
}

// keepBuf is the capacity above which a job drops its buffers after use, so
// that a few huge records do not pin memory.
const keepBuf = 64 << 10

// errHeader reports a CSV input whose header cannot be used; it is an input
// failure, not a bad record, because no record could be read.
var errHeader = errors.New("CSV header")

// run reads records from in, classifies them with cfg.workers goroutines and
// writes one output line per record to out, in input order. It returns an
// error only for I/O failures (reading or writing) and for an unusable CSV
// header; bad records become error records and are counted in st.
func run(in io.Reader, out io.Writer, cfg config, classify classifyFunc, st *stats) error {
	if cfg.workers < 1 {
		cfg.workers = 1
	}
	window := cfg.workers * 16
	free := make(chan *job, window)
	for range window {
		free <- &job{done: make(chan struct{}, 1)}
	}
	work := make(chan *job, window)
	order := make(chan *job, window)

	var stop atomic.Bool // set by the writer after a write error
	var readErr error

	// Reader: split the input into records, in order.
	go func() {
		defer close(work)
		defer close(order)
		readErr = read(in, cfg, free, work, order, &stop)
	}()

	// Workers: decode, classify, encode.
	var wg sync.WaitGroup
	for range cfg.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var l listing
			for j := range work {
				process(j, cfg.file, classify, &l)
				j.done <- struct{}{}
			}
		}()
	}

	// Writer: emit in input order.
	w := bufio.NewWriterSize(out, 64<<10)
	var writeErr error
	for j := range order {
		<-j.done
		if writeErr == nil {
			if _, err := w.Write(j.out); err != nil {
				writeErr = err
				stop.Store(true)
			}
		}
		st.records.Add(1)
		st.bytes.Add(int64(len(j.data)))
		if j.failed {
			st.errors.Add(1)
		} else if j.inScope {
			st.inScope.Add(1)
		}
		j.reset()
		free <- j
	}
	wg.Wait()
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if readErr != nil {
		return readErr
	}
	return nil
}

func (j *job) reset() {
	if cap(j.data) > keepBuf {
		j.data = nil
	}
	if cap(j.out) > keepBuf {
		j.out = nil
	}
	j.data, j.out = j.data[:0], j.out[:0]
	j.err, j.failed, j.inScope, j.line, j.format, j.header = nil, false, false, 0, formatAuto, nil
}

// read is the reader goroutine's loop. Each job carries the format and
// header it is to be decoded with.
func read(in io.Reader, cfg config, free, work, order chan *job, stop *atomic.Bool) error {
	lr := newLineReader(in, cfg.maxLine)
	first := true
	f := cfg.format
	var header *csvHeader
	send := func(line int, data []byte, err error) {
		j := <-free
		j.line, j.err, j.format, j.header = line, err, f, header
		j.data = append(j.data, data...)
		work <- j
		order <- j
	}
	for !stop.Load() {
		line, tooLong, quotes, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading input: %w", err)
		}
		start := lr.line
		if first && !tooLong {
			line = bytes.TrimPrefix(line, bom)
		}
		if !tooLong && len(bytes.TrimSpace(line)) == 0 {
			continue // blank lines are not records
		}
		if tooLong {
			if f == formatCSV && quotes%2 == 1 {
				skipCSVRecord(lr, quotes)
			}
			send(start, nil, errTooLong)
			continue
		}
		if first {
			first = false
			if f == formatAuto {
				f = detect(line)
			}
			if f == formatCSV {
				h, err := parseHeader(line)
				if err != nil {
					return fmt.Errorf("%w on line %d: %v", errHeader, start, err)
				}
				if h.text < 0 {
					return fmt.Errorf("%w on line %d: no text column (text, tekst, description, beskrivelse, body)", errHeader, start)
				}
				header = h
				continue
			}
		}
		if f != formatCSV || quotes%2 == 0 {
			send(start, line, nil)
			continue
		}
		// A CSV record with a quoted field that runs over several lines.
		j := <-free
		j.line, j.format, j.header = start, f, header
		j.data = append(j.data, line...)
		for quotes%2 == 1 {
			next, long, q, err := lr.next()
			if errors.Is(err, io.EOF) {
				j.err = errors.New("invalid CSV: unterminated quoted field at end of input")
				break
			}
			if err != nil {
				free <- j
				return fmt.Errorf("reading input: %w", err)
			}
			quotes += q
			if j.err == nil && (long || len(j.data)+1+len(next) > cfg.maxLine) {
				j.err, j.data = errTooLong, j.data[:0]
			}
			if j.err == nil {
				j.data = append(j.data, '\n')
				j.data = append(j.data, next...)
			}
		}
		work <- j
		order <- j
	}
	return nil
}

// skipCSVRecord reads and discards lines until the quotes of a CSV record
// balance.
func skipCSVRecord(lr *lineReader, quotes int) {
	for quotes%2 == 1 {
		_, _, q, err := lr.next()
		if err != nil {
			return
		}
		quotes += q
	}
}

// process decodes, classifies and encodes one job. l is the worker's scratch
// listing.
func process(j *job, file string, classify classifyFunc, l *listing) {
	*l = listing{other: l.other[:0]}
	err := j.err
	if err == nil {
		switch j.format {
		case formatJSONL:
			err = decodeJSON(j.data, l)
		case formatCSV:
			err = decodeCSV(j.data, j.header, l)
		default:
			err = decodeText(j.data, j.line, l)
		}
	}
	if err != nil {
		j.failed = true
		j.out = appendError(j.out, file, j.line, l, err)
		return
	}
	r := classify(l.title, l.text)
	j.inScope = r.InScope
	j.out = appendRecord(j.out, l, &r)
}
