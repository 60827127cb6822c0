package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into its runes, at most n pieces (n < 0: all), the
// last holding the rest unchanged. A piece that decodes as RuneError (an
// ill-formed byte or U+FFFD) is U+FFFD.
func explode(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	parts := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		parts[i], s = s[:size], s[size:]
		if r == utf8.RuneError {
			parts[i] = string(utf8.RuneError)
		}
	}
	if n > 0 {
		parts[n-1] = s
	}
	return parts
}

// splitKeep splits s around sep into at most n pieces (n < 0: all; n == 0:
// nil), keeping the first keep bytes of each separator at the end of the
// piece before it (0 for Split, len(sep) for SplitAfter).
func splitKeep(s, sep string, keep, n int) []string {
	switch {
	case n == 0:
		return nil
	case sep == "":
		return explode(s, n)
	case n < 0:
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([]string, 0, n)
	for len(parts) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i+keep])
		s = s[i+len(sep):]
	}
	return append(parts, s)
}

// Split cuts s around every sep; an empty sep splits it into runes.
func Split(s, sep string) []string { return splitKeep(s, sep, 0, -1) }

// SplitN is Split into at most n pieces, the last holding the rest; n == 0
// gives nil, n < 0 all pieces.
func SplitN(s, sep string, n int) []string { return splitKeep(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep string) []string { return splitKeep(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping each sep at the end of its piece.
func SplitAfterN(s, sep string, n int) []string { return splitKeep(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s around runs of runes satisfying f; the result is
// empty, not nil, when s has no fields.
func FieldsFunc(s string, f func(rune) bool) []string {
	// Record the fields' bounds first, calling f once per rune, then cut.
	var bounds []int
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([]string, len(bounds)/2)
	for k := range fields {
		fields[k] = s[bounds[2*k]:bounds[2*k+1]]
	}
	return fields
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Cut splits s around the first sep: before, after and true; or s, "" and
// false if sep is not in s.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}
