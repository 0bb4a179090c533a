package main

import (
	"encoding/binary"
	"errors"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// listing is a good record on its way from the reader to the classifier:
// a harvest.Record without its error, with the file it was read from, so
// that any worker can classify it and say where it came from.
type listing struct {
	File        string
	Line        int
	ID          string
	HasID       bool
	Title, Text string
	Other       []harvest.Field
}

func listingOf(file string, rec *harvest.Record) listing {
	l := listing{File: file, Line: rec.Line, ID: rec.ID, HasID: rec.HasID, Title: rec.Title, Text: rec.Text}
	if len(rec.Other) > 0 {
		// The Reader reuses the slice of Other; the values are the
		// record's own.
		l.Other = append([]harvest.Field(nil), rec.Other...)
	}
	return l
}

// record returns the listing as the harvest.Record it was read as.
func (l *listing) record() harvest.Record {
	return harvest.Record{Line: l.Line, ID: l.ID, HasID: l.HasID, Title: l.Title, Text: l.Text, Other: l.Other}
}

// pos is where the listing starts.
func (l *listing) pos() pos { return pos{l.File, l.Line} }

// size is the listing's length in bytes: title and text.
func (l *listing) size() int { return len(l.Title) + len(l.Text) }

func init() {
	// A coder of its own: the records cross a shuffle, and a listing's
	// strings and raw JSON are cheaper to write as lengths and bytes than
	// through the SDK's default JSON coder.
	beam.RegisterCoder(reflect.TypeFor[listing](), encodeListing, decodeListing)
}

// encodeListing writes a listing as varints and length-prefixed strings.
func encodeListing(l listing) []byte {
	n := 6*binary.MaxVarintLen64 + len(l.File) + len(l.ID) + len(l.Title) + len(l.Text)
	for _, f := range l.Other {
		n += 2*binary.MaxVarintLen64 + len(f.Name) + len(f.Value)
	}
	b := make([]byte, 0, n)
	b = appendBytes(b, l.File)
	b = binary.AppendUvarint(b, uint64(l.Line))
	hasID := byte(0)
	if l.HasID {
		hasID = 1
	}
	b = append(b, hasID)
	b = appendBytes(b, l.ID)
	b = appendBytes(b, l.Title)
	b = appendBytes(b, l.Text)
	b = binary.AppendUvarint(b, uint64(len(l.Other)))
	for _, f := range l.Other {
		b = appendBytes(b, f.Name)
		b = appendBytes(b, f.Value)
	}
	return b
}

func appendBytes[S ~string | ~[]byte](b []byte, s S) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errCorrupt = errors.New("beam: corrupt encoded listing")

// decodeListing reads what encodeListing wrote.
func decodeListing(b []byte) (listing, error) {
	d := decoder{b: b}
	var l listing
	l.File = d.string()
	l.Line = int(d.uvarint())
	l.HasID = d.byte() == 1
	l.ID = d.string()
	l.Title = d.string()
	l.Text = d.string()
	if n := d.uvarint(); n > 0 && n <= uint64(len(d.b)) {
		l.Other = make([]harvest.Field, n)
		for i := range l.Other {
			l.Other[i].Name = d.string()
			l.Other[i].Value = d.bytes()
		}
	} else if n > 0 {
		d.err = errCorrupt
	}
	if d.err != nil || len(d.b) != 0 {
		return listing{}, errCorrupt
	}
	return l, nil
}

// decoder reads varints and length-prefixed bytes; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.err = errCorrupt
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errCorrupt
		return nil
	}
	v := slices.Clone(d.b[:n]) // the SDK may reuse its buffer
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string { return string(d.bytes()) }
