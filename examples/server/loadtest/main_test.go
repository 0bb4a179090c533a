package main

import (
	"errors"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// TestCommandLine: -h prints the usage on the output; a stray argument, a
// value out of range or an address off this machine is a usage error
// (exit 2) before any request; a report that cannot be written is an
// error too. Before, stray arguments were ignored, -c 0 ran and failed
// with "no request completed" (exit 1), and a report written to a full
// disk exited 0.
func TestCommandLine(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			io.WriteString(w, `{"backend":"stub","offerings":1}`)
			return
		}
		io.WriteString(w, `{"catalogue_version":1,"results":[]}`)
	}))
	defer srv.Close()
	run1 := []string{"-url", srv.URL, "-c", "1", "-n", "3", "-d", "5s"}

	var out strings.Builder
	if err := run([]string{"-h"}, &out); !errors.Is(err, flag.ErrHelp) || !strings.HasPrefix(out.String(), "usage: loadtest") {
		t.Errorf("-h: %v, %q", err, out.String())
	}
	for _, args := range [][]string{
		{"-no-such-flag"},
		append(run1, "stray"),
		{"-url", srv.URL, "-c", "0"},
		{"-url", srv.URL, "-n", "0"},
		{"-url", srv.URL, "-d", "0s"},
		{"-url", srv.URL, "-writes", "NaN"},
		{"-url", srv.URL, "-writes", "-1"},
		{"-url", srv.URL, "-writes", "+Inf"},
		{"-url", "http://192.0.2.1:8080"},
	} {
		var ue usageError
		if err := run(args, io.Discard); !errors.As(err, &ue) {
			t.Errorf("%q: %v; want a usage error", args, err)
		}
	}
	out.Reset()
	if err := run(run1, &out); err != nil || !strings.Contains(out.String(), "stub over 1 offerings, 1 clients") {
		t.Errorf("a run: %v, %q", err, out.String())
	}

	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	for _, args := range [][]string{{"-h"}, run1, append(run1, "-json")} {
		var we writeError
		if err := run(args, full); !errors.As(err, &we) || !strings.Contains(err.Error(), "no space left on device") {
			t.Errorf("%q > /dev/full: %v; want the write error", args, err)
		}
	}
}
