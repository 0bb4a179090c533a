//go:build linux

package classify

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time used by the calling OS thread. Benchmarks
// use it, with the goroutine locked to its thread, to report throughput per
// CPU second beside wall-clock MB/s: on a shared machine the wall clock
// also counts the time other processes hold the core.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
