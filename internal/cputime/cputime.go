// Package cputime reads the CPU time of the calling OS thread, for
// benchmarks that report throughput per CPU second beside the wall
// clock: on a shared machine the wall clock also counts the time other
// processes hold the core. A benchmark locks its goroutine to its thread
// (runtime.LockOSThread) and reads Thread before and after its loop.
package cputime

import "time"

// Thread returns the CPU time the calling OS thread has used, user and
// system, and whether the platform can tell it (Linux can; elsewhere it
// returns 0, false and the caller reports wall-clock figures only).
//
// On Linux it is clock_gettime(CLOCK_THREAD_CPUTIME_ID), which the kernel
// brings up to date when it is read. getrusage(RUSAGE_THREAD), read
// before, moves only at scheduler ticks, so spans of a few milliseconds
// came out quantised and biased (docs/performance.md, "Sixth pass").
func Thread() (time.Duration, bool) { return thread() }
