//go:build !(amd64 || arm64 || 386 || ppc64le)

package swar

import "unsafe"

// Load64 returns the eight bytes at p as a little-endian word. The caller
// guarantees that all eight are within one allocation. On this
// architecture (big-endian, or one where an unaligned word load may
// fault) it reads them a byte at a time.
func Load64(p unsafe.Pointer) uint64 { return loadBytes(p) }
