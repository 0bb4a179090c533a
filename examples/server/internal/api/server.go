// Package api is the catalogue service's HTTP interface: a JSON API under
// /api (offerings, matching, explanation, classification, coverage,
// glossary), a FHIR R4 façade under /fhir, /healthz and /openapi.json.
//
// The handlers are thin: each decodes its input with the library (lmh's
// strict decoders and validation, taxonomy's parsers), calls the library
// (match, classify, glossary, fhir) on the replica's catalogue snapshot or
// the store, and encodes the answer. Problems are RFC 9457 problem details
// with messages in nb, nn or en by Accept-Language.
//
// A person's need is health data: no handler and no log line repeats a
// value of a need or a need-bearing query; logs carry method, route,
// status, size and timing only.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/web"
	"github.com/lmhkit/lmhkit/lmh/fhir"
)

// Limits of the service.
const (
	MaxOfferingBody = 1 << 20   // an offering's JSON
	MaxNeedBody     = 64 << 10  // a match, explain or FHIR search request
	MaxListingBody  = 256 << 10 // a classify request
	MaxResults      = 100       // results of a match or a FHIR search, items of a page
	DefaultResults  = 10        // results of a match request that gives no limit
)

// Config is what the handler needs.
type Config struct {
	Store store.Store     // where offerings are kept; the offering routes read and write it
	Live  *catalogue.Live // the current view of the catalogue that match, search and coverage read
	// Token is the bearer token writes must carry.
	Token string
	// Log receives one line per request (route, status, timing).
	Log *slog.Logger
	// Now is the clock of last_modified; time.Now when nil.
	Now func() time.Time
	// EligibilityInURL lets GET /fhir/HealthcareService carry the
	// eligibility parameters role, age and condition. They describe a
	// person (health data), and a URL ends up in access logs, proxies and
	// browser history, so by default such a GET is refused with a pointer to
	// POST /fhir/HealthcareService/_search, which takes the same parameters
	// in its body. Set it only for FHIR clients that cannot POST a search.
	EligibilityInURL bool
}

// Server is the service's http.Handler.
type Server struct {
	cfg    Config
	auth   authorizer
	mux    *http.ServeMux
	term   *fhir.Terminology
	routes []Route
	cov    coverageCache
	page   *web.Handler
	h      http.Handler
}

// Route is one operation of the service, as in the OpenAPI description.
type Route struct {
	Method, Path string // the HTTP method and the path pattern, as in "GET /api/offerings/{id}"
	// Write reports that the route needs the bearer token.
	Write bool
}

// New builds the handler.
func New(cfg Config) (*Server, error) {
	if cfg.Token == "" {
		return nil, errors.New("api: a token for writes is required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	term, err := fhir.NewTerminology()
	if err != nil {
		return nil, err
	}
	page, err := web.New()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, auth: newAuthorizer(cfg.Token), mux: http.NewServeMux(), term: term, page: page}
	s.register()
	s.h = secure(logged(cfg.Log, s.pattern, http.HandlerFunc(s.dispatch)))
	return s, nil
}

// Now returns the server's clock, as it sets last_modified.
func (s *Server) Now() time.Time { return s.cfg.Now().UTC().Truncate(time.Millisecond) }

// Routes returns the operations the server answers.
func (s *Server) Routes() []Route { return append([]Route(nil), s.routes...) }

// ServeHTTP answers a request, routing it to one of the Routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

func (s *Server) handle(method, path string, write bool, h http.HandlerFunc) {
	if write {
		h = s.auth.requireToken(h)
	}
	s.routes = append(s.routes, Route{method, path, write})
	s.mux.HandleFunc(method+" "+path, h)
}

func (s *Server) register() {
	s.handle("GET", "/healthz", false, s.healthz)
	s.handle("GET", "/openapi.json", false, s.openapi)
	s.handle("GET", "/api/offerings", false, s.listOfferings)
	s.handle("POST", "/api/offerings", true, s.createOffering)
	s.handle("POST", "/api/offerings/import", true, s.importOfferings)
	s.handle("GET", "/api/drafts", true, s.listDrafts)
	s.handle("DELETE", "/api/drafts/{id}", true, s.deleteDraft)
	s.handle("GET", "/api/drafts/discarded", true, s.listDiscards)
	s.handle("DELETE", "/api/drafts/discarded/{id}", true, s.restoreDiscard)
	s.handle("GET", "/api/offerings/{id}", false, s.getOffering)
	s.handle("GET", "/api/offerings/{id}/conflicts", true, s.getConflicts)
	s.handle("PUT", "/api/offerings/{id}", true, s.putOffering)
	s.handle("DELETE", "/api/offerings/{id}", true, s.deleteOffering)
	s.handle("POST", "/api/match", false, s.match)
	s.handle("POST", "/api/explain", false, s.explain)
	s.handle("POST", "/api/classify", false, s.classify)
	s.handle("GET", "/api/coverage", false, s.coverage)
	s.handle("GET", "/api/glossary/search", false, s.glossarySearch)
	s.handle("POST", "/api/glossary/search", false, s.glossarySearch)
	s.handle("GET", "/api/glossary/lookup", false, s.glossaryLookup)
	s.handle("GET", "/api/municipalities/search", false, s.municipalitySearch)
	s.handle("POST", "/api/municipalities/search", false, s.municipalitySearch)
	s.handle("GET", "/api/vocabulary", false, s.vocabulary)
	s.registerFHIR()
	// The case workers' and providers' page: not part of the API (nor of
	// its description), but its first client.
	s.mux.HandleFunc("GET /{$}", s.page.Page)
	s.mux.HandleFunc("GET /static/{name}", s.page.Static)
}

// pattern returns the route a request is served by, for the log: the
// pattern, never the path.
func (s *Server) pattern(r *http.Request) string {
	if _, p := s.mux.Handler(r); p != "" {
		return p
	}
	return "unmatched"
}

var methods = []string{"GET", "POST", "PUT", "DELETE"}

// dispatch serves the request, answering unknown paths and methods with
// problem details instead of the mux's plain text.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	if _, p := s.mux.Handler(r); p != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	var allow []string
	for _, m := range methods {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, p := s.mux.Handler(r2); p != "" {
			allow = append(allow, m)
		}
	}
	for _, m := range allow {
		w.Header().Add("Allow", m)
	}
	switch {
	case strings.HasPrefix(r.URL.Path, "/fhir/"):
		fhirNotFound(w, len(allow) > 0)
	case len(allow) > 0:
		writeProblem(w, r, kindMethod, "")
	default:
		writeProblem(w, r, kindNotFound, "")
	}
}

// writeJSON writes v as JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding error", http.StatusInternalServerError)
		return
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	w.Write(b)
}

// storeProblem answers an error of the store.
func (s *Server) storeProblem(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeProblem(w, r, kindNotFound, "")
	case errors.Is(err, store.ErrExists):
		writeProblem(w, r, kindConflict, "")
	case errors.Is(err, store.ErrVersionMismatch):
		writeProblem(w, r, kindPrecondition, "")
	case errors.Is(err, store.ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		writeProblem(w, r, kindUnavailable, "")
	default:
		s.cfg.Log.Error("store error", "route", s.pattern(r), "err", err)
		writeProblem(w, r, kindInternal, "")
	}
}

// healthz reports that the process serves, the catalogue version it
// matches against and whether the database answers.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	db := "ok"
	if err := s.cfg.Store.Ping(ctx); err != nil {
		db = "unavailable"
	}
	snap := s.cfg.Live.Current()
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "backend": s.cfg.Store.Backend(), "database": db,
		"catalogue_version": snap.Version, "offerings": len(snap.Offerings),
	})
}

// jsonBytes is json.Marshal.
func jsonBytes(v any) ([]byte, error) { return json.Marshal(v) }
