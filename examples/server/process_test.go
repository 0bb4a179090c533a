package main_test

// Tests of the server as a process: it starts on its embedded default,
// replicas on one PostgreSQL follow each other's writes, SIGTERM drains
// requests in flight, and a PostgreSQL restart under load gives 503s from
// which the service recovers by itself.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lmhserver")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "server")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const token = "process-test-token"

// proc is a running server process.
type proc struct {
	t    *testing.T
	cmd  *exec.Cmd
	url  string
	logs *bytes.Buffer
	mu   *sync.Mutex
	done chan error
}

// start runs the server with args and waits for the address it prints.
func start(t *testing.T, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"-addr", "127.0.0.1:0", "-token", token}, args...)...)
	cmd.Env = append(os.Environ(), "DATABASE_URL=", "LMH_TOKEN=")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: cmd, logs: &bytes.Buffer{}, mu: &sync.Mutex{}, done: make(chan error, 1)}
	cmd.Stderr = lockedWriter{p.mu, p.logs}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	lines := make(chan string, 4)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case line := <-lines:
		_, rest, ok := strings.Cut(line, "http://")
		addr, _, _ := strings.Cut(rest, " ")
		if !ok || addr == "" {
			t.Fatalf("first line %q names no address", line)
		}
		p.url = "http://" + addr
	case <-time.After(60 * time.Second):
		t.Fatalf("the server printed no address; stderr: %s", p.stderr())
	}
	go func() {
		for range lines {
		}
	}()
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func (p *proc) stderr() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.logs.String()
}

var client = &http.Client{Timeout: 10 * time.Second}

// call sends a request and returns the status and body; a transport
// error gives status 0.
func (p *proc) call(method, path string, body any, headers ...string) (int, http.Header, []byte) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, p.url+path, rd)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, []byte(err.Error())
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, b
}

func (p *proc) health() (version int64, offerings int) {
	_, _, b := p.call("GET", "/healthz", nil)
	var h struct {
		Version   int64 `json:"catalogue_version"`
		Offerings int   `json:"offerings"`
	}
	json.Unmarshal(b, &h)
	return h.Version, h.Offerings
}

// matches reports whether the replica's matcher holds the offering: explain
// answers 200 for an offering of its snapshot and 404 otherwise.
func (p *proc) matches(id uuid.UUID) bool {
	s, _, _ := p.call("POST", "/api/explain", map[string]any{"need": map[string]any{}, "offering_id": id.String()})
	return s == 200
}

func TestStartsOnSQLiteWithTheSample(t *testing.T) {
	p := start(t, "-db", filepath.Join(t.TempDir(), "lmhkit.db"))
	if _, n := p.health(); n != len(lmh.SampleCatalogue()) {
		t.Fatalf("%d offerings; want the sample's %d", n, len(lmh.SampleCatalogue()))
	}
	if status, _, _ := p.call("POST", "/api/match", map[string]any{"need": map[string]any{"roles": []string{"next_of_kin"}}}); status != 200 {
		t.Fatalf("match: %d", status)
	}
}

// TestReplicasFollowEachOther: two processes on one PostgreSQL schema; a
// write on either is matched on the other within a second.
func TestReplicasFollowEachOther(t *testing.T) {
	if !hasPostgres(t) {
		return
	}
	url := testdb.Postgres(t)
	a := start(t, "-db", url)
	b := start(t, "-db", url)
	if _, n := b.health(); n != len(lmh.SampleCatalogue()) {
		t.Fatalf("replica b has %d offerings; the two replicas must seed once", n)
	}
	o := lmh.SampleCatalogue()[5].Clone()
	o.ID = uuid.New()
	o.Name = "Replikert kurs"
	for i, pair := range [][2]*proc{{a, b}, {b, a}} {
		writer, reader := pair[0], pair[1]
		o.ID = uuid.New()
		t0 := time.Now()
		status, _, body := writer.call("POST", "/api/offerings", o, "Authorization", "Bearer "+token)
		if status != 201 {
			t.Fatalf("POST: %d %s", status, body)
		}
		for !reader.matches(o.ID) {
			if time.Since(t0) > time.Second {
				t.Fatalf("write %d: not matched on the other replica after a second", i)
			}
			time.Sleep(5 * time.Millisecond)
		}
		t.Logf("write %d matched on the other replica after %v", i, time.Since(t0).Round(time.Millisecond))
	}
	// A deletion travels too.
	_, h, _ := a.call("GET", "/api/offerings/"+o.ID.String(), nil)
	if s, _, _ := b.call("DELETE", "/api/offerings/"+o.ID.String(), nil, "Authorization", "Bearer "+token, "If-Match", h.Get("ETag")); s != 204 {
		t.Fatalf("DELETE: %d", s)
	}
	t0 := time.Now()
	for a.matches(o.ID) {
		if time.Since(t0) > time.Second {
			t.Fatal("deletion not seen on the other replica after a second")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func hasPostgres(t *testing.T) bool {
	for _, b := range testdb.Backends(t) {
		if b.Name == "postgres" {
			return true
		}
	}
	t.Skip("PostgreSQL cannot be reached")
	return false
}

// TestSIGTERMDrains: a request whose body is still arriving when SIGTERM
// comes is answered, then the process exits cleanly.
func TestSIGTERMDrains(t *testing.T) {
	p := start(t, "-db", filepath.Join(t.TempDir(), "lmhkit.db"))
	body := `{"need": {"roles": ["next_of_kin"], "conditions": ["dementia"]}, "within": "national"}`
	conn, err := net.Dial("tcp", strings.TrimPrefix(p.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:20])
	time.Sleep(200 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if _, err := net.DialTimeout("tcp", strings.TrimPrefix(p.url, "http://"), time.Second); err == nil {
		t.Error("the server still accepts connections after SIGTERM")
	}
	io.WriteString(conn, body[20:])
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight got no answer: %v", err)
	}
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !bytes.Contains(b, []byte(`"results"`)) {
		t.Fatalf("the request in flight: %d %s", res.StatusCode, b)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Fatalf("exit: %v; stderr %s", err, p.stderr())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not exit after draining")
	}
}

var _ = context.Background

// TestCommandLine: -h prints the flags on standard output and exits 0; a
// bad flag or a stray argument is a usage error, exit 2, and the server
// does not start.
func TestCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		status int
		stdout string
		stderr string
	}{
		{[]string{"-h"}, 0, "-addr", ""},
		{[]string{"-no-such-flag"}, 2, "", "flag provided but not defined: -no-such-flag"},
		{[]string{"-db", filepath.Join(t.TempDir(), "x.db"), "stray"}, 2, "", "1 stray argument(s)"},
		// The usage cannot be written (a full disk): exit 2, said; it
		// exited 0 before.
		{[]string{"-h"}, 2, "/dev/full", "no space left on device"},
		// Bad values are usage errors before the database is opened: -seed
		// exited 1 after creating the database, -poll 0 panicked.
		{[]string{"-db", filepath.Join(t.TempDir(), "seed.db"), "-seed", "bogus"}, 2, "", "-seed"},
		{[]string{"-db", filepath.Join(t.TempDir(), "poll.db"), "-poll", "0"}, 2, "", "-poll"},
		{[]string{"-db", filepath.Join(t.TempDir(), "drain.db"), "-drain", "-1s"}, 2, "", "-drain"},
		{[]string{"-db", filepath.Join(t.TempDir(), "synthetic.db"), "-synthetic", "-3"}, 2, "", "-synthetic"},
		{[]string{"-db", filepath.Join(t.TempDir(), "addr.db"), "-addr", "127.0.0.1:99999"}, 2, "", "-addr"}, // exited 1 after seeding the database
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, binary, tc.args...)
		cmd.Env = append(os.Environ(), "DATABASE_URL=", "LMH_TOKEN=", "LMH_ADDR=127.0.0.1:0")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if tc.stdout == "/dev/full" {
			full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				cancel()
				continue // no /dev/full here
			}
			defer full.Close()
			cmd.Stdout, tc.stdout = full, ""
		}
		err := cmd.Run()
		cancel()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if status != tc.status || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("%v: status %d, stdout %q, stderr %q; want %d, %q in stdout, %q in stderr",
				tc.args, status, stdout.String(), stderr.String(), tc.status, tc.stdout, tc.stderr)
		}
		if tc.status == 2 && len(tc.args) > 1 && tc.args[0] == "-db" {
			if _, err := os.Stat(tc.args[1]); err == nil {
				t.Errorf("%v: the database %s was created", tc.args, tc.args[1])
			}
		}
	}
}
