package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/jackc/pgxlisten"
)

// OpenPostgres connects to the PostgreSQL database at url (a postgres://
// URL or a key=value connection string; search_path=… selects a schema)
// and applies the migrations, serialised by an advisory lock so that
// replicas starting together migrate once. Every write notifies the
// channel lmh_catalogue_{schema}; Watch listens on it, reconnecting after an
// outage.
func OpenPostgres(ctx context.Context, url string) (Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store: postgres connection string: %w", err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 3 * time.Second
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)

	var schema string
	if err := db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect to postgres: %w", err)
	}
	channel := "lmh_catalogue_" + schema
	if len(channel) > 63 {
		channel = channel[:63]
	}
	s := &sqlStore{db: db, d: dialect{
		name:           "postgres",
		rebind:         rebindDollar,
		lockMigrations: `SELECT pg_advisory_xact_lock(hashtext('lmhkit migrations ' || current_schema()))`,
		notify: func(ctx context.Context, tx *sql.Tx, v int64) error {
			_, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, strconv.FormatInt(v, 10))
			return err
		},
		unavailable: pgUnavailable,
		docExpr:     "doc::text",
		readTx:      &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true},
	}}
	s.watch = func(ctx context.Context) <-chan struct{} {
		ch := make(chan struct{}, 1)
		l := &pgxlisten.Listener{
			Connect: func(ctx context.Context) (*pgx.Conn, error) {
				return pgx.ConnectConfig(ctx, cfg.Copy())
			},
			ReconnectDelay: 500 * time.Millisecond,
		}
		l.Handle(channel, pgxlisten.HandlerFunc(func(context.Context, *pgconn.Notification, *pgx.Conn) error {
			select {
			case ch <- struct{}{}:
			default:
			}
			return nil
		}))
		go l.Listen(ctx)
		return ch
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// rebindDollar turns ? into $1, $2, … (the queries hold no ? in literals).
func rebindDollar(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// pgUnavailable reports errors of a database that is down, restarting,
// refusing connections or unreachable. A server-side error of the SQL
// itself is not one of them.
func pgUnavailable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			strings.HasPrefix(pe.Code, "53"),                           // insufficient resources (too many connections)
			pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03", // shutdown, crash, cannot connect now
			pe.Code == "40001", pe.Code == "40P01": // serialization failure, deadlock: retry
			return true
		}
		return false
	}
	// No server error: the connection failed, was closed or timed out.
	return true
}
