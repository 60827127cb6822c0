package strings

import (
	"unicode"
	"unicode/utf8"
)

// Compare orders a and b bytewise: -1, 0 or +1.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}

// EqualFold reports whether s and t are equal under simple Unicode case
// folding, rune by rune (ill-formed bytes are all RuneError, and so equal).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, sn := utf8.DecodeRuneInString(s)
		tr, tn := utf8.DecodeRuneInString(t)
		s, t = s[sn:], t[tn:]
		if sr != tr && !sameFold(sr, tr) {
			return false
		}
	}
	return s == t
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
