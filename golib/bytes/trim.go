package bytes

import (
	"unicode"
	"unicode/utf8"
)

// The trimming functions return subslices of s, sharing its array. As in
// Go, the ones that trim from the left return nil, not an empty slice,
// when nothing is left (Trim, TrimLeft, TrimFunc, TrimLeftFunc,
// TrimSpace), and Trim and TrimLeft return nil for an empty s.

// TrimLeftFunc drops the leading runes of s that satisfy f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := firstWhere(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc drops the trailing runes of s that satisfy f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastWhere(s, f, false)
	if i < 0 {
		return s[:0]
	}
	// Keep the whole rune found at i.
	_, size := utf8.DecodeRune(s[i:])
	return s[:i+size]
}

// TrimFunc drops the leading and trailing runes of s that satisfy f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace drops leading and trailing white space (unicode.IsSpace).
func TrimSpace(s []byte) []byte {
	return TrimFunc(s, unicode.IsSpace)
}

// inCutset returns the test for membership of cutset, for the Trim
// functions: cutset is read as UTF-8, an ill-formed byte being RuneError.
func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return inSet(cutset, r) }
}

// Trim drops the leading and trailing runes of s found in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft drops the leading runes of s found in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight drops the trailing runes of s found in cutset; an empty s or
// cutset gives s itself.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimPrefix drops prefix from the start of s, if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix drops suffix from the end of s, if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
