package bytes

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into its UTF-8 sequences (an ill-formed byte alone),
// at most n pieces (n <= 0: all), the last holding the rest. The pieces
// are s's own bytes, each capped at its end but the last; the result has
// room for one piece per byte of s, as Go's.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	parts := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(parts) == n-1 {
			return append(parts, s)
		}
		_, size := utf8.DecodeRune(s)
		parts = append(parts, s[:size:size])
		s = s[size:]
	}
	return parts
}

// splitKeep splits s around sep into at most n pieces (n < 0: all; n == 0:
// nil), keeping the first keep bytes of each separator at the end of the
// piece before it (0 for Split, len(sep) for SplitAfter). Every piece but
// the last is capped at its end; the last is the rest of s, uncapped.
func splitKeep(s, sep []byte, keep, n int) [][]byte {
	switch {
	case n == 0:
		return nil
	case len(sep) == 0:
		return explode(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([][]byte, 0, n)
	for len(parts) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		end := i + keep
		parts = append(parts, s[:end:end])
		s = s[i+len(sep):]
	}
	return append(parts, s)
}

// Split cuts s around every sep; an empty sep splits it after each UTF-8
// sequence.
func Split(s, sep []byte) [][]byte { return splitKeep(s, sep, 0, -1) }

// SplitN is Split into at most n pieces, the last holding the rest; n == 0
// gives nil, n < 0 all pieces.
func SplitN(s, sep []byte, n int) [][]byte { return splitKeep(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return splitKeep(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping each sep at the end of its piece.
func SplitAfterN(s, sep []byte, n int) [][]byte { return splitKeep(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s around runs of runes satisfying f. The fields are
// s's own bytes, each capped at its end; the result is empty, not nil,
// when s has no fields, and exactly as long as its capacity.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	// Record the fields' bounds first, calling f once per rune, then cut.
	var bounds []int
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		lo, hi := bounds[2*k], bounds[2*k+1]
		fields[k] = s[lo:hi:hi]
	}
	return fields
}

// Join returns a new slice holding the elements of s with sep between
// them: empty (not nil) for no elements, a copy of the only one (nil if
// it is empty) for one.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, e := range s {
		n += len(e)
	}
	joined := make([]byte, 0, n)
	joined = append(joined, s[0]...)
	for _, e := range s[1:] {
		joined = append(joined, sep...)
		joined = append(joined, e...)
	}
	return joined
}

// Cut splits s around the first sep: before, after and true; or s, nil
// and false if sep is not in s. Both parts share s's array.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
