package swar

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// TestLoad64 checks the word load against encoding/binary at every offset
// of a buffer, so an unaligned load is checked too, and the byte-wise
// form the other architectures use against the same.
func TestLoad64(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 64)
	for i := range buf {
		buf[i] = byte(r.Uint32())
	}
	for off := 0; off+8 <= len(buf); off++ {
		want := binary.LittleEndian.Uint64(buf[off:])
		p := unsafe.Pointer(&buf[off])
		if got := Load64(p); got != want {
			t.Errorf("Load64 at %d = %#x, want %#x", off, got, want)
		}
		if got := loadBytes(p); got != want {
			t.Errorf("loadBytes at %d = %#x, want %#x", off, got, want)
		}
	}
}

// TestLowerASCII checks every byte value in every lane against
// bytes.ToLower's ASCII rule.
func TestLowerASCII(t *testing.T) {
	for lane := 0; lane < 8; lane++ {
		for b := 0; b < 256; b++ {
			var in [8]byte
			for i := range in {
				in[i] = 'Q'
			}
			in[lane] = byte(b)
			want := make([]byte, 8)
			for i, c := range in {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				want[i] = c
			}
			var got [8]byte
			binary.LittleEndian.PutUint64(got[:], LowerASCII(binary.LittleEndian.Uint64(in[:])))
			if !bytes.Equal(got[:], want) {
				t.Fatalf("LowerASCII(% x) = % x, want % x", in, got, want)
			}
		}
	}
}
