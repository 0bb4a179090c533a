// Command genharvest writes a generated harvest to measure the pipeline
// with: listings made from the classifier's development set, each with a
// sentence of its own, in files alternating JSON Lines and CSV, with a
// share of bad records and of pages harvested twice.
//
//	go run ./genharvest -n 200000 -files 20 -out /tmp/harvest
//
// It prints what it wrote on standard output. The exit status is 0 on
// success, 1 when the harvest cannot be written, and 2 on bad usage or a
// summary that cannot be written.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/lmhkit/lmhkit/examples/beam/internal/gen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs genharvest with the arguments after the program name and
// returns its exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("genharvest", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("n", 200000, "records in all")
	files := fs.Int("files", 20, "number of files")
	bad := fs.Int("bad-every", 100, "one record in this many is bad (100: 1 %); 0 for none")
	repeat := fs.Int("repeat-every", 50, "one good record in this many repeats an earlier page; 0 for none")
	templates := fs.String("templates", "../../lmh/classify/testdata/devset.jsonl", "JSON Lines listings (title, text) to vary")
	out := fs.String("out", "", "directory to write to (required)")
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "genharvest: "+format+" (run 'genharvest -h' for usage)\n", a...)
		return 2
	}
	w := bufio.NewWriter(stdout)
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(w, "usage: genharvest -out DIR [flags]\n\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		return flush(w, stderr, 0)
	case err != nil:
		return usage("%v", err)
	case fs.NArg() > 0:
		return usage("%d stray argument(s) after the flags", fs.NArg())
	case *out == "":
		return usage("-out is required")
	case *n < 0 || *files < 1 || *bad < 0 || *repeat < 0:
		return usage("-n, -bad-every and -repeat-every must be at least 0, -files at least 1")
	}
	ts, err := gen.LoadTemplates(*templates)
	if err == nil {
		err = os.MkdirAll(*out, 0o755)
	}
	var m gen.Manifest
	if err == nil {
		m, err = gen.Write(*out, gen.Spec{Records: *n, Files: *files, BadEvery: *bad, RepeatEvery: *repeat, Templates: ts})
	}
	if err != nil {
		fmt.Fprintf(stderr, "genharvest: %v\n", err)
		return 1
	}
	fmt.Fprintf(w, "%d records in %d files: %d bad, %d repeated pages\n", m.Records, len(m.Files), m.Bad, len(m.RepeatOf))
	return flush(w, stderr, 0)
}

// flush writes out what w holds and returns status, or 2 after reporting
// a failed write (a full disk, a closed pipe).
func flush(w *bufio.Writer, stderr io.Writer, status int) int {
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "genharvest: writing output: %v\n", err)
		return 2
	}
	return status
}
