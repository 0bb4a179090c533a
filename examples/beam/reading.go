package main

import (
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// reading is what the pipeline reads from one listing: its
// classification.
//
// This file is the seam between the pipeline and the library's reading of
// a listing: stableID decides which listings are one, read what is read
// from one, and appendInScope what an in-scope listing's output line
// holds. The rest of the pipeline sees only the stable ID and the lines.
type reading struct {
	Result classify.Result
}

// read reads a listing with the worker's classifier.
func read(c *classify.Classifier, l *listing) reading {
	return reading{Result: c.Listing(l.Title, l.Text)}
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

// pos is where a record starts.
type pos struct {
	File string
	Line int
}

// appendInScope appends the in-scope line of the listing l, read as r,
// with its stable ID id: the classification as 'lmhkit classify' writes it
// (see harvest.Encoder), followed by "stable_id", "file", "line" and, when
// the same listing was read more than once, "duplicates":
// [{"file":…,"line":N},…] naming the other copies.
func appendInScope(b []byte, l *listing, r *reading, id string, dups []pos) []byte {
	rec := l.record()
	b = harvest.Encoder{}.AppendResult(b, &rec, &r.Result)
	b = b[:len(b)-2] // "}\n"
	b = append(b, `,"stable_id":`...)
	b = appendJSONString(b, id)
	b = append(b, `,"file":`...)
	b = appendJSONString(b, l.File)
	b = append(b, `,"line":`...)
	b = appendInt(b, l.Line)
	if len(dups) > 0 {
		b = append(b, `,"duplicates":[`...)
		for i, d := range dups {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"file":`...)
			b = appendJSONString(b, d.File)
			b = append(b, `,"line":`...)
			b = appendInt(b, d.Line)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }
