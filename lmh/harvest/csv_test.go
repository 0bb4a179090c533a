package harvest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCSV(t *testing.T) {
	t.Run("quoting", func(t *testing.T) {
		in := "\ufeffid,Tittel,tekst,url\n" +
			`1,"Kurs, for deg","Et ""kurs"" med komma, og
linjeskift",https://a.no` + "\n" +
			`2,Enkel,kurs uten sitat,"x,y"` + "\n" +
			"\n" +
			`3,"Tom",,z` + "\n" +
			`4,a,b` + "\n" +
			`5,"ok","kurs igjen",w` + "\n"
		lines, st := runString(t, in, Options{})
		require.Len(t, lines, 5)
		r1 := decodeLine(t, lines[0])
		assert.Equal(t, "1", r1["id"])
		assert.Equal(t, true, r1["in_scope"])
		assert.Equal(t, "group_offering", r1["concept"], "the title column was read")
		assert.Equal(t, map[string]any{"url": "https://a.no"}, r1["input"])
		assert.Equal(t, 4.0, r1["evidence"].([]any)[0].(map[string]any)["start"],
			"the quoted text was unescaped before classification")
		assert.Equal(t, map[string]any{"url": "x,y"}, decodeLine(t, lines[1])["input"])
		e3 := decodeLine(t, lines[2])
		assert.Equal(t, 6.0, e3["line"])
		assert.Equal(t, "3", e3["id"])
		assert.Contains(t, e3["error"], "missing text")
		e4 := decodeLine(t, lines[3])
		assert.Equal(t, 7.0, e4["line"])
		assert.Equal(t, "4", e4["id"], "a record with too few fields keeps its id")
		assert.Contains(t, e4["error"], "3 fields")
		assert.Equal(t, "5", decodeLine(t, lines[4])["id"])
		assert.EqualValues(t, 2, st.Errors)
		assert.Equal(t, CSV, st.Format)
	})
	t.Run("semicolon", func(t *testing.T) {
		lines, _ := runString(t, "id;title;text\na;b;kurs; med semikolon\nc;d;\"kurs; sitert\"\n", Options{})
		require.Len(t, lines, 2)
		assert.Contains(t, decodeLine(t, lines[0])["error"], "fields")
		assert.Equal(t, true, decodeLine(t, lines[1])["in_scope"])
	})
	t.Run("unterminated quote at end", func(t *testing.T) {
		lines, _ := runString(t, "id,text\na,kurs\nb,\"kurs\nuten slutt\n", Options{})
		require.Len(t, lines, 3, "the broken record is its first line; the next line is read again")
		e := decodeLine(t, lines[1])
		assert.Equal(t, 3.0, e["line"])
		assert.Equal(t, "b", e["id"])
		assert.Contains(t, e["error"], "not closed")
		assert.Equal(t, 4.0, decodeLine(t, lines[2])["line"])
	})
	t.Run("over-long multi-line record", func(t *testing.T) {
		in := "id,text\n" + `a,"kurs` + "\n" + strings.Repeat("y", 100) + "\n" + strings.Repeat("z", 100) + `"` + "\nb,kurs\n"
		lines, _ := runString(t, in, Options{MaxRecord: 150, LimitName: "-max-line"})
		require.Len(t, lines, 4, "one line per record: the broken one, the two lines read again, b")
		e := decodeLine(t, lines[0])
		assert.Equal(t, 2.0, e["line"])
		assert.Equal(t, "a", e["id"])
		assert.Contains(t, e["error"], "-max-line")
		assert.Equal(t, 3.0, decodeLine(t, lines[1])["line"])
		assert.Equal(t, 4.0, decodeLine(t, lines[2])["line"])
		assert.Equal(t, "b", decodeLine(t, lines[3])["id"])
	})
	t.Run("over-long first line of a quoted record", func(t *testing.T) {
		in := "id,text\n" + `a,"kurs ` + strings.Repeat("y", 300) + "\nb,kurs\n"
		lines, _ := runString(t, in, Options{MaxRecord: 150})
		require.Len(t, lines, 2)
		assert.Contains(t, decodeLine(t, lines[0])["error"], "longer")
		assert.Equal(t, "a", decodeLine(t, lines[0])["id"])
		assert.Equal(t, "b", decodeLine(t, lines[1])["id"])
	})
	t.Run("a quoted field may span at most MaxLines lines", func(t *testing.T) {
		in := "id,text\na,\"kurs\n1\n2\n3\"\nb,\"kurs\n1\n2\n3\n4\"\n"
		lines, _ := runString(t, in, Options{MaxLines: 4})
		require.Len(t, lines, 1+1+4)
		assert.Equal(t, "a", decodeLine(t, lines[0])["id"])
		assert.Contains(t, decodeLine(t, lines[1])["error"], "within 4 lines")
	})
	t.Run("header without text column", func(t *testing.T) {
		_, err := run(t.Context(), strings.NewReader("id,navn\n1,2\n"), io.Discard, Options{Format: CSV}, fakeClassify, fakeExtract)
		require.ErrorIs(t, err, ErrHeader)
	})
}

// TestCSVBareQuote is issue 11.1: a bare quote in an unquoted field made
// the record splitter swallow every line up to the next odd quote. Now the
// record with the bare quote is one error record naming its line, and
// every other record comes through.
func TestCSVBareQuote(t *testing.T) {
	in := "id,text\n1,kurs for deg\n2,Kurs 5\" skjerm\n3,kurs tre\n4,kurs fire\n5,\"kurs \"\"fem\"\"\"\n6,Kurs 7\" igjen\n7,kurs sju\n"
	lines, st := runString(t, in, Options{})
	require.Len(t, lines, 7)
	for i, l := range lines {
		m := decodeLine(t, l)
		assert.Equal(t, fmt.Sprint(i+1), m["id"])
		if i == 1 || i == 5 {
			assert.Equal(t, float64(i+2), m["line"], "error records name their line")
			assert.Contains(t, m["error"], `bare "`)
			assert.NotContains(t, m["error"], "skjerm")
		} else {
			assert.Nil(t, m["error"], "record %d", i+1)
		}
	}
	assert.EqualValues(t, 2, st.Errors)
}

// csvRecord is one generated input record for FuzzCSVRecords.
type csvRecord struct {
	id, title, text string
	broken          string // "", "bare" (a quote inside an unquoted field) or "open" (a quoted field never closed)
}

// FuzzCSVRecords is the CSV path's property, checked against the input
// records: however the fuzzer shapes the fields (delimiters, quotes, line
// breaks) and wherever it breaks the quoting, the reader returns exactly
// one record per input record, in order, starting on that record's line;
// a good record has its id, title and text as written, a broken one has an
// error and its id.
func FuzzCSVRecords(f *testing.F) {
	f.Add([]byte("kurs\x00a,b\x00\"q\"\x00x\ny"), uint64(0b100100), uint8(2))
	f.Add([]byte("kurs for deg\x00\x00Kurs 5\" skjerm"), uint64(0xffff), uint8(3))
	f.Add([]byte(""), uint64(1), uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, breaks uint64, maxLines uint8) {
		parts := strings.Split(string(data), "\x00")
		var recs []csvRecord
		for i := 0; i < len(parts) && len(recs) < 64; i++ {
			p := parts[i]
			r := csvRecord{id: fmt.Sprint(len(recs) + 1), title: fmt.Sprintf("T%d", len(recs)), text: "k " + p}
			switch breaks >> (2 * (len(recs) % 32)) & 3 {
			case 1:
				// A bare quote followed by a letter in an unquoted field:
				// the field must hold no quote, delimiter or line break.
				r.broken, r.text = "bare", "Kurs 5\" skjerm "+strings.Map(plain, p)
			case 2:
				r.broken, r.text = "open", "Kurs "+strings.Map(plain, p)
			}
			recs = append(recs, r)
		}
		var in bytes.Buffer
		in.WriteString("id,title,text\n")
		lines := []int{}
		line := 2
		for _, r := range recs {
			lines = append(lines, line)
			switch r.broken {
			case "bare":
				fmt.Fprintf(&in, "%s,%s,%s\n", r.id, r.title, r.text)
			case "open":
				fmt.Fprintf(&in, "%s,%s,\"%s\n", r.id, r.title, r.text)
			default:
				var b bytes.Buffer
				w := csv.NewWriter(&b)
				require.NoError(t, w.Write([]string{r.id, r.title, r.text}))
				w.Flush()
				in.Write(b.Bytes())
				line += bytes.Count(b.Bytes(), []byte{'\n'}) - 1
			}
			line++
		}
		r := NewReader(bytes.NewReader(in.Bytes()), Options{Format: CSV, MaxLines: int(maxLines%8) + 2})
		for i, want := range recs {
			got, err := r.Read()
			require.NoError(t, err, "record %d", i+1)
			require.Equal(t, lines[i], got.Line, "record %d starts on its line", i+1)
			require.Equal(t, want.id, got.ID, "record %d", i+1)
			if want.broken != "" {
				require.ErrorIs(t, got.Err, ErrSyntax, "record %d", i+1)
				continue
			}
			if got.Err != nil && strings.Count(want.text, "\n")+1 > int(maxLines%8)+2 {
				require.ErrorIs(t, got.Err, ErrSyntax) // the record spans more lines than allowed
				// Its lines are read again as records of their own; this
				// input's remaining order is no longer one-to-one. (Checked
				// before the text's own faults: a record too long to read
				// is never decoded.)
				return
			}
			if strings.TrimSpace(want.text) == "" || !utf8Valid(want.text, want.title) {
				require.Error(t, got.Err, "record %d", i+1)
				continue
			}
			require.NoError(t, got.Err, "record %d", i+1)
			require.Equal(t, want.title, got.Title)
			require.Equal(t, strings.ReplaceAll(want.text, "\r\n", "\n"), got.Text)
		}
		_, err := r.Read()
		require.ErrorIs(t, err, io.EOF)
	})
}

// plain keeps a character that cannot change how a CSV line splits.
func plain(r rune) rune {
	switch r {
	case '"', ',', '\n', '\r':
		return '_'
	}
	return r
}

func utf8Valid(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
