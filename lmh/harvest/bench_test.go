package harvest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

// benchInput returns the golden listings (the classifier's dev set and
// holdout, JSON Lines with labels passed through) repeated to n records,
// and the records decoded.
func benchInput(b testing.TB, n int) ([]byte, []Record) {
	raw, err := os.ReadFile(filepath.Join("testdata", "golden", "listings.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(raw), []byte("\n"))
	var buf bytes.Buffer
	for i := range n {
		buf.Write(lines[i%len(lines)])
		buf.WriteByte('\n')
	}
	r := NewReader(bytes.NewReader(buf.Bytes()), Options{})
	var recs []Record
	for range len(lines) {
		rec, err := r.Read()
		if err != nil || rec.Err != nil {
			b.Fatal(err, rec.Err)
		}
		recs = append(recs, rec)
	}
	return buf.Bytes(), recs
}

// cpuTime is the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkClassifyAlone is the baseline: the classifier alone on the same
// listings, one after another; one op is one record.
func BenchmarkClassifyAlone(b *testing.B) {
	in, recs := benchInput(b, 200)
	b.SetBytes(int64(len(in) / 200))
	c := classify.New()
	c.Listing("", "") // build the glossary before timing
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		rec := &recs[i%len(recs)]
		c.Listing(rec.Title, rec.Text)
	}
	reportCPU(b, cpu)
}

// BenchmarkPipeline runs the whole pipeline (split, decode, classify,
// encode, write in order) on one worker over the same listings, classifying
// only (Options.NoDrafts); one op is one record. Its ns/op over
// BenchmarkClassifyAlone's is the pipeline's cost per record relative to
// the classifier's.
func BenchmarkPipeline(b *testing.B) { benchPipeline(b, Options{NoDrafts: true}) }

// BenchmarkPipelineDrafts is BenchmarkPipeline with the default output: the
// draft offering of every in-scope record (classify.Extract, completed and
// validated for its warnings). Its ns/op over BenchmarkPipeline's is what
// the drafts cost.
func BenchmarkPipelineDrafts(b *testing.B) {
	benchPipeline(b, Options{AsOf: lmh.Date{Year: 2026, Month: 12, Day: 5}})
}

func benchPipeline(b *testing.B, o Options) {
	const n = 20000
	in, _ := benchInput(b, n)
	b.SetBytes(int64(len(in) / n))
	c := classify.New()
	c.Listing("", "")
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for done := 0; done < b.N; done += n {
		m := min(n, b.N-done)
		data := in
		if m < n {
			data = in[:lineEnd(in, m)]
		}
		o.Workers, o.Classifier, o.Format = 1, c, JSONL
		st, err := Run(context.Background(), bytes.NewReader(data), io.Discard, o)
		if err != nil || st.Written != int64(m) {
			b.Fatal(err, st.Written, m)
		}
	}
	reportCPU(b, cpu)
}

// lineEnd returns the offset just past the n-th line of b.
func lineEnd(b []byte, n int) int {
	off := 0
	for range n {
		off += bytes.IndexByte(b[off:], '\n') + 1
	}
	return off
}

// BenchmarkPipelineVsAlone runs the classifier alone and the pipeline
// (classifying only) on one worker by turns over the same records, 20,000 at a time, and reports
// the CPU time per record of each and their ratio: the pipeline's records
// per CPU-second over the classifier's. Taking turns lets the load of a
// shared machine fall on both alike. One op is one record through both.
func BenchmarkPipelineVsAlone(b *testing.B) {
	const n = 20000
	in, recs := benchInput(b, n)
	c := classify.New()
	c.Listing("", "")
	b.ReportAllocs()
	b.ResetTimer()
	var alone, pipeline time.Duration
	for done := 0; done < b.N; done += n {
		m := min(n, b.N-done)
		start := cpuTime()
		for i := range m {
			rec := &recs[i%len(recs)]
			c.Listing(rec.Title, rec.Text)
		}
		mid := cpuTime()
		st, err := Run(context.Background(), bytes.NewReader(in[:lineEnd(in, m)]), io.Discard, Options{Workers: 1, Classifier: c, Format: JSONL, NoDrafts: true})
		if err != nil || st.Written != int64(m) {
			b.Fatal(err, st.Written, m)
		}
		end := cpuTime()
		alone += mid - start
		pipeline += end - mid
	}
	b.ReportMetric(float64(alone)/float64(b.N), "alone-cpu-ns/op")
	b.ReportMetric(float64(pipeline)/float64(b.N), "pipeline-cpu-ns/op")
	b.ReportMetric(float64(alone)/float64(pipeline), "ratio")
}

// BenchmarkDecodeJSON decodes the golden listings; one op is one record.
func BenchmarkDecodeJSON(b *testing.B) {
	in, _ := benchInput(b, 200)
	lines := bytes.Split(bytes.TrimSpace(in), []byte("\n"))
	strs := make([]string, len(lines))
	for i, l := range lines {
		strs[i] = string(l)
	}
	b.SetBytes(int64(len(in) / len(lines)))
	b.ReportAllocs()
	var rec Record
	for i := 0; b.Loop(); i++ {
		rec = Record{Other: rec.Other[:0]}
		if err := decodeJSON(lines[i%len(lines)], strs[i%len(lines)], &rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode encodes the classifications of the golden listings; one
// op is one record.
func BenchmarkEncode(b *testing.B) {
	_, recs := benchInput(b, 200)
	c := classify.New()
	res := make([]classify.Result, len(recs))
	for i := range recs {
		res[i] = c.Listing(recs[i].Title, recs[i].Text)
	}
	var e Encoder
	var out []byte
	for i := range recs {
		out = e.AppendResult(out, &recs[i], &res[i])
	}
	b.SetBytes(int64(len(out) / len(recs))) // output bytes a record
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		out = e.AppendResult(out[:0], &recs[i%len(recs)], &res[i%len(res)])
	}
}
