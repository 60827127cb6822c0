// Package bufio from golib: Reader's methods (Read, ReadByte, UnreadByte,
// ReadRune, UnreadRune, ReadString, ReadBytes, ReadSlice, ReadLine, Peek,
// Discard, Buffered, Reset, WriteTo, Size) over readers that give short
// reads, empty reads and errors, with small buffers; Writer's (Write,
// WriteString, WriteByte, WriteRune, Flush, Buffered, Available,
// AvailableBuffer, Reset, ReadFrom) into a strings.Builder, a
// bytes.Buffer and writers that fail or write short; ReadWriter.
// Expected output: Go 1.19 (test/tools/goexpect.py).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errBoom = errors.New("boom")

// chunked reads its data in pieces of the sizes in steps (cycled; 0 is an
// empty read), then returns err (io.EOF if nil).
type chunked struct {
	s     string
	steps []int
	k     int
	err   error
	reads int
}

func (c *chunked) Read(p []byte) (int, error) {
	c.reads++
	if len(c.s) == 0 {
		if c.err == nil {
			return 0, io.EOF
		}
		return 0, c.err
	}
	n := c.steps[c.k%len(c.steps)]
	c.k++
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.s) {
		n = len(c.s)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

func newR(s string, size int, steps ...int) *bufio.Reader {
	return bufio.NewReaderSize(&chunked{s: s, steps: steps}, size)
}

func reading() {
	fmt.Println("== Read")
	for _, size := range []int{1, 16, 20, 4096} {
		for _, steps := range [][]int{{1}, {3, 0, 5}, {100}} {
			r := newR("The quick brown fox jumps over the lazy dog.", size, steps...)
			var got []string
			for _, n := range []int{0, 1, 5, 30, 2, 40, 1} {
				buf := make([]byte, n)
				k, err := r.Read(buf)
				got = append(got, fmt.Sprintf("%q/%v/%d", buf[:k], err, r.Buffered()))
			}
			fmt.Println(r.Size(), steps, strings.Join(got, " "))
		}
	}
	r := bufio.NewReaderSize(strings.NewReader("x"), 16)
	fmt.Println(bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(r, 17) == r, bufio.NewReader(r).Size())
	r = bufio.NewReaderSize(&chunked{s: "", steps: []int{0}, err: io.ErrUnexpectedEOF}, 16)
	n, err := r.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = r.Read(make([]byte, 4))
	fmt.Println(n, err)
	// Only empty reads: no progress.
	r = bufio.NewReader(&chunked{s: "zzz", steps: []int{0}})
	_, err = r.ReadByte()
	fmt.Println(err)
}

func bytesAndRunes() {
	fmt.Println("== ReadByte ReadRune")
	r := newR("aé世\U0001F600\xff\xe4\xb8z", 16, 1)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	for {
		c, n, err := r.ReadRune()
		if err != nil {
			fmt.Println(c, n, err, r.UnreadRune())
			break
		}
		fmt.Print(c, " ", n, " ")
		e1 := r.UnreadRune()
		e2 := r.UnreadRune()
		c2, _, _ := r.ReadRune()
		fmt.Println(e1, e2, c2 == c)
	}
	r = newR("abc", 16, 2)
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte(), r.UnreadRune())
	b, _ = r.ReadByte()
	b2, _ := r.ReadByte()
	fmt.Println(string(b), string(b2), r.UnreadRune(), r.UnreadByte())
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err, r.UnreadByte())
	// UnreadByte after Read.
	r = newR("hello", 16, 5)
	buf := make([]byte, 3)
	r.Read(buf)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	rest, _ = io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	// A read straight into a big buffer, then UnreadByte.
	r = newR("direct read", 16, 11)
	big := make([]byte, 32)
	n, err := r.Read(big)
	fmt.Println(n, err, r.UnreadByte(), r.Buffered())
	b, _ = r.ReadByte()
	fmt.Println(string(b))
}

func delimited() {
	fmt.Println("== ReadString ReadBytes ReadSlice ReadLine")
	text := "first line\nsecond\r\n\nno newline at end"
	for _, size := range []int{16, 4096} {
		for _, steps := range [][]int{{1}, {7}, {1000}} {
			r := newR(text, size, steps...)
			for {
				s, err := r.ReadString('\n')
				fmt.Printf("%q %v | ", s, err)
				if err != nil {
					break
				}
			}
			fmt.Println()
			r = newR(text+strings.Repeat("long", 20)+"\n", size, steps...)
			for {
				s, err := r.ReadBytes('\n')
				fmt.Printf("%d %v | ", len(s), err)
				if err != nil {
					break
				}
			}
			fmt.Println()
			r = newR(text+strings.Repeat("long", 20)+"\n", size, steps...)
			for {
				s, err := r.ReadSlice('\n')
				fmt.Printf("%q %v | ", s, err)
				if err != nil && err != bufio.ErrBufferFull {
					break
				}
			}
			fmt.Println()
			r = newR("a\r\nbb\rb\n"+strings.Repeat("c", 15)+"\r\n"+strings.Repeat("d", 40)+"\nlast\r", size, steps...)
			for {
				line, prefix, err := r.ReadLine()
				fmt.Printf("%q %v %v | ", line, prefix, err)
				if err != nil {
					break
				}
			}
			fmt.Println()
		}
	}
	r := bufio.NewReaderSize(&chunked{s: "abc\ndef", steps: []int{2}, err: errBoom}, 16)
	for i := 0; i < 3; i++ {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
	}
}

func peekDiscard() {
	fmt.Println("== Peek Discard")
	r := newR("0123456789abcdefghijklmnopqrstuvwxyz", 16, 3)
	for _, n := range []int{0, 1, 5, 16, 17, -1} {
		p, err := r.Peek(n)
		fmt.Printf("peek %d: %q %v %d\n", n, p, err, r.Buffered())
	}
	fmt.Println(r.UnreadByte())
	for _, n := range []int{0, 3, 20, -2, 100} {
		d, err := r.Discard(n)
		fmt.Println("discard", n, d, err, r.Buffered())
	}
	p, err := r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	r = bufio.NewReaderSize(&chunked{s: "abcdef", steps: []int{4}, err: errBoom}, 16)
	p, err = r.Peek(10)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(10)
	fmt.Printf("%q %v\n", p, err)
	d, err := r.Discard(10)
	fmt.Println(d, err)
	r.Reset(strings.NewReader("reset"))
	p, err = r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Size())
	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero value"))
	s, err := zero.ReadString(' ')
	fmt.Printf("%q %v %d\n", s, err, zero.Size())
}

// sink collects writes; it fails after limit bytes (if limit >= 0), or
// writes one byte short if short. It counts calls.
type sink struct {
	buf    []byte
	limit  int
	short  bool
	writes int
}

func (s *sink) Write(p []byte) (int, error) {
	s.writes++
	if s.limit >= 0 && len(s.buf)+len(p) > s.limit {
		n := s.limit - len(s.buf)
		s.buf = append(s.buf, p[:n]...)
		return n, errBoom
	}
	if s.short && len(p) > 1 {
		s.buf = append(s.buf, p[:len(p)-1]...)
		return len(p) - 1, nil
	}
	s.buf = append(s.buf, p...)
	return len(p), nil
}

// strSink is a sink with WriteString, counting those separately.
type strSink struct {
	sink
	strs int
}

func (s *strSink) WriteString(str string) (int, error) {
	s.strs++
	return s.Write([]byte(str))
}

func writeTo() {
	fmt.Println("== WriteTo")
	for _, size := range []int{16, 4096} {
		r := newR(strings.Repeat("0123456789", 10), size, 7)
		r.ReadByte()
		s := &sink{limit: -1}
		n, err := r.WriteTo(s)
		fmt.Println(n, err, len(s.buf), s.writes)
		r = newR(strings.Repeat("0123456789", 10), size, 7)
		s = &sink{limit: 30}
		n, err = r.WriteTo(s)
		fmt.Println(n, err, len(s.buf))
		r = bufio.NewReaderSize(strings.NewReader("via the source's WriteTo"), size)
		r.ReadByte()
		var sb strings.Builder
		n, err = r.WriteTo(&sb)
		fmt.Println(n, err, sb.String())
		r = newR("into ReadFrom", size, 4)
		var bb bytes.Buffer
		n, err = r.WriteTo(&bb)
		fmt.Println(n, err, bb.String())
		r = bufio.NewReaderSize(&chunked{s: "err after", steps: []int{4}, err: errBoom}, size)
		s = &sink{limit: -1}
		n, err = r.WriteTo(s)
		fmt.Println(n, err, string(s.buf))
	}
}

func writing() {
	fmt.Println("== Writer")
	for _, size := range []int{1, 3, 8, 4096} {
		var sb strings.Builder
		w := bufio.NewWriterSize(&sb, size)
		w.WriteString("hello")
		fmt.Print(sb.Len(), w.Buffered(), w.Available(), " ")
		w.Write([]byte(", world"))
		fmt.Print(sb.Len(), w.Buffered(), " ")
		w.WriteByte('!')
		n, err := w.WriteRune('é')
		fmt.Print(n, err, sb.Len(), w.Buffered(), " ")
		n, err = w.WriteRune('世')
		fmt.Print(n, err, " ")
		w.WriteRune('\U0001F600')
		w.WriteString(strings.Repeat("-", 10))
		fmt.Print(sb.Len(), w.Buffered(), " ")
		fmt.Println(w.Flush(), w.Flush(), w.Size(), sb.String())
	}
	// Write straight through when the buffer is empty.
	s := &strSink{sink: sink{limit: -1}}
	w := bufio.NewWriterSize(s, 4)
	w.WriteString("abcdefgh")
	w.Write([]byte("ijklmnop"))
	w.WriteString("q")
	w.WriteString("rstuvwxyz")
	w.Flush()
	fmt.Println(s.writes, s.strs, string(s.buf))
	// Errors are sticky; a short write is an error.
	for _, limit := range []int{0, 3, 6, 10} {
		s := &sink{limit: limit}
		w := bufio.NewWriterSize(s, 4)
		n1, e1 := w.WriteString("abc")
		n2, e2 := w.Write([]byte("defgh"))
		e3 := w.WriteByte('i')
		n4, e4 := w.WriteRune('ж')
		e5 := w.Flush()
		fmt.Printf("%d %d %v %d %v %v %d %v %v %d %q\n", limit, n1, e1, n2, e2, e3, n4, e4, e5, w.Buffered(), s.buf)
		w.Reset(&sink{limit: -1})
		fmt.Println(w.Buffered(), w.WriteByte('z'), w.Flush())
	}
	sh := &sink{limit: -1, short: true}
	w = bufio.NewWriterSize(sh, 8)
	w.WriteString("abcdef")
	fmt.Println(w.Flush(), w.Buffered(), string(sh.buf), w.Flush())
	bw := bufio.NewWriterSize(&sink{limit: -1}, 16)
	fmt.Println(bufio.NewWriterSize(bw, 16) == bw, bufio.NewWriterSize(bw, 17) == bw, bufio.NewWriterSize(nil, 0).Size(), bufio.NewWriterSize(nil, -5).Available())
	var zero bufio.Writer
	var sb strings.Builder
	zero.Reset(&sb)
	zero.WriteString("zero")
	zero.Flush()
	fmt.Println(sb.String(), zero.Size())
	ab := bw.AvailableBuffer()
	ab = append(ab, "appended"...)
	bw.Write(ab)
	fmt.Println(len(ab), cap(ab), bw.Buffered())
	// A buffer smaller than a rune.
	sb.Reset()
	w = bufio.NewWriterSize(&sb, 2)
	w.WriteByte('x')
	n, err := w.WriteRune('世')
	w.Flush()
	fmt.Println(n, err, sb.String())
}

func readFrom() {
	fmt.Println("== ReadFrom")
	for _, size := range []int{4, 16, 4096} {
		s := &sink{limit: -1}
		w := bufio.NewWriterSize(s, size)
		w.WriteString("pre-")
		n, err := w.ReadFrom(&chunked{s: strings.Repeat("x", 37), steps: []int{5, 0, 11}})
		fmt.Println(n, err, w.Buffered(), s.writes)
		w.Flush()
		fmt.Println(len(s.buf))
		n, err = w.ReadFrom(&chunked{s: "abc", steps: []int{2}, err: errBoom})
		fmt.Println(n, err, w.Buffered())
		n, err = w.ReadFrom(&chunked{s: "x", steps: []int{0}})
		fmt.Println(n, err)
		var bb bytes.Buffer
		w = bufio.NewWriterSize(&bb, size)
		n, err = w.ReadFrom(strings.NewReader("bytes.Buffer has ReadFrom"))
		fmt.Println(n, err, w.Buffered(), bb.String())
		w.WriteString("ab")
		n, err = w.ReadFrom(strings.NewReader("cd"))
		w.Flush()
		fmt.Println(n, err, bb.String())
		fs := &sink{limit: 2}
		w = bufio.NewWriterSize(fs, size)
		n, err = w.ReadFrom(strings.NewReader(strings.Repeat("y", 20)))
		fmt.Println(n, err, w.Buffered(), w.Flush())
		// io.Copy into a Writer uses its ReadFrom (the source has no WriteTo).
		sb := &strings.Builder{}
		w = bufio.NewWriterSize(sb, size)
		c, err := io.Copy(w, &chunked{s: "copied via ReadFrom", steps: []int{3}})
		fmt.Println(c, err, w.Buffered(), sb.String())
		w.Flush()
		fmt.Println(sb.String())
	}
}

func readWriter() {
	fmt.Println("== ReadWriter")
	var sb strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\nput\n")), bufio.NewWriter(&sb))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got " + line)
	rw.Flush()
	fmt.Printf("%q %d\n", sb.String(), rw.Reader.Buffered())
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}

func main() {
	reading()
	bytesAndRunes()
	delimited()
	peekDiscard()
	writeTo()
	writing()
	readFrom()
	readWriter()
}

// CHECK: == Read
// CHECK-NEXT: 16 [1] ""/<nil>/0 "T"/<nil>/0 "h"/<nil>/0 "e"/<nil>/0 " "/<nil>/0 "q"/<nil>/0 "u"/<nil>/0
// CHECK-NEXT: 16 [3 0 5] ""/<nil>/0 "T"/<nil>/2 "he"/<nil>/0 ""/<nil>/0 " q"/<nil>/3 "uic"/<nil>/0 "k"/<nil>/2
// CHECK-NEXT: 16 [100] ""/<nil>/0 "T"/<nil>/15 "he qu"/<nil>/10 "ick brown "/<nil>/0 "fo"/<nil>/14 "x jumps over t"/<nil>/0 "h"/<nil>/11
// CHECK-NEXT: 16 [1] ""/<nil>/0 "T"/<nil>/0 "h"/<nil>/0 "e"/<nil>/0 " "/<nil>/0 "q"/<nil>/0 "u"/<nil>/0
// CHECK-NEXT: 16 [3 0 5] ""/<nil>/0 "T"/<nil>/2 "he"/<nil>/0 ""/<nil>/0 " q"/<nil>/3 "uic"/<nil>/0 "k"/<nil>/2
// CHECK-NEXT: 16 [100] ""/<nil>/0 "T"/<nil>/15 "he qu"/<nil>/10 "ick brown "/<nil>/0 "fo"/<nil>/14 "x jumps over t"/<nil>/0 "h"/<nil>/11
// CHECK-NEXT: 20 [1] ""/<nil>/0 "T"/<nil>/0 "h"/<nil>/0 "e"/<nil>/0 " "/<nil>/0 "q"/<nil>/0 "u"/<nil>/0
// CHECK-NEXT: 20 [3 0 5] ""/<nil>/0 "T"/<nil>/2 "he"/<nil>/0 ""/<nil>/0 " q"/<nil>/3 "uic"/<nil>/0 "k"/<nil>/2
// CHECK-NEXT: 20 [100] ""/<nil>/0 "T"/<nil>/19 "he qu"/<nil>/14 "ick brown fox "/<nil>/0 "ju"/<nil>/18 "mps over the lazy "/<nil>/0 "d"/<nil>/3
// CHECK-NEXT: 4096 [1] ""/<nil>/0 "T"/<nil>/0 "h"/<nil>/0 "e"/<nil>/0 " "/<nil>/0 "q"/<nil>/0 "u"/<nil>/0
// CHECK-NEXT: 4096 [3 0 5] ""/<nil>/0 "T"/<nil>/2 "he"/<nil>/0 ""/<nil>/0 " q"/<nil>/3 "uic"/<nil>/0 "k"/<nil>/2
// CHECK-NEXT: 4096 [100] ""/<nil>/0 "T"/<nil>/43 "he qu"/<nil>/38 "ick brown fox jumps over the l"/<nil>/8 "az"/<nil>/6 "y dog."/<nil>/0 ""/EOF/0
// CHECK-NEXT: true false 4096
// CHECK-NEXT: 0 unexpected EOF
// CHECK-NEXT: 0 unexpected EOF
// CHECK-NEXT: multiple Read calls return no data or error
// CHECK-NEXT: == ReadByte ReadRune
// CHECK-NEXT: bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
// CHECK-NEXT: 97 1 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 233 2 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 19990 3 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 128512 4 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 65533 1 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 65533 1 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 65533 1 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 122 1 <nil> bufio: invalid use of UnreadRune true
// CHECK-NEXT: 0 0 EOF bufio: invalid use of UnreadRune
// CHECK-NEXT: a <nil> bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
// CHECK-NEXT: a b bufio: invalid use of UnreadRune <nil>
// CHECK-NEXT: "bc" <nil>
// CHECK-NEXT: EOF <nil>
// CHECK-NEXT: <nil> bufio: invalid use of UnreadRune
// CHECK-NEXT: "llo"
// CHECK-NEXT: 11 <nil> <nil> 1
// CHECK-NEXT: d
// CHECK-NEXT: == ReadString ReadBytes ReadSlice ReadLine
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at en" bufio: buffer full | "dlonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "g\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" true <nil> | "" false <nil> | "dddddddddddddddd" true <nil> | "dddddddddddddddd" true <nil> | "dddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at en" bufio: buffer full | "dlonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "g\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" true <nil> | "" false <nil> | "dddddddddddddddd" true <nil> | "dddddddddddddddd" true <nil> | "dddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at en" bufio: buffer full | "dlonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "glonglonglonglon" bufio: buffer full | "g\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" true <nil> | "" false <nil> | "dddddddddddddddd" true <nil> | "dddddddddddddddd" true <nil> | "dddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at endlonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglong\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" false <nil> | "dddddddddddddddddddddddddddddddddddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at endlonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglong\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" false <nil> | "dddddddddddddddddddddddddddddddddddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at end" EOF | 
// CHECK-NEXT: 11 <nil> | 8 <nil> | 1 <nil> | 98 <nil> | 0 EOF | 
// CHECK-NEXT: "first line\n" <nil> | "second\r\n" <nil> | "\n" <nil> | "no newline at endlonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglonglong\n" <nil> | "" EOF | 
// CHECK-NEXT: "a" false <nil> | "bb\rb" false <nil> | "ccccccccccccccc" false <nil> | "dddddddddddddddddddddddddddddddddddddddd" false <nil> | "last\r" false <nil> | "" false EOF | 
// CHECK-NEXT: "abc\n" <nil>
// CHECK-NEXT: "def" boom
// CHECK-NEXT: "" boom
// CHECK-NEXT: == Peek Discard
// CHECK-NEXT: peek 0: "" <nil> 0
// CHECK-NEXT: peek 1: "0" <nil> 3
// CHECK-NEXT: peek 5: "01234" <nil> 6
// CHECK-NEXT: peek 16: "0123456789abcdef" <nil> 16
// CHECK-NEXT: peek 17: "0123456789abcdef" bufio: buffer full 16
// CHECK-NEXT: peek -1: "" bufio: negative count 16
// CHECK-NEXT: bufio: invalid use of UnreadByte
// CHECK-NEXT: discard 0 0 <nil> 16
// CHECK-NEXT: discard 3 3 <nil> 13
// CHECK-NEXT: discard 20 20 <nil> 2
// CHECK-NEXT: discard -2 0 bufio: negative count 2
// CHECK-NEXT: discard 100 13 EOF 0
// CHECK-NEXT: "" EOF
// CHECK-NEXT: "abcdef" boom
// CHECK-NEXT: "abcdef" boom
// CHECK-NEXT: 6 boom
// CHECK-NEXT: "reset" <nil> 16
// CHECK-NEXT: "zero " <nil> 4096
// CHECK-NEXT: == WriteTo
// CHECK-NEXT: 99 <nil> 99 15
// CHECK-NEXT: 30 boom 30
// CHECK-NEXT: 23 <nil> ia the source's WriteTo
// CHECK-NEXT: 13 <nil> into ReadFrom
// CHECK-NEXT: 9 boom err after
// CHECK-NEXT: 99 <nil> 99 15
// CHECK-NEXT: 30 boom 30
// CHECK-NEXT: 23 <nil> ia the source's WriteTo
// CHECK-NEXT: 13 <nil> into ReadFrom
// CHECK-NEXT: 9 boom err after
// CHECK-NEXT: == Writer
// CHECK-NEXT: 5 0 1 12 0 2 <nil> 15 0 3 <nil> 32 0 <nil> <nil> 1 hello, world!é世😀----------
// CHECK-NEXT: 5 0 3 12 0 2 <nil> 13 2 3 <nil> 32 0 <nil> <nil> 3 hello, world!é世😀----------
// CHECK-NEXT: 0 5 3 8 4 2 <nil> 13 2 3 <nil> 26 6 <nil> <nil> 8 hello, world!é世😀----------
// CHECK-NEXT: 0 5 4091 0 12 2 <nil> 0 15 3 <nil> 0 32 <nil> <nil> 4096 hello, world!é世😀----------
// CHECK-NEXT: 4 2 abcdefghijklmnopqrstuvwxyz
// CHECK-NEXT: 0 3 <nil> 1 boom boom 0 boom boom 4 ""
// CHECK-NEXT: 0 <nil> <nil>
// CHECK-NEXT: 3 3 <nil> 1 boom boom 0 boom boom 1 "abc"
// CHECK-NEXT: 0 <nil> <nil>
// CHECK-NEXT: 6 3 <nil> 5 <nil> boom 0 boom boom 2 "abcdef"
// CHECK-NEXT: 0 <nil> <nil>
// CHECK-NEXT: 10 3 <nil> 5 <nil> <nil> 2 <nil> boom 1 "abcdefghi\xd0"
// CHECK-NEXT: 0 <nil> <nil>
// CHECK-NEXT: short write 1 abcde short write
// CHECK-NEXT: true false 4096 4096
// CHECK-NEXT: zero 4096
// CHECK-NEXT: 8 16 8
// CHECK-NEXT: 3 <nil> x世
// CHECK-NEXT: == ReadFrom
// CHECK-NEXT: 37 <nil> 1 10
// CHECK-NEXT: 41
// CHECK-NEXT: 3 boom 3
// CHECK-NEXT: 0 multiple Read calls return no data or error
// CHECK-NEXT: 25 <nil> 0 bytes.Buffer has ReadFrom
// CHECK-NEXT: 2 <nil> bytes.Buffer has ReadFromabcd
// CHECK-NEXT: 4 boom 2 boom
// CHECK-NEXT: 19 <nil> 3 copied via ReadF
// CHECK-NEXT: copied via ReadFrom
// CHECK-NEXT: 37 <nil> 9 2
// CHECK-NEXT: 41
// CHECK-NEXT: 3 boom 3
// CHECK-NEXT: 0 multiple Read calls return no data or error
// CHECK-NEXT: 25 <nil> 0 bytes.Buffer has ReadFrom
// CHECK-NEXT: 2 <nil> bytes.Buffer has ReadFromabcd
// CHECK-NEXT: 16 boom 14 boom
// CHECK-NEXT: 19 <nil> 3 copied via ReadF
// CHECK-NEXT: copied via ReadFrom
// CHECK-NEXT: 37 <nil> 41 0
// CHECK-NEXT: 41
// CHECK-NEXT: 3 boom 3
// CHECK-NEXT: 0 multiple Read calls return no data or error
// CHECK-NEXT: 25 <nil> 0 bytes.Buffer has ReadFrom
// CHECK-NEXT: 2 <nil> bytes.Buffer has ReadFromabcd
// CHECK-NEXT: 20 <nil> 20 boom
// CHECK-NEXT: 19 <nil> 19 
// CHECK-NEXT: copied via ReadFrom
// CHECK-NEXT: == ReadWriter
// CHECK-NEXT: "got in\n" 4
// CHECK-NEXT: bufio: buffer full bufio: negative count bufio: invalid use of UnreadByte bufio: invalid use of UnreadRune
