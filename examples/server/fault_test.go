package main_test

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
)

// cluster is a PostgreSQL server of the test's own, so that restarting it
// disturbs nobody else's. It needs the Debian postgresql binaries and root
// (to run them as the postgres user).
type cluster struct {
	t         *testing.T
	bin, dir  string
	port      int
	runAsUser []string
}

func newCluster(t *testing.T) *cluster {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	_, errUser := exec.LookPath("runuser")
	if len(bins) == 0 || os.Geteuid() != 0 || errUser != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs the postgresql binaries and root for the restart test")
		}
		t.Skip("needs /usr/lib/postgresql/*/bin and root")
	}
	dir, err := os.MkdirTemp("/tmp", "lmhpg")
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, bin: filepath.Dir(bins[len(bins)-1]), dir: dir, runAsUser: []string{"runuser", "-u", "postgres", "--"}}
	c.run("chown", "postgres", dir)
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	c.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	c.pg("initdb", "-D", filepath.Join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync")
	c.start()
	t.Cleanup(func() {
		exec.Command(c.runAsUser[0], append(c.runAsUser[1:], filepath.Join(c.bin, "pg_ctl"), "-D", filepath.Join(dir, "data"), "stop", "-m", "immediate", "-w")...).Run()
		os.RemoveAll(dir)
	})
	return c
}

func (c *cluster) run(name string, args ...string) {
	c.t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		c.t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func (c *cluster) pg(tool string, args ...string) {
	c.t.Helper()
	c.run(c.runAsUser[0], append(append(c.runAsUser[1:], filepath.Join(c.bin, tool)), args...)...)
}

func (c *cluster) start() {
	c.pg("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-l", filepath.Join(c.dir, "log"), "-w", "start",
		"-o", fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", c.port, c.dir))
}

func (c *cluster) stop() {
	c.pg("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-w", "stop", "-m", "fast")
}

func (c *cluster) url() string {
	return "postgres://postgres@127.0.0.1:" + strconv.Itoa(c.port) + "/postgres?sslmode=disable"
}

// TestPostgresRestartUnderLoad: while clients read, write and match, the
// database stops for two seconds and starts again. Reads and writes that
// need it get 503 (never a 500 or a dropped connection); matching, served
// from memory, goes on; afterwards the service works again by itself, and
// a write is matched within a second once more.
func TestPostgresRestartUnderLoad(t *testing.T) {
	c := newCluster(t)
	p := start(t, "-db", c.url())
	var (
		stop     atomic.Bool
		mu       sync.Mutex
		statuses = map[string]map[int]int{}
		wg       sync.WaitGroup
	)
	record := func(kind string, status int) {
		mu.Lock()
		defer mu.Unlock()
		if statuses[kind] == nil {
			statuses[kind] = map[int]int{}
		}
		statuses[kind][status]++
	}
	sample := lmh.SampleCatalogue()
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				switch w % 3 {
				case 0:
					s, _, _ := p.call("GET", "/api/offerings?limit=5", nil)
					record("read", s)
				case 1:
					o := sample[i%len(sample)].Clone()
					o.ID = uuid.New()
					s, _, _ := p.call("POST", "/api/offerings", o, "Authorization", "Bearer "+token)
					record("write", s)
				case 2:
					s, _, _ := p.call("POST", "/api/match", map[string]any{"need": map[string]any{"roles": []string{"patient"}}, "within": "national"})
					record("match", s)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}()
	}
	time.Sleep(time.Second)
	c.stop()
	time.Sleep(2 * time.Second)
	c.start()
	// Recovery: a write goes through within 10 s of the restart.
	t0 := time.Now()
	var id uuid.UUID
	for {
		o := sample[0].Clone()
		o.ID = uuid.New()
		if s, _, _ := p.call("POST", "/api/offerings", o, "Authorization", "Bearer "+token); s == 201 {
			id = o.ID
			break
		}
		if time.Since(t0) > 10*time.Second {
			t.Fatalf("no write succeeded within 10 s of the restart; stderr: %s", p.stderr())
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("writes work again %v after the restart", time.Since(t0).Round(time.Millisecond))
	time.Sleep(time.Second)
	stop.Store(true)
	wg.Wait()
	if !p.matches(id) {
		t.Errorf("the write after the restart is not matched; stderr: %.3000s", grepNotRequest(p.stderr()))
	}

	mu.Lock()
	defer mu.Unlock()
	t.Logf("statuses by kind: %v", statuses)
	for kind, byStatus := range statuses {
		for s, n := range byStatus {
			ok := s == 200 || s == 201 || (s == 503 && kind != "match")
			if !ok {
				t.Errorf("%s: %d answers with status %d", kind, n, s)
			}
		}
	}
	if statuses["read"][503]+statuses["write"][503] == 0 {
		t.Error("no 503 while the database was down: the outage was not seen")
	}
	if statuses["match"][200] == 0 || statuses["read"][200] == 0 || statuses["write"][201] == 0 {
		t.Error("some kind of request never succeeded")
	}

	// The listener reconnected: a write by another process is matched
	// within a second.
	q := start(t, "-db", c.url())
	o := sample[1].Clone()
	o.ID = uuid.New()
	if s, _, b := q.call("POST", "/api/offerings", o, "Authorization", "Bearer "+token); s != 201 {
		t.Fatalf("POST on a second replica: %d %s", s, b)
	}
	t1 := time.Now()
	for !p.matches(o.ID) {
		if time.Since(t1) > time.Second {
			t.Fatal("after the restart, another replica's write is not matched within a second")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// grepNotRequest returns the log lines other than the per-request ones.
func grepNotRequest(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, `"msg":"request"`) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
