package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// A Scanner reads input as a sequence of tokens cut out by a SplitFunc
// (lines by default). It stops at EOF, at the first error, or at a token
// longer than its limit (MaxScanTokenSize unless Buffer says otherwise).
//
// buf[start:end] is the data not yet consumed by the split function; the
// buffer doubles, up to the limit, when a token does not fit.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the last token
	buf          []byte
	start, end   int
	err          error // sticky; io.EOF once the input ended
	empties      int   // successive empty tokens at EOF, to catch a loop
	scanCalled   bool  // the buffer is in use: no more Buffer or Split
	done         bool  // a final token (ErrFinalToken) was returned
}

// A SplitFunc gets the unconsumed input (atEOF when no more will come)
// and returns how much to consume and the token, if any; nil token and
// nil error ask for more data. An error stops the Scanner.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a split function with a token, makes it the
// last one, without error.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the default limit on a token's size (and so
	// the buffer's).
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096 // the first buffer's size, if not given
)

// NewScanner returns a Scanner of r that splits lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the error that stopped the Scanner, nil for EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the last token, in the Scanner's buffer (overwritten by
// the next Scan).
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the last token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan moves to the next token, reporting whether there is one.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Try the data there is (at EOF, even none).
		if s.end > s.start || s.err != nil {
			if tok, ok := s.splitOnce(); tok {
				return ok
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.read()
	}
}

// splitOnce calls the split function once; decided tells whether Scan is
// to return, with ok its result.
func (s *Scanner) splitOnce() (decided, ok bool) {
	advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
	if err != nil {
		if err == ErrFinalToken {
			s.token = token
			s.done = true
			return true, true
		}
		s.setErr(err)
		return true, false
	}
	if advance < 0 {
		s.setErr(ErrNegativeAdvance)
		return true, false
	}
	if advance > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return true, false
	}
	s.start += advance
	s.token = token
	if token == nil {
		return false, false
	}
	// Empty tokens at EOF that consume nothing would repeat forever.
	if s.err == nil || advance > 0 {
		s.empties = 0
	} else if s.empties++; s.empties > maxConsecutiveEmptyReads {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
	return true, true
}

// makeRoom slides the unconsumed data to the front when that frees
// enough, or grows a full buffer; false (with ErrTooLong) if the buffer
// may not grow.
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
		s.setErr(ErrTooLong)
		return false
	}
	size := len(s.buf) * 2
	if size == 0 {
		size = startBufSize
	}
	if size > s.maxTokenSize {
		size = s.maxTokenSize
	}
	buf := make([]byte, size)
	copy(buf, s.buf[s.start:s.end])
	s.buf = buf
	s.end -= s.start
	s.start = 0
	return true
}

// read reads once into the free end of the buffer, retrying empty reads.
func (s *Scanner) read() {
	for empty := 0; ; {
		n, err := s.r.Read(s.buf[s.end:])
		if n < 0 || n > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		if empty++; empty > maxConsecutiveEmptyReads {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// setErr keeps the first error, but lets any replace io.EOF.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the first buffer (its whole capacity is used) and the
// largest size it may grow to; only before the first Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; only before the first Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc giving each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// errorRune is utf8.RuneError's encoding, the token of a bad byte.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc giving each UTF-8 encoded rune as a token; a
// byte that starts no valid encoding gives U+FFFD's.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, n := utf8.DecodeRune(data); n > 1 {
		return n, data[0:n], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // wait for the rest of the rune
	}
	return 1, errorRune, nil
}

// dropCR drops one trailing '\r'.
func dropCR(data []byte) []byte {
	if n := len(data); n > 0 && data[n-1] == '\r' {
		return data[:n-1]
	}
	return data
}

// ScanLines is a SplitFunc giving each line without its "\n" or "\r\n";
// the last line need not end in "\n", and an empty last line is none.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// asciiSpace marks the ASCII bytes isSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isSpace is unicode.IsSpace without the tables: the Latin-1 spaces and
// those of the higher planes.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	switch {
	case r == '\u0085', r == '\u00A0', r == '\u1680':
		return true
	case '\u2000' <= r && r <= '\u200a':
		return true
	case r == '\u2028', r == '\u2029', r == '\u202f', r == '\u205f', r == '\u3000':
		return true
	}
	return false
}

// ScanWords is a SplitFunc giving each space-separated word (spaces as
// unicode.IsSpace says); never an empty token. ASCII bytes are tested
// without decoding.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		c := data[start]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			start++
			continue
		}
		r, n := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for i := start; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i + 1, data[start:i], nil
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + n, data[start:i], nil
		}
		i += n
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
