package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/seed"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// benchNeed is a typical need of the load test.
var benchNeed = map[string]any{"roles": []string{"next_of_kin"}, "age": 52, "conditions": []string{"dementia"}, "municipality": "4621"}

func benchServer(b *testing.B) (*api.Server, *catalogue.Live) {
	b.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	cat, err := seed.Synthetic(10000, sampleDay)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.Seed(ctx, cat); err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewJSONHandler(discard{}, nil))
	live, err := catalogue.New(ctx, st, log, match.On(sampleDay))
	if err != nil {
		b.Fatal(err)
	}
	h, err := api.New(api.Config{Store: st, Live: live, Token: token, Log: log, Now: time.Now})
	if err != nil {
		b.Fatal(err)
	}
	return h, live
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// BenchmarkMatchHandler is POST /api/match over 10,000 offerings through the
// whole handler (decode, validate, match, reasons, encode, log line), in
// process.
func BenchmarkMatchHandler(b *testing.B) {
	h, _ := benchServer(b)
	body, _ := json.Marshal(map[string]any{"need": benchNeed, "limit": 10, "within": "region"})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/api/match", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, req)
		if rr.Code != http.StatusOK {
			b.Fatal(rr.Code)
		}
	}
}

// BenchmarkMatchLibrary is the baseline: the same need straight to the
// Matcher, with the reasons' text written as the handler writes it.
func BenchmarkMatchLibrary(b *testing.B) {
	_, live := benchServer(b)
	age := 52
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Age: &age,
		Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621"}
	m := live.Current().Matcher
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := m.Match(need, match.Within(match.ReachRegion), match.Limit(10))
		if err != nil || len(res) == 0 {
			b.Fatal(err)
		}
		for _, r := range res {
			for _, why := range r.Reasons {
				_ = why.Text(taxonomy.NB)
			}
		}
	}
}
