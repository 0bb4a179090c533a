package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
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
	// Conflicts, for an updated or unchanged line, are the fields (JSON
	// paths of the offering, as "place.name") that both a person and the
	// listing changed since the last import, differently: the person's
	// value was kept, and a case worker may want to look.
	Conflicts []string `json:"conflicts,omitempty"`
	// DiscardedAt and Restore, for a discarded or deleted line: when its
	// draft was discarded or its offering deleted, and the path whose
	// DELETE restores it.
	DiscardedAt *time.Time `json:"discarded_at,omitempty"`
	Restore     string     `json:"restore,omitempty"`
}

// bom is the UTF-8 byte-order mark; files joined with cat carry one at
// the start of each.
var bom = []byte("\xef\xbb\xbf")

// importAnswer is the answer of POST /api/offerings/import.
type importAnswer struct {
	CatalogueVersion int64          `json:"catalogue_version"`
	Counts           map[string]int `json:"counts"`
	Lines            []importLine   `json:"lines"`
}

// readLines reads an import's body: JSON Lines (application/x-ndjson,
// application/jsonl or application/json), at most MaxImportBody bytes.
func readLines(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	return readBody(w, r, MaxImportBody, func(mt string) bool {
		return mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/json"
	})
}

// importOfferings upserts a harvested catalogue: one offering a line, as
// `lmhkit classify -emit catalogue` and lmh.WriteCatalogue write it. Each
// line is decoded strictly and validated as a whole offering; the good
// ones are written in one transaction (created, updated or unchanged by
// id, merged with what a person changed; see store.Store.Import), the
// others are answered line by line with their problem and not written.
// Blank lines and a byte-order mark at the start of any line are skipped;
// blank lines count toward the line numbers.
func (s *Server) importOfferings(w http.ResponseWriter, r *http.Request) {
	body, ok := readLines(w, r)
	if !ok {
		return
	}
	l := language(r)
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
		raw = bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(raw), bom))
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
		missing, err := store.MissingOnly(lmh.ValidateOffering(&o))
		if err != nil {
			il.Problem = problem(kindInvalid, validationErrors(err, l)...)
			ans.Lines = append(ans.Lines, il)
			continue
		}
		it := store.ImportItem{Offering: o, Missing: missing}
		if len(missing) > 0 {
			il.Missing = missing
			il.Problem = problem(kindInvalid, validationErrors(lmh.ValidateOffering(&o), l)...)
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
				if errs := validationErrors(res.Err, l); errs != nil {
					il.Problem = problem(kindInvalid, errs...)
					break
				}
				// The stored offering does not decode (or the merge
				// fails): name the id, never the stored content.
				s.cfg.Log.Warn("import: a stored offering cannot be merged", "route", s.pattern(r), "undecodable", errors.Is(res.Err, store.ErrStoredUndecodable))
				il.Problem = problem(kindStored, FieldError{Field: "id", Pointer: "/id", Rule: "stored_undecodable",
					Message: [3]string{"det lagrede tilbudet med denne id-en kan ikke leses; rett eller slett det",
						"det lagra tilbodet med denne id-en kan ikkje lesast; rett eller slett det",
						"the stored offering with this id cannot be read; repair or delete it"}[l.Index()]})
				il.Problem.Detail = "stored offering " + il.ID + " cannot be read; the line was not merged"
			case store.Discarded, store.Deleted:
				il.Missing, il.Problem = nil, nil
				at := res.DiscardedAt
				il.DiscardedAt, il.Restore = &at, "/api/drafts/discarded/"+il.ID
			default:
				il.Missing, il.Problem, il.Conflicts = nil, nil, res.Conflicts
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
// The member is read by its exact name and only when given once:
// encoding/json would take "ID" for it, or the last of two, and the answer
// would name an offering the line may not mean.
func readableID(raw []byte) string {
	ms, err := members(raw)
	if err != nil {
		return ""
	}
	for _, m := range ms {
		if m.name != "id" {
			continue
		}
		var s string
		if json.Unmarshal(m.raw, &s) != nil {
			return ""
		}
		id, err := uuid.Parse(s)
		if err != nil {
			return ""
		}
		return id.String()
	}
	return ""
}

// validationErrors are the field errors of a validation error.
func validationErrors(err error, l taxonomy.Lang) []FieldError {
	var ve *lmh.ValidationError
	if errors.As(err, &ve) {
		return fieldErrors(ve, l, "")
	}
	return nil
}
