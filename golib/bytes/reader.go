package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a byte slice, which it never modifies: io.Reader,
// io.ReaderAt, io.ByteScanner, io.RuneScanner, io.Seeker and io.WriterTo.
// The zero value reads an empty slice.
type Reader struct {
	s        []byte
	i        int64 // where the next read starts; may be past the end
	prevRune int   // where the last ReadRune started, or -1
}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Reset makes r read b from its start.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

// Len returns how many bytes are unread.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the length of the slice, whatever has been read.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies the next unread bytes into b, or returns errEOF at the end
// (even for an empty b).
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, errEOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt copies the bytes from off into b without moving the Reader;
// errEOF tells that b could not be filled.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, errEOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = errEOF
	}
	return n, err
}

// ReadByte reads the next byte, or returns errEOF.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, errEOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte, whatever read it.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune reads the next UTF-8 sequence: its rune (RuneError, size 1 for
// an ill-formed byte) and size, or errEOF.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, errEOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back to where the previous operation, a ReadRune,
// started.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// The whence values of Seek, as package io names them (io.SeekStart,
// io.SeekCurrent, io.SeekEnd).
const (
	seekStart   = 0
	seekCurrent = 1
	seekEnd     = 2
)

// Seek moves to offset from the start, the current position or the end
// (whence 0, 1 or 2) and returns the new position, which may lie past
// the end but not before the start.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var to int64
	switch whence {
	case seekStart:
		to = offset
	case seekCurrent:
		to = r.i + offset
	case seekEnd:
		to = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if to < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = to
	return to, nil
}

// WriteTo writes the unread rest of the slice to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
