// Package io from golib: ReadAll, ReadFull, ReadAtLeast, Copy, CopyN and
// CopyBuffer over a reader that returns short reads, empty reads and
// errors (with or without data), and writers that fail or write short;
// LimitReader, SectionReader, TeeReader, MultiReader, MultiWriter,
// NopCloser, Discard, Pipe; strings.Reader and bytes.Reader as io types.
// Expected output: Go 1.19 (test/tools/goexpect.py).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errBoom = errors.New("boom")

// A choppy reader gives its data in pieces of the sizes in steps (cycled;
// 0 is an empty read), then ends with err, with the last data if
// errWithData.
type choppy struct {
	data        string
	steps       []int
	k           int
	err         error
	errWithData bool
	reads       int
}

func (c *choppy) Read(p []byte) (int, error) {
	c.reads++
	if len(c.data) == 0 {
		return 0, c.err
	}
	n := c.steps[c.k%len(c.steps)]
	c.k++
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	if len(c.data) == 0 && c.errWithData {
		return n, c.err
	}
	return n, nil
}

func newChoppy(s string, err error, withData bool, steps ...int) *choppy {
	return &choppy{data: s, steps: steps, err: err, errWithData: withData}
}

// A sink collects writes; it fails after limit bytes (if limit >= 0), or
// claims short writes if short.
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

func text(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + i*7%26)
	}
	return string(b)
}

func readAll() {
	fmt.Println("== ReadAll")
	for _, n := range []int{0, 1, 511, 512, 513, 5000} {
		for _, wd := range []bool{false, true} {
			for _, e := range []error{io.EOF, errBoom} {
				c := newChoppy(text(n), e, wd, 3, 0, 100, 1000)
				b, err := io.ReadAll(c)
				fmt.Println(n, wd, len(b), string(b) == text(n), err, c.reads)
			}
		}
	}
}

func readFull() {
	fmt.Println("== ReadFull ReadAtLeast")
	for _, n := range []int{0, 1, 5, 10, 11} {
		for _, min := range []int{0, 1, 5, 10, 12} {
			for _, e := range []error{io.EOF, errBoom} {
				c := newChoppy(text(n), e, n%2 == 0, 2, 0, 3)
				buf := make([]byte, 10)
				k, err := io.ReadAtLeast(c, buf, min)
				fmt.Printf("%d %d %v: %d %q %v\n", n, min, e, k, buf[:k], err)
			}
		}
		c := newChoppy(text(n), io.EOF, false, 4)
		buf := make([]byte, 8)
		k, err := io.ReadFull(c, buf)
		fmt.Printf("full %d: %d %q %v\n", n, k, buf[:k], err)
	}
}

func copies() {
	fmt.Println("== Copy")
	for _, n := range []int{0, 1, 100, 40000, 70000} {
		for _, lim := range []int{-1, 0, 50, 39999} {
			for _, short := range []bool{false, true} {
				c := newChoppy(text(n), io.EOF, true, 1, 0, 33000)
				s := &sink{limit: lim, short: short}
				w, err := io.Copy(s, c)
				fmt.Println(n, lim, short, w, len(s.buf), s.writes, err, string(s.buf) == text(n)[:len(s.buf)])
			}
		}
	}
	for _, n := range []int64{0, 5, 99, 100, 101} {
		s := &sink{limit: -1}
		w, err := io.CopyN(s, newChoppy(text(100), io.EOF, false, 7), n)
		fmt.Println("CopyN", n, w, err, string(s.buf))
		s = &sink{limit: -1}
		w, err = io.CopyN(s, strings.NewReader(text(100)), n)
		fmt.Println("CopyN strings", n, w, err, s.writes)
	}
	s := &sink{limit: -1}
	w, err := io.CopyBuffer(s, newChoppy(text(50), io.EOF, false, 9), make([]byte, 4))
	fmt.Println("CopyBuffer", w, err, s.writes, string(s.buf))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(s, newChoppy("x", io.EOF, false, 1), make([]byte, 0))
	}()
	// WriterTo and ReaderFrom take over.
	var bb bytes.Buffer
	w, err = io.Copy(&bb, strings.NewReader("through WriteTo"))
	fmt.Println(w, err, bb.String())
	var sb strings.Builder
	w, err = io.Copy(&sb, io.LimitReader(strings.NewReader("limited reader here"), 7))
	fmt.Println(w, err, sb.String())
}

func wrappers() {
	fmt.Println("== wrappers")
	lr := &io.LimitedReader{R: strings.NewReader("0123456789"), N: 4}
	buf := make([]byte, 3)
	for i := 0; i < 4; i++ {
		n, err := lr.Read(buf)
		fmt.Printf("%d %q %v %d\n", n, buf[:n], err, lr.N)
	}
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	b, err := io.ReadAll(sr)
	fmt.Printf("%q %v\n", b, err)
	for _, c := range [][2]int64{{0, 0}, {1, 1}, {-1, 2}, {2, 2}, {0, 7}, {3, 9}} {
		p, err := sr.Seek(c[0], int(c[1]))
		fmt.Println("seek", c, p, err)
	}
	sr.Seek(1, io.SeekStart)
	b = make([]byte, 3)
	n, err := sr.Read(b)
	fmt.Printf("%d %q %v\n", n, b[:n], err)
	for _, off := range []int64{-1, 0, 2, 4, 5, 10} {
		b := make([]byte, 3)
		n, err := sr.ReadAt(b, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, b[:n], err)
	}
	big := io.NewSectionReader(strings.NewReader("abc"), 1, 1<<63-1)
	fmt.Println(big.Size())

	var log bytes.Buffer
	tr := io.TeeReader(newChoppy("teeing along", io.EOF, false, 5), &log)
	b, err = io.ReadAll(tr)
	fmt.Printf("%q %v %q\n", b, err, log.String())
	tr = io.TeeReader(strings.NewReader("fail"), &sink{limit: 2})
	n, err = tr.Read(make([]byte, 10))
	fmt.Println(n, err)

	mr := io.MultiReader(strings.NewReader("ab"), newChoppy("", io.EOF, false, 1), newChoppy("cde", io.EOF, true, 2), io.MultiReader(strings.NewReader("f"), strings.NewReader("gh")))
	for {
		n, err := mr.Read(buf)
		fmt.Printf("multi %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	mr = io.MultiReader(strings.NewReader("x"), newChoppy("yz", errBoom, true, 1), strings.NewReader("never"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	var s1, s2 strings.Builder
	s3 := &sink{limit: -1}
	w, err := io.Copy(io.MultiWriter(&s1, io.MultiWriter(&s2, s3)), io.MultiReader(strings.NewReader("one "), strings.NewReader("two")))
	fmt.Println(w, err, s1.String(), s2.String(), string(s3.buf))
	mw := io.MultiWriter(&s1, &sink{limit: 3}, &s2)
	n, err = mw.Write([]byte("hello"))
	fmt.Println(n, err, s1.String(), s2.String())
	n, err = io.WriteString(mw, "more")
	fmt.Println(n, err, s1.String())
	n, err = io.WriteString(io.MultiWriter(&sink{short: true, limit: -1}), "short")
	fmt.Println(n, err)

	rc := io.NopCloser(strings.NewReader("nop"))
	_, isWT := rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	rc = io.NopCloser(newChoppy("nop", io.EOF, false, 1))
	_, isWT = rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)

	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	w, err = io.Copy(io.Discard, newChoppy(text(20000), io.EOF, false, 3000))
	fmt.Println(w, err)
	w, err = io.Copy(io.Discard, newChoppy(text(200), errBoom, true, 30))
	fmt.Println(w, err)
	n, err = io.WriteString(io.Discard, "str")
	fmt.Println(n, err)
}

func pipe() {
	fmt.Println("== Pipe")
	pr, pw := io.Pipe()
	done := make(chan bool)
	go func() {
		for _, s := range []string{"alpha ", "", "beta ", text(100)} {
			n, err := pw.Write([]byte(s))
			fmt.Println("wrote", n, err)
		}
		pw.CloseWithError(errBoom)
		done <- true
	}()
	buf := make([]byte, 7)
	total := 0
	for {
		n, err := pr.Read(buf)
		total += n
		if err != nil {
			fmt.Println("read end", total, err)
			break
		}
	}
	<-done
	n, err := pw.Write([]byte("late"))
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("writer", n, err)
		done <- true
	}()
	n, _ = pr.Read(buf[:4])
	fmt.Println("got", n)
	pr.Close()
	<-done
	n, err = pr.Read(buf)
	fmt.Println(n, err)
	pr, pw = io.Pipe()
	pw.Close()
	n, err = pr.Read(buf)
	fmt.Println(n, err)
}

func readers() {
	fmt.Println("== strings.Reader bytes.Reader")
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	for _, f := range []func() (interface{}, error){
		func() (interface{}, error) { return r.ReadByte() },
		func() (interface{}, error) { return nil, r.UnreadRune() },
		func() (interface{}, error) { c, n, err := r.ReadRune(); return fmt.Sprint(c, n), err },
		func() (interface{}, error) { return nil, r.UnreadRune() },
		func() (interface{}, error) { return nil, r.UnreadRune() },
		func() (interface{}, error) { c, n, err := r.ReadRune(); return fmt.Sprint(c, n), err },
		func() (interface{}, error) { return nil, r.UnreadByte() },
		func() (interface{}, error) { return r.ReadByte() },
		func() (interface{}, error) { return r.Seek(-3, io.SeekEnd) },
		func() (interface{}, error) { return r.Seek(2, io.SeekCurrent) },
		func() (interface{}, error) { return r.Seek(-1, io.SeekStart) },
		func() (interface{}, error) { return r.Seek(0, 7) },
		func() (interface{}, error) { return r.Seek(100, io.SeekStart) },
		func() (interface{}, error) { return r.ReadByte() },
		func() (interface{}, error) { return r.Len(), nil },
		func() (interface{}, error) { return r.Seek(0, io.SeekStart) },
		func() (interface{}, error) { return nil, r.UnreadByte() },
		func() (interface{}, error) { return nil, r.UnreadRune() },
	} {
		v, err := f()
		fmt.Println(v, err)
	}
	r.Seek(1, io.SeekStart)
	c, n, err := r.ReadRune()
	fmt.Println(c, n, err)
	for _, off := range []int64{-1, 0, 5, 13, 14} {
		b := make([]byte, 4)
		n, err := r.ReadAt(b, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, b[:n], err)
	}
	var sb strings.Builder
	w, err := r.WriteTo(&sb)
	fmt.Println(w, err, sb.String(), r.Len())
	w, err = r.WriteTo(&sb)
	fmt.Println(w, err)
	r.Reset("new")
	s := &sink{limit: 2}
	w, err = r.WriteTo(s)
	fmt.Println(w, err, r.Len())
	r.Reset("xyz")
	s = &sink{limit: -1, short: true}
	w, err = r.WriteTo(s)
	fmt.Println(w, err, r.Len())
	n, err = r.Read(nil)
	fmt.Println(n, err)
	var zero strings.Reader
	n, err = zero.Read(make([]byte, 1))
	fmt.Println(n, err, zero.Len(), zero.Size())

	var rs io.ReadSeeker = bytes.NewReader([]byte("bytes reader"))
	rs.Seek(6, io.SeekStart)
	b, err := io.ReadAll(rs)
	fmt.Printf("%q %v\n", b, err)
	var _ io.RuneScanner = r
	var _ io.ByteScanner = r
	var _ io.ReaderAt = r
	var _ io.WriterTo = r
	var _ io.ReadWriteCloser = struct {
		io.Reader
		io.Writer
		io.Closer
	}{}
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
}

func main() {
	readAll()
	readFull()
	copies()
	wrappers()
	pipe()
	readers()
}

// CHECK: == ReadAll
// CHECK-NEXT: 0 false 0 true <nil> 1
// CHECK-NEXT: 0 false 0 true boom 1
// CHECK-NEXT: 0 true 0 true <nil> 1
// CHECK-NEXT: 0 true 0 true boom 1
// CHECK-NEXT: 1 false 1 true <nil> 2
// CHECK-NEXT: 1 false 1 true boom 2
// CHECK-NEXT: 1 true 1 true <nil> 1
// CHECK-NEXT: 1 true 1 true boom 1
// CHECK-NEXT: 511 false 511 true <nil> 5
// CHECK-NEXT: 511 false 511 true boom 5
// CHECK-NEXT: 511 true 511 true <nil> 4
// CHECK-NEXT: 511 true 511 true boom 4
// CHECK-NEXT: 512 false 512 true <nil> 5
// CHECK-NEXT: 512 false 512 true boom 5
// CHECK-NEXT: 512 true 512 true <nil> 4
// CHECK-NEXT: 512 true 512 true boom 4
// CHECK-NEXT: 513 false 513 true <nil> 6
// CHECK-NEXT: 513 false 513 true boom 6
// CHECK-NEXT: 513 true 513 true <nil> 5
// CHECK-NEXT: 513 true 513 true boom 5
// CHECK-NEXT: 5000 false 5000 true <nil> 29
// CHECK-NEXT: 5000 false 5000 true boom 29
// CHECK-NEXT: 5000 true 5000 true <nil> 28
// CHECK-NEXT: 5000 true 5000 true boom 28
// CHECK-NEXT: == ReadFull ReadAtLeast
// CHECK-NEXT: 0 0 EOF: 0 "" <nil>
// CHECK-NEXT: 0 0 boom: 0 "" <nil>
// CHECK-NEXT: 0 1 EOF: 0 "" EOF
// CHECK-NEXT: 0 1 boom: 0 "" boom
// CHECK-NEXT: 0 5 EOF: 0 "" EOF
// CHECK-NEXT: 0 5 boom: 0 "" boom
// CHECK-NEXT: 0 10 EOF: 0 "" EOF
// CHECK-NEXT: 0 10 boom: 0 "" boom
// CHECK-NEXT: 0 12 EOF: 0 "" short buffer
// CHECK-NEXT: 0 12 boom: 0 "" short buffer
// CHECK-NEXT: full 0: 0 "" EOF
// CHECK-NEXT: 1 0 EOF: 0 "" <nil>
// CHECK-NEXT: 1 0 boom: 0 "" <nil>
// CHECK-NEXT: 1 1 EOF: 1 "a" <nil>
// CHECK-NEXT: 1 1 boom: 1 "a" <nil>
// CHECK-NEXT: 1 5 EOF: 1 "a" unexpected EOF
// CHECK-NEXT: 1 5 boom: 1 "a" boom
// CHECK-NEXT: 1 10 EOF: 1 "a" unexpected EOF
// CHECK-NEXT: 1 10 boom: 1 "a" boom
// CHECK-NEXT: 1 12 EOF: 0 "" short buffer
// CHECK-NEXT: 1 12 boom: 0 "" short buffer
// CHECK-NEXT: full 1: 1 "a" unexpected EOF
// CHECK-NEXT: 5 0 EOF: 0 "" <nil>
// CHECK-NEXT: 5 0 boom: 0 "" <nil>
// CHECK-NEXT: 5 1 EOF: 2 "ah" <nil>
// CHECK-NEXT: 5 1 boom: 2 "ah" <nil>
// CHECK-NEXT: 5 5 EOF: 5 "ahovc" <nil>
// CHECK-NEXT: 5 5 boom: 5 "ahovc" <nil>
// CHECK-NEXT: 5 10 EOF: 5 "ahovc" unexpected EOF
// CHECK-NEXT: 5 10 boom: 5 "ahovc" boom
// CHECK-NEXT: 5 12 EOF: 0 "" short buffer
// CHECK-NEXT: 5 12 boom: 0 "" short buffer
// CHECK-NEXT: full 5: 5 "ahovc" unexpected EOF
// CHECK-NEXT: 10 0 EOF: 0 "" <nil>
// CHECK-NEXT: 10 0 boom: 0 "" <nil>
// CHECK-NEXT: 10 1 EOF: 2 "ah" <nil>
// CHECK-NEXT: 10 1 boom: 2 "ah" <nil>
// CHECK-NEXT: 10 5 EOF: 5 "ahovc" <nil>
// CHECK-NEXT: 10 5 boom: 5 "ahovc" <nil>
// CHECK-NEXT: 10 10 EOF: 10 "ahovcjqxel" <nil>
// CHECK-NEXT: 10 10 boom: 10 "ahovcjqxel" <nil>
// CHECK-NEXT: 10 12 EOF: 0 "" short buffer
// CHECK-NEXT: 10 12 boom: 0 "" short buffer
// CHECK-NEXT: full 10: 8 "ahovcjqx" <nil>
// CHECK-NEXT: 11 0 EOF: 0 "" <nil>
// CHECK-NEXT: 11 0 boom: 0 "" <nil>
// CHECK-NEXT: 11 1 EOF: 2 "ah" <nil>
// CHECK-NEXT: 11 1 boom: 2 "ah" <nil>
// CHECK-NEXT: 11 5 EOF: 5 "ahovc" <nil>
// CHECK-NEXT: 11 5 boom: 5 "ahovc" <nil>
// CHECK-NEXT: 11 10 EOF: 10 "ahovcjqxel" <nil>
// CHECK-NEXT: 11 10 boom: 10 "ahovcjqxel" <nil>
// CHECK-NEXT: 11 12 EOF: 0 "" short buffer
// CHECK-NEXT: 11 12 boom: 0 "" short buffer
// CHECK-NEXT: full 11: 8 "ahovcjqx" <nil>
// CHECK-NEXT: == Copy
// CHECK-NEXT: 0 -1 false 0 0 0 <nil> true
// CHECK-NEXT: 0 -1 true 0 0 0 <nil> true
// CHECK-NEXT: 0 0 false 0 0 0 <nil> true
// CHECK-NEXT: 0 0 true 0 0 0 <nil> true
// CHECK-NEXT: 0 50 false 0 0 0 <nil> true
// CHECK-NEXT: 0 50 true 0 0 0 <nil> true
// CHECK-NEXT: 0 39999 false 0 0 0 <nil> true
// CHECK-NEXT: 0 39999 true 0 0 0 <nil> true
// CHECK-NEXT: 1 -1 false 1 1 1 <nil> true
// CHECK-NEXT: 1 -1 true 1 1 1 <nil> true
// CHECK-NEXT: 1 0 false 0 0 1 boom true
// CHECK-NEXT: 1 0 true 0 0 1 boom true
// CHECK-NEXT: 1 50 false 1 1 1 <nil> true
// CHECK-NEXT: 1 50 true 1 1 1 <nil> true
// CHECK-NEXT: 1 39999 false 1 1 1 <nil> true
// CHECK-NEXT: 1 39999 true 1 1 1 <nil> true
// CHECK-NEXT: 100 -1 false 100 100 2 <nil> true
// CHECK-NEXT: 100 -1 true 99 99 2 short write true
// CHECK-NEXT: 100 0 false 0 0 1 boom true
// CHECK-NEXT: 100 0 true 0 0 1 boom true
// CHECK-NEXT: 100 50 false 50 50 2 boom true
// CHECK-NEXT: 100 50 true 50 50 2 boom true
// CHECK-NEXT: 100 39999 false 100 100 2 <nil> true
// CHECK-NEXT: 100 39999 true 99 99 2 short write true
// CHECK-NEXT: 40000 -1 false 40000 40000 4 <nil> true
// CHECK-NEXT: 40000 -1 true 32768 32768 2 short write true
// CHECK-NEXT: 40000 0 false 0 0 1 boom true
// CHECK-NEXT: 40000 0 true 0 0 1 boom true
// CHECK-NEXT: 40000 50 false 50 50 2 boom true
// CHECK-NEXT: 40000 50 true 50 50 2 boom true
// CHECK-NEXT: 40000 39999 false 39999 39999 4 boom true
// CHECK-NEXT: 40000 39999 true 32768 32768 2 short write true
// CHECK-NEXT: 70000 -1 false 70000 70000 6 <nil> true
// CHECK-NEXT: 70000 -1 true 32768 32768 2 short write true
// CHECK-NEXT: 70000 0 false 0 0 1 boom true
// CHECK-NEXT: 70000 0 true 0 0 1 boom true
// CHECK-NEXT: 70000 50 false 50 50 2 boom true
// CHECK-NEXT: 70000 50 true 50 50 2 boom true
// CHECK-NEXT: 70000 39999 false 39999 39999 4 boom true
// CHECK-NEXT: 70000 39999 true 32768 32768 2 short write true
// CHECK-NEXT: CopyN 0 0 <nil> 
// CHECK-NEXT: CopyN strings 0 0 <nil> 0
// CHECK-NEXT: CopyN 5 5 <nil> ahovc
// CHECK-NEXT: CopyN strings 5 5 <nil> 1
// CHECK-NEXT: CopyN 99 99 <nil> ahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdk
// CHECK-NEXT: CopyN strings 99 99 <nil> 1
// CHECK-NEXT: CopyN 100 100 <nil> ahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkr
// CHECK-NEXT: CopyN strings 100 100 <nil> 1
// CHECK-NEXT: CopyN 101 100 EOF ahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkr
// CHECK-NEXT: CopyN strings 101 100 EOF 1
// CHECK-NEXT: CopyBuffer 50 <nil> 13 ahovcjqxelszgnubipwdkryfmtahovcjqxelszgnubipwdkryf
// CHECK-NEXT: recovered: empty buffer in CopyBuffer
// CHECK-NEXT: 15 <nil> through WriteTo
// CHECK-NEXT: 7 <nil> limited
// CHECK-NEXT: == wrappers
// CHECK-NEXT: 3 "012" <nil> 1
// CHECK-NEXT: 1 "3" <nil> 0
// CHECK-NEXT: 0 "" EOF 0
// CHECK-NEXT: 0 "" EOF 0
// CHECK-NEXT: 5
// CHECK-NEXT: "23456" <nil>
// CHECK-NEXT: seek [0 0] 0 <nil>
// CHECK-NEXT: seek [1 1] 1 <nil>
// CHECK-NEXT: seek [-1 2] 4 <nil>
// CHECK-NEXT: seek [2 2] 7 <nil>
// CHECK-NEXT: seek [0 7] 0 Seek: invalid whence
// CHECK-NEXT: seek [3 9] 0 Seek: invalid whence
// CHECK-NEXT: 3 "345" <nil>
// CHECK-NEXT: ReadAt -1: 0 "" EOF
// CHECK-NEXT: ReadAt 0: 3 "234" <nil>
// CHECK-NEXT: ReadAt 2: 3 "456" <nil>
// CHECK-NEXT: ReadAt 4: 1 "6" EOF
// CHECK-NEXT: ReadAt 5: 0 "" EOF
// CHECK-NEXT: ReadAt 10: 0 "" EOF
// CHECK-NEXT: 9223372036854775806
// CHECK-NEXT: "teeing along" <nil> "teeing along"
// CHECK-NEXT: 2 boom
// CHECK-NEXT: multi 2 "ab" <nil>
// CHECK-NEXT: multi 2 "cd" <nil>
// CHECK-NEXT: multi 1 "e" <nil>
// CHECK-NEXT: multi 1 "f" <nil>
// CHECK-NEXT: multi 2 "gh" <nil>
// CHECK-NEXT: multi 0 "" EOF
// CHECK-NEXT: "xyz" boom
// CHECK-NEXT: 7 <nil> one two one two one two
// CHECK-NEXT: 3 boom one twohello one two
// CHECK-NEXT: 0 boom one twohellomore
// CHECK-NEXT: 4 short write
// CHECK-NEXT: <nil> true
// CHECK-NEXT: <nil> false
// CHECK-NEXT: 4 <nil>
// CHECK-NEXT: 20000 <nil>
// CHECK-NEXT: 200 boom
// CHECK-NEXT: 3 <nil>
// CHECK-NEXT: == Pipe
// CHECK-NEXT: wrote 6 <nil>
// CHECK-NEXT: wrote 0 <nil>
// CHECK-NEXT: wrote 5 <nil>
// CHECK-NEXT: wrote 100 <nil>
// CHECK-NEXT: read end 111 boom
// CHECK-NEXT: 0 io: read/write on closed pipe
// CHECK-NEXT: got 4
// CHECK-NEXT: writer 4 io: read/write on closed pipe
// CHECK-NEXT: 0 io: read/write on closed pipe
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: == strings.Reader bytes.Reader
// CHECK-NEXT: 14 14
// CHECK-NEXT: 104 <nil>
// CHECK-NEXT: <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: 233 2 <nil>
// CHECK-NEXT: <nil> <nil>
// CHECK-NEXT: <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: 233 2 <nil>
// CHECK-NEXT: <nil> <nil>
// CHECK-NEXT: 169 <nil>
// CHECK-NEXT: 11 <nil>
// CHECK-NEXT: 13 <nil>
// CHECK-NEXT: 0 strings.Reader.Seek: negative position
// CHECK-NEXT: 0 strings.Reader.Seek: invalid whence
// CHECK-NEXT: 100 <nil>
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: <nil> strings.Reader.UnreadByte: at beginning of string
// CHECK-NEXT: <nil> strings.Reader.UnreadRune: at beginning of string
// CHECK-NEXT: 233 2 <nil>
// CHECK-NEXT: ReadAt -1: 0 "" strings.Reader.ReadAt: negative offset
// CHECK-NEXT: ReadAt 0: 4 "hél" <nil>
// CHECK-NEXT: ReadAt 5: 4 "o, w" <nil>
// CHECK-NEXT: ReadAt 13: 1 "d" EOF
// CHECK-NEXT: ReadAt 14: 0 "" EOF
// CHECK-NEXT: 11 <nil> llo, wörld 0
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: 2 boom 1
// CHECK-NEXT: 2 short write 1
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: 0 EOF 0 0
// CHECK-NEXT: "reader" <nil>
// CHECK-NEXT: 0 1 2
// CHECK-NEXT: EOF unexpected EOF short write short buffer multiple Read calls return no data or error io: read/write on closed pipe
