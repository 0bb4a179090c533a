// Command loadtest drives POST /api/match of a running catalogue service
// from many concurrent clients for a bounded time and number of requests,
// optionally with a steady trickle of writes (PUT with If-Match), and
// reports throughput, latency percentiles and errors. It sends traffic only
// to the URL it is given; use a loopback address.
//
//	go run ./examples/server/loadtest -url http://127.0.0.1:8080 -c 64 -d 30s
//	go run ./examples/server/loadtest -url … -writes 1 -token $LMH_TOKEN
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

type report struct {
	URL         string  `json:"url"`
	Clients     int     `json:"clients"`
	Seconds     float64 `json:"seconds"`
	Requests    int     `json:"requests"`
	PerSecond   float64 `json:"requests_per_second"`
	P50ms       float64 `json:"p50_ms"`
	P90ms       float64 `json:"p90_ms"`
	P99ms       float64 `json:"p99_ms"`
	MaxMs       float64 `json:"max_ms"`
	Errors      int     `json:"errors"`
	Writes      int     `json:"writes"`
	WriteErrors int     `json:"write_errors"`
	Offerings   int     `json:"offerings"`
	Backend     string  `json:"backend"`
	// ServerCPUus and ClientCPUus are CPU time per match request, of the
	// server (with -server-pid) and of this load generator: a figure that
	// does not depend on how much of the machine others take.
	ServerCPUus float64 `json:"server_cpu_us_per_request,omitempty"`
	ClientCPUus float64 `json:"client_cpu_us_per_request"`
	LoadBefore  string  `json:"loadavg_before"`
	LoadAfter   string  `json:"loadavg_after"`
}

func main() {
	err := run(os.Args[1:], os.Stdout)
	var uerr usageError
	var werr writeError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.As(err, &werr):
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	case errors.As(err, &uerr):
		fmt.Fprintf(os.Stderr, "loadtest: %v (run 'loadtest -h' for usage)\n", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// usageError is a bad command line: exit status 2, as for lmhkit.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

// writeError is a report or usage that cannot be written (a full disk, a
// closed pipe): exit status 2, as for lmhkit.
type writeError struct{ err error }

func (e writeError) Error() string { return "writing output: " + e.err.Error() }

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	return strings.TrimSpace(string(b))
}

// run runs the load test with the arguments after the program name,
// writing the report (or the usage, for -h) to stdout.
func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the error is reported once, by main
	base := fs.String("url", "http://127.0.0.1:8080", "the service (a loopback address)")
	clients := fs.Int("c", 64, "concurrent clients")
	dur := fs.Duration("d", 30*time.Second, "how long to send (at most 10m)")
	maxReq := fs.Int("n", 5_000_000, "stop after this many requests")
	writes := fs.Float64("writes", 0, "writes (PUT with If-Match) per second alongside")
	token := fs.String("token", os.Getenv("LMH_TOKEN"), "bearer token for the writes")
	maxErrors := fs.Int("max-errors", -1, "exit 1 if more match requests than this fail (-1: never)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	serverPID := fs.Int("server-pid", 0, "the server's process id, to report its CPU time per request (Linux)")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		var usage strings.Builder
		usage.WriteString("usage: loadtest [flags]\n\nFlags:\n")
		fs.SetOutput(&usage)
		fs.PrintDefaults()
		if _, err := io.WriteString(stdout, usage.String()); err != nil {
			return writeError{err}
		}
		return err
	} else if err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("%d stray argument(s) after the flags", fs.NArg())}
	}
	u, err := url.Parse(*base)
	if err != nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost" && u.Hostname() != "::1") {
		return usageError{errors.New("-url must be a loopback address")}
	}
	if *dur <= 0 || *dur > 10*time.Minute {
		return usageError{errors.New("-d must be more than 0 and at most 10m")}
	}
	if *clients < 1 || *maxReq < 1 || !(*writes >= 0 && *writes <= 1e6) { // NaN fails both
		return usageError{errors.New("-c and -n must be at least 1, -writes a number from 0 to 1000000")}
	}
	tr := &http.Transport{MaxIdleConns: *clients * 2, MaxIdleConnsPerHost: *clients * 2, IdleConnTimeout: time.Minute}
	client := &http.Client{Transport: tr, Timeout: 5 * time.Second}

	var health struct {
		Backend   string `json:"backend"`
		Offerings int    `json:"offerings"`
	}
	if err := getJSON(client, *base+"/healthz", &health); err != nil {
		return fmt.Errorf("healthz: %w", err)
	}
	bodies := needs(1000)

	rep := report{URL: *base, Clients: *clients, Offerings: health.Offerings, Backend: health.Backend, LoadBefore: loadavg()}
	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	var (
		sent    atomic.Int64
		errs    atomic.Int64
		wg      sync.WaitGroup
		mu      sync.Mutex
		latency []time.Duration
	)
	srvCPU0 := procCPU(*serverPID)
	ownCPU0 := procCPU(os.Getpid())
	start := time.Now()
	for w := range *clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			for i := w; ctx.Err() == nil && sent.Add(1) <= int64(*maxReq); i++ {
				t0 := time.Now()
				ok := post(client, *base+"/api/match", bodies[i%len(bodies)])
				if ctx.Err() != nil && !ok {
					break // cut off by the end of the run, not a failure
				}
				mine = append(mine, time.Since(t0))
				if !ok {
					errs.Add(1)
				}
			}
			mu.Lock()
			latency = append(latency, mine...)
			mu.Unlock()
		}()
	}
	var wrote, wfail atomic.Int64
	if *writes > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			writeLoop(ctx, client, *base, *token, *writes, &wrote, &wfail)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if n := float64(len(latency)); n > 0 {
		rep.ClientCPUus = (procCPU(os.Getpid()) - ownCPU0).Seconds() * 1e6 / n
		if *serverPID > 0 {
			rep.ServerCPUus = (procCPU(*serverPID) - srvCPU0).Seconds() * 1e6 / n
		}
	}
	slices.Sort(latency)
	pct := func(p float64) float64 {
		if len(latency) == 0 {
			return 0
		}
		return float64(latency[min(len(latency)-1, int(p*float64(len(latency))))].Microseconds()) / 1000
	}
	rep.Seconds = elapsed.Seconds()
	rep.Requests = len(latency)
	rep.PerSecond = float64(len(latency)) / elapsed.Seconds()
	rep.P50ms, rep.P90ms, rep.P99ms = pct(0.50), pct(0.90), pct(0.99)
	if len(latency) > 0 {
		rep.MaxMs = float64(latency[len(latency)-1].Microseconds()) / 1000
	}
	rep.Errors = int(errs.Load())
	rep.Writes, rep.WriteErrors = int(wrote.Load()), int(wfail.Load())
	rep.LoadAfter = loadavg()
	var werr error
	if *asJSON {
		b, _ := json.MarshalIndent(rep, "", "  ")
		_, werr = fmt.Fprintln(stdout, string(b))
	} else {
		_, werr = fmt.Fprintf(stdout, "%s over %d offerings, %d clients, %.1f s: %d requests, %.0f req/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms, %d errors; %d writes (%d failed); CPU per request: server %.0f µs, load generator %.0f µs; loadavg before %s, after %s\n",
			rep.Backend, rep.Offerings, rep.Clients, rep.Seconds, rep.Requests, rep.PerSecond, rep.P50ms, rep.P90ms, rep.P99ms, rep.MaxMs,
			rep.Errors, rep.Writes, rep.WriteErrors, rep.ServerCPUus, rep.ClientCPUus, rep.LoadBefore, rep.LoadAfter)
	}
	if werr != nil {
		return writeError{werr}
	}
	if *maxErrors >= 0 && (rep.Errors > *maxErrors || rep.WriteErrors > *maxErrors) {
		return fmt.Errorf("%d match errors and %d write errors; at most %d allowed", rep.Errors, rep.WriteErrors, *maxErrors)
	}
	if rep.Requests == 0 {
		return errors.New("no request completed")
	}
	return nil
}

func getJSON(c *http.Client, u string, v any) error {
	res, err := c.Get(u)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return fmt.Errorf("status %d", res.StatusCode)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// post sends one match and reports whether it was answered 200 with results.
func post(c *http.Client, u string, body []byte) bool {
	res, err := c.Post(u, "application/json", bytes.NewReader(body))
	if err != nil {
		return false
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return err == nil && res.StatusCode == 200 && bytes.HasPrefix(b, []byte(`{"catalogue_version":`))
}

// needs makes n varied match requests, the same every run: roles, often an
// age and a condition, a municipality, sometimes a theme or a format.
func needs(n int) [][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	munis := geo.Municipalities()
	roles := []string{"patient", "user", "next_of_kin"}
	conds := taxonomy.All[taxonomy.Condition]()
	themes := taxonomy.All[taxonomy.Theme]()
	reaches := []string{"coverage", "county", "region", "national"}
	out := make([][]byte, n)
	for i := range out {
		need := map[string]any{"roles": []string{roles[r.IntN(3)]}, "municipality": munis[r.IntN(len(munis))].Number}
		if r.IntN(3) > 0 {
			need["age"] = 18 + r.IntN(70)
		}
		if r.IntN(4) > 0 {
			need["conditions"] = []string{conds[r.IntN(len(conds))].String()}
		}
		if r.IntN(3) == 0 {
			need["themes"] = []string{themes[r.IntN(len(themes))].String()}
		}
		if r.IntN(4) == 0 {
			need["format"] = []string{"group", "individual"}[r.IntN(2)]
		}
		b, _ := json.Marshal(map[string]any{"need": need, "limit": 10, "within": reaches[r.IntN(len(reaches))]})
		out[i] = b
	}
	return out
}

// writeLoop edits offerings at the given rate: GET for the ETag, then PUT
// with If-Match and the description changed.
func writeLoop(ctx context.Context, c *http.Client, base, token string, perSecond float64, wrote, failed *atomic.Int64) {
	var page struct {
		Items []json.RawMessage `json:"items"`
	}
	if err := getJSON(c, base+"/api/offerings?limit=100", &page); err != nil || len(page.Items) == 0 {
		failed.Add(1)
		return
	}
	tick := time.NewTicker(time.Duration(float64(time.Second) / perSecond))
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		var o map[string]any
		json.Unmarshal(page.Items[i%len(page.Items)], &o)
		id, _ := o["id"].(string)
		res, err := c.Get(base + "/api/offerings/" + id)
		if err != nil {
			failed.Add(1)
			continue
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		o["description"] = fmt.Sprintf("Endret av lasttesten, runde %d.", i)
		b, _ := json.Marshal(o)
		req, _ := http.NewRequestWithContext(ctx, "PUT", base+"/api/offerings/"+id, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("If-Match", res.Header.Get("ETag"))
		res, err = c.Do(req)
		if err != nil {
			if ctx.Err() == nil {
				failed.Add(1)
			}
			continue
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode == 200 {
			wrote.Add(1)
		} else {
			failed.Add(1)
		}
	}
}

// procCPU returns the user and system CPU time a process has used, from
// /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s); 0 when it
// cannot be read.
func procCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name may hold spaces; the fields start after its ')'.
	_, rest, ok := strings.Cut(string(b), ") ")
	if !ok {
		return 0
	}
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0
	}
	var utime, stime int64
	fmt.Sscan(f[11], &utime)
	fmt.Sscan(f[12], &stime)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
