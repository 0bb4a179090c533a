// Package swar holds the word-at-a-time helpers the scanners share: eight
// bytes of text read as one little-endian word, and ASCII capitals folded
// in a word. The scanners build their patterns' words little-endian, so a
// word read here compares with them on every architecture.
package swar

import (
	"encoding/binary"
	"unsafe"
)

// LowerASCII maps the bytes 'A'–'Z' of x to lower case, eight at a time;
// every other byte is left as it is.
func LowerASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	t := x &^ (0x80 * ones)
	a := t + (0x80-'A')*ones   // high bit set where t >= 'A'
	z := t + (0x80-'Z'-1)*ones // high bit set where t > 'Z'
	upper := a &^ z &^ x & (0x80 * ones)
	return x | upper>>2
}

// loadBytes reads the eight bytes at p as a little-endian word, a byte at
// a time: right on any architecture, and what Load64 does where a word
// load cannot stand in for it.
func loadBytes(p unsafe.Pointer) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(p), 8))
}
