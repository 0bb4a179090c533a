package main

import (
	"strconv"
	"unicode/utf8"
)

// appendJSONString appends s as a JSON string, as harvest's Encoder writes
// strings: invalid UTF-8 becomes U+FFFD, control characters, U+2028 and
// U+2029 are escaped, and <, > and & are not.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, "0123456789abcdef"[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendScore appends a score rounded to three decimals, as harvest's
// Encoder writes confidences.
func appendScore(b []byte, v float64) []byte {
	return strconv.AppendFloat(b, float64(int64(v*1000+0.5))/1000, 'f', -1, 64)
}
