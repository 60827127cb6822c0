package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// errEOF is what the reads return at the end of the data.
var errEOF = io.EOF

// MinRead is the smallest read Buffer.ReadFrom asks of its reader.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer cannot grow any further.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

// smallBuffer is the capacity of a Buffer's first array, when what is
// first written fits in it.
const smallBuffer = 64

// maxInt is the largest int, for the overflow check in grow.
const maxInt = int(^uint(0) >> 1)

// lastOp records what the last operation on a Buffer was, so that the
// Unread methods know what they may undo.
type lastOp int8

const (
	opRead    lastOp = -1 // a read other than ReadRune
	opInvalid lastOp = 0  // anything else: nothing to unread
	// A ReadRune is recorded as the size of the rune read, 1 to 4.
)

// A Buffer is a byte buffer with Read and Write methods. The zero value
// is an empty buffer ready to use.
type Buffer struct {
	buf  []byte // the unread bytes are buf[off:]; writes append to buf
	off  int    // where the next read starts
	last lastOp // the previous operation, for UnreadByte and UnreadRune
}

// NewBuffer returns a Buffer whose content is buf; the Buffer owns buf
// from then on.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose content is a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread bytes; they share the Buffer's array until the
// next write, read or Reset.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread bytes as a string, "<nil>" for a nil Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns how many bytes are unread.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the Buffer's array.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Reset empties the Buffer, keeping its array for later writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.last = opInvalid
}

// Truncate keeps the first n unread bytes; it panics if n is negative or
// more than Len.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.last = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// extend lengthens buf by n bytes if its capacity allows, returning where
// they start.
func (b *Buffer) extend(n int) (int, bool) {
	l := len(b.buf)
	if n > cap(b.buf)-l {
		return 0, false
	}
	b.buf = b.buf[:l+n]
	return l, true
}

// grow lengthens the Buffer by n bytes, returning where they start. It
// first tries the array as it is, then slides the unread bytes down to
// its start if that leaves them at most half of it, and only then moves
// them to a new array at least twice as large. Go 1.19 grows the same way,
// so Cap reports the same capacities.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if at, ok := b.extend(n); ok {
		return at
	}
	if b.buf == nil && n <= smallBuffer {
		b.buf = make([]byte, n, smallBuffer)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-m:
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = reallocate(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// reallocate returns buf copied to a new array with room for n more bytes
// and at least twice buf's capacity, rounded up as append rounds; it
// panics with ErrTooLarge if that cannot be allocated.
func reallocate(buf []byte, n int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	size := len(buf) + n
	if size < 2*cap(buf) {
		size = 2 * cap(buf)
	}
	grown := append([]byte(nil), make([]byte, size)...)
	copy(grown, buf)
	return grown[:len(buf)]
}

// Grow makes room for n more bytes without another allocation; it panics
// if n is negative, with ErrTooLarge if the room cannot be made.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends p; it never fails (but panics with ErrTooLarge).
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.last = opInvalid
	at, ok := b.extend(len(p))
	if !ok {
		at = b.grow(len(p))
	}
	return copy(b.buf[at:], p), nil
}

// WriteString appends s; it never fails (but panics with ErrTooLarge).
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.last = opInvalid
	at, ok := b.extend(len(s))
	if !ok {
		at = b.grow(len(s))
	}
	return copy(b.buf[at:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.last = opInvalid
	at, ok := b.extend(1)
	if !ok {
		at = b.grow(1)
	}
	b.buf[at] = c
	return nil
}

// WriteRune appends r's UTF-8 encoding (U+FFFD's if r is invalid) and
// returns its length; the error is always nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.last = opInvalid
	at, ok := b.extend(utf8.UTFMax)
	if !ok {
		at = b.grow(utf8.UTFMax)
	}
	n = utf8.EncodeRune(b.buf[at:at+utf8.UTFMax], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

// Read moves the next len(p) unread bytes (or all there are) into p. At
// the end it returns errEOF, unless p is empty.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.last = opInvalid
	if b.Len() <= 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, errEOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.last = opRead
	}
	return n, nil
}

// Next reads and returns the next n unread bytes (or all there are); they
// share the Buffer's array until its next write.
func (b *Buffer) Next(n int) []byte {
	b.last = opInvalid
	if m := b.Len(); n > m {
		n = m
	}
	next := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.last = opRead
	}
	return next
}

// ReadByte reads the next byte, or returns errEOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, errEOF
	}
	c := b.buf[b.off]
	b.off++
	b.last = opRead
	return c, nil
}

// ReadRune reads the next UTF-8 sequence: its rune (RuneError, size 1 for
// an ill-formed byte) and size, or errEOF.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() <= 0 {
		b.Reset()
		return 0, 0, errEOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.last = lastOp(size)
	return r, size, nil
}

// UnreadRune takes back the rune the previous operation, a ReadRune,
// read.
func (b *Buffer) UnreadRune() error {
	if b.last <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= int(b.last) {
		b.off -= int(b.last)
	}
	b.last = opInvalid
	return nil
}

// errUnreadByte is UnreadByte's one error.
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// UnreadByte takes back the last byte of the previous operation, a
// successful read.
func (b *Buffer) UnreadByte() error {
	if b.last == opInvalid {
		return errUnreadByte
	}
	b.last = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// upTo reads up to and including the first delim, or all that is unread
// with errEOF if there is none; the bytes share the Buffer's array.
func (b *Buffer) upTo(delim byte) (line []byte, err error) {
	end := len(b.buf)
	if i := IndexByte(b.buf[b.off:], delim); i >= 0 {
		end = b.off + i + 1
	} else {
		err = errEOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.last = opRead
	return line, err
}

// ReadBytes reads up to and including the first delim into a new slice;
// without delim, it returns all that is unread and errEOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	next, err := b.upTo(delim)
	return append(line, next...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	next, err := b.upTo(delim)
	return string(next), err
}

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

// ReadFrom appends what r gives until EOF (not reported), asking each read
// to fill the room left after growing by at least MinRead.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.last = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		m, err := r.Read(b.buf[at:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+m]
		n += int64(m)
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// WriteTo writes the unread bytes to w in one Write; what w takes is
// consumed.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.last = opInvalid
	if size := b.Len(); size > 0 {
		m, err := w.Write(b.buf[b.off:])
		if m > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		if err != nil {
			return int64(m), err
		}
		if m != size {
			return int64(m), io.ErrShortWrite
		}
		n = int64(m)
	}
	b.Reset()
	return n, nil
}
