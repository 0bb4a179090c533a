package harvest

import (
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNestingLimit checks that records are as deep as encoding/json reads
// and no deeper: 10,000 levels, the record itself included.
func TestNestingLimit(t *testing.T) {
	for _, depth := range []int{64, 65, 129, 9999, 10000} { // levels inside the record
		for _, open := range []string{"[", `{"a":`} {
			close := map[string]string{"[": "]", `{"a":`: "}"}[open]
			line := `{"text":"kurs","deep":` + strings.Repeat(open, depth) + strings.Repeat(close, depth) + `}`
			var rec Record
			err := decodeJSON([]byte(line), line, &rec)
			var v any
			stdErr := json.Unmarshal([]byte(line), &v)
			assert.Equal(t, stdErr == nil, err == nil, "%d levels of %s: %v, encoding/json: %v", depth, open, err, stdErr)
		}
	}
}

// TestReadGivesOwnCopies checks that a record from Reader.Read keeps its
// values when the Reader goes on reading.
func TestReadGivesOwnCopies(t *testing.T) {
	r := NewReader(strings.NewReader(`{"id":"a","text":"kurs a","n":"AAAA","m":[1]}`+"\n"+
		`{"id":"b","text":"kurs b","n":"BBBB","m":[2]}`+"\n"), Options{Format: JSONL})
	a, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.NoError(t, err)
	assert.Equal(t, "a", a.ID)
	assert.Equal(t, "kurs a", a.Text)
	require.Len(t, a.Other, 2)
	assert.Equal(t, `"AAAA"`, string(a.Other[0].Value))
	assert.Equal(t, `[1]`, string(a.Other[1].Value))
	a.Other[0].Value = append(a.Other[0].Value, 'x') // its own capacity: the next value is untouched
	assert.Equal(t, `[1]`, string(a.Other[1].Value))
}

// TestStopBytes checks stopBytes's contract on every byte in every lane of
// words of other bytes, and on pairs of bytes: the result is zero exactly
// when no byte needs a look (isStop), and otherwise its lowest mark is on
// the first byte that does.
func TestStopBytes(t *testing.T) {
	check := func(w [8]byte) {
		t.Helper()
		m := stopBytes(binary.LittleEndian.Uint64(w[:]))
		first := -1
		for k, c := range w {
			if isStop[c] {
				first = k
				break
			}
		}
		switch {
		case first < 0 && m != 0:
			t.Fatalf("% x: marked %#x, but no byte needs a look", w, m)
		case first >= 0 && (m == 0 || bits.TrailingZeros64(m)>>3 != first):
			t.Fatalf("% x: marked %#x, but byte %d is the first that needs a look", w, m, first)
		}
	}
	for _, fill := range []byte{' ', '!', '#', 'a', '~', 0x7f, '"', '\\', 0, 0x1f, 0x80, 0xff} {
		for lane := range 8 {
			for c := range 256 {
				var w [8]byte
				for k := range w {
					w[k] = fill
				}
				w[lane] = byte(c)
				check(w)
				for c2 := range 256 {
					if lane < 7 {
						w[lane+1] = byte(c2)
						check(w)
					}
				}
			}
		}
	}
}

// TestScanValueDeepKinds checks scanValue's stack of container kinds past
// its first word (64 levels): objects and arrays alternate in patterns
// down to 200 levels, and each value is accepted exactly when
// encoding/json accepts it, whether it closes right or one close is
// swapped for the other kind's.
func TestScanValueDeepKinds(t *testing.T) {
	for _, depth := range []int{63, 64, 65, 66, 127, 128, 129, 130, 200} {
		for pattern := range 4 {
			var open, closes []string
			for d := range depth {
				if (d>>pattern)&1 == 0 {
					open, closes = append(open, `{"a":`), append(closes, "}")
				} else {
					open, closes = append(open, "["), append(closes, "]")
				}
			}
			for swap := -1; swap < depth; swap += max(1, depth/7) {
				var sb strings.Builder
				for _, o := range open {
					sb.WriteString(o)
				}
				sb.WriteString("1")
				for d := depth - 1; d >= 0; d-- {
					c := closes[d]
					if d == swap {
						c = map[string]string{"}": "]", "]": "}"}[c]
					}
					sb.WriteString(c)
				}
				v := []byte(sb.String())
				end := scanValue(v, 0)
				if got, want := end == len(v), json.Valid(v); got != want {
					t.Fatalf("depth %d, pattern %d, swap %d: scanValue ends at %d of %d, encoding/json says valid %v", depth, pattern, swap, end, len(v), want)
				}
			}
		}
	}
}

// TestLoad64 checks load64 against encoding/binary at every offset of a
// buffer, unaligned ones included.
func TestLoad64(t *testing.T) {
	buf := make([]byte, 40)
	for i := range buf {
		buf[i] = byte(i*37 + 11)
	}
	for off := 0; off+8 <= len(buf); off++ {
		if got, want := load64(buf, off), binary.LittleEndian.Uint64(buf[off:]); got != want {
			t.Errorf("load64 at %d = %#x, want %#x", off, got, want)
		}
	}
}
