package harvest

import (
	"bytes"
	"encoding/json"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

// Drafts. Unless Options.NoDrafts, Run reads each good record into a
// draft offering (classify.Extract) and, when it is in scope, completes it
// with what a listing never says but a catalogue needs:
//
//   - id: a name-based UUID (version 5) of where the listing was
//     published and the record's id (its line when it has none), so that
//     a rerun updates a catalogue rather than adding to it. Where is the
//     record's "source" member (else "url"), a JSON string holding an
//     http(s) address (its value, escapes read): the page's, whatever
//     file the crawl was written to and however it escapes; for a record
//     without one, the input's name, cleaned ("./k.jsonl" is "k.jsonl");
//   - status: active (a published listing is taken to be current);
//   - last_modified: Options.LastModified, or the time the run started,
//     to the second, in UTC;
//   - languages: the listing's own language, when it was read.
//
// Everything else is what the text states (see classify.Extract: a field
// whose rule is not sure enough is left unset); the draft's warnings, its
// validation problems, say what it still lacks before it is a valid
// offering.

// draftNamespace is the namespace of draft ids: the UUID v5 of the URL
// "https://github.com/lmhkit/lmhkit/lmh/harvest#draft".
var draftNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/lmhkit/lmhkit/lmh/harvest#draft"))

// CompleteDraft fills in the members of d's offering that a listing never
// gives, as Run does for every in-scope record: the id from the record's
// source address (its "source" or "url" member) or, without one, the
// input's name, and rec's id (its line when it has none); status active,
// last_modified now (in UTC, to the second) and the listing's language. A
// runner that reads records itself — a pipeline over many machines —
// calls it so that its drafts get the ids Run gives. It is safe for
// concurrent use on different drafts.
func CompleteDraft(d *classify.Draft, name string, rec *Record, now time.Time) {
	now = now.UTC().Truncate(time.Second)
	var buf [256]byte
	key := append(buf[:0], draftOrigin(name, rec)...)
	key = append(key, 0)
	if rec.HasID {
		key = append(key, rec.ID...)
	} else {
		key = append(key, "line "...)
		key = strconv.AppendInt(key, int64(rec.Line), 10)
	}
	o := &d.Offering
	o.ID = uuid.NewSHA1(draftNamespace, key)
	o.Status = lmh.StatusActive
	o.LastModified = now
	if o.Lang.IsValid() && len(o.Languages) == 0 {
		o.Languages = []string{o.Lang.String()}
	}
}

// draftOrigin returns what a draft's id is derived from besides the
// record's id: the record's source address ("source " and the address),
// or the input's cleaned name (as it was before addresses were read, so a
// record without one keeps its id).
// The address is the JSON string's value, its escapes read: crawlers
// escape differently ("https:\/\/…" from PHP's json_encode, "\u0026" for
// "&" from Go's encoding/json), and one page must give one id.
func draftOrigin(name string, rec *Record) []byte {
	for _, member := range [...]string{"source", "url"} {
		for i := range rec.Other {
			f := &rec.Other[i]
			if f.Name == member && len(f.Value) > 2 && f.Value[0] == '"' && f.Value[len(f.Value)-1] == '"' {
				a := f.Value[1 : len(f.Value)-1]
				if bytes.IndexByte(a, '\\') >= 0 {
					// encoding/json rather than unquote: a caller of
					// CompleteDraft may give a value no scanner checked.
					var v string
					if json.Unmarshal(f.Value, &v) != nil {
						continue
					}
					a = []byte(v)
				}
				a = bytes.TrimSpace(a)
				if n := schemeLen(a); n > 0 {
					// The scheme is the same in any case: one page, one id.
					o := append([]byte("source "), bytes.ToLower(a[:n])...)
					return append(o, a[n:]...)
				}
			}
		}
	}
	if name == "" || name == "-" {
		return []byte(name)
	}
	// Slashes whatever the system, so that one input gives one id on
	// every machine.
	return []byte(path.Clean(filepath.ToSlash(name)))
}

// schemeLen returns the length of the "https://" or "http://" (in any
// case) a source member's value starts with, or 0 when it is no page's
// address: a site's name ("helsenorge") names many pages, and records
// without ids of two inputs would share ids.
func schemeLen(a []byte) int {
	for _, p := range [...]string{"https://", "http://"} {
		if len(a) > len(p) && strings.EqualFold(string(a[:len(p)]), p) {
			return len(p)
		}
	}
	return 0
}

// AppendDraft appends the output line of the good record rec read into the
// draft d: the members of AppendResult for d.Result, then
//
//	offering, offering_evidence, warnings
//
// before input. offering is the draft as lmh writes an Offering in JSON;
// offering_evidence lists {field, part, start, end, rule, confidence,
// year_inferred, past} per field read (classify.FieldEvidence); warnings
// lists the draft's validation problems as {field, rule, param}
// (lmh.Problem): the required fields the listing does not state, and any
// value that breaks a rule; [] for a valid offering.
func (e Encoder) AppendDraft(dst []byte, rec *Record, d *classify.Draft) []byte {
	b := e.appendResultMembers(dst, rec, &d.Result)
	b = append(b, `,"offering":`...)
	b = appendOffering(b, &d.Offering)
	b = append(b, `,"offering_evidence":[`...)
	for i := range d.Evidence {
		ev := &d.Evidence[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"field":`...)
		b = appendString(b, ev.Field)
		b = appendField(b, "part", ev.Part.String())
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(ev.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(ev.End), 10)
		b = appendField(b, "rule", string(ev.Basis))
		b = append(b, `,"confidence":`...)
		b = appendScore(b, ev.Confidence)
		b = append(b, `,"year_inferred":`...)
		b = strconv.AppendBool(b, ev.YearInferred)
		b = append(b, `,"past":`...)
		b = strconv.AppendBool(b, ev.Past)
		b = append(b, '}')
	}
	b = append(b, `],"warnings":[`...)
	for i, p := range d.Problems() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"field":`...)
		b = appendString(b, p.Field)
		b = appendField(b, "rule", string(p.Rule))
		b = appendField(b, "param", p.Param)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = appendInput(b, rec.Other)
	return append(b, "}\n"...)
}

// AppendOffering appends the draft's offering as one catalogue line (lmh's
// JSON of an Offering, ending in a newline), as lmh.Entries and
// lmh.LoadCatalogue read it.
func (e Encoder) AppendOffering(dst []byte, d *classify.Draft) []byte {
	return append(appendOffering(dst, &d.Offering), '\n')
}

// appendOffering appends o in lmh's JSON form. An Offering holds only
// values that marshal, so an error would be a bug in lmh; it is written as
// null rather than lose the line.
func appendOffering(b []byte, o *lmh.Offering) []byte {
	j, err := json.Marshal(o)
	if err != nil {
		return append(b, "null"...)
	}
	return append(b, j...)
}
