// Package bufio from golib: Scanner over strings.NewReader and over
// readers that give one byte at a time or odd chunks, splitting lines
// (final newline or not, "\r\n", lone '\r', empty lines), words (Unicode
// spaces, bad UTF-8), runes (bad and cut encodings) and bytes; Buffer
// and ErrTooLong; custom split functions (ErrFinalToken, errors, bad
// advances, endless empty tokens); failing readers (errors, impossible
// counts, no progress); generated inputs compared chunking by chunking.
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
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunked reads its data in pieces of the sizes in steps (cycled), then
// returns err (io.EOF by default).
type chunked struct {
	s     string
	steps []int
	k     int
	err   error
}

func (c *chunked) Read(p []byte) (int, error) {
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

func scanAll(name string, r io.Reader, split bufio.SplitFunc) {
	sc := bufio.NewScanner(r)
	if split != nil {
		sc.Split(split)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: %d %s err=%v\n", name, len(toks), strings.Join(toks, " "), sc.Err())
}

var texts = []string{
	"",
	"\n",
	"\n\n",
	"one line",
	"one line\n",
	"two\nlines",
	"two\nlines\n",
	"crlf\r\nline\r\n",
	"crlf\r\nno final\r",
	"lone\rcr\r\rx\n",
	"\r\n\r\n",
	"\r",
	"  leading and  trailing  \n",
	"tabs\tand\vvertical\ffeeds",
	"uni\u00a0code\u2003spaces\u3000here\u0085x\u2028y\u202fz\u205fw\u1680v\u200bnot",
	"bad \xff utf8\xe2\x82 cut \xf0\x9f\x98",
	"héllo, 世界! \U0001F600",
	"\xe3\x80",
	"\xe3\x80\x80",
}

func fixed() {
	splits := []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", nil}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}}
	for _, sp := range splits {
		for i, t := range texts {
			scanAll(fmt.Sprintf("%s %d", sp.name, i), strings.NewReader(t), sp.f)
			scanAll(fmt.Sprintf("%s %d by 1", sp.name, i), &chunked{s: t, steps: []int{1}}, sp.f)
		}
	}
}

func long() {
	line := strings.Repeat("x", 100) + "\n"
	for _, size := range []int{0, 16, 100, 101, 102, 200} {
		for _, max := range []int{50, 101, 102, 300, 4096} {
			sc := bufio.NewScanner(strings.NewReader("short\n" + line + "after\n"))
			sc.Buffer(make([]byte, 0, size), max)
			n := 0
			for sc.Scan() {
				n++
				fmt.Print(len(sc.Text()), " ")
			}
			fmt.Println("size", size, "max", max, "tokens", n, sc.Err())
		}
	}
	// The default limit.
	for _, n := range []int{4095, 4096, 65535, 65536, 100000} {
		sc := bufio.NewScanner(strings.NewReader(strings.Repeat("y", n) + "\nz"))
		for sc.Scan() {
			fmt.Print(len(sc.Bytes()), " ")
		}
		fmt.Println("default", n, sc.Err())
		sc = bufio.NewScanner(&chunked{s: strings.Repeat("w ", n/2), steps: []int{7, 4096, 1}})
		sc.Split(bufio.ScanWords)
		k := 0
		for sc.Scan() {
			k++
		}
		fmt.Println("words", n, k, sc.Err())
	}
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("v", 70000)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fmt.Println("big token", len(sc.Text()))
	}
	fmt.Println(sc.Err())
}

var errSplit = errors.New("split says no")

func custom() {
	// Comma-separated, the last token final at a '.'.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
			if c == '.' {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scanAll("commas", strings.NewReader("a,b,,c.d,e"), commas)
	scanAll("commas no dot", strings.NewReader("a,b,,c"), commas)
	failing := func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) > 0 && data[0] == '!' {
			return 0, nil, errSplit
		}
		return bufio.ScanRunes(data, atEOF)
	}
	scanAll("failing", strings.NewReader("ab!cd"), failing)
	scanAll("negative", strings.NewReader("abc"), func([]byte, bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("too far", strings.NewReader("abc"), func(d []byte, _ bool) (int, []byte, error) { return len(d) + 1, nil, nil })
	// Empty tokens that consume input are fine; at EOF without progress
	// they panic after 100.
	calls := 0
	scanAll("empties", strings.NewReader("abc"), func(d []byte, atEOF bool) (int, []byte, error) {
		calls++
		if len(d) > 0 {
			return 1, d[:0], nil
		}
		if calls > 10 {
			return 0, nil, nil
		}
		return 0, []byte{}, nil
	})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		scanAll("endless", strings.NewReader("x"), func(d []byte, atEOF bool) (int, []byte, error) {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		})
	}()
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	fmt.Println(sc.Scan(), sc.Text())
	for _, f := range []func(){
		func() { sc.Buffer(nil, 10) },
		func() { sc.Split(bufio.ScanWords) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(sc.Scan(), sc.Text(), sc.Scan(), sc.Scan(), sc.Err())
}

// badReader returns impossible counts, or errors, or nothing.
type badReader struct{ mode int }

func (b *badReader) Read(p []byte) (int, error) {
	switch b.mode {
	case 0:
		return len(p) + 1, nil
	case 1:
		return -1, nil
	case 2:
		return 0, nil
	}
	b.mode = 0
	copy(p, "partial\nline")
	return 12, errSplit
}

func failing() {
	for m := 0; m < 4; m++ {
		scanAll(fmt.Sprint("bad reader ", m), &badReader{m}, nil)
	}
	scanAll("error after data", &chunked{s: "x y\nz", steps: []int{2}, err: errSplit}, nil)
	scanAll("error words", &chunked{s: "x y\nz", steps: []int{2}, err: errSplit}, bufio.ScanWords)
}

// generated compares token streams under many chunkings of pseudo-random
// inputs, printing a digest per input.
func generated() {
	seed := uint32(12345)
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed >> 8
	}
	alphabet := []string{"a", "b", " ", "\n", "\r", "\t", "é", "\u3000", "\xff", "xyz", "\r\n", "  "}
	splits := []bufio.SplitFunc{bufio.ScanLines, bufio.ScanWords, bufio.ScanRunes}
	for i := 0; i < 120; i++ {
		var b strings.Builder
		n := int(next() % 60)
		for j := 0; j < n; j++ {
			b.WriteString(alphabet[next()%uint32(len(alphabet))])
		}
		in := b.String()
		sf := splits[i%3]
		digest := uint32(0)
		count := 0
		for _, steps := range [][]int{{1000}, {1}, {2, 3}, {5, 1, 7}} {
			sc := bufio.NewScanner(&chunked{s: in, steps: steps})
			sc.Split(sf)
			sc.Buffer(make([]byte, 0, 4), 1000)
			h := uint32(2166136261)
			c := 0
			for sc.Scan() {
				for _, x := range sc.Bytes() {
					h = (h ^ uint32(x)) * 16777619
				}
				h = (h ^ 0x100) * 16777619
				c++
			}
			if digest == 0 {
				digest, count = h, c
			} else if digest != h || count != c {
				fmt.Println("chunking changed the tokens of", i)
			}
		}
		fmt.Printf("%d %d %08x\n", i, count, digest)
	}
}

func main() {
	fixed()
	long()
	custom()
	failing()
	generated()
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken)
}
