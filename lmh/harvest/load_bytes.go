//go:build !(amd64 || arm64 || 386 || ppc64le)

package harvest

import (
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/swar"
)

// load64 returns b[j:j+8] as a little-endian word, with no bounds check:
// the caller guarantees 0 <= j and j+8 <= len(b). On this architecture
// (big-endian, or one where an unaligned word load may fault)
// swar.Load64 reads it a byte at a time.
func load64(b []byte, j int) uint64 {
	return swar.Load64(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), j))
}
