package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// readFn reads one whole input file with harvest.Reader, so that a file is
// split into records exactly as 'lmhkit classify' splits it: the same
// format detection, the same CSV quoting rules (a quoted field may span
// lines), the same limits and the same line numbers. Good records go to
// the first output, keyed by their page (see pageKey), to be grouped
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
// A file is read by one worker from start to end; grouping by page
// spreads its records over the workers after it (see buildPipeline). The
// file's tallies (files_read or inputs_failed, records_read, dead_letter,
// and the listings' sizes) go to the third output when it is read.
type readFn struct {
	// Format is a harvest format name: auto, jsonl, csv or text.
	Format string `json:"format"`
	// MaxRecord and MaxLines are harvest's limits; 0 means its defaults.
	MaxRecord int `json:"max_record"`
	MaxLines  int `json:"max_lines"`
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, good func(string, listing), dead func(string), emit func(tally)) error {
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
	t := tallies{}
	ns := metricsNamespace
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			t.add(ns, "files_read", 1)
			break
		}
		var fe *harvest.FormatError
		if errors.As(err, &fe) || errors.Is(err, harvest.ErrHeader) {
			t.add(ns, "inputs_failed", 1)
			dead(string(appendInputError(nil, name, err)))
			break
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		t.add(ns, "records_read", 1)
		if rec.Err != nil {
			t.add(ns, "dead_letter", 1)
			buf = enc.AppendError(buf[:0], &rec)
			dead(string(buf[:len(buf)-1])) // the writer ends each line
			continue
		}
		size := len(rec.Title) + len(rec.Text)
		listingBytes.Update(ctx, int64(size))
		t.add(ns, "listing_bytes_count", 1)
		t.add(ns, "listing_bytes_sum", int64(size))
		t.low(ns, "listing_bytes", int64(size))
		t.high(ns, "listing_bytes", int64(size))
		t.add(sizeNamespace, sizeName(sizeClass(size)), 1)
		good(pageKey(rec.Title, rec.Text).String(), listingOf(name, &rec))
	}
	t.flush(emit)
	return nil
}

// appendInputError appends the dead letter of an input that cannot be
// read: {"file":…,"input_error":…}. harvest's messages name where and
// what, never a record's content.
func appendInputError(b []byte, file string, err error) []byte {
	b = append(b, `{"file":`...)
	b = harvest.AppendJSONString(b, file)
	b = append(b, `,"input_error":`...)
	b = harvest.AppendJSONString(b, err.Error())
	return append(b, '}')
}

func init() {
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(string, listing), func(string), func(tally), error](&readFn{})
	register.Emitter2[string, listing]()
	register.Emitter1[string]()
}
