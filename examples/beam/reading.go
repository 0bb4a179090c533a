package main

import (
	"encoding/binary"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// This file is the seam between the pipeline and the library's reading of
// a listing: pageKey decides which listings are one page, read what is
// read from a page, and inScope what an in-scope page's output line holds.
// The rest of the pipeline sees keys and lines.

// readOptions are what every worker must agree on when reading a
// listing: the reference date of dates without a year, and the time the
// run started, the drafts' last_modified. Both are fixed when the
// pipeline is built.
type readOptions struct {
	AsOf lmh.Date
	Now  time.Time
}

// read reads a listing into a draft offering with the worker's classifier
// (classify.Extract: the classification and the draft at once).
func read(c *classify.Classifier, l *listing, o readOptions) classify.Draft {
	return c.Extract(l.Title, l.Text, o.AsOf)
}

// pageNamespace is the UUID namespace of page keys (a fixed random UUID:
// changing it changes every key).
var pageNamespace = uuid.MustParse("5f0c1e58-8b0e-4f57-9a43-6f2b8e1d9c27")

// pageKey is the key of the page a listing is: a name-based UUID (version
// 5, SHA-1) of its title and text with runs of white space made one space.
// The same page harvested twice — in two crawls, two files, or copied onto
// two sites — has one key, whatever its record's id or line; any change of
// its wording gives another.
func pageKey(title, text string) uuid.UUID {
	b := make([]byte, 0, len(title)+len(text)+1)
	b = appendCollapsed(b, title)
	b = append(b, '\n')
	b = appendCollapsed(b, text)
	return uuid.NewSHA1(pageNamespace, b)
}

// appendCollapsed appends s with leading and trailing white space dropped
// and every inner run of it made one space.
func appendCollapsed(b []byte, s string) []byte {
	for i, f := range strings.Fields(s) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, f...)
	}
	return b
}

// pos is where a record starts.
type pos struct {
	File string
	Line int
}

// inScopeRecord is an in-scope page's output line before it is
// deduplicated by its draft's id: where it was read, the other copies of
// the page merged into it, and its line so far — the members 'lmhkit
// classify -extract' writes (harvest.Encoder.AppendDraft, the offering's
// id completed by harvest.CompleteDraft), then "file" and "line" — without
// the closing brace, which dedupFn writes after "duplicates".
type inScopeRecord struct {
	pos
	Dups []pos
	JSON []byte
}

// inScope completes the in-scope draft d of the listing l as harvest does
// and returns its stable ID, the offering's id, with its record; dups are
// the other copies of the page.
func inScope(l *listing, d *classify.Draft, o readOptions, dups []pos) (string, inScopeRecord) {
	rec := l.record()
	harvest.CompleteDraft(d, l.File, &rec, o.Now)
	b := harvest.Encoder{}.AppendDraft(nil, &rec, d)
	b = b[:len(b)-2] // "}\n"
	b = append(b, `,"file":`...)
	b = harvest.AppendJSONString(b, l.File)
	b = append(b, `,"line":`...)
	b = appendInt(b, l.Line)
	return d.Offering.ID.String(), inScopeRecord{pos: l.pos(), Dups: dups, JSON: b}
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

func init() {
	beam.RegisterCoder(reflect.TypeFor[inScopeRecord](), encodeInScope, decodeInScope)
}

func encodeInScope(r inScopeRecord) []byte {
	n := 3*binary.MaxVarintLen64 + len(r.File) + len(r.JSON)
	for _, d := range r.Dups {
		n += 2*binary.MaxVarintLen64 + len(d.File)
	}
	b := make([]byte, 0, n)
	b = appendPos(b, r.pos)
	b = binary.AppendUvarint(b, uint64(len(r.Dups)))
	for _, d := range r.Dups {
		b = appendPos(b, d)
	}
	return appendBytes(b, r.JSON)
}

func appendPos(b []byte, p pos) []byte {
	b = appendBytes(b, p.File)
	return binary.AppendUvarint(b, uint64(p.Line))
}

func decodeInScope(b []byte) (inScopeRecord, error) {
	d := decoder{b: b}
	var r inScopeRecord
	r.pos = d.pos()
	if n := d.uvarint(); n > 0 && n <= uint64(len(d.b)) {
		r.Dups = make([]pos, n)
		for i := range r.Dups {
			r.Dups[i] = d.pos()
		}
	} else if n > 0 {
		d.err = errCorrupt
	}
	r.JSON = d.bytes()
	if d.err != nil || len(d.b) != 0 {
		return inScopeRecord{}, errCorrupt
	}
	return r, nil
}

func (d *decoder) pos() pos {
	return pos{File: d.string(), Line: int(d.uvarint())}
}
