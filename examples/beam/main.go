// Command beam classifies harvested course listings as an Apache Beam
// pipeline: the work of 'lmhkit classify', spread over the workers of a
// runner — Prism in this process by default, or Flink, Spark or Dataflow.
//
//	go run . -output out 'harvest/*.jsonl' 'harvest/*.csv'
//
// It reads JSON Lines, CSV or plain-text listings from files matching the
// globs (each file whole, with package lmh/harvest, so quoting and line
// numbers are those of 'lmhkit classify'), classifies each and reads it
// into a draft offering with a classifier built once per worker, and
// writes three outputs to the output directory, each as files
// NAME-SSSSS-of-NNNNN.jsonl:
//
//   - in_scope: one line per offering, as 'lmhkit classify' writes
//     it (the draft under "offering", its stable id as harvest gives it),
//     followed by "file", "line" and, when the same page was read more
//     than once or two pages share a stable id, "duplicates" naming the
//     others;
//   - out_of_scope: {"id":…,"file":…,"line":N,"confidence":…};
//   - dead_letter: the records that could not be read, as harvest's error
//     records {"line":N,"file":…,"id":…,"error":…}, and the files that
//     could not be read at all, {"file":…,"input_error":…}.
//
// Nothing is dropped: at the end it prints the counters and checks that
// the records read equal the three outputs together (duplicates counted
// where they were merged); if not, it exits with status 1. See
// docs/beam.md for the runners, the metrics and the figures.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

var (
	output    = flag.String("output", "", "directory (or gs://… prefix) the outputs are written to (required)")
	format    = flag.String("format", "auto", "input format: auto, jsonl, csv or text (auto decides per file from its first 64 lines)")
	shards    = flag.Int("shards", 4, "number of files of each output")
	maxRecord = flag.Int("max-record", harvest.DefaultMaxRecord, "longest record in bytes; longer ones become dead letters")
	maxLines  = flag.Int("max-lines", harvest.DefaultMaxLines, "most lines one CSV record may span")
	asOf      = flag.String("as-of", "", "reference date (YYYY-MM-DD) for dates written without a year; default today")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: beam -output DIR [flags] GLOB...\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and does not return
	os.Exit(run(context.Background(), flag.Args(), os.Stderr))
}

// run checks the flags, runs the pipeline with the runner of --runner and
// reports its counters on w. It returns the exit status.
func run(ctx context.Context, globs []string, w io.Writer) int {
	c := config{Inputs: globs, Output: *output, Format: *format, Shards: *shards, MaxRecord: *maxRecord, MaxLines: *maxLines,
		Now: time.Now().UTC().Truncate(time.Second)}
	c.AsOf = lmh.DateOf(time.Now())
	var err error
	if *asOf != "" {
		c.AsOf, err = lmh.ParseDate(*asOf)
	}
	if err := errors.Join(err, c.check()); err != nil {
		fmt.Fprintf(w, "beam: %v\n", err)
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, c)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(w, "beam: %v\n", err)
		return 1
	}
	if res == nil {
		fmt.Fprintln(w, "beam: the runner gave no metrics: the outputs cannot be checked")
		return 1
	}
	cs := countsOf(res.Metrics())
	if cs.FilesRead+cs.InputsFailed == 0 {
		// With --async, or a runner that reports no metrics, there are no
		// figures here; the report step checked the run on the workers.
		fmt.Fprintln(w, "beam: the runner reported no counters; the pipeline's report step checks the outputs where it runs")
		return 0
	}
	fmt.Fprint(w, cs)
	if err := cs.balance(); err != nil {
		fmt.Fprintf(w, "beam: %v\n", err)
		return 1
	}
	return 0
}

// check reports what is wrong with a config.
func (c config) check() error {
	var errs []error
	if len(c.Inputs) == 0 {
		errs = append(errs, errors.New("no input globs given"))
	}
	if c.Output == "" {
		errs = append(errs, errors.New("-output is required"))
	}
	if _, err := harvest.ParseFormat(c.Format); err != nil {
		errs = append(errs, fmt.Errorf("-format: %v", err))
	}
	if c.Shards < 1 || c.MaxRecord < 1 || c.MaxLines < 1 {
		errs = append(errs, errors.New("-shards, -max-record and -max-lines must be at least 1"))
	}
	return errors.Join(errs...)
}
