package main

import (
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/lmhkit/lmhkit/lmh"
)

// config says what the pipeline reads and where it writes.
type config struct {
	// Inputs are file globs, local or on any file system the SDK knows
	// (gs://, s3:// where registered).
	Inputs []string
	// Output is the directory the three outputs are written to.
	Output string
	// Format is the inputs' format: auto, jsonl, csv or text.
	Format string
	// Shards is the number of files of each output.
	Shards int
	// MaxRecord and MaxLines are harvest's limits; 0 means its defaults.
	MaxRecord, MaxLines int
	// AsOf is the reference date of dates written without a year, Now the
	// drafts' last_modified: one for the whole run (see readOptions).
	AsOf lmh.Date
	Now  time.Time
}

// The outputs, by the names of their files and counters.
const (
	outInScope    = "in_scope"
	outOutOfScope = "out_of_scope"
	outDeadLetter = "dead_letter"
)

// buildPipeline adds the pipeline to s:
//
//	match globs ─ read each file (readFn) ─┬─ dead letters ─────────────────────────────────── write dead_letter
//	                                       └─ listings by page ─ group ─ classifyFn
//	                                                                      ├─ out of scope ─────────────── write out_of_scope
//	                                                                      └─ in scope, by stable ID ─ group ─ dedupFn ─ write in_scope
//	tallies of every step ─ group ─ reportFn (counters; fails the run if a record is missing)
//
// A file is read by one worker, whole, so that harvest.Reader splits it
// with its own rules. Grouping by page (pageKey) then does two things in
// one shuffle: it spreads the records over all workers, so that reading
// them — classification and extraction, the work — does not stay with the
// worker that read a big file, and it brings the copies of a page
// together, so that a page harvested twice is read once and gives one
// in-scope line. Grouping by the draft's stable ID then makes the
// offerings' ids unique.
func buildPipeline(s beam.Scope, c config) {
	var matched []beam.PCollection
	for _, glob := range c.Inputs {
		// A glob that matches nothing fails the run rather than read
		// nothing.
		matched = append(matched, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matched...), fileio.ReadDirectoryDisallow())
	listings, dead, readTallies := beam.ParDo3(s.Scope("read"), &readFn{Format: c.Format, MaxRecord: c.MaxRecord, MaxLines: c.MaxLines}, files)
	in, out, classifyTallies := beam.ParDo3(s.Scope("classify"), newClassifyFn(readOptions{c.AsOf, c.Now}), beam.GroupByKey(s, listings))
	kept, dedupTallies := beam.ParDo2(s.Scope("dedup"), &dedupFn{}, beam.GroupByKey(s, in))
	report(s, readTallies, classifyTallies, dedupTallies,
		writeShards(s, c.Output, outInScope, c.Shards, kept),
		writeShards(s, c.Output, outOutOfScope, c.Shards, out),
		writeShards(s, c.Output, outDeadLetter, c.Shards, dead))
}
