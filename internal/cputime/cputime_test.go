package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/internal/cputime"
)

// TestThreadCountsWork checks that the thread's CPU time moves with work
// done on the thread, by about the work's wall-clock length, and not
// while the thread sleeps; a clock that moved only at scheduler ticks
// (every 1–10 ms) would read a 2 ms spin as 0 or a whole tick.
func TestThreadCountsWork(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c0, ok := cputime.Thread()
	if !ok {
		t.Skip("no thread CPU clock on " + runtime.GOOS)
	}
	time.Sleep(20 * time.Millisecond)
	c1, _ := cputime.Thread()
	if slept := c1 - c0; slept > 5*time.Millisecond {
		t.Errorf("20 ms asleep counted %v of CPU time", slept)
	}
	// Spin 2 ms of wall clock, several times, and keep the closest: on a
	// shared machine another process may hold the core for part of a spin,
	// which lowers the CPU time but never raises it above the wall clock.
	best := time.Duration(-1)
	for range 20 {
		w0 := time.Now()
		c0, _ := cputime.Thread()
		for time.Since(w0) < 2*time.Millisecond {
		}
		c1, _ := cputime.Thread()
		wall := time.Since(w0)
		if used := c1 - c0; used > wall+100*time.Microsecond {
			t.Fatalf("%v of CPU time in %v of wall clock on one thread", used, wall)
		} else if used > best {
			best = used
		}
	}
	if best < 1500*time.Microsecond {
		t.Errorf("2 ms of spinning counted at most %v of CPU time", best)
	}
}
