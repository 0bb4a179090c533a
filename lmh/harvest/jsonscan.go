package harvest

import (
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The JSON scanner: as strict as encoding/json, and inside strings as
// strict about UTF-8 as the reader, in one pass over the bytes. Each scan
// function returns the index just past what it scanned, or -1 if the input
// is not valid JSON there.

// maxDepth is encoding/json's nesting limit.
const maxDepth = 10000

// skipWS returns the index of the first byte at or after i that is not JSON
// white space.
func skipWS(b []byte, i int) int {
	for i < len(b) && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// scanValue scans one JSON value at i (no leading white space). It is
// one loop of states joined by goto, with no call on the common path: it
// keeps the kinds of the open containers in a word of bits rather than
// recursing, reads strings eight bytes at a time up to their first byte
// that needs a look (only a string with an escape, non-ASCII or a control
// byte, or one that ends within eight bytes of the end of b, goes to
// scanString), and takes the common separators (a comma or a colon, then
// at most one space) in a step each, looking for other white space only
// where a byte of it is found. So a value costs about as much as its
// bytes and tokens.
func scanValue(b []byte, i int) int {
	if uint(i) >= uint(len(b)) {
		return -1
	}
	if c := b[i]; c != '{' && c != '[' {
		return scanScalar(b, i)
	}
	var (
		c        byte
		j, k     int
		x        uint64
		obj      bool
		inObject bool // whether the innermost open container is an object
		open     containers
	)
	c = b[i]
open: // the container c opens at i
	if open.depth >= maxDepth-1 { // the record is the first level
		return -1
	}
	obj = c == '{'
	if i++; uint(i) < uint(len(b)) && b[i] <= ' ' {
		i = skipWS(b, i)
	}
	if uint(i) < uint(len(b)) && b[i] == c+2 { // '{'+2 is '}', '['+2 is ']'
		i++ // empty
		if open.depth == 0 {
			return i
		}
		goto after
	}
	if open.depth >= 64 {
		open.pushDeep()
	}
	open.objects = open.objects<<1 | b2u(obj)
	open.depth++
	if inObject = obj; obj {
		goto name
	}
value: // a value at i, in a container
	if uint(i) >= uint(len(b)) {
		return -1
	}
	if c = b[i]; c == '"' {
		goto str
	}
	if c == '{' || c == '[' {
		goto open
	}
	if i = scanScalar(b, i); i < 0 {
		return -1
	}
	goto after
str: // a string value at i
	for j = i + 1; j+8 <= len(b); j += 8 {
		if x = load64(b, j); stopBytes(x) != 0 { // j+8 <= len(b); one line: see inlining marks at load64
			if k = j + bits.TrailingZeros64(stopBytes(x))>>3; byteAt(b, k) == '"' { // k < j+8
				i = k + 1
				goto after
			}
			break
		}
	}
	if i, _ = scanString(b, i); i < 0 {
		return -1
	}
after: // a value has ended at i, in a container: the next value, or closes
	if i+8 <= len(b) { // a comma, at most one space and a string, in one step
		if x = load64(b, i); x&0xFFFF == ','|'"'<<8 {
			i++
			goto next
		} else if x&0xFFFFFF == ','|' '<<8|'"'<<16 {
			i += 2
			goto next
		}
	}
	if uint(i) >= uint(len(b)) {
		return -1
	}
	if c = b[i]; c == ',' {
		if i++; uint(i) < uint(len(b)) && b[i] == ' ' {
			i++
		}
		if uint(i) < uint(len(b)) && b[i] <= ' ' {
			i = skipWS(b, i)
		}
		if inObject {
			goto name
		}
		goto value
	}
	if c <= ' ' {
		if i = skipWS(b, i); i >= len(b) {
			return -1
		}
		c = b[i]
		if c == ',' {
			goto after
		}
	}
	if (c != '}' || !inObject) && (c != ']' || inObject) {
		return -1
	}
	i++
	if open.depth--; open.depth == 0 {
		return i
	}
	if open.objects >>= 1; open.depth >= 64 {
		open.popDeep()
	}
	inObject = open.objects&1 != 0
	goto after
next: // a string at i after a comma: a member's name or a value
	if !inObject {
		goto str
	}
	goto nameString
name: // the name of a member at i, a colon and its value
	if uint(i) >= uint(len(b)) || b[i] != '"' {
		return -1
	}
nameString:
	for j = i + 1; j+8 <= len(b); j += 8 {
		if x = load64(b, j); stopBytes(x) != 0 { // j+8 <= len(b); one line: see inlining marks at load64
			if k = j + bits.TrailingZeros64(stopBytes(x))>>3; byteAt(b, k) == '"' { // k < j+8
				i = k + 1
				goto colon
			}
			break
		}
	}
	if i, _ = scanString(b, i); i < 0 {
		return -1
	}
colon:
	if i+8 <= len(b) { // a colon, at most one space and a string, in one step
		if x = load64(b, i); x&0xFFFF == ':'|'"'<<8 {
			i++
			goto str
		} else if x&0xFFFFFF == ':'|' '<<8|'"'<<16 {
			i += 2
			goto str
		} else if x&0xFFFF == ':'|' '<<8 && byte(x>>16) > ' ' {
			i += 2 // a colon, one space and another value
			goto value
		}
	}
	if uint(i) < uint(len(b)) && b[i] == ':' {
		i++
	} else if i = skipWS(b, i); i < len(b) && b[i] == ':' {
		i++
	} else {
		return -1
	}
	if uint(i) < uint(len(b)) && b[i] == ' ' {
		i++
	}
	if uint(i) < uint(len(b)) && b[i] <= ' ' {
		i = skipWS(b, i)
	}
	goto value
}

// scanScalar scans the string, number or literal at i (b[i] is its first
// byte).
func scanScalar(b []byte, i int) int {
	switch b[i] {
	case '"':
		i, _ = scanString(b, i)
		return i
	case 't':
		return scanLiteral(b, i, "true")
	case 'f':
		return scanLiteral(b, i, "false")
	case 'n':
		return scanLiteral(b, i, "null")
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return scanNumber(b, i)
	}
	return -1
}

// containers is a stack of the kinds of the open containers of a value:
// scanValue pushes a container by shifting objects left and pops one by
// shifting it right, so that the innermost is always its bit 0.
type containers struct {
	depth int
	// objects has bit k set when the kth innermost open container (k <
	// 64) is an object.
	objects uint64
	// deeper holds the kinds of the containers shifted out of objects,
	// the outermost first, 64 a word: bit d%64 of word d/64 is that of
	// container d, counting from the outermost.
	deeper []uint64
}

// pushDeep keeps the kind of the outermost container in objects (its bit
// 63) before a push shifts it out: for a push at depth 64 or more.
func (s *containers) pushDeep() {
	d := s.depth - 64
	if d/64 == len(s.deeper) {
		s.deeper = append(s.deeper, 0)
	}
	w := &s.deeper[d/64]
	*w = *w&^(1<<(d%64)) | (s.objects>>63)<<(d%64)
}

// popDeep puts back into objects (as its bit 63) the kind of the
// container that pushDeep kept, once a pop has shifted objects right and
// left depth at 64 or more.
func (s *containers) popDeep() {
	d := s.depth - 64
	s.objects |= (s.deeper[d/64] >> (d % 64) & 1) << 63
}

// shortStringEnd returns the end of the string at i (b[i] is '"') when it
// closes within the next eight bytes with no byte before the quote that
// needs a look, and 0 otherwise.
func shortStringEnd(b []byte, i int) int {
	if i+9 > len(b) {
		return 0
	}
	m := stopBytes(load64(b, i+1))
	if k := i + 1 + bits.TrailingZeros64(m)>>3; k < len(b) && b[k] == '"' {
		return k + 1
	}
	return 0
}

func b2u(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

func scanLiteral(b []byte, i int, lit string) int {
	if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
		return i + len(lit)
	}
	return -1
}

// scanNumber scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func scanNumber(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		j := digits(b, i+1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(b, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digits(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// byteAt returns b[k] with no bounds check: the caller guarantees 0 <= k
// < len(b).
func byteAt(b []byte, k int) byte {
	return *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), k))
}

// Words of eight bytes, for looking at a string eight bytes at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// stopBytes marks, in the high bit of each byte of the result, the bytes of
// x that a string scan must look at: below 0x20, the quote, the backslash,
// and non-ASCII. Only the lowest marked byte is sure to be one of them,
// which is all the scan needs: a lane is marked when subtracting borrows
// from it, and the first lane to borrow is one of them. Control bytes and
// the quote are found by one subtraction: with bit 1 flipped, the quote
// (0x22) becomes 0x20 and a control byte stays below 0x20, while every
// other ASCII byte from 0x20 on becomes 0x21 or more.
func stopBytes(x uint64) uint64 {
	return stopBits(x) & highs
}

// stopBits is stopBytes before its mask: the marks are its high bits, so
// the words of a block may be tested together, (stopBits(x0) |
// stopBits(x1)) & highs, with one mask for all.
func stopBits(x uint64) uint64 {
	return ((x ^ ones*0x02) - ones*0x21) | ((x ^ ones*'\\') - ones) | x
}

// isStop is stopBytes for one byte.
var isStop = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf
	}
	return t
}()

// scanString scans a string at i (b[i] is '"'): no control characters,
// valid escapes and valid UTF-8. It also reports whether the string has
// escapes. It skips eight bytes at a time to the next byte that needs a
// look.
func scanString(b []byte, i int) (end int, escaped bool) {
	j := i + 1
	for {
		for ; j+16 <= len(b); j += 16 {
			if x0, x1 := load64(b, j), load64(b, j+8); (stopBits(x0)|stopBits(x1))&highs != 0 { // one line: see inlining marks at load64
				if m := stopBytes(x0); m != 0 {
					j += bits.TrailingZeros64(m) >> 3
				} else {
					j += 8 + bits.TrailingZeros64(stopBytes(x1))>>3
				}
				goto look
			}
		}
		if j+8 <= len(b) {
			if m := stopBytes(load64(b, j)); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				goto look
			}
			j += 8
		}
		for j < len(b) && !isStop[b[j]] {
			j++
		}
		if j >= len(b) {
			return -1, escaped
		}
	look:
		switch c := b[j]; {
		case c == '"':
			return j + 1, escaped
		case c >= 0xC2 && c < 0xE0: // two bytes, as æ, ø and å
			if j+1 >= len(b) || b[j+1]&0xC0 != 0x80 {
				return -1, escaped
			}
			j += 2
		case c == '\\':
			escaped = true
			if j+1 >= len(b) {
				return -1, escaped
			}
			switch b[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(b) || !isHex(b[j+2]) || !isHex(b[j+3]) || !isHex(b[j+4]) || !isHex(b[j+5]) {
					return -1, escaped
				}
				j += 6
			default:
				return -1, escaped
			}
		case c < 0x20:
			return -1, escaped
		default:
			r, size := utf8.DecodeRune(b[j:])
			if r == utf8.RuneError && size == 1 {
				return -1, escaped
			}
			j += size
		}
	}
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// unquote returns the value of a valid JSON string token with escapes, as
// encoding/json reads it: a \u escape of half a surrogate pair that is not
// followed by the other half is U+FFFD.
func unquote(raw string) string {
	s := raw[1 : len(raw)-1]
	var sb strings.Builder
	sb.Grow(len(s))
	for {
		k := 0
		for k < len(s) && s[k] != '\\' {
			k++
		}
		sb.WriteString(s[:k])
		if k == len(s) {
			return sb.String()
		}
		s = s[k:] // s[0] is '\\'
		switch c := s[1]; c {
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'u':
			r := hex4(s[2:6])
			s = s[4:]
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if len(s) >= 8 && s[2] == '\\' && s[3] == 'u' {
					r2 = hex4(s[4:8])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					s = s[6:]
				} else {
					r = utf8.RuneError
				}
			}
			sb.WriteRune(r)
		default: // '"', '\\', '/'
			sb.WriteByte(c)
		}
		s = s[2:]
	}
}

// hex4 reads four hex digits (checked by the scanner, or by the caller).
func hex4(h string) rune {
	var r rune
	for _, c := range []byte(h[:4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}
