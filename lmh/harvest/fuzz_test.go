package harvest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPipeline runs any input through the pipeline and checks that nothing
// is lost: one valid JSON line per record the reader splits off, each error
// record naming a line of the input, in increasing order.
func FuzzPipeline(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"kurs"}`+"\n"), uint8(0))
	f.Add([]byte("id,text\n1,\"a\nb\"\n2,Kurs 5\" skjerm\n"), uint8(2))
	f.Add([]byte("plain\nlines\n"), uint8(3))
	f.Fuzz(func(t *testing.T, in []byte, format uint8) {
		o := Options{Workers: 1 + int(format/4)%3, MaxRecord: 64, MaxLines: 4, Format: Format(format % 4)}
		var out bytes.Buffer
		st, err := run(t.Context(), bytes.NewReader(in), &out, o, fakeClassify, fakeExtract)
		var fe *FormatError
		if err != nil && !errors.Is(err, ErrHeader) && !errors.As(err, &fe) {
			t.Fatalf("unexpected error: %v", err)
		}
		// The records as the reader splits them.
		r := NewReader(bytes.NewReader(in), o)
		var recs []Record
		for {
			rec, err := r.Read()
			if err != nil {
				break
			}
			recs = append(recs, rec)
		}
		lines := 1 + bytes.Count(in, []byte{'\n'})
		n, last := 0, 0
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) != nil {
				t.Fatalf("output line %d is not JSON: %q", n+1, sc.Bytes())
			}
			if n >= len(recs) {
				t.Fatalf("more output lines than records")
			}
			rec := recs[n]
			if rec.Line <= last || rec.Line > lines {
				t.Fatalf("record %d starts on line %d, after %d, of %d", n+1, rec.Line, last, lines)
			}
			last = rec.Line
			if (rec.Err != nil) != (m["error"] != nil) {
				t.Fatalf("record %d: error %v, output %q", n+1, rec.Err, sc.Bytes())
			}
			if rec.Err != nil && m["line"] != float64(rec.Line) {
				t.Fatalf("error record %d names line %v, not %d", n+1, m["line"], rec.Line)
			}
			n++
		}
		if n != len(recs) || int64(n) != st.Written {
			t.Fatalf("%d output lines, %d records, %d counted", n, len(recs), st.Written)
		}
	})
}

// FuzzDecodeJSON checks the one-pass JSON Lines decoder against
// encoding/json: it accepts exactly the valid objects, and reads the same
// id, title, text and other members from them.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"kurs \"x\" \u00e6","n":[1,{"b":"}"}],"m":null}`))
	f.Add([]byte(` { "text" : "a\\b" , "id" : -1.5e3 } `))
	f.Add([]byte(`{"text":"x","text":"y"}`))
	f.Add([]byte(`{"\u0074ext":"x","a":[1e5,-0.5,true,false,{}]}`))
	f.Add([]byte(`{"id":"\ud83d\ude42\ud800x","title":"\u00e6\/\b","text":"kurs for p\u00e5r\u00f8rende \"x\"","\u00e6":[[],{"a":{"b":[null]}}]}`))
	f.Add([]byte(`{"text":"pårørende æøå 🙂 \t tekst som er lengre enn seksten byte","labels":{"roles":["patient","next_of_kin"],"n":-0.0e+5}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var rec Record
		err := decodeJSON(line, string(line), &rec)
		var m map[string]json.RawMessage
		if json.Unmarshal(line, &m) != nil || !utf8.Valid(line) {
			if err == nil {
				t.Fatalf("accepted invalid record %q", line)
			}
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("error %v is neither syntax nor UTF-8", err)
			}
			return
		}
		var text string
		if json.Unmarshal(m["text"], &text) != nil || strings.TrimSpace(text) == "" {
			if err == nil {
				t.Fatalf("accepted a record without text: %q", line)
			}
			return
		}
		if err != nil {
			if _, ok := m["id"]; ok && strings.Contains(err.Error(), "id") {
				return // an id of the wrong type
			}
			if strings.Contains(err.Error(), "title") {
				return
			}
			t.Fatalf("rejected %q: %v", line, err)
		}
		if rec.Text != text {
			t.Fatalf("text %q, encoding/json says %q", rec.Text, text)
		}
		var title, id string
		if json.Unmarshal(m["title"], &title) == nil && rec.Title != title && !duplicate(line, "title") {
			t.Fatalf("title %q, encoding/json says %q", rec.Title, title)
		}
		if json.Unmarshal(m["id"], &id) == nil && rec.ID != id && !duplicate(line, "id") {
			t.Fatalf("id %q, encoding/json says %q", rec.ID, id)
		}
		for _, fd := range rec.Other {
			if want, ok := m[fd.Name]; !ok || (!bytes.Equal(want, fd.Value) && !duplicate(line, fd.Name)) {
				t.Fatalf("member %q: %s, encoding/json says %s", fd.Name, fd.Value, want)
			}
		}
	})
}

// duplicate reports whether a member name may occur twice in line (the
// map keeps only the last).
func duplicate(line []byte, name string) bool {
	return bytes.Count(line, []byte(name)) > 1
}

// FuzzScanValue checks scanValue, the validator of passed-through values,
// against encoding/json and utf8.Valid: it accepts a value exactly when it
// is valid JSON of valid UTF-8 (as a member's value in a record, for the
// nesting limit), and then ends where the value does.
func FuzzScanValue(f *testing.F) {
	f.Add([]byte(`{"in_scope": true, "concept": "group_offering", "roles": ["patient", "next_of_kin"], "age_groups": [], "n": -1.5e3}`))
	f.Add([]byte(`[1,{"b":"}"},[],{},"æøå – 🙂",null,false,"\u00e6\"\\"]`))
	f.Add([]byte("{ \"a\" :\t[ 1 ,\n2 ] , \"b\":\"x\"\r}"))
	f.Add([]byte(`{"a":"12345678","bcdefghijk":"l"}`))
	f.Add([]byte(`"kort"`))
	f.Add([]byte(`{"a":[1,2}`))
	f.Add([]byte(`{"a" "b"}`))
	f.Add([]byte(`{"a":"\xff"}`))
	f.Add([]byte(strings.Repeat("[", 70) + strings.Repeat("]", 70)))
	f.Fuzz(func(t *testing.T, v []byte) {
		if bytes.Count(v, []byte("["))+bytes.Count(v, []byte("{")) > 5000 {
			return // the nesting limit is TestNestingLimit's
		}
		i := skipWS(v, 0)
		end := scanValue(v, i)
		got := end >= 0 && skipWS(v, end) == len(v)
		// Valid alone, and as a member's value for the nesting limit (a
		// member's value alone: `[], "b":0` makes a valid record of its own).
		want := json.Valid(v) && json.Valid([]byte(`{"a":`+string(v)+`}`)) && utf8.Valid(v)
		if got != want {
			t.Fatalf("scanValue(%q) ends at %d: valid %v, encoding/json says %v", v, end, got, want)
		}
		if end >= 0 && !json.Valid(v[i:end]) {
			t.Fatalf("scanValue(%q) ends at %d, after %q, which is not a value", v, end, v[i:end])
		}
	})
}
