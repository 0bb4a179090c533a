package store

import (
	"context"
	"database/sql"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
)

// OpenBackend opens the store of backend b on addr (a database b.New
// made), applying the migrations, and fails the test if it cannot. The
// caller closes it. Exported for the package's external tests.
func OpenBackend(ctx context.Context, t testing.TB, b testdb.Backend, addr string) Store {
	t.Helper()
	var (
		st  Store
		err error
	)
	if b.Name == "postgres" {
		st, err = OpenPostgres(ctx, addr)
	} else {
		st, err = OpenSQLite(ctx, addr)
	}
	if err != nil {
		t.Fatalf("open the %s store: %v", b.Name, err)
	}
	return st
}

// schemaAt opens the database on addr directly and brings it to the
// first n of b's migrations, recorded as migrate records them (applied at
// appliedAt), as an older version of the service left it: upgrade tests
// then write rows as that version wrote them and open the store, which
// applies the rest. It returns the database, closed when the test ends,
// its migrations, and exec, which runs a statement written with ? on
// either backend and fails the test on an error.
func schemaAt(ctx context.Context, t *testing.T, b testdb.Backend, addr string, n int, appliedAt string) (*sql.DB, []Migration, func(q string, args ...any)) {
	t.Helper()
	driver, dsn := "sqlite", "file:"+addr+"?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
	rebind := func(q string) string { return q }
	if b.Name == "postgres" {
		driver, dsn, rebind = "pgx", addr, rebindDollar
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.ExecContext(ctx, rebind(q), args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	ms, err := Migrations(b.Name)
	if err != nil || len(ms) <= n {
		t.Fatalf("Migrations(%s) = %d, %v; want more than %d", b.Name, len(ms), err, n)
	}
	exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`)
	for _, m := range ms[:n] {
		exec(m.SQL)
		exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			m.Version, m.Name, appliedAt)
	}
	return db, ms, exec
}
