package harvest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// noLossInput is a generated input of n records, about 1 % of them bad,
// with the lines the bad ones start on and their ids.
type noLossInput struct {
	data []byte
	n    int
	bad  map[int]string // starting line → id ("" when it cannot be read)
}

const noLossMax = 8192 // MaxRecord of the no-loss runs

func noLossText(i int) string {
	return fmt.Sprintf("Lærings- og mestringssenteret inviterer pasienter og pårørende til kurs nummer %d om kols, søvn og mestring.", i)
}

func genJSONL(n int) noLossInput {
	in := noLossInput{n: n, bad: map[int]string{}}
	var b bytes.Buffer
	for i := range n {
		line := i + 1
		id := "j" + strconv.Itoa(i)
		switch {
		case i%100 == 37 && i%400 == 37:
			fmt.Fprintf(&b, `{"id":%q,"text":"kurs`+"\n", id) // cut short
			in.bad[line] = id
		case i%100 == 37 && i%400 == 137:
			fmt.Fprintf(&b, "{\"id\":%q,\"text\":\"kurs \xff\"}\n", id) // invalid UTF-8
			in.bad[line] = id
		case i%100 == 37 && i%400 == 237:
			fmt.Fprintf(&b, `{"id":%q,"title":"Kurs"}`+"\n", id) // no text
			in.bad[line] = id
		case i%100 == 37:
			fmt.Fprintf(&b, `{"id":%q,"text":"%s"}`+"\n", id, strings.Repeat("x", noLossMax)) // too long
			in.bad[line] = id
		default:
			fmt.Fprintf(&b, `{"id":%q,"title":"Kurs %d","text":%q,"src":{"n":%d}}`+"\n", id, i, noLossText(i), i)
		}
	}
	in.data = b.Bytes()
	return in
}

func genCSV(n int) noLossInput {
	in := noLossInput{n: n, bad: map[int]string{}}
	var b bytes.Buffer
	b.WriteString("id;tittel;tekst;kilde\n")
	line := 2
	for i := range n {
		id := "c" + strconv.Itoa(i)
		var rec string
		switch {
		case i%100 == 37 && i%200 == 37:
			rec = fmt.Sprintf("%s;Kurs;Skjerm 5\" stor %d;x\n", id, i) // a bare quote
			in.bad[line] = id
		case i%100 == 37:
			rec = fmt.Sprintf("%s;Kurs;\"kurs som aldri slutter %d;x\n", id, i) // a quoted field never closed
			in.bad[line] = id
		default:
			text := noLossText(i)
			if i%3 == 0 {
				text = "Kurs «" + strconv.Itoa(i) + "»;\n\"sitat\" og linjeskift"
			}
			var r bytes.Buffer
			w := csv.NewWriter(&r)
			w.Comma = ';'
			_ = w.Write([]string{id, "Kurs " + strconv.Itoa(i), text, "gen"})
			w.Flush()
			rec = r.String()
		}
		b.WriteString(rec)
		line += strings.Count(rec, "\n")
	}
	in.data = b.Bytes()
	return in
}

func genText(n int) noLossInput {
	in := noLossInput{n: n, bad: map[int]string{}}
	var b bytes.Buffer
	for i := range n {
		line := i + 1
		switch {
		case i%100 == 37 && i%200 == 37:
			b.WriteString("kurs \xfe\xff\n")
			in.bad[line] = strconv.Itoa(line)
		case i%100 == 37:
			b.WriteString(strings.Repeat("y", noLossMax+1) + "\n")
			in.bad[line] = strconv.Itoa(line)
		default:
			b.WriteString(noLossText(i) + "\n")
		}
	}
	in.data = b.Bytes()
	return in
}

// TestNoLoss is the property CI checks on 20,000 records per format
// (LMHKIT_NOLOSS_N=20000): records in = lines out, and every bad record is
// named — an error record on the line it starts on, with its id — and no
// good one is.
func TestNoLoss(t *testing.T) {
	n := 2000
	if s := os.Getenv("LMHKIT_NOLOSS_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	for name, in := range map[string]noLossInput{"jsonl": genJSONL(n), "csv": genCSV(n), "text": genText(n)} {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := Run(context.Background(), bytes.NewReader(in.data), &out, Options{MaxRecord: noLossMax, Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if st.Format.String() != name {
				t.Errorf("read as %s", st.Format)
			}
			sc := bufio.NewScanner(&out)
			sc.Buffer(nil, 1<<20)
			lines, errs := 0, 0
			for sc.Scan() {
				lines++
				var m struct {
					Line  int     `json:"line"`
					ID    *string `json:"id"`
					Error string  `json:"error"`
				}
				if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
					t.Fatalf("output line %d: %v", lines, err)
				}
				if m.Error == "" {
					continue
				}
				errs++
				want, ok := in.bad[m.Line]
				if !ok {
					t.Errorf("error record for line %d, which is good: %s", m.Line, sc.Bytes())
					continue
				}
				if m.ID == nil || *m.ID != want {
					t.Errorf("error record for line %d: id %v, want %q", m.Line, m.ID, want)
				}
			}
			if lines != in.n || st.Written != int64(in.n) || st.Read != int64(in.n) {
				t.Errorf("%d records in, %d lines out (%d read, %d written)", in.n, lines, st.Read, st.Written)
			}
			if errs != len(in.bad) || st.Errors != int64(len(in.bad)) {
				t.Errorf("%d bad records, %d error records (%d counted)", len(in.bad), errs, st.Errors)
			}
		})
	}
}
