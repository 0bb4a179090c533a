// Command classify reads course listings and writes, for each, its
// classification into the LMH vocabulary as one line of JSON.
//
//	classify [flags] [file ...]
//
// With no files (or "-") it reads standard input. The input is JSON Lines
// (fields id, title, text; any other fields are copied untouched under
// "input"), CSV with a header row (columns id, title/tittel, text/tekst;
// comma, semicolon or tab separated) or plain text with one listing per line
// (the id is then the line number). The format is detected from the first
// line unless -format says.
//
// Every input record gives exactly one output line, in input order, however
// many -workers classify in parallel. A record that cannot be read (invalid
// JSON, invalid UTF-8, longer than -max-line, no text) gives an error record
// {"line":N,"id":…,"error":"…"} and is counted; nothing is dropped. Blank
// lines are not records. Memory use does not grow with the input.
//
// The exit status is 0 unless reading or writing fails (2), the flags are
// wrong (2), or -strict is set and some record was bad (1).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// cli runs the program and returns its exit status.
func cli(args []string, stdin io.Reader, stdout io.Writer, stderr io.Writer) int {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	formatFlag := fs.String("format", "auto", "input format: auto, jsonl, csv or text")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of parallel classifiers")
	maxLine := fs.Int("max-line", 1<<20, "longest accepted record in bytes; longer ones become error records")
	progress := fs.Bool("progress", false, "print a progress line on stderr even when it is not a terminal")
	strict := fs.Bool("strict", false, "exit with status 1 if any record was bad")
	quiet := fs.Bool("q", false, "no summary on stderr")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: classify [flags] [file ...]\n\nClassifies course listings into the LMH vocabulary, one JSON line per record.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	f, err := parseFormat(*formatFlag)
	if err != nil {
		fmt.Fprintln(stderr, "classify:", err)
		return 2
	}
	if *workers < 1 || *maxLine < 1 {
		fmt.Fprintln(stderr, "classify: -workers and -max-line must be at least 1")
		return 2
	}

	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	var st stats
	start := time.Now()
	stopProgress := startProgress(stderr, &st, start, *progress || isTerminal(stderr))
	status := 0
	for _, name := range files {
		cfg := config{format: f, workers: *workers, maxLine: *maxLine}
		var in io.Reader = stdin
		if name != "-" {
			fh, err := os.Open(name)
			if err != nil {
				stopProgress()
				fmt.Fprintln(stderr, "classify:", err)
				return 2
			}
			in, cfg.file = fh, name
			err = run(in, stdout, cfg, classifyListing, &st)
			fh.Close()
			if err != nil {
				fmt.Fprintf(stderr, "classify: %s: %v\n", name, err)
				status = 2
				break
			}
			continue
		}
		if err := run(in, stdout, cfg, classifyListing, &st); err != nil {
			fmt.Fprintf(stderr, "classify: %v\n", err)
			status = 2
			break
		}
	}
	stopProgress()
	if !*quiet {
		fmt.Fprintln(stderr, summary(&st, time.Since(start)))
	}
	if status == 0 && *strict && st.errors.Load() > 0 {
		status = 1
	}
	return status
}

// summary is the line printed at the end of a run.
func summary(st *stats, d time.Duration) string {
	n := st.records.Load()
	rate := 0.0
	if s := d.Seconds(); s > 0 {
		rate = float64(n) / s
	}
	return fmt.Sprintf("classify: %d records, %d errors, %d in scope, %.1f MB in %s (%.0f records/s)",
		n, st.errors.Load(), st.inScope.Load(), float64(st.bytes.Load())/1e6,
		d.Round(time.Millisecond), rate)
}

// startProgress prints a progress line on w every half second while
// enabled; the returned function stops it and clears the line.
func startProgress(w io.Writer, st *stats, start time.Time, enabled bool) func() {
	if !enabled {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-t.C:
				d := time.Since(start)
				fmt.Fprintf(w, "\r\033[K%d records, %d errors, %.0f records/s",
					st.records.Load(), st.errors.Load(), float64(st.records.Load())/d.Seconds())
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
