package harvest

import (
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

// worker decodes, classifies and encodes the records of a batch, one step
// at a time for all of them: decode them all, then classify them all, then
// encode them all. Each step then runs over and over with its code and
// tables warm in the caches, the classifier above all, rather than having
// them pushed out by the other two steps at every record.
type worker struct {
	enc       Encoder
	classify  classifyFunc
	extract   extractFunc // nil unless Options.Extract or Options.Catalogue
	catalogue bool
	name      string
	asOf      lmh.Date
	started   time.Time
	recs      []Record
	results   []classify.Result
	fields    []string
}

func newWorker(o Options, classify classifyFunc, extract extractFunc, asOf lmh.Date, started time.Time) *worker {
	w := &worker{enc: Encoder{Name: o.Name}, classify: classify, catalogue: o.Catalogue, name: o.Name,
		asOf: asOf, started: started}
	if o.Extract || o.Catalogue {
		w.extract = extract
	}
	return w
}

// do fills j.out with the output lines of j's records.
func (w *worker) do(j *job) {
	if w.extract != nil {
		w.doDrafts(j)
		return
	}
	if len(w.recs) < j.n {
		w.recs = append(w.recs, make([]Record, j.n-len(w.recs))...)
		w.results = append(w.results, make([]classify.Result, j.n-len(w.results))...)
	}
	recs, results := w.recs[:j.n], w.results[:j.n]
	var s string // the batch's records as one string, which their strings share (CSV needs none)
	if j.format != CSV {
		s = string(j.buf)
	}
	for i := range recs {
		u := &j.units[i]
		var us string
		if j.format != CSV {
			us = s[u.start:u.end]
		}
		w.fields = decode(j.format, j.header, u, j.buf[u.start:u.end], us, &recs[i], w.fields)
	}
	for i := range recs {
		if recs[i].Err == nil {
			results[i] = w.classify(recs[i].Title, recs[i].Text)
		}
	}
	for i := range recs {
		rec := &recs[i]
		if rec.Err != nil {
			j.errors++
			j.out = w.enc.AppendError(j.out, rec)
			continue
		}
		if results[i].InScope {
			j.inScope++
		}
		j.out = w.enc.AppendResult(j.out, rec, &results[i])
		results[i] = classify.Result{} // let the classifier's slices go
	}
}

// doDrafts is do with Options.Extract or Options.Catalogue: each good
// record is read into a draft offering as well.
func (w *worker) doDrafts(j *job) {
	var s string
	if j.format != CSV {
		s = string(j.buf)
	}
	if len(w.recs) < 1 {
		w.recs = make([]Record, 1)
	}
	rec := &w.recs[0]
	for i := range j.units[:j.n] {
		u := &j.units[i]
		var us string
		if j.format != CSV {
			us = s[u.start:u.end]
		}
		w.fields = decode(j.format, j.header, u, j.buf[u.start:u.end], us, rec, w.fields)
		if rec.Err != nil {
			j.errors++
			if w.catalogue {
				j.omitted++
				continue
			}
			j.out = w.enc.AppendError(j.out, rec)
			continue
		}
		d := w.extract(rec.Title, rec.Text, w.asOf)
		completeDraft(&d, w.name, rec, w.started)
		switch {
		case d.Result.InScope:
			j.inScope++
		case w.catalogue:
			j.omitted++
			continue
		}
		if w.catalogue {
			j.out = w.enc.AppendOffering(j.out, &d)
		} else {
			j.out = w.enc.AppendDraft(j.out, rec, &d)
		}
	}
}
