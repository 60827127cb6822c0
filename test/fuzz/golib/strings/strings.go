// Package strings: the fuzzer's stub (../README.md).
package strings

type Builder struct{ buf []byte }

func (b *Builder) String() string                    { return string(b.buf) }
func (b *Builder) Len() int                          { return len(b.buf) }
func (b *Builder) Reset()                            { b.buf = nil }
func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error            { b.buf = append(b.buf, c); return nil }
func (b *Builder) WriteRune(r rune) (int, error)     { b.buf = append(b.buf, string(r)...); return 1, nil }
func (b *Builder) Write(p []byte) (int, error)       { b.buf = append(b.buf, p...); return len(p), nil }

func Join(elems []string, sep string) string { return sep }
func Repeat(s string, count int) string      { return s }
func Contains(s, substr string) bool         { return Index(s, substr) >= 0 }
func Index(s, substr string) int             { return -1 }
func HasPrefix(s, prefix string) bool        { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }
func Split(s, sep string) []string           { return []string{s} }
func Fields(s string) []string               { return []string{s} }
func TrimSpace(s string) string              { return s }
func ToUpper(s string) string                { return s }
