package bytes

import "unicode/utf8"

// IndexByte returns the index of the first c in b, or -1. Go's is
// assembly; this one tests a machine word at a time (a word of XORed bytes
// holds a zero byte exactly when (w-ones)&^w&highs is not 0), then finds
// the byte in the word that has it.
func IndexByte(b []byte, c byte) int {
	i := 0
	pattern := ones * uint(c)
	for ; i+wordBytes <= len(b); i += wordBytes {
		s := b[i : i+wordBytes : i+wordBytes]
		w := uint(s[0]) | uint(s[1])<<8 | uint(s[2])<<16 | uint(s[3])<<24
		if wordBytes == 8 {
			w |= uint(s[4])<<32 | uint(s[5])<<40 | uint(s[6])<<48 | uint(s[7])<<56
		}
		w ^= pattern
		if (w-ones)&^w&highs != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// Words for IndexByte: wordBytes bytes of a uint, ones with 1 in each.
const (
	wordBytes = 4 << (^uint(0) >> 63)
	ones      = ^uint(0) / 0xff
	highs     = ones << 7
)

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// matchAt reports whether s holds sep at i (which must leave room for it).
func matchAt(s, sep []byte, i int) bool {
	for k := range sep {
		if s[i+k] != sep[k] {
			return false
		}
	}
	return true
}

// Index returns the index of the first sep in s, or -1; an empty sep is
// found at 0. It scans for sep's first byte and compares the rest there.
func Index(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return 0
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sep[0] && matchAt(s, sep, i) {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last sep in s, or -1; an empty sep is
// found at len(s).
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sep[0] && matchAt(s, sep, i) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s read as UTF-8, or -1.
// RuneError matches an ill-formed byte as well as U+FFFD itself; an
// invalid rune matches nothing.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		return firstWhere(s, func(c rune) bool { return c == utf8.RuneError }, true)
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return firstWhere(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or
// -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastWhere(s, f, true)
}

// firstWhere is the index of the first rune r of s with f(r) == want;
// an ill-formed byte is one RuneError.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) == want {
			return i
		}
		i += size
	}
	return -1
}

// lastWhere is the index of the last rune r of s with f(r) == want,
// decoding backwards.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if f(r) == want {
			return i
		}
	}
	return -1
}

// inSet reports whether chars, read as UTF-8 (an ill-formed byte being
// RuneError), holds r.
func inSet(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1. Ill-formed bytes are RuneError on both sides.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	return firstWhere(s, func(r rune) bool { return inSet(chars, r) }, true)
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	return lastWhere(s, func(r rune) bool { return inSet(chars, r) }, true)
}

// Contains reports whether sub is in b.
func Contains(b, sub []byte) bool {
	return Index(b, sub) >= 0
}

// ContainsRune reports whether r is in b read as UTF-8.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// ContainsAny reports whether any rune of chars is in b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// Count returns how many non-overlapping sep s holds; an empty sep is
// counted between runes: RuneCount(s)+1 times.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}
