// Package io holds Go 1.19's basic I/O interfaces and the helpers built
// on them alone: reading in full (ReadFull, ReadAtLeast, ReadAll),
// copying (Copy, CopyN, CopyBuffer), and readers and writers that wrap
// others (LimitReader, SectionReader, TeeReader, MultiReader,
// MultiWriter, NopCloser, Discard, Pipe).
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // from the start
	SeekCurrent = 1 // from the current offset
	SeekEnd     = 2 // from the end
)

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means the input ended inside a block of fixed size.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than asked, without an
// error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than given.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress means a Reader keeps returning neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// errInvalidWrite: a Write claimed a count it cannot have written.
var errInvalidWrite = errors.New("invalid write result")

// A Reader reads up to len(p) bytes into p.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// A Writer writes len(p) bytes from p, returning how many it wrote and,
// when that is fewer, why.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// A Closer releases what it holds; a second Close is undefined.
type Closer interface {
	Close() error
}

// A Seeker moves the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// The combinations of the four above.
type (
	ReadWriter interface {
		Reader
		Writer
	}
	ReadCloser interface {
		Reader
		Closer
	}
	WriteCloser interface {
		Writer
		Closer
	}
	ReadWriteCloser interface {
		Reader
		Writer
		Closer
	}
	ReadSeeker interface {
		Reader
		Seeker
	}
	ReadSeekCloser interface {
		Reader
		Seeker
		Closer
	}
	WriteSeeker interface {
		Writer
		Seeker
	}
	ReadWriteSeeker interface {
		Reader
		Writer
		Seeker
	}
)

// A ReaderFrom writes all a Reader gives until EOF; Copy prefers it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// A WriterTo writes all it holds to a Writer; Copy prefers it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// A ReaderAt reads at an offset, independently of any other offset.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// A WriterAt writes at an offset.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// A ByteReader reads one byte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// A ByteScanner can also step back one byte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// A ByteWriter writes one byte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// A RuneReader reads one UTF-8 encoded rune.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// A RuneScanner can also step back one rune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// A StringWriter writes a string.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through its WriteString method if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds min bytes or r fails. An
// error after min bytes is dropped; EOF after some but fewer than min is
// ErrUnexpectedEOF.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills buf from r: ReadAtLeast with min len(buf).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAll reads r to EOF, which it does not report.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) { // let append choose the growth
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// Copy writes to dst what src gives until EOF (not reported).
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf (unless a WriterTo or
// ReaderFrom takes over); nil buf means one of its own.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// CopyN copies exactly n bytes, or reports why it could not (EOF when src
// ended early without another error).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

// copyBuffer is Copy's loop; a nil buf is allocated, at most as long as a
// LimitedReader src allows.
func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 << 10
		if lr, ok := src.(*LimitedReader); ok && lr.N < int64(size) {
			size = 1
			if lr.N > 1 {
				size = int(lr.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// LimitReader returns a Reader giving at most n bytes of r.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads from R while N, the bytes left, is positive.
type LimitedReader struct {
	R Reader // the source
	N int64  // bytes left to give
}

// Read reads at most N bytes, then EOF.
func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// TeeReader returns a Reader that writes to w whatever it reads from r;
// a write's error is the read's.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if nw, werr := t.w.Write(p[:n]); werr != nil {
			return nw, werr
		}
	}
	return n, err
}

// Discard is a Writer that accepts everything and keeps nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// ReadFrom reads r to its end through a scratch buffer. Go shares these
// buffers through a sync.Pool; gort has no Pool, so each call makes one.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		k, rerr := r.Read(buf)
		n += int64(k)
		if rerr == EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// NopCloser returns r with a Close that does nothing; it keeps r's
// WriteTo if r has one.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct{ Reader }

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct{ Reader }

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (int64, error) {
	return c.Reader.(WriterTo).WriteTo(w)
}
