// Command lmhkit works with the lmhkit library from the shell: it
// classifies harvested course listings, matches a person's needs against a
// catalogue of lærings- og mestringstilbud, validates catalogues, reports
// equal access, exports the vocabulary and looks terms up in the glossary.
//
//	lmhkit classify [flags] [file ...]      listings → one JSON line each
//	lmhkit match [flags]                    a person's needs → ranked offerings
//	lmhkit validate [flags] [file | -]      check a JSON Lines catalogue
//	lmhkit coverage [flags]                 equal-access report
//	lmhkit export -out DIR                  FHIR R4, SKOS and JSON Schema
//	lmhkit glossary [flags] TERM ...        look terms up, scan text, search
//
// Every subcommand prints its usage with -h and exits 0. The exit status
// is 0 on success, 1 when the answer is negative (no offering fits, a
// catalogue is invalid, a term is unknown, -strict found bad records), 2
// on bad usage or input that cannot be read or output that cannot be
// written, and 128 plus the signal's number when interrupted. "-" means
// standard input wherever a file is read. Errors go to standard error with
// one prefix, "lmhkit SUBCOMMAND:", and never contain a value of a
// person's need.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		s := <-sigs
		signal.Stop(sigs) // a second signal ends the program at once
		cancel(signalError{s.(syscall.Signal)})
	}()
	os.Exit(runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// signalError is the cause of the context's end when a signal came.
type signalError struct{ sig syscall.Signal }

func (e signalError) Error() string { return "interrupted by " + e.sig.String() }

// Exit statuses.
const (
	exitOK       = 0
	exitNegative = 1
	exitUsage    = 2
)

// command is one subcommand.
type command struct {
	name, synopsis, summary string
	run                     func(e *env, args []string) int
}

var commands = []command{
	{"classify", "[flags] [file ...]", "classify harvested course listings, one JSON line per record", runClassify},
	{"match", "[flags]", "find the offerings that fit a person's needs", runMatch},
	{"validate", "[flags] [catalogue.jsonl | -]", "check a catalogue of offerings in JSON Lines", runValidate},
	{"coverage", "[flags]", "report equal access: who can reach an offering, where", runCoverage},
	{"export", "-out DIR", "write the vocabulary and sample catalogue as FHIR R4, SKOS and JSON Schema", runExport},
	{"glossary", "[flags] TERM ... | -scan [file ...] | -search PREFIX", "look terms up, find them in text, suggest terms", runGlossary},
}

// run runs lmhkit with the arguments after the program name and returns
// its exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, name: "lmhkit"}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if args[0] == "help" && len(args) > 1 {
			if c := findCommand(args[1]); c != nil {
				return c.run(e.sub(c), []string{"-h"})
			}
			e.errorf("no subcommand %q; run 'lmhkit help'", args[1])
			return exitUsage
		}
		return e.finish(exitOK, func(w io.Writer) { usage(w) })
	}
	c := findCommand(args[0])
	if c == nil {
		e.errorf("no subcommand %q; run 'lmhkit help'", args[0])
		return exitUsage
	}
	return c.run(e.sub(c), args[1:])
}

func findCommand(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: lmhkit SUBCOMMAND [flags] [arguments]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'lmhkit SUBCOMMAND -h' for its flags.")
}

// env is what a subcommand runs with.
type env struct {
	ctx                   context.Context
	stdin                 io.Reader
	stdout, stderr        io.Writer
	name                  string // "lmhkit classify": the prefix of every error
	cmd                   *command
	stdinUsed             bool // "-" was read already
	redactUnknownFlagName bool
}

func (e *env) sub(c *command) *env {
	s := *e
	s.name, s.cmd = "lmhkit "+c.name, c
	return &s
}

// errorf prints an error with the subcommand's prefix on standard error.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "%s: %s\n", e.name, fmt.Sprintf(format, args...))
}

// packagePrefix matches the prefixes the library's errors start with.
var packagePrefix = regexp.MustCompile(`^((lmh|harvest|taxonomy|glossary|match|classify|geo|fhir|skos|jsonschema): )+`)

// clean returns an error's message without the library's package prefixes,
// so that a message has the program's prefix only.
func clean(err error) string {
	return packagePrefix.ReplaceAllString(err.Error(), "")
}

// flags returns a flag set for the subcommand. Parse it with e.parse.
func (e *env) flags() *flag.FlagSet {
	fs := flag.NewFlagSet(e.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // e.parse prints what is needed
	fs.Usage = func() {}
	return fs
}

// printUsage writes the subcommand's usage and flags to w.
func (e *env) printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s %s\n\n%s.\n", e.name, e.cmd.synopsis, capitalise(e.cmd.summary))
	var n int
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		if strings.Contains(e.cmd.synopsis, "file") {
			fmt.Fprintln(w, "\nFlags come before the file names: what follows the first file is a file.")
		}
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// invalidValue matches the flag package's message for a value it cannot
// parse, which quotes the value.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value .* for flag (-\S+): `)

// parse parses the flags. It returns ok false and the exit status when the
// program should stop: 0 after printing the usage for -h, 2 after a bad
// flag. Its messages never quote a flag's value, which may be a person's.
func (e *env) parse(fs *flag.FlagSet, args []string) (bool, int) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return true, exitOK
	case errors.Is(err, flag.ErrHelp):
		return false, e.finish(exitOK, func(w io.Writer) { e.printUsage(w, fs) })
	}
	msg := err.Error()
	switch {
	case invalidValue.MatchString(msg):
		msg = "invalid value for " + invalidValue.FindStringSubmatch(msg)[1]
	case strings.HasPrefix(msg, "bad flag syntax"):
		msg = "bad flag syntax"
	case strings.HasPrefix(msg, "flag provided but not defined"):
		if e.redactUnknownFlagName {
			msg = "unknown flag"
		} else {
			msg = "unknown flag " + strings.TrimPrefix(msg, "flag provided but not defined: ")
		}
	case strings.HasPrefix(msg, "flag needs an argument"):
		msg = "flag needs a value: " + strings.TrimPrefix(msg, "flag needs an argument: ")
	}
	e.errorf("%s (run '%s -h' for usage)", msg, e.name)
	return false, exitUsage
}

// noArgs reports stray arguments as a usage error; it does not print them,
// since they may be part of a person's need typed without quotes.
func (e *env) noArgs(fs *flag.FlagSet) bool {
	if fs.NArg() == 0 {
		return true
	}
	e.errorf("%d stray argument(s) after the flags (run '%s -h' for usage)", fs.NArg(), e.name)
	return false
}

// open opens a file to read, "-" being standard input (once).
func (e *env) open(name string) (io.ReadCloser, error) {
	if name == "-" {
		if e.stdinUsed {
			return nil, errors.New("standard input (-) can be read only once")
		}
		e.stdinUsed = true
		return io.NopCloser(e.stdin), nil
	}
	return os.Open(name)
}

// finish writes a subcommand's output through a buffer and returns status,
// or exitUsage if writing failed (a full disk, a closed pipe), which it
// reports.
func (e *env) finish(status int, write func(w io.Writer)) int {
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	write(w)
	if err := w.Flush(); err != nil {
		e.errorf("writing output: %v", err)
		return exitUsage
	}
	return status
}

// output is a buffered standard output whose write error is checked once
// at the end with close.
type output struct {
	*bufio.Writer
	e *env
}

func (e *env) output() *output {
	return &output{Writer: bufio.NewWriterSize(e.stdout, 64<<10), e: e}
}

// close flushes the output and returns status, or exitUsage after
// reporting a write error.
func (o *output) close(status int) int {
	if err := o.Flush(); err != nil {
		o.e.errorf("writing output: %v", err)
		return exitUsage
	}
	return status
}
