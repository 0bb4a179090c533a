//go:build amd64 || arm64 || 386 || ppc64le

package swar

import "unsafe"

// Load64 returns the eight bytes at p as a little-endian word. The caller
// guarantees that all eight are within one allocation. On this
// architecture (little-endian, unaligned loads allowed) it is one load.
func Load64(p unsafe.Pointer) uint64 { return *(*uint64)(p) }
