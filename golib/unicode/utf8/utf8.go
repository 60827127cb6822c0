// Package utf8 encodes and decodes runes as UTF-8 (RFC 3629), as Go 1.19's
// package unicode/utf8 does. Ill-formed input never fails: each byte that
// does not begin a well-formed, shortest, non-surrogate encoding decodes as
// RuneError of width 1.
package utf8

const (
	RuneError = '\uFFFD'     // what an ill-formed encoding decodes to
	RuneSelf  = 0x80         // runes below this are one byte, themselves
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the longest encoding, in bytes
)

// The surrogate halves of UTF-16 are not runes UTF-8 may carry.
const (
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
)

// Limits of the shortest encodings: a rune above max1 needs two bytes, and
// so on.
const (
	max1 = 0x7F
	max2 = 0x7FF
	max3 = 0xFFFF
)

// contByte reports whether b is a continuation byte, 10xxxxxx.
func contByte(b byte) bool {
	return b&0xC0 == 0x80
}

// lead describes a lead byte: how many bytes its encoding takes (0 if b
// cannot lead one) and the range the second byte must fall in. The narrow
// ranges after E0, ED, F0 and F4 reject overlong forms, surrogates and
// runes past MaxRune at the second byte already.
func lead(b byte) (size int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes and the overlong C0, C1
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// The functions work on an encoding's first bytes, at most UTFMax, passed
// as values (zero past the end), so that the []byte and string forms
// share them without a closure, which would allocate.

// lead4 returns the first four bytes of p, zero past its end.
func lead4(p []byte) (b0, b1, b2, b3 byte) {
	switch {
	case len(p) >= 4:
		return p[0], p[1], p[2], p[3]
	case len(p) == 3:
		return p[0], p[1], p[2], 0
	case len(p) == 2:
		return p[0], p[1], 0, 0
	case len(p) == 1:
		return p[0], 0, 0, 0
	}
	return 0, 0, 0, 0
}

// lead4s is lead4 of a string.
func lead4s(s string) (b0, b1, b2, b3 byte) {
	switch {
	case len(s) >= 4:
		return s[0], s[1], s[2], s[3]
	case len(s) == 3:
		return s[0], s[1], s[2], 0
	case len(s) == 2:
		return s[0], s[1], 0, 0
	case len(s) == 1:
		return s[0], 0, 0, 0
	}
	return 0, 0, 0, 0
}

// decode is DecodeRune of the n bytes b0, b1, ... (at most four used).
func decode(n int, b0, b1, b2, b3 byte) (rune, int) {
	if n == 0 {
		return RuneError, 0
	}
	size, lo, hi := lead(b0)
	switch {
	case size == 1:
		return rune(b0), 1
	case size == 0 || n < size:
		return RuneError, 1
	}
	if b1 < lo || b1 > hi {
		return RuneError, 1
	}
	r := rune(b1 & 0x3F)
	if size > 2 {
		if !contByte(b2) {
			return RuneError, 1
		}
		r = r<<6 | rune(b2&0x3F)
	}
	if size > 3 {
		if !contByte(b3) {
			return RuneError, 1
		}
		r = r<<6 | rune(b3&0x3F)
	}
	// The lead byte keeps 7-size payload bits.
	r |= rune(b0&(0x7F>>uint(size))) << (6 * uint(size-1))
	return r, size
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes: (RuneError, 0) for an empty p, (RuneError, 1) for an
// ill-formed encoding.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	b0, b1, b2, b3 := lead4(p)
	return decode(len(p), b0, b1, b2, b3)
}

// DecodeRuneInString is DecodeRune of a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	b0, b1, b2, b3 := lead4s(s)
	return decode(len(s), b0, b1, b2, b3)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p, with DecodeRune's
// results for empty and ill-formed input. It backs up over at most
// UTFMax-1 continuation bytes to a possible start and accepts the rune
// found there only if its encoding ends exactly at the end.
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[n-1] < RuneSelf {
		return rune(p[n-1]), 1
	}
	start := n - 1
	for start > 0 && start > n-UTFMax && !RuneStart(p[start]) {
		start--
	}
	if r, size = DecodeRune(p[start:]); start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune of a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	start := n - 1
	for start > 0 && start > n-UTFMax && !RuneStart(s[start]) {
		start--
	}
	if r, size = DecodeRuneInString(s[start:]); start+size != n {
		return RuneError, 1
	}
	return r, size
}

// full is FullRune of the n bytes b0, b1, b2: an encoding is complete when
// all its bytes are there, or when a byte already present shows it to be
// ill-formed (it then decodes as one byte of RuneError).
func full(n int, b0, b1, b2 byte) bool {
	if n == 0 {
		return false
	}
	size, lo, hi := lead(b0)
	if size <= 1 || n >= size {
		return true
	}
	if n > 1 && (b1 < lo || b1 > hi) {
		return true
	}
	return n > 2 && !contByte(b2)
}

// FullRune reports whether p begins with a complete UTF-8 encoding, which
// an ill-formed one is.
func FullRune(p []byte) bool {
	b0, b1, b2, _ := lead4(p)
	return full(len(p), b0, b1, b2)
}

// FullRuneInString is FullRune of a string.
func FullRuneInString(s string) bool {
	b0, b1, b2, _ := lead4s(s)
	return full(len(s), b0, b1, b2)
}

// RuneLen returns how many bytes encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= max1:
		return 1
	case r <= max2:
		return 2
	case surrogateLo <= r && r <= surrogateHi:
		return -1
	case r <= max3:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding into p, which must be long enough, and
// returns the number of bytes written. An invalid rune is written as
// RuneError. The last byte is stored first, so a short p panics before
// anything is written.
func EncodeRune(p []byte, r rune) int {
	n := RuneLen(r)
	if n < 0 {
		r, n = RuneError, 3
	}
	if n == 1 {
		p[0] = byte(r)
		return 1
	}
	for i := n - 1; i > 0; i-- {
		p[i] = 0x80 | byte(r&0x3F)
		r >>= 6
	}
	// The lead byte: n one bits, a zero, then the rest of r.
	p[0] = byte(uint32(0xFF00)>>uint(n)) | byte(r)
	return n
}

// AppendRune appends r's encoding (RuneError's if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r <= max1 {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns how many runes p holds, counting each ill-formed byte
// as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount of a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b could begin an encoding: any byte but a
// continuation byte.
func RuneStart(b byte) bool {
	return !contByte(b)
}

// Valid reports whether p is entirely well-formed UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString is Valid of a string.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r may be encoded: in range and not a
// surrogate half.
func ValidRune(r rune) bool {
	return RuneLen(r) > 0
}
