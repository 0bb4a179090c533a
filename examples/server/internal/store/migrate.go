package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrations embed.FS

// Migration is one embedded schema change: migrations/{backend}/NNNN_name.sql.
type Migration struct {
	Version int    // NNNN: 1, 2, 3 … in the order they apply
	Name    string // the file name's part after NNNN_, without .sql
	SQL     string // the statements to run
}

// Migrations returns the backend's migrations in version order.
func Migrations(backend string) ([]Migration, error) {
	dir := path.Join("migrations", backend)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("store: no migrations for %q", backend)
	}
	var out []Migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: migration file %q is not NNNN_name.sql", e.Name())
		}
		b, err := migrations.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("store: migrations of %s are not numbered 1, 2, 3 …: %d at position %d", backend, m.Version, i+1)
		}
	}
	return out, nil
}

// migrate applies the migrations not yet applied, all in one transaction,
// and records each in schema_migrations. Replicas starting together are
// serialised by the dialect's lock, so each migration runs once.
func (s *sqlStore) migrate(ctx context.Context) error {
	ms, err := Migrations(s.d.name)
	if err != nil {
		return err
	}
	return s.inTx(ctx, nil, func(tx *sql.Tx) error {
		if s.d.lockMigrations != "" {
			if _, err := tx.ExecContext(ctx, s.d.lockMigrations); err != nil {
				return fmt.Errorf("store: lock for migrations: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`); err != nil {
			return fmt.Errorf("store: create schema_migrations: %w", err)
		}
		var have int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
			return fmt.Errorf("store: read schema version: %w", err)
		}
		if have > len(ms) {
			return fmt.Errorf("store: the database's schema version %d is newer than this program's %d", have, len(ms))
		}
		for _, m := range ms[have:] {
			if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
				return fmt.Errorf("store: migration %04d_%s: %w", m.Version, m.Name, err)
			}
			if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
				m.Version, m.Name, now().UTC().Format("2006-01-02T15:04:05Z")); err != nil {
				return fmt.Errorf("store: record migration %d: %w", m.Version, err)
			}
		}
		return nil
	})
}
