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

// CHECK: lines 0: 0  err=<nil>
// CHECK-NEXT: lines 0 by 1: 0  err=<nil>
// CHECK-NEXT: lines 1: 1 "" err=<nil>
// CHECK-NEXT: lines 1 by 1: 1 "" err=<nil>
// CHECK-NEXT: lines 2: 2 "" "" err=<nil>
// CHECK-NEXT: lines 2 by 1: 2 "" "" err=<nil>
// CHECK-NEXT: lines 3: 1 "one line" err=<nil>
// CHECK-NEXT: lines 3 by 1: 1 "one line" err=<nil>
// CHECK-NEXT: lines 4: 1 "one line" err=<nil>
// CHECK-NEXT: lines 4 by 1: 1 "one line" err=<nil>
// CHECK-NEXT: lines 5: 2 "two" "lines" err=<nil>
// CHECK-NEXT: lines 5 by 1: 2 "two" "lines" err=<nil>
// CHECK-NEXT: lines 6: 2 "two" "lines" err=<nil>
// CHECK-NEXT: lines 6 by 1: 2 "two" "lines" err=<nil>
// CHECK-NEXT: lines 7: 2 "crlf" "line" err=<nil>
// CHECK-NEXT: lines 7 by 1: 2 "crlf" "line" err=<nil>
// CHECK-NEXT: lines 8: 2 "crlf" "no final" err=<nil>
// CHECK-NEXT: lines 8 by 1: 2 "crlf" "no final" err=<nil>
// CHECK-NEXT: lines 9: 1 "lone\rcr\r\rx" err=<nil>
// CHECK-NEXT: lines 9 by 1: 1 "lone\rcr\r\rx" err=<nil>
// CHECK-NEXT: lines 10: 2 "" "" err=<nil>
// CHECK-NEXT: lines 10 by 1: 2 "" "" err=<nil>
// CHECK-NEXT: lines 11: 1 "" err=<nil>
// CHECK-NEXT: lines 11 by 1: 1 "" err=<nil>
// CHECK-NEXT: lines 12: 1 "  leading and  trailing  " err=<nil>
// CHECK-NEXT: lines 12 by 1: 1 "  leading and  trailing  " err=<nil>
// CHECK-NEXT: lines 13: 1 "tabs\tand\vvertical\ffeeds" err=<nil>
// CHECK-NEXT: lines 13 by 1: 1 "tabs\tand\vvertical\ffeeds" err=<nil>
// CHECK-NEXT: lines 14: 1 "uni\u00a0code\u2003spaces\u3000here\u0085x\u2028y\u202fz\u205fw\u1680v\u200bnot" err=<nil>
// CHECK-NEXT: lines 14 by 1: 1 "uni\u00a0code\u2003spaces\u3000here\u0085x\u2028y\u202fz\u205fw\u1680v\u200bnot" err=<nil>
// CHECK-NEXT: lines 15: 1 "bad \xff utf8\xe2\x82 cut \xf0\x9f\x98" err=<nil>
// CHECK-NEXT: lines 15 by 1: 1 "bad \xff utf8\xe2\x82 cut \xf0\x9f\x98" err=<nil>
// CHECK-NEXT: lines 16: 1 "héllo, 世界! 😀" err=<nil>
// CHECK-NEXT: lines 16 by 1: 1 "héllo, 世界! 😀" err=<nil>
// CHECK-NEXT: lines 17: 1 "\xe3\x80" err=<nil>
// CHECK-NEXT: lines 17 by 1: 1 "\xe3\x80" err=<nil>
// CHECK-NEXT: lines 18: 1 "\u3000" err=<nil>
// CHECK-NEXT: lines 18 by 1: 1 "\u3000" err=<nil>
// CHECK-NEXT: words 0: 0  err=<nil>
// CHECK-NEXT: words 0 by 1: 0  err=<nil>
// CHECK-NEXT: words 1: 0  err=<nil>
// CHECK-NEXT: words 1 by 1: 0  err=<nil>
// CHECK-NEXT: words 2: 0  err=<nil>
// CHECK-NEXT: words 2 by 1: 0  err=<nil>
// CHECK-NEXT: words 3: 2 "one" "line" err=<nil>
// CHECK-NEXT: words 3 by 1: 2 "one" "line" err=<nil>
// CHECK-NEXT: words 4: 2 "one" "line" err=<nil>
// CHECK-NEXT: words 4 by 1: 2 "one" "line" err=<nil>
// CHECK-NEXT: words 5: 2 "two" "lines" err=<nil>
// CHECK-NEXT: words 5 by 1: 2 "two" "lines" err=<nil>
// CHECK-NEXT: words 6: 2 "two" "lines" err=<nil>
// CHECK-NEXT: words 6 by 1: 2 "two" "lines" err=<nil>
// CHECK-NEXT: words 7: 2 "crlf" "line" err=<nil>
// CHECK-NEXT: words 7 by 1: 2 "crlf" "line" err=<nil>
// CHECK-NEXT: words 8: 3 "crlf" "no" "final" err=<nil>
// CHECK-NEXT: words 8 by 1: 3 "crlf" "no" "final" err=<nil>
// CHECK-NEXT: words 9: 3 "lone" "cr" "x" err=<nil>
// CHECK-NEXT: words 9 by 1: 3 "lone" "cr" "x" err=<nil>
// CHECK-NEXT: words 10: 0  err=<nil>
// CHECK-NEXT: words 10 by 1: 0  err=<nil>
// CHECK-NEXT: words 11: 0  err=<nil>
// CHECK-NEXT: words 11 by 1: 0  err=<nil>
// CHECK-NEXT: words 12: 3 "leading" "and" "trailing" err=<nil>
// CHECK-NEXT: words 12 by 1: 3 "leading" "and" "trailing" err=<nil>
// CHECK-NEXT: words 13: 4 "tabs" "and" "vertical" "feeds" err=<nil>
// CHECK-NEXT: words 13 by 1: 4 "tabs" "and" "vertical" "feeds" err=<nil>
// CHECK-NEXT: words 14: 9 "uni" "code" "spaces" "here" "x" "y" "z" "w" "v\u200bnot" err=<nil>
// CHECK-NEXT: words 14 by 1: 9 "uni" "code" "spaces" "here" "x" "y" "z" "w" "v\u200bnot" err=<nil>
// CHECK-NEXT: words 15: 5 "bad" "\xff" "utf8\xe2\x82" "cut" "\xf0\x9f\x98" err=<nil>
// CHECK-NEXT: words 15 by 1: 5 "bad" "\xff" "utf8\xe2\x82" "cut" "\xf0\x9f\x98" err=<nil>
// CHECK-NEXT: words 16: 3 "héllo," "世界!" "😀" err=<nil>
// CHECK-NEXT: words 16 by 1: 3 "héllo," "世界!" "😀" err=<nil>
// CHECK-NEXT: words 17: 1 "\xe3\x80" err=<nil>
// CHECK-NEXT: words 17 by 1: 1 "\xe3\x80" err=<nil>
// CHECK-NEXT: words 18: 0  err=<nil>
// CHECK-NEXT: words 18 by 1: 0  err=<nil>
// CHECK-NEXT: runes 0: 0  err=<nil>
// CHECK-NEXT: runes 0 by 1: 0  err=<nil>
// CHECK-NEXT: runes 1: 1 "\n" err=<nil>
// CHECK-NEXT: runes 1 by 1: 1 "\n" err=<nil>
// CHECK-NEXT: runes 2: 2 "\n" "\n" err=<nil>
// CHECK-NEXT: runes 2 by 1: 2 "\n" "\n" err=<nil>
// CHECK-NEXT: runes 3: 8 "o" "n" "e" " " "l" "i" "n" "e" err=<nil>
// CHECK-NEXT: runes 3 by 1: 8 "o" "n" "e" " " "l" "i" "n" "e" err=<nil>
// CHECK-NEXT: runes 4: 9 "o" "n" "e" " " "l" "i" "n" "e" "\n" err=<nil>
// CHECK-NEXT: runes 4 by 1: 9 "o" "n" "e" " " "l" "i" "n" "e" "\n" err=<nil>
// CHECK-NEXT: runes 5: 9 "t" "w" "o" "\n" "l" "i" "n" "e" "s" err=<nil>
// CHECK-NEXT: runes 5 by 1: 9 "t" "w" "o" "\n" "l" "i" "n" "e" "s" err=<nil>
// CHECK-NEXT: runes 6: 10 "t" "w" "o" "\n" "l" "i" "n" "e" "s" "\n" err=<nil>
// CHECK-NEXT: runes 6 by 1: 10 "t" "w" "o" "\n" "l" "i" "n" "e" "s" "\n" err=<nil>
// CHECK-NEXT: runes 7: 12 "c" "r" "l" "f" "\r" "\n" "l" "i" "n" "e" "\r" "\n" err=<nil>
// CHECK-NEXT: runes 7 by 1: 12 "c" "r" "l" "f" "\r" "\n" "l" "i" "n" "e" "\r" "\n" err=<nil>
// CHECK-NEXT: runes 8: 15 "c" "r" "l" "f" "\r" "\n" "n" "o" " " "f" "i" "n" "a" "l" "\r" err=<nil>
// CHECK-NEXT: runes 8 by 1: 15 "c" "r" "l" "f" "\r" "\n" "n" "o" " " "f" "i" "n" "a" "l" "\r" err=<nil>
// CHECK-NEXT: runes 9: 11 "l" "o" "n" "e" "\r" "c" "r" "\r" "\r" "x" "\n" err=<nil>
// CHECK-NEXT: runes 9 by 1: 11 "l" "o" "n" "e" "\r" "c" "r" "\r" "\r" "x" "\n" err=<nil>
// CHECK-NEXT: runes 10: 4 "\r" "\n" "\r" "\n" err=<nil>
// CHECK-NEXT: runes 10 by 1: 4 "\r" "\n" "\r" "\n" err=<nil>
// CHECK-NEXT: runes 11: 1 "\r" err=<nil>
// CHECK-NEXT: runes 11 by 1: 1 "\r" err=<nil>
// CHECK-NEXT: runes 12: 26 " " " " "l" "e" "a" "d" "i" "n" "g" " " "a" "n" "d" " " " " "t" "r" "a" "i" "l" "i" "n" "g" " " " " "\n" err=<nil>
// CHECK-NEXT: runes 12 by 1: 26 " " " " "l" "e" "a" "d" "i" "n" "g" " " "a" "n" "d" " " " " "t" "r" "a" "i" "l" "i" "n" "g" " " " " "\n" err=<nil>
// CHECK-NEXT: runes 13: 23 "t" "a" "b" "s" "\t" "a" "n" "d" "\v" "v" "e" "r" "t" "i" "c" "a" "l" "\f" "f" "e" "e" "d" "s" err=<nil>
// CHECK-NEXT: runes 13 by 1: 23 "t" "a" "b" "s" "\t" "a" "n" "d" "\v" "v" "e" "r" "t" "i" "c" "a" "l" "\f" "f" "e" "e" "d" "s" err=<nil>
// CHECK-NEXT: runes 14: 34 "u" "n" "i" "\u00a0" "c" "o" "d" "e" "\u2003" "s" "p" "a" "c" "e" "s" "\u3000" "h" "e" "r" "e" "\u0085" "x" "\u2028" "y" "\u202f" "z" "\u205f" "w" "\u1680" "v" "\u200b" "n" "o" "t" err=<nil>
// CHECK-NEXT: runes 14 by 1: 34 "u" "n" "i" "\u00a0" "c" "o" "d" "e" "\u2003" "s" "p" "a" "c" "e" "s" "\u3000" "h" "e" "r" "e" "\u0085" "x" "\u2028" "y" "\u202f" "z" "\u205f" "w" "\u1680" "v" "\u200b" "n" "o" "t" err=<nil>
// CHECK-NEXT: runes 15: 20 "b" "a" "d" " " "�" " " "u" "t" "f" "8" "�" "�" " " "c" "u" "t" " " "�" "�" "�" err=<nil>
// CHECK-NEXT: runes 15 by 1: 20 "b" "a" "d" " " "�" " " "u" "t" "f" "8" "�" "�" " " "c" "u" "t" " " "�" "�" "�" err=<nil>
// CHECK-NEXT: runes 16: 12 "h" "é" "l" "l" "o" "," " " "世" "界" "!" " " "😀" err=<nil>
// CHECK-NEXT: runes 16 by 1: 12 "h" "é" "l" "l" "o" "," " " "世" "界" "!" " " "😀" err=<nil>
// CHECK-NEXT: runes 17: 2 "�" "�" err=<nil>
// CHECK-NEXT: runes 17 by 1: 2 "�" "�" err=<nil>
// CHECK-NEXT: runes 18: 1 "\u3000" err=<nil>
// CHECK-NEXT: runes 18 by 1: 1 "\u3000" err=<nil>
// CHECK-NEXT: bytes 0: 0  err=<nil>
// CHECK-NEXT: bytes 0 by 1: 0  err=<nil>
// CHECK-NEXT: bytes 1: 1 "\n" err=<nil>
// CHECK-NEXT: bytes 1 by 1: 1 "\n" err=<nil>
// CHECK-NEXT: bytes 2: 2 "\n" "\n" err=<nil>
// CHECK-NEXT: bytes 2 by 1: 2 "\n" "\n" err=<nil>
// CHECK-NEXT: bytes 3: 8 "o" "n" "e" " " "l" "i" "n" "e" err=<nil>
// CHECK-NEXT: bytes 3 by 1: 8 "o" "n" "e" " " "l" "i" "n" "e" err=<nil>
// CHECK-NEXT: bytes 4: 9 "o" "n" "e" " " "l" "i" "n" "e" "\n" err=<nil>
// CHECK-NEXT: bytes 4 by 1: 9 "o" "n" "e" " " "l" "i" "n" "e" "\n" err=<nil>
// CHECK-NEXT: bytes 5: 9 "t" "w" "o" "\n" "l" "i" "n" "e" "s" err=<nil>
// CHECK-NEXT: bytes 5 by 1: 9 "t" "w" "o" "\n" "l" "i" "n" "e" "s" err=<nil>
// CHECK-NEXT: bytes 6: 10 "t" "w" "o" "\n" "l" "i" "n" "e" "s" "\n" err=<nil>
// CHECK-NEXT: bytes 6 by 1: 10 "t" "w" "o" "\n" "l" "i" "n" "e" "s" "\n" err=<nil>
// CHECK-NEXT: bytes 7: 12 "c" "r" "l" "f" "\r" "\n" "l" "i" "n" "e" "\r" "\n" err=<nil>
// CHECK-NEXT: bytes 7 by 1: 12 "c" "r" "l" "f" "\r" "\n" "l" "i" "n" "e" "\r" "\n" err=<nil>
// CHECK-NEXT: bytes 8: 15 "c" "r" "l" "f" "\r" "\n" "n" "o" " " "f" "i" "n" "a" "l" "\r" err=<nil>
// CHECK-NEXT: bytes 8 by 1: 15 "c" "r" "l" "f" "\r" "\n" "n" "o" " " "f" "i" "n" "a" "l" "\r" err=<nil>
// CHECK-NEXT: bytes 9: 11 "l" "o" "n" "e" "\r" "c" "r" "\r" "\r" "x" "\n" err=<nil>
// CHECK-NEXT: bytes 9 by 1: 11 "l" "o" "n" "e" "\r" "c" "r" "\r" "\r" "x" "\n" err=<nil>
// CHECK-NEXT: bytes 10: 4 "\r" "\n" "\r" "\n" err=<nil>
// CHECK-NEXT: bytes 10 by 1: 4 "\r" "\n" "\r" "\n" err=<nil>
// CHECK-NEXT: bytes 11: 1 "\r" err=<nil>
// CHECK-NEXT: bytes 11 by 1: 1 "\r" err=<nil>
// CHECK-NEXT: bytes 12: 26 " " " " "l" "e" "a" "d" "i" "n" "g" " " "a" "n" "d" " " " " "t" "r" "a" "i" "l" "i" "n" "g" " " " " "\n" err=<nil>
// CHECK-NEXT: bytes 12 by 1: 26 " " " " "l" "e" "a" "d" "i" "n" "g" " " "a" "n" "d" " " " " "t" "r" "a" "i" "l" "i" "n" "g" " " " " "\n" err=<nil>
// CHECK-NEXT: bytes 13: 23 "t" "a" "b" "s" "\t" "a" "n" "d" "\v" "v" "e" "r" "t" "i" "c" "a" "l" "\f" "f" "e" "e" "d" "s" err=<nil>
// CHECK-NEXT: bytes 13 by 1: 23 "t" "a" "b" "s" "\t" "a" "n" "d" "\v" "v" "e" "r" "t" "i" "c" "a" "l" "\f" "f" "e" "e" "d" "s" err=<nil>
// CHECK-NEXT: bytes 14: 50 "u" "n" "i" "\xc2" "\xa0" "c" "o" "d" "e" "\xe2" "\x80" "\x83" "s" "p" "a" "c" "e" "s" "\xe3" "\x80" "\x80" "h" "e" "r" "e" "\xc2" "\x85" "x" "\xe2" "\x80" "\xa8" "y" "\xe2" "\x80" "\xaf" "z" "\xe2" "\x81" "\x9f" "w" "\xe1" "\x9a" "\x80" "v" "\xe2" "\x80" "\x8b" "n" "o" "t" err=<nil>
// CHECK-NEXT: bytes 14 by 1: 50 "u" "n" "i" "\xc2" "\xa0" "c" "o" "d" "e" "\xe2" "\x80" "\x83" "s" "p" "a" "c" "e" "s" "\xe3" "\x80" "\x80" "h" "e" "r" "e" "\xc2" "\x85" "x" "\xe2" "\x80" "\xa8" "y" "\xe2" "\x80" "\xaf" "z" "\xe2" "\x81" "\x9f" "w" "\xe1" "\x9a" "\x80" "v" "\xe2" "\x80" "\x8b" "n" "o" "t" err=<nil>
// CHECK-NEXT: bytes 15: 20 "b" "a" "d" " " "\xff" " " "u" "t" "f" "8" "\xe2" "\x82" " " "c" "u" "t" " " "\xf0" "\x9f" "\x98" err=<nil>
// CHECK-NEXT: bytes 15 by 1: 20 "b" "a" "d" " " "\xff" " " "u" "t" "f" "8" "\xe2" "\x82" " " "c" "u" "t" " " "\xf0" "\x9f" "\x98" err=<nil>
// CHECK-NEXT: bytes 16: 20 "h" "\xc3" "\xa9" "l" "l" "o" "," " " "\xe4" "\xb8" "\x96" "\xe7" "\x95" "\x8c" "!" " " "\xf0" "\x9f" "\x98" "\x80" err=<nil>
// CHECK-NEXT: bytes 16 by 1: 20 "h" "\xc3" "\xa9" "l" "l" "o" "," " " "\xe4" "\xb8" "\x96" "\xe7" "\x95" "\x8c" "!" " " "\xf0" "\x9f" "\x98" "\x80" err=<nil>
// CHECK-NEXT: bytes 17: 2 "\xe3" "\x80" err=<nil>
// CHECK-NEXT: bytes 17 by 1: 2 "\xe3" "\x80" err=<nil>
// CHECK-NEXT: bytes 18: 3 "\xe3" "\x80" "\x80" err=<nil>
// CHECK-NEXT: bytes 18 by 1: 3 "\xe3" "\x80" "\x80" err=<nil>
// CHECK-NEXT: 5 size 0 max 50 tokens 1 bufio.Scanner: token too long
// CHECK-NEXT: 5 100 5 size 0 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 0 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 0 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 0 max 4096 tokens 3 <nil>
// CHECK-NEXT: 5 size 16 max 50 tokens 1 bufio.Scanner: token too long
// CHECK-NEXT: 5 100 5 size 16 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 16 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 16 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 16 max 4096 tokens 3 <nil>
// CHECK-NEXT: 5 size 100 max 50 tokens 1 bufio.Scanner: token too long
// CHECK-NEXT: 5 100 5 size 100 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 100 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 100 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 100 max 4096 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 101 max 50 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 101 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 101 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 101 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 101 max 4096 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 102 max 50 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 102 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 102 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 102 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 102 max 4096 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 200 max 50 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 200 max 101 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 200 max 102 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 200 max 300 tokens 3 <nil>
// CHECK-NEXT: 5 100 5 size 200 max 4096 tokens 3 <nil>
// CHECK-NEXT: 4095 1 default 4095 <nil>
// CHECK-NEXT: words 4095 2047 <nil>
// CHECK-NEXT: 4096 1 default 4096 <nil>
// CHECK-NEXT: words 4096 2048 <nil>
// CHECK-NEXT: 65535 1 default 65535 <nil>
// CHECK-NEXT: words 65535 32767 <nil>
// CHECK-NEXT: default 65536 bufio.Scanner: token too long
// CHECK-NEXT: words 65536 32768 <nil>
// CHECK-NEXT: default 100000 bufio.Scanner: token too long
// CHECK-NEXT: words 100000 50000 <nil>
// CHECK-NEXT: big token 70000
// CHECK-NEXT: <nil>
// CHECK-NEXT: commas: 4 "a" "b" "" "c" err=<nil>
// CHECK-NEXT: commas no dot: 4 "a" "b" "" "c" err=<nil>
// CHECK-NEXT: failing: 2 "a" "b" err=split says no
// CHECK-NEXT: negative: 0  err=bufio.Scanner: SplitFunc returns negative advance count
// CHECK-NEXT: too far: 0  err=bufio.Scanner: SplitFunc returns advance count beyond input
// CHECK-NEXT: empties: 10 "" "" "" "" "" "" "" "" "" "" err=<nil>
// CHECK-NEXT: recovered: bufio.Scan: too many empty tokens without progressing
// CHECK-NEXT: true a
// CHECK-NEXT: recovered: Buffer called after Scan
// CHECK-NEXT: recovered: Split called after Scan
// CHECK-NEXT: true b false false <nil>
// CHECK-NEXT: bad reader 0: 0  err=bufio.Scanner: Read returned impossible count
// CHECK-NEXT: bad reader 1: 0  err=bufio.Scanner: Read returned impossible count
// CHECK-NEXT: bad reader 2: 0  err=multiple Read calls return no data or error
// CHECK-NEXT: bad reader 3: 2 "partial" "line" err=split says no
// CHECK-NEXT: error after data: 2 "x y" "z" err=split says no
// CHECK-NEXT: error words: 3 "x" "y" "z" err=split says no
// CHECK-NEXT: 0 0 811c9dc5
// CHECK-NEXT: 1 1 6ae32ba0
// CHECK-NEXT: 2 48 3802e256
// CHECK-NEXT: 3 11 df1dbd34
// CHECK-NEXT: 4 5 58857fa2
// CHECK-NEXT: 5 48 9021ef87
// CHECK-NEXT: 6 1 254df1b0
// CHECK-NEXT: 7 15 d25978f8
// CHECK-NEXT: 8 72 005a27f3
// CHECK-NEXT: 9 6 9a69d22b
// CHECK-NEXT: 10 3 ddcfcdcb
// CHECK-NEXT: 11 58 3f346446
// CHECK-NEXT: 12 6 4eaff2be
// CHECK-NEXT: 13 1 6e1fb3ca
// CHECK-NEXT: 14 47 a116a151
// CHECK-NEXT: 15 2 907b7964
// CHECK-NEXT: 16 9 0d750572
// CHECK-NEXT: 17 38 49b8cb99
// CHECK-NEXT: 18 1 ef6c9c29
// CHECK-NEXT: 19 8 167da9c3
// CHECK-NEXT: 20 41 28235fe0
// CHECK-NEXT: 21 1 f396fad3
// CHECK-NEXT: 22 8 a3d30f53
// CHECK-NEXT: 23 44 0ca63ad1
// CHECK-NEXT: 24 3 594f2791
// CHECK-NEXT: 25 1 3b4689fe
// CHECK-NEXT: 26 69 5ab6bfbe
// CHECK-NEXT: 27 1 d1c451ed
// CHECK-NEXT: 28 12 56dda51a
// CHECK-NEXT: 29 27 be63183a
// CHECK-NEXT: 30 12 fd2f6437
// CHECK-NEXT: 31 13 c0440b65
// CHECK-NEXT: 32 64 ba535813
// CHECK-NEXT: 33 10 1e8f0efc
// CHECK-NEXT: 34 7 fcab7a5a
// CHECK-NEXT: 35 13 8d2dcb81
// CHECK-NEXT: 36 3 b99af4cb
// CHECK-NEXT: 37 11 d2b9a160
// CHECK-NEXT: 38 46 d40bcdb4
// CHECK-NEXT: 39 3 e7af62fb
// CHECK-NEXT: 40 2 5e6b09e3
// CHECK-NEXT: 41 65 17f77aae
// CHECK-NEXT: 42 9 65b0c61d
// CHECK-NEXT: 43 1 9d2aac7f
// CHECK-NEXT: 44 59 e20b99ef
// CHECK-NEXT: 45 4 a0b2a171
// CHECK-NEXT: 46 7 a6d3a2a9
// CHECK-NEXT: 47 53 7da7916c
// CHECK-NEXT: 48 11 926e3a82
// CHECK-NEXT: 49 10 73db7fad
// CHECK-NEXT: 50 6 9aad53ab
// CHECK-NEXT: 51 12 dde68b7d
// CHECK-NEXT: 52 10 568e50de
// CHECK-NEXT: 53 25 ab2689b9
// CHECK-NEXT: 54 1 6ae32ba0
// CHECK-NEXT: 55 8 735888c0
// CHECK-NEXT: 56 29 7dab1881
// CHECK-NEXT: 57 1 15473595
// CHECK-NEXT: 58 4 2e03724b
// CHECK-NEXT: 59 19 a8314985
// CHECK-NEXT: 60 0 811c9dc5
// CHECK-NEXT: 61 5 9aa6ebf8
// CHECK-NEXT: 62 63 493a5783
// CHECK-NEXT: 63 3 7d77cb41
// CHECK-NEXT: 64 9 7928155b
// CHECK-NEXT: 65 14 d45075fe
// CHECK-NEXT: 66 14 646d5764
// CHECK-NEXT: 67 9 4e86bd7d
// CHECK-NEXT: 68 12 f416ae6c
// CHECK-NEXT: 69 1 050aca1f
// CHECK-NEXT: 70 6 57da8c8a
// CHECK-NEXT: 71 17 941872ef
// CHECK-NEXT: 72 7 818b9ed1
// CHECK-NEXT: 73 11 99477bd2
// CHECK-NEXT: 74 11 5b362f6d
// CHECK-NEXT: 75 3 e1936aa6
// CHECK-NEXT: 76 12 33c2d49b
// CHECK-NEXT: 77 3 2e8d3ea9
// CHECK-NEXT: 78 2 d3b67773
// CHECK-NEXT: 79 6 35c6a24b
// CHECK-NEXT: 80 59 f7a96939
// CHECK-NEXT: 81 6 88634042
// CHECK-NEXT: 82 1 15473595
// CHECK-NEXT: 83 22 dcb2acb5
// CHECK-NEXT: 84 2 240a23e0
// CHECK-NEXT: 85 9 7bac5180
// CHECK-NEXT: 86 51 472563c7
// CHECK-NEXT: 87 2 30143292
// CHECK-NEXT: 88 5 28c5b779
// CHECK-NEXT: 89 22 a5ba5bba
// CHECK-NEXT: 90 5 23ea0cfe
// CHECK-NEXT: 91 14 44125e6c
// CHECK-NEXT: 92 74 af3df176
// CHECK-NEXT: 93 3 185df706
// CHECK-NEXT: 94 2 2fb84825
// CHECK-NEXT: 95 28 156b59f3
// CHECK-NEXT: 96 6 92fa8693
// CHECK-NEXT: 97 11 513e2660
// CHECK-NEXT: 98 71 ca45ee15
// CHECK-NEXT: 99 9 738c6c51
// CHECK-NEXT: 100 8 023ab9bf
// CHECK-NEXT: 101 80 9a0f8740
// CHECK-NEXT: 102 5 88dde615
// CHECK-NEXT: 103 8 44a70931
// CHECK-NEXT: 104 31 fd2d35e6
// CHECK-NEXT: 105 8 bd8db935
// CHECK-NEXT: 106 7 bd7aad19
// CHECK-NEXT: 107 69 6f3f674c
// CHECK-NEXT: 108 10 c8e93f47
// CHECK-NEXT: 109 7 a42b4353
// CHECK-NEXT: 110 8 22b00cca
// CHECK-NEXT: 111 1 6739a6f7
// CHECK-NEXT: 112 6 4248f95e
// CHECK-NEXT: 113 59 9958f270
// CHECK-NEXT: 114 1 e57ec7e3
// CHECK-NEXT: 115 3 233057a0
// CHECK-NEXT: 116 62 fe354501
// CHECK-NEXT: 117 6 5c52ea45
// CHECK-NEXT: 118 15 665522bf
// CHECK-NEXT: 119 66 4d0d430c
// CHECK-NEXT: 65536 bufio.Scanner: token too long bufio.Scanner: SplitFunc returns negative advance count bufio.Scanner: SplitFunc returns advance count beyond input bufio.Scanner: Read returned impossible count final token
