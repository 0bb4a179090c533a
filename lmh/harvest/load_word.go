//go:build amd64 || arm64 || 386 || ppc64le

package harvest

import "unsafe"

// load64 returns b[j:j+8] as a little-endian word, with no bounds check:
// the caller guarantees 0 <= j and j+8 <= len(b). On this architecture
// (little-endian, unaligned loads allowed: the build constraint is
// internal/swar's for Load64) it is one load.
//
// Inlining marks: for every call it inlines, Go keeps a mark at the
// call's line, which costs a NOP where no instruction of the caller's own
// is on that line. load64 does the load itself rather than call
// swar.Load64, and the scanners' loops put a word's load and its test on
// one line, so that their inlined calls leave no NOP in the loops (about
// 330 instructions a record in decoding).
func load64(b []byte, j int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), j))
}
