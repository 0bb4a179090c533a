package main

import (
	"encoding/binary"
	"reflect"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// reading is what the pipeline reads from one listing: its
// classification, and the stable ID of the offering it describes.
//
// This file is the seam between the pipeline and the library's reading of
// a listing: read decides what is read, and inScopeRecord what an in-scope
// listing's output line holds. The rest of the pipeline sees only the
// stable ID and the line.
type reading struct {
	Result classify.Result
	ID     uuid.UUID
}

// read reads a listing with the worker's classifier.
func read(c *classify.Classifier, l *listing) reading {
	r := reading{Result: c.Listing(l.Title, l.Text)}
	if r.Result.InScope {
		r.ID = stableID(l.Title, l.Text)
	}
	return r
}

// draftNamespace is the UUID namespace of stable IDs (a fixed random
// UUID: changing it changes every ID).
var draftNamespace = uuid.MustParse("5f0c1e58-8b0e-4f57-9a43-6f2b8e1d9c27")

// stableID is the stable ID of the offering a listing describes: a
// name-based UUID (version 5, SHA-1) of its title and text with runs of
// white space made one space. The same page harvested twice — in two
// crawls, two files, or copied onto two sites — has one ID, whatever its
// record's id or line; any change of its wording gives another.
func stableID(title, text string) uuid.UUID {
	b := make([]byte, 0, len(title)+len(text)+1)
	b = appendCollapsed(b, title)
	b = append(b, '\n')
	b = appendCollapsed(b, text)
	return uuid.NewSHA1(draftNamespace, b)
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

// inScopeRecord is an in-scope listing's output line before
// deduplication: the classification as 'lmhkit classify' writes it (see
// harvest.Encoder), followed by "stable_id", "file" and "line". JSON holds
// the line's members without the closing brace, which dedupFn writes.
type inScopeRecord struct {
	File string
	Line int
	JSON []byte
}

// inScopeRecord returns the stable ID of an in-scope listing and its
// record.
func (r *reading) inScopeRecord(l *listing) (string, inScopeRecord) {
	rec := l.record()
	b := harvest.Encoder{}.AppendResult(nil, &rec, &r.Result)
	b = b[:len(b)-2] // "}\n"
	id := r.ID.String()
	b = append(b, `,"stable_id":"`...)
	b = append(b, id...)
	b = append(b, `","file":`...)
	b = appendJSONString(b, l.File)
	b = append(b, `,"line":`...)
	b = appendInt(b, l.Line)
	return id, inScopeRecord{File: l.File, Line: l.Line, JSON: b}
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

func init() {
	beam.RegisterCoder(reflect.TypeFor[inScopeRecord](), encodeInScope, decodeInScope)
}

func encodeInScope(r inScopeRecord) []byte {
	b := make([]byte, 0, 20+len(r.File)+len(r.JSON))
	b = appendBytes(b, r.File)
	b = binary.AppendUvarint(b, uint64(r.Line))
	return appendBytes(b, r.JSON)
}

func decodeInScope(b []byte) (inScopeRecord, error) {
	d := decoder{b: b}
	var r inScopeRecord
	r.File = d.string()
	r.Line = int(d.uvarint())
	r.JSON = d.bytes()
	if d.err != nil || len(d.b) != 0 {
		return inScopeRecord{}, errCorrupt
	}
	return r, nil
}
