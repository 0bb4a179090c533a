package harvest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lmhkit/lmhkit/lmh"
)

var update = flag.Bool("update", false, "rewrite the goldens in testdata/golden")

// TestGolden runs the real classifier over the golden inputs and compares
// the output with what examples/classify wrote before the pipeline moved
// here (testdata/golden/README.md): classification records byte for byte,
// error records by line and id (their messages may be worded better now).
// The .drafts.golden files hold the default output, with the draft
// offering of every in-scope record, read as of a fixed date and stamped
// with a fixed time.
func TestGolden(t *testing.T) {
	drafts := Options{AsOf: lmh.Date{Year: 2026, Month: 12, Day: 5}, LastModified: time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)}
	classifyOnly := Options{NoDrafts: true}
	cases := []struct {
		in, golden, name string
		o                Options
	}{
		{"listings.jsonl", "listings.jsonl.golden", "", classifyOnly},
		{"listings.csv", "listings.csv.golden", "", classifyOnly},
		{"listings-semicolon.csv", "listings-semicolon.csv.golden", "", classifyOnly},
		{"listings.txt", "listings.txt.golden", "", classifyOnly},
		{"edge.jsonl", "edge.jsonl.golden", "", classifyOnly},
		{"edge.jsonl", "edge.jsonl.named.golden", "edge.jsonl", classifyOnly},
		{"listings.jsonl", "listings.jsonl.drafts.golden", "listings.jsonl", drafts},
		{"edge.jsonl", "edge.jsonl.drafts.golden", "edge.jsonl", drafts},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", "golden", c.in))
			require.NoError(t, err)
			var out, one bytes.Buffer
			o := c.o
			o.Workers, o.Name = 2, c.name
			_, err = Run(context.Background(), bytes.NewReader(in), &out, o)
			require.NoError(t, err)
			o.Workers = 1
			_, err = Run(context.Background(), bytes.NewReader(in), &one, o)
			require.NoError(t, err)
			require.Equal(t, out.String(), one.String(), "one worker writes what two do")
			path := filepath.Join("testdata", "golden", c.golden)
			if *update {
				require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
			require.Len(t, got, len(wantLines), "one output line per record")
			for i := range wantLines {
				if !strings.HasPrefix(wantLines[i], `{"line":`) {
					require.Equal(t, wantLines[i], got[i], "record %d differs from the golden (if lmh/classify's rules changed, run with -update and review the diff)", i+1)
					continue
				}
				var w, g map[string]any
				require.NoError(t, json.Unmarshal([]byte(wantLines[i]), &w))
				require.NoError(t, json.Unmarshal([]byte(got[i]), &g), got[i])
				assert.Equal(t, w["line"], g["line"], "record %d", i+1)
				assert.Equal(t, w["id"], g["id"], "record %d", i+1)
				assert.Equal(t, w["file"], g["file"], "record %d", i+1)
				assert.NotEmpty(t, g["error"])
			}
		})
	}
}
