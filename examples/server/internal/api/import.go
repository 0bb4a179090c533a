package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Limits of an import.
const (
	MaxImportBody  = 32 << 20 // the whole JSON Lines body
	MaxImportLines = 5000     // lines of one import, blank ones included
)

// outcomeRejected is the outcome of a line that is not written.
const outcomeRejected = string(store.Rejected)

// importLine is the answer for one line of an import.
type importLine struct {
	Line    int      `json:"line"`
	ID      string   `json:"id,omitempty"`
	Outcome string   `json:"outcome"`
	Missing []string `json:"missing,omitempty"`
	Problem *Problem `json:"problem,omitempty"`
}

// importAnswer is the answer of POST /api/offerings/import.
type importAnswer struct {
	CatalogueVersion int64          `json:"catalogue_version"`
	Counts           map[string]int `json:"counts"`
	Lines            []importLine   `json:"lines"`
}

// readLines reads an import's body: JSON Lines (application/x-ndjson,
// application/jsonl or application/json), at most MaxImportBody bytes.
func readLines(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			writeProblem(w, r, kindMediaType, "")
			return nil, false
		case mt == "application/x-ndjson", mt == "application/jsonl", mt == "application/json":
		default:
			writeProblem(w, r, kindMediaType, "")
			return nil, false
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxImportBody))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		writeProblem(w, r, kindTooLarge, "limit "+itoa(mbe.Limit)+" bytes")
		return nil, false
	case err != nil:
		writeProblem(w, r, kindMalformed, "")
		return nil, false
	}
	return body, true
}

// importOfferings upserts a harvested catalogue: one offering a line, as
// `lmhkit classify -emit catalogue` and lmh.WriteCatalogue write it. Each
// line is decoded strictly and validated as a whole offering; the good
// ones are written in one transaction (created, updated or unchanged by
// id), the others are answered line by line with their problem and not
// written. Blank lines are skipped, and count toward the line numbers.
func (s *Server) importOfferings(w http.ResponseWriter, r *http.Request) {
	body, ok := readLines(w, r)
	if !ok {
		return
	}
	l := language(r)
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	lines := bytes.Split(body, []byte("\n"))
	if len(lines) > 0 && len(bytes.TrimSpace(lines[len(lines)-1])) == 0 {
		lines = lines[:len(lines)-1] // the final newline ends the last line
	}
	if len(lines) > MaxImportLines {
		writeProblem(w, r, kindTooLarge, "more than "+strconv.Itoa(MaxImportLines)+" lines: line "+
			strconv.Itoa(MaxImportLines+1)+" is beyond the limit; nothing was imported", FieldError{
			Field: "line " + strconv.Itoa(MaxImportLines+1), Rule: "max_lines", Param: strconv.Itoa(MaxImportLines),
			Message: [3]string{"en import kan ha høyst " + strconv.Itoa(MaxImportLines) + " linjer; del filen",
				"ein import kan ha høgst " + strconv.Itoa(MaxImportLines) + " liner; del fila",
				"an import takes at most " + strconv.Itoa(MaxImportLines) + " lines; split the file"}[l.Index()]})
		return
	}
	problem := func(k kind, errs ...FieldError) *Problem {
		return &Problem{Type: ProblemBase + k.slug, Title: k.title[l.Index()], Status: k.status, Errors: errs}
	}
	ans := importAnswer{Counts: map[string]int{}, Lines: []importLine{}}
	var (
		items []store.ImportItem
		where []int // where[i] is the index in ans.Lines of items[i]
	)
	now := s.Now()
	for i, raw := range lines {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		il := importLine{Line: i + 1, Outcome: outcomeRejected}
		if len(raw) > MaxOfferingBody {
			il.Problem = problem(kindTooLarge, FieldError{Rule: "max_bytes", Param: strconv.Itoa(MaxOfferingBody),
				Message: [3]string{"linjen er lengre enn grensen for et tilbud", "lina er lengre enn grensa for eit tilbod",
					"the line is longer than an offering may be"}[l.Index()]})
			ans.Lines = append(ans.Lines, il)
			continue
		}
		o, err := lmh.DecodeOffering(raw)
		if err != nil {
			il.ID = readableID(raw)
			var de *lmh.DecodeError
			if errors.As(err, &de) {
				il.Problem = problem(kindMalformed, FieldError{Field: de.Path, Pointer: pointer(de.Path),
					Rule: decodeRule(de.Err), Message: de.Message(l)})
			} else {
				il.Problem = problem(kindMalformed)
			}
			ans.Lines = append(ans.Lines, il)
			continue
		}
		if o.ID == uuid.Nil {
			// Without an id a rerun would add the offering again.
			il.Problem = problem(kindInvalid, FieldError{Field: "id", Pointer: "/id", Rule: string(lmh.RuleRequired),
				Message: lmh.Problem{Field: "id", Rule: lmh.RuleRequired}.Message(l)})
			ans.Lines = append(ans.Lines, il)
			continue
		}
		il.ID = o.ID.String()
		o.LastModified = now
		missing, err := missingOnly(lmh.ValidateOffering(&o))
		if err != nil {
			il.Problem = problem(kindInvalid, validationErrors(err, l)...)
			ans.Lines = append(ans.Lines, il)
			continue
		}
		it := store.ImportItem{Offering: o, Missing: missing}
		if len(missing) > 0 {
			il.Missing = missing
			il.Problem = problem(kindInvalid, validationErrors(lmh.ValidateOffering(&o), l)...)
			line := raw
			it.Complete = func(live *lmh.Offering) (lmh.Offering, error) { return completeFrom(line, live, now) }
		}
		items = append(items, it)
		where = append(where, len(ans.Lines))
		ans.Lines = append(ans.Lines, il)
	}
	if len(items) > 0 {
		results, v, err := s.cfg.Store.Import(r.Context(), items)
		if err != nil {
			s.storeProblem(w, r, err)
			return
		}
		for i, res := range results {
			il := &ans.Lines[where[i]]
			il.Outcome = string(res.Outcome)
			switch res.Outcome {
			case store.Held:
			case store.Rejected:
				il.Missing = nil
				il.Problem = problem(kindInvalid, validationErrors(res.Err, l)...)
			default:
				il.Missing, il.Problem = nil, nil
			}
		}
		ans.CatalogueVersion = v
		if err := s.cfg.Live.Sync(r.Context()); err != nil {
			s.cfg.Log.Warn("catalogue sync after write failed", "route", s.pattern(r), "err", err)
		}
	} else {
		ans.CatalogueVersion = s.cfg.Live.Current().Version
	}
	for _, il := range ans.Lines {
		ans.Counts[il.Outcome]++
	}
	setLanguage(w, l)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, ans)
}

// readableID returns the id member of a line that does not decode as an
// offering, when the line is a JSON object whose id is a UUID; "" else.
func readableID(raw []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	id, err := uuid.Parse(v.ID)
	if err != nil {
		return ""
	}
	return id.String()
}

// missingRules are the rules that say a value is missing (as
// classify.Draft.Missing reads them).
var missingRules = map[lmh.Rule]bool{
	lmh.RuleRequired: true, lmh.RuleRoleRequired: true, lmh.RuleConditionRequired: true,
	lmh.RulePlaceRequired: true, lmh.RuleCoverageRequired: true, lmh.RuleParticipationRequired: true,
}

// missingOnly returns the fields a validation error says are missing, or
// the error itself when it says anything else (a value that breaks a rule).
func missingOnly(err error) ([]string, error) {
	if err == nil {
		return nil, nil
	}
	var ve *lmh.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []string
	for _, p := range ve.Problems {
		if !missingRules[p.Rule] {
			return nil, err
		}
		out = append(out, p.Field)
	}
	return out, nil
}

// validationErrors are the field errors of a validation error.
func validationErrors(err error, l taxonomy.Lang) []FieldError {
	var ve *lmh.ValidationError
	if errors.As(err, &ve) {
		return fieldErrors(ve, l, "")
	}
	return nil
}

// completeFrom completes the incomplete offering of an import line from
// the live offering of its id: each missing field takes the live value
// (a re-crawled listing still does not state what a person added), and
// the status is the catalogue's (a harvest calls every listing active).
// It returns the completed offering, or a validation error naming what
// is still missing or wrong.
func completeFrom(line []byte, live *lmh.Offering, now time.Time) (lmh.Offering, error) {
	var doc, have map[string]any
	if err := json.Unmarshal(line, &doc); err != nil {
		return lmh.Offering{}, err
	}
	lj, err := json.Marshal(live)
	if err != nil {
		return lmh.Offering{}, err
	}
	if err := json.Unmarshal(lj, &have); err != nil {
		return lmh.Offering{}, err
	}
	doc["status"] = have["status"]
	for round := 0; ; round++ {
		b, err := json.Marshal(doc)
		if err != nil {
			return lmh.Offering{}, err
		}
		o, err := lmh.DecodeOffering(b)
		if err != nil {
			return lmh.Offering{}, err
		}
		o.LastModified = now
		verr := lmh.ValidateOffering(&o)
		missing, err := missingOnly(verr)
		if err != nil || len(missing) == 0 {
			return o, err
		}
		// Filling one field can make another required (a delivery in
		// person needs the municipality); a few rounds reach them all.
		if round == 3 {
			return o, verr
		}
		for _, f := range missing {
			v, ok := getPath(have, f)
			if !ok || !setPath(doc, f, v) {
				return o, verr
			}
		}
	}
}

// getPath returns the value at a dotted path of object names.
func getPath(m map[string]any, path string) (any, bool) {
	var cur any = m
	for _, k := range strings.Split(path, ".") {
		obj, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = obj[k]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// setPath sets the value at a dotted path of object names, creating the
// objects on the way; a path through an array index cannot be set.
func setPath(m map[string]any, path string, v any) bool {
	if strings.Contains(path, "[") {
		return false
	}
	keys := strings.Split(path, ".")
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
	return true
}
