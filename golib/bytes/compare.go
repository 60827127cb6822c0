// Package bytes manipulates byte slices, as Go 1.19's package bytes does:
// the functions of package strings on []byte, plus Buffer and Reader.
//
// The results follow Go 1.19 to the slice: which are nil and which empty,
// which share the argument's array, and the capacities Go caps with full
// slice expressions (the pieces of Split and Fields cannot append into
// their neighbours).
//
// Not provided yet: Buffer.ReadFrom and WriteTo, Reader.WriteTo (they need
// package io), and the functions taking a unicode.SpecialCase
// (ToUpperSpecial, ...). Until package io exists, the end of the data is
// reported by errEOF, an error whose text is "EOF" like io.EOF's.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b hold the same bytes; nil is equal to an
// empty slice.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare orders a and b bytewise: -1, 0 or +1 (nil is empty).
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding, rune by rune (ill-formed bytes are all RuneError,
// and so equal to each other).
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		sr, sn := utf8.DecodeRune(s)
		tr, tn := utf8.DecodeRune(t)
		s, t = s[sn:], t[tn:]
		if sr != tr && !sameFold(sr, tr) {
			return false
		}
	}
	return len(s) == len(t)
}

// sameFold reports whether a and b, distinct, lie on one orbit of
// SimpleFold.
func sameFold(a, b rune) bool {
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		// Within ASCII only the letters fold, onto each other.
		return a|0x20 == b|0x20 && 'a' <= a|0x20 && a|0x20 <= 'z'
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}
