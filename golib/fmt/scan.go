// Scanning: the Scan, Scanln and Scanf functions and their S and F forms,
// as Go 1.19's fmt scans. This file has the entry points, the scanner's
// state (the ScanState a Scanner's Scan method gets) and the reading of
// runes; scanvalue.go scans each kind of operand, scanf.go a format.

package fmt

import (
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// ScanState is what a Scanner's Scan method reads its input from.
type ScanState interface {
	// ReadRune reads the next rune; in Scanln and a width's reach it
	// reports io.EOF after the first newline or the width's last rune.
	ReadRune() (r rune, size int, err error)
	// UnreadRune steps back over the rune ReadRune returned last.
	UnreadRune() error
	// SkipSpace skips spaces, and newlines where they count as space.
	SkipSpace()
	// Token skips space if skipSpace, then returns the run of runes that
	// satisfy f (by default, non-space runes); the slice is reused.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the verb's width, if it has one.
	Width() (wid int, ok bool)
	// Read is there to make a ScanState an io.Reader; it always fails.
	Read(buf []byte) (n int, err error)
}

// A Scanner is a value that scans itself (through a pointer receiver, to
// be useful); the Scan functions call it for each verb it is scanned by.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into its operands;
// newlines count as space. It returns how many operands it filled and,
// if not all, why.
func Scan(a ...interface{}) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline, which (or the end of the input)
// must follow the last operand.
func Scanln(a ...interface{}) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads standard input as format describes; newlines in the input
// must match newlines in the format.
func Scanf(format string, a ...interface{}) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringReader reads a string, for Sscan and its kin.
type stringReader struct{ s string }

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// readString returns a reader of str. Not one statement: gort copies a
// one-statement function into every package of the program at -O2, and
// with it the itab of this conversion, which names a method of fmt that a
// program without fmt lacks (a compiler bug).
func readString(str string) io.Reader {
	r := &stringReader{str}
	return r
}

// Sscan is Scan of str.
func Sscan(str string, a ...interface{}) (n int, err error) {
	return Fscan(readString(str), a...)
}

// Sscanln is Scanln of str.
func Sscanln(str string, a ...interface{}) (n int, err error) {
	return Fscanln(readString(str), a...)
}

// Sscanf is Scanf of str.
func Sscanf(str string, format string, a ...interface{}) (n int, err error) {
	return Fscanf(readString(str), format, a...)
}

// Fscan is Scan of r.
func Fscan(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

// Fscanln is Scanln of r.
func Fscanln(r io.Reader, a ...interface{}) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

// Fscanf is Scanf of r.
func Fscanf(r io.Reader, format string, a ...interface{}) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

// eof is what getRune returns at the end of the input.
const eof = -1

// hugeWid is the width of a verb without one.
const hugeWid = 1 << 30

// ss is the scanner's state, and the ScanState of Scanner methods.
type ss struct {
	rs        io.RuneScanner // the input
	buf       []byte         // the token being read
	count     int            // runes read so far
	atEOF     bool           // the input (or the line, in Scanln) has ended
	nlIsEnd   bool           // a newline ends the input (Scanln)
	nlIsSpace bool           // a newline is a space (Scan)
	argLimit  int            // count may not pass this while reading an operand
	limit     int            // nor ever this
	maxWid    int            // the verb's width, hugeWid for none
}

// scanError carries an error of the input up to doScan and doScanf, which
// recover it (other panics pass).
type scanError struct {
	err error
}

// newScanState starts a scan of r, through its own ReadRune and UnreadRune
// if it has them.
func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	switch {
	case err == nil:
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	case err == io.EOF:
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// error and errorString end the scan with an error.
func (s *ss) error(err error) { panic(scanError{err}) }

func (s *ss) errorString(msg string) { panic(scanError{errors.New(msg)}) }

// getRune reads a rune, eof at the end; other errors end the scan.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err == io.EOF {
		return eof
	}
	if err != nil {
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of the input is an error.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		switch {
		case r == eof:
			return
		case r == '\r' && s.peek("\n"):
			// \r\n is a newline: the \n decides.
		case r == '\n':
			if !s.nlIsSpace {
				s.errorString("unexpected newline")
			}
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

// token appends to s.buf the runes that satisfy f, after the spaces if
// skipSpace.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// whiteSpace holds the ranges of Unicode's White_Space property (fmt does
// not import unicode).
var whiteSpace = [][2]uint16{
	{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
	{0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
	{0x205f, 0x205f}, {0x3000, 0x3000},
}

func isSpace(r rune) bool {
	if r < 0 || r > 0xffff {
		return false
	}
	for _, rg := range whiteSpace {
		if uint16(r) < rg[0] {
			return false
		}
		if uint16(r) <= rg[1] {
			return true
		}
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// consume reads a rune and reports whether it is one of ok's; if accept,
// it keeps one that is in s.buf and steps back over one that is not (else
// the rune is gone either way).
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// accept keeps the next rune in s.buf if it is one of ok's.
func (s *ss) accept(ok string) bool { return s.consume(ok, true) }

// peek reports whether the next rune is one of ok's, reading nothing.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF ends the scan with io.EOF itself if no input is left.
func (s *ss) notEOF() {
	if s.getRune() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// readRune reads runes from a reader that cannot, a byte at a time so as
// to read nothing past them, keeping the last one for UnreadRune.
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte // the rune being decoded
	pending  int               // bytes in pendBuf, after ill-formed UTF-8
	pendBuf  [utf8.UTFMax]byte // bytes read but not part of a rune yet
	peekRune rune              // the next rune if >= 0, else ^(the last one)
}

// readByte returns the next byte: a pending one or one from the reader.
func (r *readRune) readByte() (byte, error) {
	if r.pending > 0 {
		b := r.pendBuf[0]
		copy(r.pendBuf[:], r.pendBuf[1:])
		r.pending--
		return b, nil
	}
	// As io.ReadFull of one byte: retry empty reads; a byte that comes
	// with an error is still a byte.
	for {
		n, err := r.reader.Read(r.pendBuf[:1])
		if n == 1 {
			return r.pendBuf[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^rr
		return rr, utf8.RuneLen(rr), nil
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		r.peekRune = ^rr
		return rr, 1, nil
	}
	n := 1
	for !utf8.FullRune(r.buf[:n]) {
		b, err := r.readByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		r.buf[n] = b
		n++
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		// Ill-formed: the bytes after the first are read again.
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return rr, size, nil
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// errorHandler turns the scan's panics into its error: a scanError's, or
// io.EOF; others propagate.
func errorHandler(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if se, ok := e.(scanError); ok {
		*errp = se.err
		return
	}
	if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

// doScan scans Scan's and Scanln's operands.
func (s *ss) doScan(a []interface{}) (n int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		// Scanln: only spaces may come before the newline or the end.
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
			}
		}
	}
	return
}
