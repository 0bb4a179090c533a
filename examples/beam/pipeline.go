package main

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
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
}

// The outputs, by the names of their files and counters.
const (
	outInScope    = "in_scope"
	outOutOfScope = "out_of_scope"
	outDeadLetter = "dead_letter"
)

// buildPipeline adds the pipeline to s:
//
//	match globs ─ read each file (readFn) ─┬─ dead letters ─────────────────────────── write dead_letter
//	                                       └─ listings by stable ID ─ group ─ classifyFn
//	                                                                           ├─ in scope ──── write in_scope
//	                                                                           └─ out of scope ─ write out_of_scope
//	tallies of read, classifyFn and the writes ─ group ─ reportFn (counters; fails the run if a record is missing)
//
// A file is read by one worker, whole, so that harvest.Reader splits it
// with its own rules. Grouping by stable ID then does two things in one
// shuffle: it spreads the records over all workers, so that classifying —
// the work — does not stay with the worker that read a big file, and it
// brings the copies of a page together, so that a page harvested twice is
// classified once and gives one in-scope line.
func buildPipeline(s beam.Scope, c config) {
	var matched []beam.PCollection
	for _, glob := range c.Inputs {
		// A glob that matches nothing fails the run rather than read
		// nothing.
		matched = append(matched, fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow()))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matched...), fileio.ReadDirectoryDisallow())
	listings, dead, readTallies := beam.ParDo3(s.Scope("read"), &readFn{Format: c.Format, MaxRecord: c.MaxRecord, MaxLines: c.MaxLines}, files)
	in, out, classifyTallies := beam.ParDo3(s.Scope("classify"), &classifyFn{}, beam.GroupByKey(s, listings))
	report(s, readTallies, classifyTallies,
		writeShards(s, c.Output, outInScope, c.Shards, in),
		writeShards(s, c.Output, outOutOfScope, c.Shards, out),
		writeShards(s, c.Output, outDeadLetter, c.Shards, dead))
}
