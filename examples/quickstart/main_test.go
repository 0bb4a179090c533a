package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

// dates matches the dates the tour prints (in Norwegian and English forms).
var dates = regexp.MustCompile(`\d{1,2}\. [a-zæøå]+ \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}`)

// TestTourStaysCurrent: the tour prints the same, apart from the dates, on
// days years apart — the sample catalogue is laid out around the day, so
// the headline match never expires (issue 11, item 5).
func TestTourStaysCurrent(t *testing.T) {
	var want string
	for i, day := range []string{"2027-01-11", "2027-05-20", "2030-02-28", "2035-12-31"} {
		var buf bytes.Buffer
		if err := run(&buf, lmh.MustParseDate(day)); err != nil {
			t.Fatalf("%s: %v", day, err)
		}
		got := dates.ReplaceAllString(buf.String(), "<date>")
		if !bytes.Contains(buf.Bytes(), []byte("1. ")) {
			t.Fatalf("%s: no match printed:\n%s", day, buf.String())
		}
		if i == 0 {
			want = got
			continue
		}
		if got != want {
			t.Errorf("%s: the tour differs from 2027-01-11's beyond its dates:\n%s\n---\n%s", day, got, want)
		}
	}
}

// TestTourNamesUnstatedFacets: a facet the listing gives no evidence for
// reads "(not stated)", not an empty gap after its name ("delivery " at
// the end of a line, before).
func TestTourNamesUnstatedFacets(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, lmh.SampleDay); err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`(?m)\b(concept|format|arena|delivery) (;|$)`).FindString(buf.String()); m != "" {
		t.Errorf("the classification prints %q: a facet without a value", m)
	}
}

// TestWriteError: a failed write is an error, not a silent success.
func TestWriteError(t *testing.T) {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer f.Close()
	if err := run(f, lmh.SampleDay); err == nil {
		t.Error("writing to /dev/full succeeded")
	}
}

// TestUsageWriteError: -h whose usage cannot be written (a full disk)
// reports it and exits 2, as lmhkit does; before, it exited 0.
func TestUsageWriteError(t *testing.T) {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer f.Close()
	var stderr strings.Builder
	status, done := parseArgs([]string{"-h"}, f, &stderr)
	if status != 2 || !done || !strings.HasPrefix(stderr.String(), "quickstart: ") {
		t.Errorf("-h > /dev/full: status %d, done %v, stderr %q; want 2, true and a message", status, done, stderr.String())
	}
}

// TestArgs: -h prints the usage and exits 0; a flag or an argument is a
// usage error, exit 2; no arguments run the tour.
func TestArgs(t *testing.T) {
	for _, tc := range []struct {
		args         []string
		status       int
		done         bool
		stdout, errs string
	}{
		{nil, 0, false, "", ""},
		{[]string{"-h"}, 0, true, "usage: quickstart", ""},
		{[]string{"-bogus"}, 2, true, "", "flag provided but not defined: -bogus"},
		{[]string{"extra"}, 2, true, "", "takes no arguments"},
	} {
		var stdout, stderr strings.Builder
		status, done := parseArgs(tc.args, &stdout, &stderr)
		if status != tc.status || done != tc.done || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.errs) ||
			(tc.stdout == "" && stdout.Len() > 0) || (tc.errs == "" && stderr.Len() > 0) {
			t.Errorf("%q: %d %v, stdout %q, stderr %q", tc.args, status, done, stdout.String(), stderr.String())
		}
	}
}
