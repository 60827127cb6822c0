package strings

import "unicode/utf8"

// IndexByte returns the index of the first c in s, or -1. Go's is
// assembly; this one tests a machine word at a time (a word of XORed bytes
// holds a zero byte exactly when (w-ones)&^w&highs is not 0), then finds
// the byte in the word that has it.
func IndexByte(s string, c byte) int {
	i := 0
	pattern := ones * uint(c)
	for ; i+wordBytes <= len(s); i += wordBytes {
		t := s[i : i+wordBytes]
		w := uint(t[0]) | uint(t[1])<<8 | uint(t[2])<<16 | uint(t[3])<<24
		if wordBytes == 8 {
			w |= uint(t[4])<<32 | uint(t[5])<<40 | uint(t[6])<<48 | uint(t[7])<<56
		}
		w ^= pattern
		if (w-ones)&^w&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] == c {
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
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first substr in s, or -1. It scans for
// substr's first byte and compares the rest there.
func Index(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return 0
	}
	first := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. RuneError
// matches an ill-formed byte as well as U+FFFD itself; an invalid rune
// matches nothing.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return firstWhere(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or
// -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastWhere(s, f, true)
}

// firstWhere is the index of the first rune r of s with f(r) == want.
func firstWhere(s string, f func(rune) bool, want bool) int {
	for i, r := range s {
		if f(r) == want {
			return i
		}
	}
	return -1
}

// lastWhere is the index of the last rune r of s with f(r) == want,
// decoding backwards.
func lastWhere(s string, f func(rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == want {
			return i
		}
	}
	return -1
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1. Ill-formed bytes are RuneError on both sides.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, r := range s {
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return lastWhere(s, func(r rune) bool { return IndexRune(chars, r) >= 0 }, true)
}

// Contains reports whether substr is in s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsRune reports whether r is in s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsAny reports whether any rune of chars is in s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// Count returns how many non-overlapping substr s holds; an empty substr
// is counted between runes: RuneCount(s)+1 times.
func Count(s, substr string) int {
	if substr == "" {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}
