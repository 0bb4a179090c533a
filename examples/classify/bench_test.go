package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// devsetInput returns the dev set as JSON Lines input (id, title, text and
// the labels passed through) repeated to n records.
func devsetInput(b *testing.B, n int) []byte {
	raw, err := os.ReadFile(filepath.Join("..", "..", "lmh", "testdata", "classify", "devset.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(raw), []byte("\n"))
	var buf bytes.Buffer
	for i := range n {
		buf.Write(lines[i%len(lines)])
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// BenchmarkPipeline runs the whole program core (decode, classify, encode,
// in order) over the dev set; one op is one record.
func BenchmarkPipeline(b *testing.B) {
	in := devsetInput(b, 20000)
	b.SetBytes(int64(len(in) / 20000))
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += 20000 {
		var st stats
		if err := run(bytes.NewReader(in), io.Discard, config{workers: 1, maxLine: 1 << 20}, classifyListing, &st); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipelineBaseline is the same input decoded with json.Unmarshal
// and re-encoded with json.Marshal, without classification: what plain
// encoding/json costs for the same records.
func BenchmarkPipelineBaseline(b *testing.B) {
	in := devsetInput(b, 20000)
	lines := bytes.Split(bytes.TrimSpace(in), []byte("\n"))
	b.SetBytes(int64(len(in) / 20000))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var m map[string]any
		if err := json.Unmarshal(lines[i%len(lines)], &m); err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(m); err != nil {
			b.Fatal(err)
		}
	}
}
