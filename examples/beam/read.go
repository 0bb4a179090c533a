package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// The reader's counters (namespace lmhkit).
var (
	filesRead    = beam.NewCounter(metricsNamespace, "files_read")
	inputsFailed = beam.NewCounter(metricsNamespace, "inputs_failed")
	recordsRead  = beam.NewCounter(metricsNamespace, "records_read")
	deadLetters  = beam.NewCounter(metricsNamespace, "dead_letter")
)

// readFn reads one whole input file with harvest.Reader, so that a file is
// split into records exactly as 'lmhkit classify' splits it: the same
// format detection, the same CSV quoting rules (a quoted field may span
// lines), the same limits and the same line numbers. Good records go to
// the first output, keyed by their stable ID (see stableID), to be grouped
// and classified on any worker; a bad record goes to
// the second as harvest's error record, {"line":N,"file":…,"id":…,"error":…}.
//
// A file whose records cannot be read at all — its format cannot be told,
// or its CSV header has no text column — is one line of the second output
// too: {"file":…,"input_error":…}; such a failure comes before the first
// record. Any other error (the file cannot be opened, or
// reading it fails) is returned, so that the runner retries the file, and
// fails the job if it keeps failing: nothing is dropped quietly.
//
// A file is read by one worker from start to end; grouping by stable ID
// spreads its records over the workers after it (see buildPipeline).
type readFn struct {
	// Format is a harvest format name: auto, jsonl, csv or text.
	Format string `json:"format"`
	// MaxRecord and MaxLines are harvest's limits; 0 means its defaults.
	MaxRecord int `json:"max_record"`
	MaxLines  int `json:"max_lines"`
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, good func(string, listing), dead func(string)) error {
	format, err := harvest.ParseFormat(fn.Format)
	if err != nil {
		return err
	}
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer rc.Close()
	r := harvest.NewReader(rc, harvest.Options{Format: format, MaxRecord: fn.MaxRecord, MaxLines: fn.MaxLines, LimitName: "-max-record"})
	enc := harvest.Encoder{Name: name}
	var buf []byte
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var fe *harvest.FormatError
		if errors.As(err, &fe) || errors.Is(err, harvest.ErrHeader) {
			inputsFailed.Inc(ctx, 1)
			dead(string(appendInputError(nil, name, err)))
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		recordsRead.Inc(ctx, 1)
		if rec.Err != nil {
			deadLetters.Inc(ctx, 1)
			buf = enc.AppendError(buf[:0], &rec)
			dead(string(buf[:len(buf)-1])) // the writer ends each line
			continue
		}
		size := len(rec.Title) + len(rec.Text)
		listingBytes.Update(ctx, int64(size))
		sizeCounters[sizeClass(size)].Inc(ctx, 1)
		good(stableID(rec.Title, rec.Text).String(), listingOf(name, &rec))
	}
	filesRead.Inc(ctx, 1)
	return nil
}

// appendInputError appends the dead letter of an input that cannot be
// read: {"file":…,"input_error":…}. harvest's messages name where and
// what, never a record's content.
func appendInputError(b []byte, file string, err error) []byte {
	b = append(b, `{"file":`...)
	b = appendJSONString(b, file)
	b = append(b, `,"input_error":`...)
	b = appendJSONString(b, err.Error())
	return append(b, '}')
}

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string, listing), func(string), error](&readFn{})
	register.Emitter2[string, listing]()
	register.Emitter1[string]()
}
