// Package bufio buffers an io.Reader (Reader) or io.Writer (Writer), as
// Go 1.19's package bufio does, and splits input into tokens (Scanner,
// scan.go).
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const defaultBufSize = 4096

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var (
	errNegativeRead  = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite = errors.New("bufio: writer returned negative count from Write")
)

// minReadBufferSize is the smallest Reader buffer: room for a rune and
// for ReadLine's rewind.
const minReadBufferSize = 16

// maxConsecutiveEmptyReads is how many (0, nil) reads mean io.ErrNoProgress.
const maxConsecutiveEmptyReads = 100

// A Reader buffers an io.Reader. The unread bytes are buf[r:w]; an error
// from the source waits in err until the buffered bytes are consumed.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int   // read and write positions in buf
	err          error // the source's pending error
	lastByte     int   // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int   // the last ReadRune's size, for UnreadRune; -1 if none
}

// NewReaderSize returns a Reader with a buffer of at least size bytes (and
// at least 16); rd itself if it is a Reader already that large.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	b := new(Reader)
	b.reset(make([]byte, size), rd)
	return b
}

// NewReader returns a Reader with the default buffer size, 4096.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size returns the buffer's length.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops all state and makes b read from r, keeping its buffer.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the unread bytes to the front and reads once more into the
// rest (retrying empty reads), keeping any error for later.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns and clears the pending error.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// forget invalidates UnreadByte and UnreadRune.
func (b *Reader) forget() {
	b.lastByte = -1
	b.lastRuneSize = -1
}

// Peek returns the next n bytes without consuming them; they stay valid
// until the next read. Fewer than n come with the reason: the source's
// error, or ErrBufferFull when n exceeds the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if have := b.w - b.r; have < n {
		err := b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.r:b.w], err
	}
	return b.buf[b.r : b.r+n], nil
}

// Discard skips the next n bytes, returning how many it skipped and, if
// fewer, why.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	left := n
	for {
		skip := b.w - b.r
		if skip == 0 {
			b.fill()
			skip = b.w - b.r
		}
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.readErr()
		}
	}
}

// Read reads into p from the buffer, or with at most one Read of the
// source (straight into p when p is at least as long as the buffer).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.w > b.r {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w = n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read, by any read method.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else { // the buffer is empty: the byte becomes its only content
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forget()
	return nil
}

// ReadRune reads one UTF-8 encoded rune; an invalid encoding reads one
// byte as utf8.RuneError.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) &&
		b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune puts back the last rune, only right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.forget()
	return nil
}

// Buffered returns how many bytes can be read without reading the source.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice reads through the first delim and returns those bytes in the
// buffer itself (valid until the next read). Without a delim it returns
// what there is with the source's error, or the full buffer with
// ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	from := 0 // bytes already searched
	for {
		if i := bytes.IndexByte(b.buf[b.r+from:b.w], delim); i >= 0 {
			end := b.r + from + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.w-b.r >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		from = b.w - b.r
		b.fill()
	}
	if n := len(line); n > 0 {
		b.lastByte = int(line[n-1])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine returns a line without its "\n" or "\r\n"; a line longer than
// the buffer comes in pieces with isPrefix set. The bytes are the
// buffer's own. At the end it returns nil and the error.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// A '\r' ending the piece may start a "\r\n": leave it for the
		// next call.
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if n := len(line); line[n-1] == '\n' {
		cut := 1
		if n > 1 && line[n-2] == '\r' {
			cut = 2
		}
		line = line[:n-cut]
	}
	return line, false, nil
}

// collect reads through delim in buffer-sized pieces, copying all but the
// last (which is still in the buffer), and returns them with their total
// length and the error that ended the search early, if any.
func (b *Reader) collect(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, e := b.ReadSlice(delim)
		if e != ErrBufferFull {
			return full, piece, total + len(piece), e
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
}

// ReadBytes reads through the first delim into a new slice; without a
// delim, all there is and the error that ended it.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.collect(delim)
	out := make([]byte, total)
	n := 0
	for _, p := range full {
		n += copy(out[n:], p)
	}
	copy(out[n:], last)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.collect(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, p := range full {
		sb.Write(p)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes the buffered bytes and then the rest of the source to w,
// through the source's WriteTo or w's ReadFrom when they exist.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forget()
	n, err = b.flushTo(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.flushTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

// flushTo writes the buffered bytes to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}

// A Writer buffers an io.Writer. After a write error every later call
// returns that error; Flush sends what is buffered.
type Writer struct {
	err error
	buf []byte
	n   int // bytes buffered
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of size bytes (4096 if size
// is not positive); w itself if it is a Writer already that large.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size, 4096.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size returns the buffer's length.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops what is buffered and any error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered bytes; what a failing write left stays
// buffered.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf, b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns the free bytes in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice over the free space, for
// appending to and then passing to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns how many bytes wait for a Flush.
func (b *Writer) Buffered() int { return b.n }

// Write buffers p; what does not fit is flushed, or written straight
// through when the buffer is empty.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > len(b.buf)-b.n && b.err == nil {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.n >= len(b.buf) && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune buffers r's UTF-8 encoding.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if len(b.buf)-b.n < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if len(b.buf)-b.n < utf8.UTFMax { // a buffer too small for any rune
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString is Write of a string; with an empty buffer the excess goes
// through the destination's WriteString when it has one.
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	direct := true // whether the destination may be a StringWriter
	nn := 0
	for len(s) > len(b.buf)-b.n && b.err == nil {
		if b.n == 0 && sw == nil && direct {
			sw, direct = b.wr.(io.StringWriter)
		}
		var n int
		if b.n == 0 && direct {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom reads r to EOF into the buffer, flushing it when full; with an
// empty buffer it hands over to the destination's ReadFrom if any.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasReadFrom := b.wr.(io.ReaderFrom)
	for {
		if b.n == len(b.buf) {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasReadFrom && b.n == 0 {
			m, err := rf.ReadFrom(r)
			b.err = err
			return n + m, err
		}
		var m int
		empties := 0
		for ; empties < maxConsecutiveEmptyReads; empties++ {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
		}
		if empties == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		// A full buffer is flushed, so that the data are on their way.
		if b.n == len(b.buf) {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// A ReadWriter is a Reader and a Writer together.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
