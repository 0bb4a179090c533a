package harvest

import (
	"io"
	"strings"
	"time"
	"unsafe"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

// worker decodes, classifies (or reads into drafts) and encodes the
// records of a batch.
type worker struct {
	enc      Encoder
	classify classifyFunc
	// cl, when set (Run with Options.Classifier), is called instead of
	// classify: directly, not through a method value.
	cl        *classify.Classifier
	extract   extractFunc // nil with Options.NoDrafts (and no Options.Catalogue)
	catalogue bool
	rejects   bool // Options.Rejected is set: keep the unreadable records' places
	name      string
	asOf      lmh.Date
	started   time.Time
	rec       Record
	fields    []string
	// sink, when set, takes the output as do goes, whenever outChunk bytes
	// have gathered; err is its first error, after which do stops.
	sink io.Writer
	err  error
	// recs holds a step's records (classifyStep).
	recs []Record
	// step holds a step's classifications (classifyStep): in the worker,
	// made once, rather than on the stack, where it would be cleared for
	// every step. A classification left from an earlier step (of a record
	// with an error now) is never read.
	step *[stepRecords]classify.Result
}

// outChunk is how much output a worker with a sink gathers before writing.
const outChunk = 64 << 10

func newWorker(o Options, classify classifyFunc, extract extractFunc, asOf lmh.Date, started time.Time) *worker {
	w := &worker{enc: Encoder{Name: o.Name}, classify: classify, catalogue: o.Catalogue, name: o.Name,
		asOf: asOf, started: started, rejects: o.Rejected != nil}
	if !o.NoDrafts || o.Catalogue {
		w.extract = extract
	}
	if classify == nil {
		w.cl = o.Classifier
	}
	return w
}

// do fills j.out with the output lines of j's records.
func (w *worker) do(j *job) {
	// The records' strings are cut from the batch's bytes (CSV makes its
	// own), which stay as they are until the batch is written and the job
	// reset (run's write): no string of a record outlives that. Run keeps
	// none (a rejected record's id is cloned), the classifier keeps none
	// from one call to the next, and the encoder caches no evidence whose
	// term lies in them (Encoder.batch).
	var s string
	if j.format != CSV && len(j.buf) > 0 {
		s = unsafe.String(unsafe.SliceData(j.buf), len(j.buf))
		lo := uintptr(unsafe.Pointer(unsafe.SliceData(j.buf)))
		w.enc.batch = span{lo, lo + uintptr(len(j.buf))}
	}
	if w.extract == nil {
		w.classifyBatch(j, s)
		return
	}
	rec := &w.rec
	for i := range j.units[:j.n] {
		if w.sink != nil && len(j.out) >= outChunk {
			if _, err := w.sink.Write(j.out); err != nil {
				w.err = err
				return
			}
			j.out = j.out[:0]
		}
		u := &j.units[i]
		var us string
		if j.format != CSV {
			us = s[u.start:u.end]
		}
		w.fields = decode(j.format, j.header, u, j.buf[u.start:u.end], us, rec, w.fields)
		switch {
		case rec.Err != nil:
			j.errors++
			if w.catalogue {
				j.omitted++
				if w.rejects {
					j.rejected = append(j.rejected, Rejection{Line: rec.Line, ID: strings.Clone(rec.ID), HasID: rec.HasID, Err: rec.Err})
				}
				continue
			}
			j.out = w.enc.AppendError(j.out, rec)
		case w.extract != nil:
			w.draft(j, rec)
		default:
			res := w.listing(rec.Title, rec.Text)
			if res.InScope {
				j.inScope++
			}
			j.out = w.enc.AppendResult(j.out, rec, &res)
		}
	}
}

// classifyBatch is do when classifying only: it takes each step over
// stepRecords records at a time, decoding them all, then classifying them,
// then encoding them, so that the code of each step stays in the
// instruction cache from one record to the next instead of being pushed
// out by the classifier's for every record. s is j.buf as a string (for
// JSON Lines and plain text).
func (w *worker) classifyBatch(j *job, s string) {
	for lo := 0; lo < j.n && w.err == nil; lo += stepRecords {
		w.classifyStep(j, s, lo, min(lo+stepRecords, j.n))
	}
}

// stepRecords is how many records classifyBatch takes each step over at
// a time: enough for the code of a step to stay in the instruction cache,
// few enough for their records and classifications to stay in the data
// cache.
const stepRecords = 16

// classifyStep is classifyBatch for the records [lo, hi) of j.
func (w *worker) classifyStep(j *job, s string, lo, hi int) {
	n := hi - lo
	if len(w.recs) < n {
		w.recs = append(w.recs, make([]Record, n-len(w.recs))...)
	}
	if w.step == nil {
		w.step = new([stepRecords]classify.Result)
	}
	recs, res, units := w.recs[:n], w.step[:n], j.units[lo:hi]
	for i := range recs {
		u := &units[i]
		var us string
		if j.format != CSV {
			us = s[u.start:u.end]
		}
		w.fields = decode(j.format, j.header, u, j.buf[u.start:u.end], us, &recs[i], w.fields)
	}
	if w.cl != nil {
		for i := range recs {
			if recs[i].Err == nil {
				res[i] = w.cl.Listing(recs[i].Title, recs[i].Text)
			}
		}
	} else {
		for i := range recs {
			if recs[i].Err == nil {
				res[i] = w.classify(recs[i].Title, recs[i].Text)
			}
		}
	}
	for i := range recs {
		if w.sink != nil && len(j.out) >= outChunk {
			if _, err := w.sink.Write(j.out); err != nil {
				w.err = err
				break
			}
			j.out = j.out[:0]
		}
		rec := &recs[i]
		if rec.Err != nil {
			j.errors++
			j.out = w.enc.AppendError(j.out, rec)
			continue
		}
		if res[i].InScope {
			j.inScope++
		}
		j.out = w.enc.AppendResult(j.out, rec, &res[i])
	}
}

// listing classifies one listing.
func (w *worker) listing(title, text string) classify.Result {
	if w.cl != nil {
		return w.cl.Listing(title, text)
	}
	return w.classify(title, text)
}

// draft reads the good record rec into a draft offering and writes it
// with the classification when it is in scope (the classification alone
// when not), or, with Options.Catalogue, writes the offering alone if it
// is in scope and nothing if not.
func (w *worker) draft(j *job, rec *Record) {
	d := w.extract(rec.Title, rec.Text, w.asOf)
	switch {
	case d.Result.InScope:
		j.inScope++
	case w.catalogue:
		j.omitted++
		return
	default:
		j.out = w.enc.AppendResult(j.out, rec, &d.Result)
		return
	}
	CompleteDraft(&d, w.name, rec, w.started)
	if w.catalogue {
		j.out = w.enc.AppendOffering(j.out, &d)
	} else {
		j.out = w.enc.AppendDraft(j.out, rec, &d)
	}
}
