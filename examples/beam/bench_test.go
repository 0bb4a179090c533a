package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// The pipeline on Prism beside its baseline, harvest.Run over the same
// files one after another — what 'lmhkit classify FILES' does — in one
// run, so that one run gives the ratio:
//
//	LMHKIT_BEAM_N=200000 go test -run '^$' -bench . -benchtime 1x -cpu 1
//
// Each reports records/s and the process's CPU time per record (user and
// system, from getrusage: Prism runs in this process), which the other
// load of the machine moves less than the wall clock.

var benchInput struct {
	dir   string
	files []string
	n     int
}

// benchHarvest writes the generated harvest once per process: n records
// (LMHKIT_BEAM_N, 20,000 by default) in 20 files, 1 % bad.
func benchHarvest(b *testing.B) (string, []string, int) {
	if benchInput.dir == "" {
		n := testRecords(b, 20000)
		dir, err := os.MkdirTemp("", "beam-bench")
		if err != nil {
			b.Fatal(err)
		}
		ts, err := genTemplates()
		if err != nil {
			b.Fatal(err)
		}
		m, err := genWrite(dir, n, 20, ts)
		if err != nil {
			b.Fatal(err)
		}
		benchInput.dir, benchInput.files, benchInput.n = dir, m.Files, m.Records
	}
	return benchInput.dir, benchInput.files, benchInput.n
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRate adds records/s and CPU µs per record.
func reportRate(b *testing.B, n int, start time.Time, cpu time.Duration) {
	recs := float64(n) * float64(b.N)
	b.ReportMetric(recs/time.Since(start).Seconds(), "records/s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/recs, "cpu-µs/record")
}

func BenchmarkPrism(b *testing.B) {
	dir, _, n := benchHarvest(b)
	out := b.TempDir()
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		c := runOnPrism(b, config{Inputs: []string{filepath.Join(dir, "*")}, Output: out, Format: "auto", Shards: 4, AsOf: testAsOf, Now: testNow})
		if c.RecordsRead != int64(n) {
			b.Fatalf("%d records read, want %d", c.RecordsRead, n)
		}
		if err := c.balance(); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, n, start, cpu)
}

// BenchmarkHarvestRun is the baseline: 'lmhkit classify FILES',
// whose output goes to a file as the pipeline's does.
func BenchmarkHarvestRun(b *testing.B) {
	_, files, n := benchHarvest(b)
	out, err := os.Create(filepath.Join(b.TempDir(), "out.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		out.Seek(0, io.SeekStart)
		read := int64(0)
		for _, f := range files {
			in, err := os.Open(f)
			if err != nil {
				b.Fatal(err)
			}
			st, err := harvest.Run(context.Background(), in, out, harvest.Options{Name: f, Extract: true, AsOf: testAsOf})
			in.Close()
			if err != nil {
				b.Fatal(err)
			}
			read += st.Read
		}
		if read != int64(n) {
			b.Fatalf("%d records read, want %d", read, n)
		}
	}
	reportRate(b, n, start, cpu)
}
