package api

import (
	"encoding/json"
	"net/http"

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
		q.Set("after", ds[len(ds)-1].ID.String())
		page.Next = "/api/drafts?" + q.Encode()
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, page)
}

// deleteDraft discards a held draft. The discard is remembered: imports
// answer a line with its id as discarded and do not hold it again, until
// DELETE /api/drafts/discarded/{id} forgets it (or the offering is saved
// by hand).
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

// forgetDiscard forgets that a draft was discarded: the next import that
// carries its id holds it again.
func (s *Server) forgetDiscard(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	if err := s.cfg.Store.ForgetDiscard(r.Context(), id); err != nil {
		s.storeProblem(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
