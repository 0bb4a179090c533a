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

	"github.com/lmhkit/lmhkit/lmh/classify"
)

// benchInput returns the golden listings (the classifier's dev set and
// holdout, JSON Lines with labels passed through) repeated to n records,
// and the records decoded.
func benchInput(b *testing.B, n int) ([]byte, []Record) {
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
// encode, write in order) on one worker over the same listings; one op is
// one record. Its ns/op over BenchmarkClassifyAlone's is the pipeline's
// cost per record relative to the classifier's.
func BenchmarkPipeline(b *testing.B) {
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
		st, err := Run(context.Background(), bytes.NewReader(data), io.Discard, Options{Workers: 1, Classifier: c, Format: JSONL})
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
