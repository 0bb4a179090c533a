package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// writeShards writes the lines of col to shards files named
// DIR/NAME-SSSSS-of-NNNNN.jsonl, one line each, spread by a hash of the
// line so that every worker writes some. textio.Write would write one file
// from one worker, whatever the size of the output. A shard that gets no
// line has no file.
//
// Each shard is written whole by one call, after a GroupByKey: a retried
// call writes the file again from the start, so a retry leaves no partial
// or doubled lines. It returns the tallies: written_NAME, the lines
// written, and files_written.
//
// That the writer has an output matters on Prism too (v2.78.0): Prism
// waits for a bundle of a stage without outputs in a loop that spins on a
// closed channel, taking a core from the workers for as long as the
// bundle runs.
func writeShards(s beam.Scope, dir, name string, shards int, col beam.PCollection) beam.PCollection {
	s = s.Scope("write_" + name)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	return beam.ParDo(s, &writeShardFn{Dir: dir, Name: name, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeShardFn writes the lines of one shard.
type writeShardFn struct {
	Dir    string `json:"dir"`
	Name   string `json:"name"`
	Shards int    `json:"shards"`
}

// shardPath is the file of one shard.
func shardPath(dir, name string, shard, shards int) string {
	return fmt.Sprintf("%s/%s-%05d-of-%05d.jsonl", dir, name, shard, shards)
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool, emit func(tally)) (err error) {
	path := shardPath(fn.Dir, fn.Name, shard, fn.Shards)
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", path, cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	n := int64(0)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		n++
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	emit(tally{metricsNamespace + "/written_" + fn.Name, n})
	emit(tally{metricsNamespace + "/files_written", 1})
	return nil
}

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn4x1[context.Context, int, func(*string) bool, func(tally), error](&writeShardFn{})
	register.Iter1[string]()
}
