package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a new slice holding the image of each rune of s under
// mapping, dropping the runes mapped to a negative value; an invalid
// image is written as U+FFFD, and an ill-formed byte reaches mapping as
// RuneError. mapping is called once per rune, in order. The result starts
// with room for len(s) bytes, doubled (plus UTFMax) whenever that is
// short, as Go's.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		i += size
		r = mapping(r)
		if r < 0 {
			continue
		}
		n := utf8.RuneLen(r)
		if n < 0 {
			n = 3 // RuneError's length
		}
		if len(out)+n > cap(out) {
			grown := make([]byte, len(out), 2*cap(out)+utf8.UTFMax)
			copy(grown, out)
			out = grown
		}
		w := utf8.EncodeRune(out[len(out):len(out)+n], r)
		out = out[:len(out)+w]
	}
	return out
}

// ToUpper returns a new slice with every rune of s in upper case.
func ToUpper(s []byte) []byte {
	if isASCII(s) {
		return mapASCII(s, 'a', 'z', 'A'-'a')
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a new slice with every rune of s in lower case.
func ToLower(s []byte) []byte {
	if isASCII(s) {
		return mapASCII(s, 'A', 'Z', 'a'-'A')
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a new slice with every rune of s in title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// isASCII reports whether s has only bytes below utf8.RuneSelf.
func isASCII(s []byte) bool {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mapASCII returns a copy of the ASCII s with the bytes in lo..hi shifted
// by delta. As Go's ToUpper and ToLower, a copy with nothing to change is
// appended to an empty non-nil slice (its capacity rounded up by the
// allocator), a changed one made to measure.
func mapASCII(s []byte, lo, hi byte, delta int) []byte {
	if IndexFunc(s, func(r rune) bool { return rune(lo) <= r && r <= rune(hi) }) < 0 {
		return append([]byte{}, s...)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out
}

// Title returns a new slice with the first letter of each word in title
// case; a word begins after anything but an ASCII letter, digit or
// underscore, or a Unicode letter or digit, that is white space or ASCII.
//
// Deprecated in Go: its idea of a word boundary ignores Unicode
// punctuation.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		atStart := isWordBreak(prev)
		prev = r
		if atStart {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isWordBreak reports whether a word can begin after r, for Title.
func isWordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		isWord := '0' <= r && r <= '9' || 'a' <= r && r <= 'z' ||
			'A' <= r && r <= 'Z' || r == '_'
		return !isWord
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Repeat returns a new slice holding count copies of b; it panics if count
// is negative or the length overflows an int.
func Repeat(b []byte, count int) []byte {
	switch {
	case count == 0:
		return []byte{}
	case count < 0:
		panic("bytes: negative Repeat count")
	case len(b)*count/count != len(b):
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, len(b)*count)
	// Double what is copied so far until it fills out.
	for n := copy(out, b); n < len(out); n *= 2 {
		copy(out[n:], out[:n])
	}
	return out
}

// Replace returns a new slice holding s with the first n non-overlapping
// old replaced by new (all if n < 0). An empty old matches before each
// UTF-8 sequence and at the end. With nothing to replace, the result is
// a plain copy of s (nil if s is empty).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	out := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for k := 0; k < n; k++ {
		at := start
		if len(old) == 0 {
			if k > 0 {
				_, size := utf8.DecodeRune(s[start:])
				at += size
			}
		} else {
			at += Index(s[start:], old)
		}
		out = append(out, s[start:at]...)
		out = append(out, new...)
		start = at + len(old)
	}
	return append(out, s[start:]...)
}

// ReplaceAll is Replace(s, old, new, -1).
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// Runes returns the runes of s, an ill-formed byte being RuneError.
func Runes(s []byte) []rune {
	runes := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		runes = append(runes, r)
		s = s[size:]
	}
	return runes
}

// ToValidUTF8 returns a new slice holding s with each run of ill-formed
// bytes replaced by replacement, once per run.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inRun := false // the previous byte was ill-formed
	for i := 0; i < len(s); {
		size := 1
		if s[i] >= utf8.RuneSelf {
			_, size = utf8.DecodeRune(s[i:])
		}
		if size == 1 && s[i] >= utf8.RuneSelf {
			if !inRun {
				out = append(out, replacement...)
			}
			inRun = true
			i++
			continue
		}
		inRun = false
		out = append(out, s[i:i+size]...)
		i += size
	}
	return out
}
