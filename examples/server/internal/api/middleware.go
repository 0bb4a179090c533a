package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"
)

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logged logs one line per request: the method, the route pattern (never
// the path or query, which may hold a need's values), status, size and
// duration. Nothing of the request's headers or body is logged. A panic is
// logged the same way, without its value, and answered with 500.
func logged(log *slog.Logger, route func(*http.Request) string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				if sw.status == 0 {
					writeProblem(sw, r, kindInternal, "")
				}
				log.Error("handler panicked", "method", r.Method, "route", route(r))
			}
			log.Info("request", "method", r.Method, "route", route(r), "status", sw.status,
				"bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000)
		}()
		next.ServeHTTP(sw, r)
	})
}

// secure sets the headers every response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// authorizer checks the bearer token of writes in constant time. Hashing
// both sides first makes the comparison independent of the lengths too.
type authorizer struct{ want [32]byte }

func newAuthorizer(token string) authorizer { return authorizer{sha256.Sum256([]byte(token))} }

func (a authorizer) ok(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	scheme, tok, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		tok = ""
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(got[:], a.want[:]) == 1 && tok != ""
}

// requireToken wraps a write handler.
func (a authorizer) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !a.ok(r) {
			writeProblem(w, r, kindUnauthorized, "")
			return
		}
		next(w, r)
	}
}

// readJSON reads a request body of at most limit bytes, checking that it
// is JSON. It writes the problem and returns false when it is not.
func readJSON(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, bool) {
	return readBody(w, r, limit, func(mt string) bool {
		return mt == "application/json" || strings.HasSuffix(mt, "+json")
	})
}

// readBody reads a request body of at most limit bytes whose media type,
// when the request names one, is one that accepts. It writes the problem
// (unsupported media type, too large, unreadable) and returns false when
// the body cannot be taken.
func readBody(w http.ResponseWriter, r *http.Request, limit int64, accepts func(mediaType string) bool) ([]byte, bool) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || !accepts(mt) {
			writeProblem(w, r, kindMediaType, "")
			return nil, false
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
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
