package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a string: io.Reader, io.ReaderAt, io.ByteScanner,
// io.RuneScanner, io.Seeker and io.WriterTo. The zero value reads "".
type Reader struct {
	s        string
	i        int64 // where the next read starts; may be past the end
	prevRune int   // where the last ReadRune started, or -1
}

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Len returns how many bytes are unread.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the string's length, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies the next unread bytes into b, or returns io.EOF at the end
// (even for an empty b).
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt copies the bytes from off into b without moving the Reader;
// io.EOF tells that b could not be filled.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// ReadByte reads the next byte, or returns io.EOF.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte, whatever read it.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune reads the next UTF-8 encoded rune (utf8.RuneError and size 1
// for a bad byte), or returns io.EOF.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune the last call, a ReadRune, read.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek moves the read position (never below 0, possibly past the end).
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var at int64
	switch whence {
	case io.SeekStart:
		at = offset
	case io.SeekCurrent:
		at = r.i + offset
	case io.SeekEnd:
		at = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if at < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = at
	return at, nil
}

// WriteTo writes the unread rest of the string to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
