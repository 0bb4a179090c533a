package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// etag is the ETag of an offering at a version.
func etag(v int64) string { return `"` + itoa(v) + `"` }

// ifMatch reads If-Match: the version it names, store.AnyVersion for "*",
// and ok false (with the problem written) when it is missing or names no
// version of ours.
func ifMatch(w http.ResponseWriter, r *http.Request) (int64, bool) {
	h := strings.TrimSpace(r.Header.Get("If-Match"))
	if h == "" {
		writeProblem(w, r, kindPreconditionRequired, "")
		return 0, false
	}
	if h == "*" {
		return store.AnyVersion, true
	}
	// One strong ETag; a list or a weak tag can match no version here.
	v, err := strconv.ParseInt(strings.Trim(h, `"`), 10, 64)
	if err != nil || !strings.HasPrefix(h, `"`) || !strings.HasSuffix(h, `"`) || v < 0 {
		writeProblem(w, r, kindPrecondition, "")
		return 0, false
	}
	return v, true
}

// pathID parses the {id} of the path.
func pathID(w http.ResponseWriter, r *http.Request) (uuid.UUID, bool) {
	id, err := uuid.Parse(r.PathValue("id"))
	if err != nil {
		writeProblem(w, r, kindNotFound, "")
		return uuid.Nil, false
	}
	return id, true
}

// readOffering decodes and validates the offering of a write. The server
// sets last_modified; the id is the path's (PUT) or the body's, or new.
func (s *Server) readOffering(w http.ResponseWriter, r *http.Request, pathID uuid.UUID) (lmh.Offering, bool) {
	body, ok := readJSON(w, r, MaxOfferingBody)
	if !ok {
		return lmh.Offering{}, false
	}
	o, err := lmh.DecodeOffering(body)
	if err != nil {
		decodeProblem(w, r, err, "")
		return o, false
	}
	l := language(r)
	switch {
	case pathID != uuid.Nil && o.ID != uuid.Nil && o.ID != pathID:
		writeProblem(w, r, kindInvalid, "", FieldError{Field: "id", Pointer: "/id", Rule: "id_mismatch",
			Message: [3]string{"id må være den samme som i adressen", "id må vere den same som i adressa",
				"id must be the one in the URL"}[l.Index()]})
		return o, false
	case pathID != uuid.Nil:
		o.ID = pathID
	case o.ID == uuid.Nil:
		o.ID = uuid.New()
	}
	o.LastModified = s.Now()
	if err := lmh.ValidateOffering(&o); err != nil {
		var ve *lmh.ValidationError
		if errors.As(err, &ve) {
			writeProblem(w, r, kindInvalid, "", fieldErrors(ve, l, "")...)
		} else {
			writeProblem(w, r, kindInvalid, "")
		}
		return o, false
	}
	return o, true
}

// written answers a write and brings this replica's snapshot up to it, so
// a match on the same replica right after sees it.
func (s *Server) written(w http.ResponseWriter, r *http.Request, status int, rec store.Record) {
	if err := s.cfg.Live.Sync(r.Context()); err != nil {
		s.cfg.Log.Warn("catalogue sync after write failed", "route", s.pattern(r), "err", err)
	}
	w.Header().Set("ETag", etag(rec.Version))
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusCreated {
		w.Header().Set("Location", "/api/offerings/"+rec.Offering.ID.String())
	}
	w.WriteHeader(status)
	w.Write(rec.Doc)
}

func (s *Server) createOffering(w http.ResponseWriter, r *http.Request) {
	o, ok := s.readOffering(w, r, uuid.Nil)
	if !ok {
		return
	}
	rec, err := s.cfg.Store.Create(r.Context(), &o)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	s.written(w, r, http.StatusCreated, rec)
}

func (s *Server) putOffering(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	want, ok := ifMatch(w, r)
	if !ok {
		return
	}
	o, ok := s.readOffering(w, r, id)
	if !ok {
		return
	}
	rec, err := s.cfg.Store.Update(r.Context(), &o, want)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	s.written(w, r, http.StatusOK, rec)
}

// restoreHeader, on the answer of DELETE /api/offerings/{id}, is the
// path whose DELETE restores the deleted offering; only an offering an
// import wrote is remembered and has one.
const restoreHeader = "Lmh-Restore"

func (s *Server) deleteOffering(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	want, ok := ifMatch(w, r)
	if !ok {
		return
	}
	del, err := s.cfg.Store.Delete(r.Context(), id, want)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	if del.Remembered {
		// An offering an import wrote is remembered as deleted: the
		// header names the path whose DELETE restores it, so that a
		// client need not read the discards to learn it.
		w.Header().Set(restoreHeader, "/api/drafts/discarded/"+id.String())
	}
	if err := s.cfg.Live.Sync(r.Context()); err != nil {
		s.cfg.Log.Warn("catalogue sync after write failed", "route", s.pattern(r), "err", err)
	}
	w.WriteHeader(http.StatusNoContent)
}

// conflictsHeader, on the answer of GET /api/offerings/{id} to a request
// with the write token, lists the paths of the members on which the latest
// import of the offering's listing disagreed with a person's value, which
// was kept (store.Record.Conflicts); absent when there are none and on
// every answer to a request without the token: like the drafts, discards
// and import answers, it tells where a person edited against the listing.
const conflictsHeader = "Lmh-Conflicts"

func (s *Server) getOffering(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	rec, err := s.cfg.Store.Get(r.Context(), id)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	tag := etag(rec.Version)
	w.Header().Set("ETag", tag)
	// The answer depends on the token (Lmh-Conflicts), so a cache keys
	// it by Authorization too.
	w.Header().Add("Vary", "Authorization")
	if len(rec.Conflicts) > 0 && s.auth.ok(r) {
		// Where the latest listing disagrees with what a person wrote,
		// as member paths: the body stays the offering, which the next
		// PUT sends back. On a 304 too, as a 304 repeats the headers a
		// 200 would send (an import that changes the set gives a new
		// version, so the ETag matches only while the set is the same).
		w.Header().Set(conflictsHeader, strings.Join(rec.Conflicts, ", "))
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			if t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "W/")); t == tag || t == "*" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(rec.Doc)
}

// listingValue is one stored conflict of an offering in the answer of GET
// /api/offerings/{id}/conflicts: where (field, pointer) and what the
// listing now says there (absent when it no longer gives the member).
type listingValue struct {
	Field   string          `json:"field"`
	Pointer string          `json:"pointer"`
	Listing json.RawMessage `json:"listing,omitempty"`
}

// getConflicts answers, to a request with the write token (the route
// needs it), the offering's stored conflicts with what its listing now
// says at each: the values Lmh-Conflicts does not carry. The ETag is the
// offering's, so that a client tells whether they belong to the version
// it holds. Values of the listing are no need; still, they tell where a
// person edited against it, so the answer is kept out of caches.
func (s *Server) getConflicts(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	vals, v, err := s.cfg.Store.Listing(r.Context(), id)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	out := struct {
		Conflicts []listingValue `json:"conflicts"`
	}{Conflicts: make([]listingValue, len(vals))}
	for i, lv := range vals {
		out.Conflicts[i] = listingValue{Field: lv.Path, Pointer: pointerOf(lv.Path), Listing: lv.Value}
	}
	w.Header().Set("ETag", etag(v))
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Add("Vary", "Authorization")
	writeJSON(w, http.StatusOK, out)
}

// pointerOf is the JSON Pointer of a member path ("place.name").
func pointerOf(path string) string {
	esc := strings.NewReplacer("~", "~0", "/", "~1")
	var b strings.Builder
	for _, k := range strings.Split(path, ".") {
		b.WriteByte('/')
		b.WriteString(esc.Replace(k))
	}
	return b.String()
}

// listPage is the answer of GET /api/offerings.
type listPage struct {
	Items []json.RawMessage `json:"items"`
	// Next is the URL of the next page, when there is one.
	Next string `json:"next,omitempty"`
}

// values returns the values of a repeatable, comma-separated parameter.
func values(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// maxFilterValues bounds the work of one list query.
const maxFilterValues = 20

func (s *Server) listOfferings(w http.ResponseWriter, r *http.Request) {
	l := language(r)
	q := r.URL.Query()
	var (
		f    store.Filter
		errs []FieldError
	)
	codes := func(name string, rule lmh.Rule, param string, parse func(string) (string, error)) []string {
		vs := values(q, name)
		if len(vs) > maxFilterValues {
			errs = append(errs, paramError(l, name, lmh.RuleMax, strconv.Itoa(maxFilterValues)))
			return nil
		}
		var out []string
		for _, v := range vs {
			c, err := parse(v)
			if err != nil {
				errs = append(errs, paramError(l, name, rule, param))
				continue
			}
			out = append(out, c)
		}
		return out
	}
	f.Roles = codes("role", lmh.RuleCode, "role", code[taxonomy.Role])
	f.Conditions = codes("condition", lmh.RuleCode, "condition", code[taxonomy.Condition])
	f.Programmes = codes("programme", lmh.RuleCode, "programme", code[taxonomy.Programme])
	f.Statuses = codes("status", lmh.RuleEnum, "", func(s string) (string, error) {
		st, err := lmh.ParseStatus(s)
		return st.String(), err
	})
	f.Municipalities = codes("municipality", lmh.RuleKommunenummer, "", func(s string) (string, error) {
		if !geo.IsValid(s) {
			return "", errors.New("unknown")
		}
		return s, nil
	})
	f.Limit = 20
	if v := q.Get("limit"); v != "" {
		n, fe := wholeParam(l, "limit", v, 1, MaxResults)
		if fe != nil {
			errs = append(errs, *fe)
		}
		f.Limit = n
	}
	if v := q.Get("after"); v != "" {
		id, err := uuid.Parse(v)
		if err != nil {
			errs = append(errs, paramError(l, "after", lmh.RuleInvalid, "uuid"))
		}
		f.After = id
	}
	if len(errs) > 0 {
		writeProblem(w, r, kindBadQuery, "", errs...)
		return
	}
	p, err := s.cfg.Store.List(r.Context(), f)
	if err != nil {
		s.storeProblem(w, r, err)
		return
	}
	page := listPage{Items: make([]json.RawMessage, len(p.Records))}
	for i, rec := range p.Records {
		page.Items[i] = rec.Doc
	}
	if p.More {
		q.Set("after", p.Records[len(p.Records)-1].Offering.ID.String())
		page.Next = "/api/offerings?" + q.Encode()
	}
	writeJSON(w, http.StatusOK, page)
}

// code parses a code of a taxonomy facet to its canonical form.
func code[C taxonomy.Code](s string) (string, error) {
	c, err := taxonomy.Parse[C](s)
	if err != nil {
		return "", err
	}
	return c.String(), nil
}
