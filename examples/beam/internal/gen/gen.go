// Package gen writes generated harvests for the pipeline's tests and
// measurements: listings made from templates (the classifier's
// development set), each with a sentence of its own so that no two pages
// are alike, a share of bad records, and a share of pages harvested twice.
//
// Files alternate between JSON Lines and CSV (semicolons, every third
// text a quoted field over two lines, as exports leave them). The bad
// records are those package lmh/harvest names: JSON cut short, invalid
// UTF-8, a record without text; in CSV a bare quote in an unquoted field,
// and a quoted field never closed.
package gen

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// Template is a listing to vary.
type Template struct {
	Title, Text string // the listing's title and text
}

// Spec says what to write.
type Spec struct {
	// Records is the number of records in all, spread evenly over Files
	// files.
	Records, Files int
	// BadEvery makes one record in BadEvery bad (100: 1 %); 0 makes none.
	BadEvery int
	// RepeatEvery makes one good record in RepeatEvery a page harvested
	// again: the title and text of an earlier good record, under an id of
	// its own; 0 makes none.
	RepeatEvery int
	// Templates are the listings varied; there must be at least one.
	Templates []Template
}

// Pos is where a record starts: its file's name and its line.
type Pos struct {
	File string // the file's path, in the directory written to
	Line int    // the line the record starts on, counting from 1
}

// Manifest says what was written.
type Manifest struct {
	// Files are the paths written, in order.
	Files []string
	// Records counts the records written; Bad those that are bad.
	Records, Bad int
	// RepeatOf maps each repeated page to the record it repeats.
	RepeatOf map[Pos]Pos
}

// LoadTemplates reads templates from a JSON Lines file of objects with
// title and text (such as lmh/classify/testdata/devset.jsonl).
func LoadTemplates(path string) ([]Template, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ts []Template
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var t struct{ Title, Text string }
		if err := json.Unmarshal(line, &t); err != nil {
			return nil, fmt.Errorf("gen: %s:%d: %v", path, i+1, err)
		}
		if t.Text != "" {
			ts = append(ts, Template{t.Title, t.Text})
		}
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("gen: %s: no listings with text", path)
	}
	return ts, nil
}

// Write writes the harvest of spec into dir, as files gen-NNN.jsonl and
// gen-NNN.csv.
func Write(dir string, spec Spec) (Manifest, error) {
	if len(spec.Templates) == 0 || spec.Files < 1 || spec.Records < 0 {
		return Manifest{}, errors.New("gen: need templates, at least one file and a record count")
	}
	m := Manifest{RepeatOf: map[Pos]Pos{}}
	var pages []page // good pages written so far, for repeats
	i := 0           // records written
	for f := range spec.Files {
		n := spec.Records / spec.Files
		if f < spec.Records%spec.Files {
			n++
		}
		csvFile := f%2 == 1
		ext := ".jsonl"
		if csvFile {
			ext = ".csv"
		}
		path := filepath.Join(dir, fmt.Sprintf("gen-%03d%s", f, ext))
		w := &writer{csv: csvFile, line: 1}
		if csvFile {
			w.b.WriteString("id;tittel;tekst;kilde\n")
			w.line = 2
		}
		for range n {
			id := "r" + strconv.Itoa(i)
			pos := Pos{path, w.line}
			switch {
			case spec.BadEvery > 0 && i%spec.BadEvery == spec.BadEvery/2:
				w.bad(id, i, i/spec.BadEvery)
				m.Bad++
			case spec.RepeatEvery > 0 && len(pages) > 0 && i%spec.RepeatEvery == 1:
				p := pages[(i/spec.RepeatEvery*7919)%len(pages)]
				w.good(id, p.title, p.text)
				m.RepeatOf[pos] = p.pos
			default:
				t := spec.Templates[i%len(spec.Templates)]
				text := t.Text + " Kursnummer " + strconv.Itoa(i) + "."
				if csvFile && i%3 == 0 {
					text = "Kurs «" + strconv.Itoa(i) + "»;\n" + text
				}
				w.good(id, t.Title, text)
				pages = append(pages, page{pos, t.Title, text})
			}
			i++
			m.Records++
		}
		if err := os.WriteFile(path, w.b.Bytes(), 0o644); err != nil {
			return Manifest{}, err
		}
		m.Files = append(m.Files, path)
	}
	return m, nil
}

type page struct {
	pos         Pos
	title, text string
}

// writer builds one file, counting its lines.
type writer struct {
	b    bytes.Buffer
	csv  bool
	line int
}

func (w *writer) add(s string) {
	w.b.WriteString(s)
	w.line += bytes.Count([]byte(s), []byte("\n"))
}

func (w *writer) good(id, title, text string) {
	if w.csv {
		var b bytes.Buffer
		cw := csv.NewWriter(&b)
		cw.Comma = ';'
		cw.Write([]string{id, title, text, "gen"})
		cw.Flush()
		w.add(b.String())
		return
	}
	b, _ := json.Marshal(map[string]any{"id": id, "title": title, "text": text, "src": "gen"})
	w.add(string(b) + "\n")
}

// bad writes the k-th bad record, record i.
func (w *writer) bad(id string, i, k int) {
	if w.csv {
		if k%2 == 0 {
			w.add(fmt.Sprintf("%s;Kurs;Skjerm 5\" stor %d;x\n", id, i)) // a bare quote
		} else {
			w.add(fmt.Sprintf("%s;Kurs;\"kurs som aldri slutter %d;x\n", id, i)) // never closed
		}
		return
	}
	switch k % 3 {
	case 0:
		w.add(fmt.Sprintf(`{"id":%q,"text":"kurs`+"\n", id)) // cut short
	case 1:
		w.add(fmt.Sprintf("{\"id\":%q,\"text\":\"kurs \xff\"}\n", id)) // invalid UTF-8
	default:
		w.add(fmt.Sprintf(`{"id":%q,"title":"Kurs"}`+"\n", id)) // no text
	}
}
