package harvest

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
)

// AppendJSONString appends s as a JSON string the way the Encoder writes
// every string (see appendStringBody), so that another runner writing
// records beside the Encoder's writes identical bytes. It is safe for
// concurrent use.
func AppendJSONString(dst []byte, s string) []byte { return appendString(dst, s) }

// appendString appends s as a JSON string. A string of 4 to 32 bytes with
// no byte that needs a look (see stopBytes), such as most ids and member
// names, is checked and copied as up to four words, the last of which
// overlaps the one before.
func appendString(b []byte, s string) []byte {
	if n := len(s); n >= 8 && n <= 32 {
		w0, w1, w2, w3 := le64(s), le64(s[n-8:]), uint64(0), uint64(0)
		m := stopBytes(w0) | stopBytes(w1)
		if n > 16 {
			w2 = le64(s[8:])
			m |= stopBytes(w2)
			if n > 24 {
				w3 = le64(s[16:])
				m |= stopBytes(w3)
			}
		}
		if m == 0 {
			if cap(b)-len(b) < n+2 {
				b = slices.Grow(b, n+2)
			}
			k := len(b)
			buf := b[k : k+n+2]
			buf[0] = '"'
			binary.LittleEndian.PutUint64(buf[1:9], w0)
			if n > 16 {
				binary.LittleEndian.PutUint64(buf[9:17], w2)
				if n > 24 {
					binary.LittleEndian.PutUint64(buf[17:25], w3)
				}
			}
			binary.LittleEndian.PutUint64(buf[n-7:n+1], w1)
			buf[n+1] = '"'
			return b[:k+n+2]
		}
	} else if n >= 4 && n < 8 {
		if w0, w1 := le32(s), le32(s[n-4:]); stopBytes(uint64(w0)|uint64(w1)<<32) == 0 {
			if cap(b)-len(b) < n+2 {
				b = slices.Grow(b, n+2)
			}
			m := len(b)
			buf := b[m : m+n+2]
			buf[0] = '"'
			binary.LittleEndian.PutUint32(buf[1:5], w0)
			binary.LittleEndian.PutUint32(buf[n-3:n+1], w1)
			buf[n+1] = '"'
			return b[:m+n+2]
		}
	}
	b = append(b, '"')
	b = appendStringBody(b, s)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// appendStringBody appends s as the inside of a JSON string, as
// encoding/json does with HTML escaping off, but for \b and \f, which are
// written \u0008 and \u000c: invalid UTF-8 becomes U+FFFD; U+2028 and
// U+2029 are escaped so the line stays valid JavaScript too; <, > and &
// are not escaped. It skips eight bytes at a time over what needs no
// escaping and copies runs of such bytes whole.
func appendStringBody(b []byte, s string) []byte {
	start, i := 0, 0
	for {
		if i+8 <= len(s) {
			m := stopBytes(le64(s[i:]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else {
			for i < len(s) && !isStop[s[i]] {
				i++
			}
			if i == len(s) {
				return append(b, s[start:]...)
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 { // two bytes, as æ, ø and å
				i += 2
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			default:
				i += size
				continue
			}
			i += size
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		i++
		start = i
	}
}

// twoDigits holds "00" to "99".
const twoDigits = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" +
	"30313233343536373839" + "40414243444546474849" + "50515253545556575859" + "60616263646566676869" +
	"70717273747576777879" + "80818283848586878889" + "90919293949596979899"

// appendInt appends v in decimal, as strconv.AppendInt does, without its
// division loop for the offsets below 10,000 that most records have.
func appendInt(b []byte, v int) []byte {
	switch {
	case v < 0 || v >= 10000:
		return strconv.AppendInt(b, int64(v), 10)
	case v < 10:
		return append(b, byte('0'+v))
	case v < 100:
		return append(b, twoDigits[2*v], twoDigits[2*v+1])
	case v < 1000:
		lo := v % 100
		return append(b, byte('0'+v/100), twoDigits[2*lo], twoDigits[2*lo+1])
	}
	hi, lo := v/100, v%100
	return append(b, twoDigits[2*hi], twoDigits[2*hi+1], twoDigits[2*lo], twoDigits[2*lo+1])
}

// le32 reads the first four bytes of s as a little-endian word (one load).
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 reads the first eight bytes of s as a little-endian word (one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
