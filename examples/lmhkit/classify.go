package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/term"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

// runClassify is 'lmhkit classify': package lmh/harvest over the files
// named (or standard input), one JSON line per record on standard output,
// a summary on standard error.
func runClassify(e *env, args []string) int {
	fs := e.flags()
	formatFlag := fs.String("format", "auto", "input format: auto, jsonl, csv or text (auto decides from the first 64 lines)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), fmt.Sprintf("number of records classified at once, 1 to %d", maxWorkers))
	maxLine := fs.Int("max-line", harvest.DefaultMaxRecord, "longest record in bytes; longer ones become error records")
	maxLines := fs.Int("max-lines", harvest.DefaultMaxLines, "most lines one CSV record may span")
	progress := fs.Bool("progress", false, "print a progress line on standard error even when it is not a terminal")
	strict := fs.Bool("strict", false, "exit with status 1 if any record was bad")
	quiet := fs.Bool("q", false, "no summary on standard error")
	fs.Bool("extract", true, "no effect: drafts are written by default (kept for old scripts)")
	drafts := fs.Bool("drafts", true, "write the draft offering of each in-scope record (members offering, offering_evidence, warnings); -drafts=false classifies only")
	emit := fs.String("emit", "records", "what to write: records (one line per record) or catalogue (the draft offering of each in-scope record, lmh's JSON Lines, which 'lmhkit validate' reads)")
	asOfFlag := fs.String("as-of", "", "reference date YYYY-MM-DD for dates written without a year (default today)")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	var catalogue bool
	switch *emit {
	case "records":
	case "catalogue", "catalog":
		catalogue = true
	default:
		e.errorf("-emit: want records or catalogue")
		return exitUsage
	}
	var asOf lmh.Date
	if *asOfFlag != "" {
		d, err := lmh.ParseDate(*asOfFlag)
		if err != nil {
			e.errorf("-as-of: want a date YYYY-MM-DD")
			return exitUsage
		}
		asOf = d
	}
	format, err := harvest.ParseFormat(*formatFlag)
	if err != nil {
		e.errorf("-format: %s", clean(err))
		return exitUsage
	}
	if *workers < 1 || *maxLine < 1 || *maxLines < 1 {
		e.errorf("-workers, -max-line and -max-lines must be at least 1")
		return exitUsage
	}
	if *workers > maxWorkers {
		// Each worker holds buffers of up to -max-line bytes; 100,000 of
		// them took 15 s to start on an empty input.
		e.errorf("-workers: at most %d", maxWorkers)
		return exitUsage
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}

	var mu sync.Mutex
	var total, current harvest.Stats
	var perInput []harvest.Stats // each input's, for the formats read
	start := time.Now()
	// The progress line and the messages written while it is shown (a bad
	// record named, an input that fails) share standard error: errMu
	// writes one at a time, and a message clears the progress line first
	// rather than continue it.
	var errMu sync.Mutex
	showProgress := *progress || isTerminal(e.stderr)
	stopProgress := startProgress(e.stderr, &errMu, start, showProgress, func() harvest.Stats {
		mu.Lock()
		defer mu.Unlock()
		return total.Add(current)
	})
	// errorf is e.errorf while the progress line may be shown.
	errorf := func(format string, args ...any) {
		errMu.Lock()
		defer errMu.Unlock()
		if showProgress {
			fmt.Fprint(e.stderr, "\r\033[K")
		}
		e.errorf(format, args...)
	}
	status := exitOK
	writeFailed := false
	for _, name := range files {
		in, err := e.open(name)
		if err != nil {
			errorf("%s", clean(err))
			status = exitUsage
			break
		}
		o := harvest.Options{Format: format, Workers: *workers, MaxRecord: *maxLine, MaxLines: *maxLines,
			LimitName: "-max-line", Progress: func(s harvest.Stats) { mu.Lock(); current = s; mu.Unlock() },
			NoDrafts: !*drafts, Catalogue: catalogue, AsOf: asOf}
		if name != "-" {
			o.Name = name
		}
		if catalogue {
			// A catalogue has no line for a record that cannot be read:
			// name each one here, even with -q.
			where := name
			if name == "-" {
				where = "standard input"
			}
			o.Rejected = func(r harvest.Rejection) {
				id := ""
				if r.HasID {
					id = "id " + strconv.Quote(r.ID) + ": "
				}
				errorf("%s:%d: %s%s; not in the catalogue", where, r.Line, id, clean(r.Err))
			}
		}
		st, err := harvest.Run(e.ctx, in, e.stdout, o)
		in.Close()
		mu.Lock()
		total, current = total.Add(st), harvest.Stats{}
		mu.Unlock()
		perInput = append(perInput, st)
		if err != nil {
			writeFailed = errors.Is(err, harvest.ErrWrite)
			where := ""
			if name != "-" && !writeFailed {
				where = name + ": " // an input's fault; a write error is the output's
			}
			var fe *harvest.FormatError
			switch {
			case e.ctx.Err() != nil:
				status = interrupted(e.ctx)
			case errors.As(err, &fe):
				errorf("%s%s; give -format", where, clean(err))
				status = exitUsage
			default:
				errorf("%s%s", where, clean(err))
				status = exitUsage
			}
			break
		}
	}
	stopProgress()
	if !*quiet || status > exitUsage {
		how := ""
		switch {
		case status > exitUsage:
			how = "interrupted: "
		case writeFailed:
			how = "output failed: "
		}
		e.errorf("%s", summary(total, formatsRead(perInput), time.Since(start), how))
	}
	if catalogue && total.Errors > 0 {
		// Each was named as it was met (o.Rejected); the count, even with -q.
		e.errorf("%d records could not be read and are not in the catalogue (each named above)", total.Errors)
	}
	if status == exitOK && *strict && total.Errors > 0 {
		status = exitNegative
	}
	return status
}

// maxWorkers is the most records classified at once that -workers takes.
const maxWorkers = 1024

// interrupted returns the exit status for a run cut short by a signal:
// 128 plus its number.
func interrupted(ctx context.Context) int {
	var se signalError
	if errors.As(context.Cause(ctx), &se) {
		return 128 + int(se.sig)
	}
	return 128 + int(syscall.SIGINT)
}

// summary is the line printed at the end of a run, after how the run
// ended when it was cut short ("interrupted: ", "output failed: "). When
// the output failed, the lines counted as written were handed to it, and
// some of them may not have reached it.
func summary(st harvest.Stats, format string, d time.Duration, how string) string {
	rate := 0.0
	if s := d.Seconds(); s > 0 {
		rate = float64(st.Written) / s
	}
	omitted := ""
	if st.Omitted > 0 {
		omitted = fmt.Sprintf(" (%d gave no line)", st.Omitted)
	}
	written := fmt.Sprintf("%d written", st.Written)
	if how == "output failed: " {
		written = "at most " + written
	}
	return how + fmt.Sprintf("%d records read, %s%s, %d errors, %d in scope; %s; %.1f MB in %s (%.0f records/s)",
		st.Read, written, omitted, st.Errors, st.InScope, format, float64(st.Bytes)/1e6, d.Round(time.Millisecond), rate)
}

// formatsRead says which formats the inputs were read as, and how they
// were decided: "jsonl (detected from 12 lines)" for one input, "jsonl,
// csv (detected per input)" for several.
func formatsRead(inputs []harvest.Stats) string {
	var names []string
	detected, given := false, false
	for _, st := range inputs {
		if st.Format == harvest.Auto {
			continue // nothing was read from it
		}
		if name := st.Format.String(); !slices.Contains(names, name) {
			names = append(names, name)
		}
		detected = detected || st.Detected
		given = given || !st.Detected
	}
	switch {
	case len(names) == 0:
		return "no format decided"
	case len(inputs) == 1 && detected:
		return fmt.Sprintf("%s (detected from %d lines)", names[0], inputs[0].Sampled)
	case given && !detected:
		return names[0] + " (given)"
	}
	return strings.Join(names, ", ") + " (detected per input)"
}

// startProgress prints a progress line on w, holding mu, every half second while
// enabled; the returned function stops it and clears the line.
func startProgress(w io.Writer, mu *sync.Mutex, start time.Time, enabled bool, stats func() harvest.Stats) func() {
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
				mu.Lock()
				fmt.Fprint(w, "\r\033[K")
				mu.Unlock()
				return
			case <-t.C:
				st := stats()
				mu.Lock()
				fmt.Fprintf(w, "\r\033[K%d records, %d errors, %.0f records/s",
					st.Written, st.Errors, float64(st.Written)/time.Since(start).Seconds())
				mu.Unlock()
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// isTerminal reports whether w is a terminal (not merely a character
// device such as /dev/null).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
