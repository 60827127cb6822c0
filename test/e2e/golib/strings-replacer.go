// Package strings from golib: Replacer on generated tables of pairs (one
// long old string, single bytes to bytes or to strings, the general
// case with overlapping, repeated and empty old strings) and inputs, by
// Replace and by WriteString into a strings.Builder, a plain Writer and
// writers that fail (which show the calls each algorithm makes); the odd
// argument count panic; a Replacer shared by goroutines.
// Expected output: Go 1.19 (test/tools/goexpect.py).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --allow-unused-prefixes --check-prefixes=CHECK,T-%target %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"strings"
)

var seed = uint32(2022)

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>8) % n
}

// A plain writer has no WriteString; it fails after limit calls when
// limit >= 0.
type plain struct {
	b      []byte
	calls  int
	limit  int
	record []string
}

func (p *plain) Write(b []byte) (int, error) {
	p.calls++
	if p.limit >= 0 && p.calls > p.limit {
		return 1 % (len(b) + 1), errors.New("writer full")
	}
	p.b = append(p.b, b...)
	p.record = append(p.record, string(b))
	return len(b), nil
}

var olds = []string{"", "a", "b", "c", "ab", "ba", "aa", "abc", "bc", "cab", "aaa", "é", "\xc3", "x"}
var news = []string{"", "1", "2", "[]", "XYZ", "a", "b", "ab", "é"}

func randomInput() string {
	const chars = "aabbcx"
	n := rnd(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		if rnd(10) == 0 {
			b.WriteString("é")
		} else {
			b.WriteByte(chars[rnd(len(chars))])
		}
	}
	return b.String()
}

// A table of one of the kinds Go's Replacer treats apart.
func randomPairs(kind int) []string {
	var pairs []string
	switch kind {
	case 0: // one pair, old of two bytes or more
		return []string{olds[4+rnd(6)], news[rnd(len(news))]}
	case 1: // single bytes to single bytes
		for n := 1 + rnd(4); n > 0; n-- {
			pairs = append(pairs, olds[1+rnd(3)], news[1+rnd(2)])
		}
	case 2: // single bytes to strings
		for n := 1 + rnd(4); n > 0; n-- {
			pairs = append(pairs, string("abcx"[rnd(4)]), news[rnd(len(news))])
		}
	default: // anything
		for n := rnd(5); n > 0; n-- {
			pairs = append(pairs, olds[rnd(len(olds))], news[rnd(len(news))])
		}
	}
	return pairs
}

func tables() {
	for i := 0; i < 400; i++ {
		pairs := randomPairs(i % 4)
		r := strings.NewReplacer(pairs...)
		fmt.Printf("%q:", pairs)
		for j := 0; j < 3; j++ {
			in := randomInput()
			out := r.Replace(in)
			var sb strings.Builder
			n, err := r.WriteString(&sb, in)
			p := &plain{limit: -1}
			n2, err2 := r.WriteString(p, in)
			fmt.Printf(" %q=>%q", in, out)
			if sb.String() != out || n != len(out) || err != nil || string(p.b) != out || n2 != n || err2 != nil {
				fmt.Printf(" (WriteString %q %d %v, %q %d %v)", sb.String(), n, err, p.b, n2, err2)
			}
		}
		fmt.Println()
	}
}

func writes() {
	cases := [][]string{
		{"ab", "X"},
		{"a", "1", "b", "2"},
		{"a", "", "b", "22"},
		{"a", "1", "bb", "2"},
		{"", "-"},
		{"", "-", "a", "A"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, in := range []string{"", "ab", "xaby", "abab", "bab"} {
			for limit := -1; limit < 4; limit++ {
				p := &plain{limit: limit}
				n, err := r.WriteString(p, in)
				fmt.Printf("%q %q %d: %d %v %q %d\n", c, in, limit, n, err, p.record, p.calls)
			}
		}
	}
}

func special() {
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaaaa"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a href=\"x&y\">"))
	fmt.Println(strings.NewReplacer("", "|").Replace("héllo"))
	fmt.Println(strings.NewReplacer("", "|", "l", "L").Replace("héllo"))
	fmt.Println(strings.NewReplacer("l", "L", "", "|").Replace("héllo"))
	fmt.Println(strings.NewReplacer("hello", "HI", "", "_", "o", "0").Replace("hello world"))
	fmt.Println(strings.NewReplacer("\xc3", "?").Replace("héllo"))
	long := strings.Repeat("abcdefghij", 5000)
	out := strings.NewReplacer("a", "A").Replace(long)
	fmt.Println(len(out), out[:12], strings.Count(out, "A"))
	var sb strings.Builder
	n, err := strings.NewReplacer("b", "B").WriteString(&sb, long)
	fmt.Println(n, err, strings.Count(sb.String(), "B"))
	p := &plain{limit: -1}
	n, err = strings.NewReplacer("c", "C").WriteString(p, long)
	fmt.Println(n, err, p.calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	// Built once, used by many goroutines.
	r := strings.NewReplacer("cat", "dog", "a", "4")
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func(i int) { done <- r.Replace(strings.Repeat("a cat ", i)) }(i)
	}
	total := 0
	for i := 0; i < 8; i++ {
		total += len(<-done)
	}
	fmt.Println(total)
}

func main() {
	tables()
	writes()
	special()
}
