// Package strings manipulates UTF-8 encoded strings, as Go 1.19's package
// strings does: a Builder, searching, splitting, joining, trimming, case
// mapping, replacing (Replacer too) and comparing, and a Reader.
//
// Not provided yet: Title (deprecated) and the
// functions taking a unicode.SpecialCase (ToUpperSpecial, ...).
package strings

import "unicode/utf8"

// A Builder accumulates a string with little copying. The zero value is
// ready to use; a Builder must not be copied once written to.
type Builder struct {
	self *Builder // the Builder's own address once used, to catch copies
	buf  []byte
}

// checkCopy panics if b is a by-value copy of a Builder already in use:
// both would share and overwrite one buffer.
func (b *Builder) checkCopy() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns what has been written.
func (b *Builder) String() string {
	return string(b.buf)
}

// Len returns how many bytes have been written.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the buffer behind the Builder.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder; it may then be copied again.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// grow reallocates the buffer with room for at least n more bytes,
// doubling it on the way.
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.checkCopy()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p; it never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkCopy()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it never fails.
func (b *Builder) WriteByte(c byte) error {
	b.checkCopy()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r's UTF-8 encoding (RuneError's if r is invalid) and
// returns its length.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkCopy()
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	n := len(b.buf)
	if cap(b.buf)-n < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	w := utf8.EncodeRune(b.buf[n:n+utf8.UTFMax], r)
	b.buf = b.buf[:n+w]
	return w, nil
}

// WriteString appends s; it never fails.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkCopy()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
