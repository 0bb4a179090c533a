package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
)

const token = "test-token-7c1f"

// logBuffer collects log lines from several goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// env is a running service over one backend, with everything it logged.
type env struct {
	t    *testing.T
	srv  *httptest.Server
	api  *api.Server
	st   store.Store
	live *catalogue.Live
	log  *logBuffer
	cat  []lmh.Offering
	// bodies holds every response body whose status was 4xx or 5xx.
	bodies *logBuffer
}

// sampleDay is the day the tests judge schedules by.
var sampleDay = lmh.SampleDay

// newEnv starts the service on a fresh catalogue of backend b; opts change
// its Config.
func newEnv(t *testing.T, b testdb.Backend, opts ...func(*api.Config)) *env {
	t.Helper()
	ctx := context.Background()
	var (
		st  store.Store
		err error
	)
	if b.Name == "sqlite" {
		st, err = store.OpenSQLite(ctx, b.New(t))
	} else {
		st, err = store.OpenPostgres(ctx, b.New(t))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cat := lmh.SampleCatalogueOn(sampleDay)
	if _, err := st.Seed(ctx, cat); err != nil {
		t.Fatal(err)
	}
	logs := &logBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	day := time.Date(sampleDay.Year, sampleDay.Month, sampleDay.Day, 12, 0, 0, 0, time.UTC)
	live, err := catalogue.New(ctx, st, log, match.On(sampleDay))
	if err != nil {
		t.Fatal(err)
	}
	cfg := api.Config{Store: st, Live: live, Token: token, Log: log, Now: func() time.Time { return day }}
	for _, o := range opts {
		o(&cfg)
	}
	h, err := api.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, api: h, st: st, live: live, log: logs, cat: cat, bodies: &logBuffer{}}
	e.srv = httptest.NewServer(h)
	t.Cleanup(e.srv.Close)
	return e
}

// forEach runs test against a fresh service on every backend.
func forEach(t *testing.T, test func(t *testing.T, e *env)) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			test(t, newEnv(t, b))
		})
	}
}

type reply struct {
	status int
	header http.Header
	body   []byte
}

func (r reply) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("status %d, body not JSON: %v: %.300s", r.status, err, r.body)
	}
}

func (r reply) problem(t *testing.T) api.Problem {
	t.Helper()
	var p api.Problem
	r.json(t, &p)
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("problem Content-Type = %q", ct)
	}
	if p.Status != r.status || p.Type == "" || p.Title == "" {
		t.Errorf("problem %+v does not match status %d", p, r.status)
	}
	return p
}

// do sends a request; headers are name, value pairs.
func (e *env) do(method, path string, body any, headers ...string) reply {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode >= 400 {
		e.bodies.Write(b)
		e.bodies.Write([]byte("\n"))
	}
	return reply{res.StatusCode, res.Header, b}
}

var auth = []string{"Authorization", "Bearer " + token}

func with(h []string, more ...string) []string { return append(append([]string(nil), h...), more...) }
