package harvest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

// Options configure a Reader and Run. The zero Options read any format with
// the default limits and as many workers as GOMAXPROCS.
type Options struct {
	// Format is the input's format; Auto detects it from its first lines.
	Format Format
	// MaxRecord is the longest record accepted, in bytes; longer ones
	// become error records wrapping ErrTooLong. 0 means DefaultMaxRecord.
	// Memory use is a small multiple of MaxRecord times Workers.
	MaxRecord int
	// MaxLines is the most lines one CSV record may span (a quoted field
	// with line breaks); a record running longer is taken as broken
	// quoting. 0 means DefaultMaxLines.
	MaxLines int
	// LimitName is how a user sets MaxRecord, named in the error of a
	// too-long record (a program gives its flag, "-max-line"). "" means
	// "MaxRecord".
	LimitName string
	// Name is the input's name, given in error records as "file"; "" for
	// none (standard input).
	Name string
	// Workers is the number of records classified at once (Run only); 0
	// means GOMAXPROCS.
	Workers int
	// Classifier classifies the records (Run only); nil means the package
	// classifier of lmh/classify.
	Classifier *classify.Classifier
	// Progress, if set, is called by Run from one goroutine after every
	// 1024 records written, with the counts so far. It must be quick.
	Progress func(Stats)
	// NoDrafts makes Run classify only. By default Run reads each good
	// record with classify.Extract, and for every record the classifier
	// finds in scope writes the draft offering too (completed as draft.go
	// says), under "offering", "offering_evidence" and "warnings" (see
	// Encoder.AppendDraft); a record out of scope writes its
	// classification alone. Drafts cost about two and a half times
	// classification alone, and validating them (the warnings) more.
	NoDrafts bool
	// Extract is what drafts were asked for with before they were written
	// by default; it has no effect.
	//
	// Deprecated: drafts are written unless NoDrafts.
	Extract bool
	// Catalogue makes Run write a catalogue instead of records: for each
	// good record the classifier finds in scope, its completed draft
	// offering as one line of lmh's JSON (Encoder.AppendOffering), which
	// lmh.LoadCatalogue reads and validates. Other records write nothing
	// (Stats.Omitted counts them). It overrides NoDrafts.
	Catalogue bool
	// Rejected, if set, is called for each record that cannot be read
	// when Catalogue is set (without it, such a record writes an error
	// record): a catalogue has no line for it, and this is how a program
	// names it. Run calls it in input order from the goroutine that
	// called Run, before Run returns, once the lines of the batch the
	// record was in are encoded: they may still be in Run's buffer, not
	// yet written to out. Run waits for it, so a slow Rejected slows the
	// run. A run that ends in a write error does not name the records of
	// the batch that failed, nor of those after it.
	Rejected func(Rejection)
	// AsOf is the reference date for dates written without a year (see
	// classify.Extract); the zero AsOf means the day Run starts.
	AsOf lmh.Date
	// LastModified is the time the drafts are stamped with
	// (last_modified); the zero value means the time Run starts, to the
	// second. Give both it and AsOf for a run whose output depends on its
	// input alone.
	LastModified time.Time
}

// Default limits.
const (
	DefaultMaxRecord = 1 << 20 // Options.MaxRecord when not set: 1 MiB
	DefaultMaxLines  = 100     // Options.MaxLines when not set
)

func (o Options) withDefaults() Options {
	if o.MaxRecord <= 0 {
		o.MaxRecord = DefaultMaxRecord
	}
	if o.MaxLines <= 0 {
		o.MaxLines = DefaultMaxLines
	}
	if o.LimitName == "" {
		o.LimitName = "MaxRecord"
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// Rejection is a record that cannot be read, as Options.Rejected gets it:
// where it is and why, never its content.
type Rejection struct {
	Line  int    // the input line the record starts on, counting from 1
	ID    string // the record's id, when HasID
	HasID bool   // the record has an id that could be read
	Err   error  // as Record.Err: its message quotes no more than the character at fault
}

// Stats count what a run read and wrote. It is a plain value.
type Stats struct {
	// Format is the format the input was read as; Detected says it was
	// detected (from Sampled non-blank lines) rather than given.
	Format   Format
	Detected bool // the format was detected, not given
	Sampled  int  // non-blank lines sampled to detect it
	// Read counts the records read; Written the output lines written, error
	// records included. They differ only when the run was cut short (its
	// context ended, or writing failed). Lines are written through a
	// buffer, so when Run returns a write error, Written is an upper
	// bound: the lines handed to the buffer, of which the output may
	// have received fewer.
	Read, Written int64
	// Errors counts the error records written, InScope the records
	// classified as in scope.
	Errors, InScope int64
	// Omitted counts the records that wrote no line: with
	// Options.Catalogue, the bad ones and those out of scope. Written
	// counts them too (they are done with).
	Omitted int64
	// Bytes counts the input bytes of the records written.
	Bytes int64
}

// Add returns the sum of two Stats, for a run over several inputs; the
// format is the later one's.
func (s Stats) Add(t Stats) Stats {
	t.Read += s.Read
	t.Written += s.Written
	t.Errors += s.Errors
	t.InScope += s.InScope
	t.Omitted += s.Omitted
	t.Bytes += s.Bytes
	return t
}

// classifyFunc classifies one listing; tests give a stand-in.
type classifyFunc func(title, text string) classify.Result

// Run reads the records of in, classifies them with Options.Workers
// goroutines and writes one line of JSON per record to out (see Encoder),
// in input order: a classification for a good record, an error record for
// a bad one. Nothing is dropped; blank lines are not records. Memory use
// does not grow with the input.
//
// Run returns an error when the input cannot be read (an I/O error, a
// *FormatError, an unusable CSV header), when writing fails, or when ctx
// ends; bad records are not errors. The Stats say how far it got. When ctx
// ends, Run stops reading, writes the records already being classified,
// flushes and returns ctx's error: out then ends with a whole line. If in
// is blocked in Read at that moment, Run returns without waiting for it;
// the goroutine reading in ends when that Read returns.
//
// Run may be called from several goroutines at once with different inputs
// and outputs.
func Run(ctx context.Context, in io.Reader, out io.Writer, o Options) (Stats, error) {
	c := o.Classifier
	if c == nil {
		return run(ctx, in, out, o, classify.Listing, classify.Extract)
	}
	return run(ctx, in, out, o, nil, c.Extract) // nil: the workers call c.Listing directly
}

// extractFunc reads one listing into a draft; tests give a stand-in.
type extractFunc func(title, text string, asOf lmh.Date) classify.Draft

// job is a batch of consecutive records on its way through the pipeline:
// batches spare the goroutines a hand-over per record. Jobs are recycled,
// so memory stays bounded by the window size times the batch size (plus
// one record of at most MaxRecord).
type job struct {
	units   []unit // the records; units[:n] are in use
	buf     []byte // their bytes
	n       int
	bytes   int // input bytes of units[:n]
	format  Format
	header  *csvHeader
	out     []byte // the encoded output lines
	errors  int64  // error records among them
	inScope int64
	omitted int64 // records that wrote no line
	// rejected holds the unreadable records omitted, when
	// Options.Rejected is set.
	rejected []Rejection
	done     chan struct{}
}

// A batch ends after batchRecords records or batchBytes input bytes, or
// when reading on would wait for the input.
const (
	batchRecords = 64
	batchBytes   = 64 << 10
)

// keepBuf and keepOut are the capacities above which a job drops its
// buffers of input and of output after use, so that a few huge records do
// not pin memory. A batch of ordinary listings writes some 200 KiB (64
// records of about 3 KiB, most of it evidence): keepOut leaves room for
// that, so that the output buffer is not grown anew for every batch.
const (
	keepBuf = 256 << 10
	keepOut = 1 << 20
)

func (j *job) reset() {
	clear(j.units[:j.n])
	if cap(j.buf) > keepBuf {
		j.buf = nil
	}
	if cap(j.out) > keepOut {
		j.out = nil
	}
	j.buf = j.buf[:0]
	j.out, j.n, j.bytes, j.errors, j.inScope, j.omitted = j.out[:0], 0, 0, 0, 0, 0
	clear(j.rejected)
	j.rejected = j.rejected[:0]
}

// run is Run with the classifying and extracting functions given (tests
// give stand-ins); a nil classifyListing means o.Classifier's Listing,
// which the workers then call directly.
func run(parent context.Context, in io.Reader, out io.Writer, o Options, classifyListing classifyFunc, extractListing extractFunc) (Stats, error) {
	o = o.withDefaults()
	started := o.LastModified.UTC()
	if o.LastModified.IsZero() {
		started = time.Now().UTC().Truncate(time.Second)
	}
	asOf := o.AsOf
	if asOf.IsZero() {
		asOf = lmh.DateOf(time.Now())
	}
	ctx, stop := context.WithCancel(parent) // stop also ends the reader after a write error
	defer stop()
	window := o.Workers * 4
	free := make(chan *job, window)
	for range window {
		free <- &job{units: make([]unit, batchRecords), done: make(chan struct{}, 1)}
	}
	work := make(chan *job, window)
	order := make(chan *job, window)
	// With one worker the writer does the worker's work itself, and writes
	// its output as it goes in pieces of about outChunk bytes instead of a
	// batch at a time: no hand-over to a worker and back, and the output
	// passes through one small buffer that stays in the cache, instead of
	// the window's batch buffers of some 200 KiB each.
	inline := o.Workers == 1

	r := NewReader(in, o)
	var read atomic.Int64
	var readErr error
	var format atomic.Pointer[Stats] // Format, Detected and Sampled, once known
	readerDone := make(chan struct{})
	var interrupted atomic.Bool // the reader stopped for ctx, not at the end of the input
	// The reader: split the input into batches of records, in order.
	go func() {
		defer close(readerDone)
		defer close(work)
		defer close(order)
		for {
			if ctx.Err() != nil {
				interrupted.Store(true)
				return
			}
			var j *job
			select {
			case j = <-free:
			case <-ctx.Done():
				interrupted.Store(true)
				return
			}
			var err error
			for j.n < batchRecords && j.bytes < batchBytes {
				if n := r.takeBuffered(j); n > 0 {
					read.Add(int64(n))
					if j.n < batchRecords && j.bytes < batchBytes && !r.buffered() {
						break // send what there is rather than wait for more
					}
					continue
				}
				if j.buf, err = r.nextUnit(&j.units[j.n], j.buf); err != nil {
					break
				}
				j.bytes += j.units[j.n].end - j.units[j.n].start
				j.n++
				read.Add(1)
				if !r.buffered() {
					break // send what there is rather than wait for more
				}
			}
			if format.Load() == nil && r.started {
				format.Store(&Stats{Format: r.format, Detected: r.detected, Sampled: r.sampled})
			}
			if j.n > 0 {
				j.format, j.header = r.format, r.header
				order <- j // never blocks: there are only window jobs
				if !inline {
					work <- j
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
		}
	}()

	var workers sync.WaitGroup
	var inlineWorker *worker
	goroutines := o.Workers
	if inline {
		inlineWorker = newWorker(o, classifyListing, extractListing, asOf, started)
		inlineWorker.sink = out
		goroutines = 0
	}
	for range goroutines {
		workers.Add(1)
		go func() { // a worker: decode, classify, encode
			defer workers.Done()
			w := newWorker(o, classifyListing, extractListing, asOf, started)
			for j := range work {
				w.do(j)
				j.done <- struct{}{}
			}
		}()
	}

	// The writer: emit in input order. When ctx ends, write what is already
	// on its way and stop.
	w := bufio.NewWriterSize(out, 64<<10)
	var st Stats
	var writeErr error
	var pending []byte // inline: output not yet written
	write := func(j *job) {
		if inline {
			j.out = pending
			inlineWorker.do(j)
			pending, j.out = j.out, nil
			if inlineWorker.err != nil {
				writeErr = inlineWorker.err
				stop()
				return
			}
		} else {
			<-j.done
			if _, err := w.Write(j.out); err != nil {
				writeErr = err
				stop()
				return
			}
		}
		if o.Rejected != nil {
			for _, r := range j.rejected {
				o.Rejected(r)
			}
		}
		before := st.Written
		st.Written += int64(j.n)
		st.Bytes += int64(j.bytes)
		st.Errors += j.errors
		st.InScope += j.inScope
		st.Omitted += j.omitted
		if o.Progress != nil && before/1024 != st.Written/1024 {
			st.Read = read.Load()
			o.Progress(st)
		}
		j.reset()
		free <- j
	}
	cancelled := false
loop:
	for writeErr == nil {
		select {
		case j, ok := <-order:
			if !ok {
				break loop
			}
			write(j)
		case <-ctx.Done():
			cancelled = true
			for writeErr == nil {
				select {
				case j, ok := <-order:
					if !ok {
						break loop
					}
					write(j)
				default:
					break loop
				}
			}
		}
	}
	// The reader closes order when it stops; if it stopped because ctx
	// ended, the run was interrupted even though the writer saw order
	// close before it saw ctx end.
	cancelled = cancelled || interrupted.Load()
	if writeErr == nil && len(pending) > 0 {
		_, writeErr = out.Write(pending)
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if f := format.Load(); f != nil {
		st.Format, st.Detected, st.Sampled = f.Format, f.Detected, f.Sampled
	}
	switch {
	case writeErr != nil:
		// The reader has been told to stop; it is not waited for, since it
		// may be blocked reading.
		st.Read = read.Load()
		return st, fmt.Errorf("%w: %w", ErrWrite, writeErr)
	case cancelled:
		st.Read = read.Load()
		return st, fmt.Errorf("harvest: interrupted: %w", parent.Err())
	}
	<-readerDone // it closed order, so it has ended or is about to
	workers.Wait()
	st.Read = read.Load()
	return st, readErr
}
