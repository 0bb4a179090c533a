package api

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
)

// draftItem is one held draft in the answer of GET /api/drafts.
type draftItem struct {
	ID       string          `json:"id"`
	Missing  []string        `json:"missing"`
	Offering json.RawMessage `json:"offering"`
}

// draftPage is the answer of GET /api/drafts.
type draftPage struct {
	Items []draftItem `json:"items"`
	Next  string      `json:"next,omitempty"`
}

// listDrafts answers a page of the drafts imports hold, ordered by id:
// offerings read from listings that lack required fields, outside the
// catalogue until someone completes them (POST /api/offerings with the
// draft's id) or discards them (DELETE /api/drafts/{id}). They are not
// published, so reading them takes the token.
func (s *Server) listDrafts(w http.ResponseWriter, r *http.Request) {
	limit, after, ok := pageParams(w, r)
	if !ok {
		return
	}
	ds, more, err := s.cfg.Store.Drafts(r.Context(), after, limit)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	page := draftPage{Items: make([]draftItem, len(ds))}
	for i, d := range ds {
		page.Items[i] = draftItem{ID: d.ID.String(), Missing: d.Missing, Offering: d.Doc}
	}
	if more {
		q := r.URL.Query()
		q.Set("after", ds[len(ds)-1].ID.String())
		page.Next = "/api/drafts?" + q.Encode()
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, page)
}

// deleteDraft discards a held draft. The discard is remembered: imports
// answer a line with its id as discarded and do not hold it again, until
// DELETE /api/drafts/discarded/{id} restores it (or the offering is saved
// by hand). GET /api/drafts/discarded lists the discards.
func (s *Server) deleteDraft(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	if err := s.cfg.Store.DeleteDraft(r.Context(), id); err != nil {
		s.storeProblem(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// discardItem is one discard in the answer of GET /api/drafts/discarded.
type discardItem struct {
	ID          string          `json:"id"`
	Kind        string          `json:"kind"`
	DiscardedAt time.Time       `json:"discarded_at"`
	Missing     []string        `json:"missing,omitempty"`
	Offering    json.RawMessage `json:"offering,omitempty"`
}

// discardPage is the answer of GET /api/drafts/discarded.
type discardPage struct {
	Items []discardItem `json:"items"`
	Next  string        `json:"next,omitempty"`
}

// pageParams reads the limit and after parameters of a page of drafts or
// discards; it writes the problem and returns false when they are wrong.
func pageParams(w http.ResponseWriter, r *http.Request) (int, uuid.UUID, bool) {
	l := language(r)
	q := r.URL.Query()
	var errs []FieldError
	limit := 20
	if v := q.Get("limit"); v != "" {
		n, fe := wholeParam(l, "limit", v, 1, MaxResults)
		if fe != nil {
			errs = append(errs, *fe)
		}
		limit = n
	}
	var after uuid.UUID
	if v := q.Get("after"); v != "" {
		id, err := uuid.Parse(v)
		if err != nil {
			errs = append(errs, paramError(l, "after", lmh.RuleInvalid, "uuid"))
		}
		after = id
	}
	if len(errs) > 0 {
		writeProblem(w, r, kindBadQuery, "", errs...)
		return 0, uuid.Nil, false
	}
	return limit, after, true
}

// listDiscards answers a page of what people threw away, ordered by id:
// discarded drafts (kind draft, with what they lacked) and offerings an
// import wrote that a person deleted (kind offering), each with the
// document as it was (none for a discard made before the service kept
// them). Imports do not bring them back; DELETE
// /api/drafts/discarded/{id} restores one.
func (s *Server) listDiscards(w http.ResponseWriter, r *http.Request) {
	limit, after, ok := pageParams(w, r)
	if !ok {
		return
	}
	ds, more, err := s.cfg.Store.Discards(r.Context(), after, limit)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	page := discardPage{Items: make([]discardItem, len(ds))}
	for i, d := range ds {
		page.Items[i] = discardItem{ID: d.ID.String(), Kind: string(d.Kind), DiscardedAt: d.At, Missing: d.Missing, Offering: d.Doc}
	}
	if more {
		q := r.URL.Query()
		q.Set("after", ds[len(ds)-1].ID.String())
		page.Next = "/api/drafts/discarded?" + q.Encode()
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, page)
}

// restoreDiscard takes back a discard: a discarded draft is held again
// (GET /api/drafts lists it), a deleted offering is live again as it was
// deleted, with a new version and last_modified; either way imports
// treat its listing as before the discard. A discard the service kept no
// document of is only forgotten: the next import holds or creates it.
func (s *Server) restoreDiscard(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	res, err := s.cfg.Store.Restore(r.Context(), id, s.Now())
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	if res.Version != 0 {
		if err := s.cfg.Live.Sync(r.Context()); err != nil {
			s.cfg.Log.Warn("catalogue sync after write failed", "route", s.pattern(r), "err", err)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
