// Command server is lmhkit as a service: a catalogue of lærings- og
// mestringstilbud on a real database, with search, matching with reasons,
// classification, equal-access coverage, glossary autocomplete and a FHIR R4
// façade. It is the reference for importing the library into a Go service.
//
//	go run ./examples/server                          # SQLite in ./lmhkit.db, seeded with the sample
//	go run ./examples/server -db postgres://…         # PostgreSQL (or DATABASE_URL)
//
// It prints the address it serves on. Writes need the bearer token given
// by -token or LMH_TOKEN; without one a random token is made and printed.
// Several replicas may share one PostgreSQL database: each keeps its own
// matcher and follows the others' writes (LISTEN/NOTIFY, and a poll).
// See docs/server.md.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/seed"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
)

func main() {
	err := run(os.Args[1:])
	var uerr usageError
	var werr writeError
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp): // the usage is printed: -h is not a failure
	case errors.As(err, &werr):
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(2)
	case errors.As(err, &uerr):
		fmt.Fprintf(os.Stderr, "server: %v (run 'server -h' for usage)\n", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// usageError is a bad command line: exit status 2, as for lmhkit.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

// writeError is output that could not be written (a full disk, a closed
// pipe): exit status 2, as for lmhkit.
type writeError struct{ err error }

func (e writeError) Error() string { return "writing output: " + e.err.Error() }

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func run(args []string) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	addr := fs.String("addr", env("LMH_ADDR", "127.0.0.1:8080"), "address to listen on (port 0 picks a free one); env LMH_ADDR")
	db := fs.String("db", env("DATABASE_URL", "lmhkit.db"), "SQLite file, or a postgres:// URL; env DATABASE_URL")
	token := fs.String("token", os.Getenv("LMH_TOKEN"), "bearer token for writes; env LMH_TOKEN (default: a random one, printed)")
	seedWith := fs.String("seed", "sample", "what an empty catalogue starts with: sample or none")
	synthetic := fs.Int("synthetic", 0, "start an empty catalogue with this many synthetic offerings instead (load tests)")
	poll := fs.Duration("poll", 500*time.Millisecond, "how often to check the database for other replicas' writes")
	drain := fs.Duration("drain", 20*time.Second, "how long SIGTERM waits for requests in flight")
	eligibilityInURL := fs.Bool("fhir-get-eligibility", false, "let GET /fhir/HealthcareService carry role, age and condition (health data in URLs; off: POST _search only)")
	quiet := fs.Bool("quiet", false, "log warnings and errors only (no line per request)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (for load tests)")
	fs.SetOutput(io.Discard) // the error is reported once, by main
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			var usage strings.Builder
			usage.WriteString("usage: server [flags]\n\nFlags:\n")
			fs.SetOutput(&usage)
			fs.PrintDefaults()
			if _, werr := io.WriteString(os.Stdout, usage.String()); werr != nil {
				return writeError{werr}
			}
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("%d stray argument(s) after the flags", fs.NArg())}
	}
	// Checked before the database is opened, so that a bad flag leaves no
	// new database file behind.
	switch {
	case *seedWith != "sample" && *seedWith != "none":
		return usageError{fmt.Errorf("-seed %q: want sample or none", *seedWith)}
	case *synthetic < 0:
		return usageError{errors.New("-synthetic: want 0 or more")}
	case *poll <= 0:
		return usageError{errors.New("-poll: want a duration above 0, like 500ms")} // a ticker of 0 panics
	case *drain < 0:
		return usageError{errors.New("-drain: want 0 or more, like 20s")}
	case !validAddr(*addr):
		return usageError{errors.New("-addr: want HOST:PORT, like 127.0.0.1:8080 (port 0 picks a free one)")}
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if os.Getenv("GOGC") == "" {
		// The catalogue is long-lived and each match allocates little, so a
		// larger heap goal trades some memory (about 375 MB resident over
		// 10,000 offerings) for less GC work: 2,104 → 2,515 matches/s in the
		// load test of docs/server.md. GOGC set in the environment wins.
		debug.SetGCPercent(400)
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	var initial []lmh.Offering
	switch {
	case *synthetic > 0:
		if initial, err = seed.Synthetic(*synthetic, lmh.DateOf(time.Now())); err != nil {
			return err
		}
	case *seedWith == "sample":
		initial = lmh.SampleCatalogue()
	}
	if n, err := st.Seed(ctx, initial); err != nil {
		return fmt.Errorf("seed: %w", err)
	} else if n > 0 {
		log.Info("seeded an empty catalogue", "offerings", n)
	}

	live, err := catalogue.New(ctx, st, log)
	if err != nil {
		return err
	}
	runCtx, cancelRun := context.WithCancel(context.Background())
	defer cancelRun()
	go live.Run(runCtx, *poll)

	generated := false
	if *token == "" {
		b := make([]byte, 16)
		rand.Read(b)
		*token, generated = hex.EncodeToString(b), true
	}
	h, err := api.New(api.Config{Store: st, Live: live, Token: *token, Log: log, EligibilityInURL: *eligibilityInURL})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Printf("lmhkit catalogue service on http://%s (%s, %d offerings)\n", ln.Addr(), st.Backend(), len(live.Current().Offerings))
	if generated {
		fmt.Printf("write token: %s\n", *token)
	}

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// SIGTERM or SIGINT: stop accepting, let requests in flight finish.
	log.Info("draining")
	sctx, cancel := context.WithTimeout(context.Background(), *drain)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("drain: %w", err)
	}
	log.Info("stopped")
	return nil
}

// validAddr reports whether addr is HOST:PORT with a port net.Listen
// takes: a number from 0 to 65535 or a service name.
func validAddr(addr string) bool {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	_, err = net.LookupPort("tcp", port)
	return err == nil
}

// openStore opens PostgreSQL for a postgres:// URL and SQLite otherwise.
func openStore(ctx context.Context, db string) (store.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return store.OpenPostgres(ctx, db)
	}
	return store.OpenSQLite(ctx, db)
}
