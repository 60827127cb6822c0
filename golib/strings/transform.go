package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns s with each rune replaced by mapping's image of it, dropped
// where the image is negative. Ill-formed bytes reach mapping as
// RuneError and come out as U+FFFD. If no rune changes, s itself is
// returned. mapping is called once per rune, in order.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	started := false
	for i, c := range s {
		r := mapping(c)
		if !started {
			if r == c && (c != utf8.RuneError || isEncodedFFFD(s[i:])) {
				continue
			}
			started = true
			b.Grow(len(s) + utf8.UTFMax)
			b.WriteString(s[:i])
		}
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	if !started {
		return s
	}
	return b.String()
}

// isEncodedFFFD reports whether s begins with U+FFFD itself rather than
// an ill-formed byte that decodes as RuneError.
func isEncodedFFFD(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size > 1
}

// ToUpper maps every rune of s to upper case.
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower maps every rune of s to lower case.
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// Repeat returns count copies of s.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	var b Builder
	b.Grow(len(s) * count)
	for i := 0; i < count; i++ {
		b.WriteString(s)
	}
	return b.String()
}

// Replace returns s with the first n non-overlapping old replaced by new
// (all if n < 0). An empty old matches before each rune and at the end.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for k := 0; k < n; k++ {
		at := start
		if old == "" {
			if k > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				at += size
			}
		} else {
			at += Index(s[start:], old)
		}
		b.WriteString(s[start:at])
		b.WriteString(new)
		start = at + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll is Replace(s, old, new, -1).
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// TrimLeftFunc drops the leading runes of s that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := firstWhere(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc drops the trailing runes of s that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastWhere(s, f, false)
	if i < 0 {
		return ""
	}
	// Keep the whole rune found at i.
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i+size]
}

// TrimFunc drops the leading and trailing runes of s that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace drops leading and trailing white space.
func TrimSpace(s string) string {
	return TrimFunc(s, unicode.IsSpace)
}

// inCutset returns the test for membership of cutset, for the Trim
// functions.
func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return IndexRune(cutset, r) >= 0 }
}

// Trim drops the leading and trailing runes of s found in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft drops the leading runes of s found in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight drops the trailing runes of s found in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimPrefix drops prefix from the start of s, if it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix drops suffix from the end of s, if it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// ToValidUTF8 returns s with each run of ill-formed bytes replaced by
// replacement, once per run.
func ToValidUTF8(s, replacement string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b Builder
	b.Grow(len(s) + len(replacement))
	inRun := false // the previous byte was ill-formed
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 && s[i] >= utf8.RuneSelf {
			if !inRun {
				b.WriteString(replacement)
			}
			inRun = true
			i++
			continue
		}
		inRun = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// Clone returns a fresh copy of s, so that keeping it does not keep a
// larger string that s is part of.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string(append([]byte(nil), s...))
}
