package harvest

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDetect(t *testing.T) {
	jsonl := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `{"id":"%d","text":"kurs"}`+"\n", i)
		}
		return b.String()
	}
	cases := []struct {
		name  string
		input string
		want  Format
	}{
		{"json", `{"id":1,"text":"kurs"}`, JSONL},
		{"json after white space", "  {\"text\":\"x\"}", JSONL},
		{"json after a byte-order mark", "\ufeff{\"text\":\"x\"}", JSONL},
		{"csv", "id,title,text\n1,a,b", CSV},
		{"csv semicolon", "ID;Tittel;Tekst", CSV},
		{"tsv", "id\tbeskrivelse", CSV},
		{"text", "Kolsskole for pasienter, pårørende og andre", Text},
		{"one word", "text", Text},
		// Issue 11.2: a garbage first line no longer turns every later JSON
		// line into a plain-text record.
		{"garbage first line", "Eksportert 2024-05-01 fra nettsiden\n" + jsonl(5), JSONL},
		{"a csv-looking first line before json", "id,title,text\n" + jsonl(5), JSONL},
		{"json past blank lines", "\n\n   \n" + jsonl(3), JSONL},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(c.input), Options{})
			if _, err := r.Read(); !errors.Is(err, io.EOF) { // a header alone has no record
				require.NoError(t, err)
			}
			assert.Equal(t, c.want, r.Format())
			detected, n := r.Detected()
			assert.True(t, detected)
			assert.Positive(t, n)
		})
	}
	t.Run("garbage first line gives one error and every record", func(t *testing.T) {
		lines, st := runString(t, "Eksportert 2024-05-01\n"+jsonl(100), Options{})
		require.Len(t, lines, 101)
		assert.Equal(t, 1.0, decodeLine(t, lines[0])["line"])
		for i, l := range lines[1:] {
			assert.Equal(t, fmt.Sprint(i), decodeLine(t, l)["id"])
		}
		assert.EqualValues(t, 1, st.Errors)
		assert.Equal(t, JSONL, st.Format)
		assert.True(t, st.Detected)
		assert.Equal(t, 64, st.Sampled, "detection looks at the first 64 non-blank lines")
	})
	t.Run("ambiguous", func(t *testing.T) {
		r := NewReader(strings.NewReader("en linje\nto linjer\n"+jsonl(1)), Options{})
		_, err := r.Read()
		var fe *FormatError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, 3, fe.Sampled)
		assert.Equal(t, 1, fe.JSON)
		_, err2 := r.Read()
		assert.Equal(t, err, err2, "the failure is returned again")
	})
	t.Run("given format is not detected", func(t *testing.T) {
		r := NewReader(strings.NewReader("Eksportert\n"+jsonl(3)), Options{Format: Text})
		_, err := r.Read()
		require.NoError(t, err)
		detected, _ := r.Detected()
		assert.False(t, detected)
		assert.Equal(t, Text, r.Format())
	})
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": Auto, "AUTO": Auto, "jsonl": JSONL, "ndjson": JSONL, "json": JSONL,
		"csv": CSV, "tsv": CSV, " Text ": Text, "txt": Text, "plain": Text} {
		f, err := ParseFormat(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, f, in)
	}
	_, err := ParseFormat("xml")
	require.Error(t, err)
	for _, f := range []Format{Auto, JSONL, CSV, Text, Format(99)} {
		assert.NotEmpty(t, f.String())
	}
}
