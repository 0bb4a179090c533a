// Package testdb gives tests a database of each backend: a SQLite file in
// the test's temporary directory, and a PostgreSQL schema of its own (so
// tests running in parallel never see each other's rows), dropped when the
// test ends.
//
// PostgreSQL is found at $LMH_TEST_POSTGRES, by default
// postgres://postgres@127.0.0.1:5432/test. When it cannot be reached the
// PostgreSQL cases are skipped, except under CI (CI set), where they fail:
// .ci/run starts a server first.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// DefaultPostgres is the server the tests use unless LMH_TEST_POSTGRES says otherwise.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Backend is one kind of database a test can run against.
type Backend struct {
	// Name is "sqlite" or "postgres".
	Name string
	// New returns the address of a fresh, empty database of this backend
	// for t: a file path for SQLite, a URL with its own search_path for
	// PostgreSQL.
	New func(t testing.TB) string
}

// Backends returns SQLite and, when it can be reached, PostgreSQL.
func Backends(t testing.TB) []Backend {
	bs := []Backend{{Name: "sqlite", New: SQLite}}
	if postgresReachable(t) {
		bs = append(bs, Backend{Name: "postgres", New: Postgres})
	}
	return bs
}

// SQLite returns the path of a database file in t's temporary directory.
func SQLite(t testing.TB) string {
	return filepath.Join(t.TempDir(), "lmhkit.db")
}

// BaseURL is the PostgreSQL server's URL.
func BaseURL() string {
	if u := os.Getenv("LMH_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultPostgres
}

func postgresReachable(t testing.TB) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, BaseURL())
	if err == nil {
		conn.Close(ctx)
		return true
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("PostgreSQL at %s cannot be reached under CI: %v", BaseURL(), err)
	}
	t.Logf("PostgreSQL cases skipped: %v", err)
	return false
}

// Postgres creates a schema of its own for t and returns the server's URL
// with search_path set to it. The schema is dropped when t ends.
func Postgres(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", BaseURL())
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Logf("drop schema %s: %v", schema, err)
		}
		db.Close()
	})
	return WithSchema(BaseURL(), schema)
}

// WithSchema returns the URL u with search_path set to schema.
func WithSchema(u, schema string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	q.Set("search_path", schema)
	p.RawQuery = q.Encode()
	return p.String()
}
