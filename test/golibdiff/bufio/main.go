// Differential test of golib/bufio, golib/io's helpers and golib/strings'
// Replacer against Go 1.19's: Scanners with every split function, buffer
// and limit over random inputs read in random chunks (with empty reads
// and errors); random sequences of Reader and Writer calls; ReadAll,
// ReadFull and Copy; random Replacer tables, by Replace and by the calls
// WriteString makes. Each side reads a source that ends with its own
// package's io.EOF; errors compare by text.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strings"

	mybufio "golibtest/bufio"
	"golibtest/diff"
	myio "golibtest/io"
	mystrings "golibtest/strings"
)

var rng = rand.New(rand.NewSource(1919))

var pieces = []string{"a", "b", "xyz", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "é", "世",
	"\u3000", "\u0085", "\u00a0", "\xff", "\xe2\x82", "\xf0\x9f", "\U0001F600", ",", "."}

func randString(max int) string {
	var b strings.Builder
	for n := rng.Intn(max + 1); n > 0; n-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

var errSource = errors.New("source failed")

// A source gives data in chunks of the sizes in steps (0: an empty
// read), then end (its side's io.EOF, or errSource), with the last data
// if late.
type source struct {
	data  string
	steps []int
	k     int
	end   error
	late  bool
}

func (s *source) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, s.end
	}
	n := s.steps[s.k%len(s.steps)]
	s.k++
	if n > len(p) {
		n = len(p)
	}
	if n > len(s.data) {
		n = len(s.data)
	}
	copy(p, s.data[:n])
	s.data = s.data[n:]
	if len(s.data) == 0 && s.late {
		return n, s.end
	}
	return n, nil
}

// plan is a source's shape, made twice: once per side.
type plan struct {
	data  string
	steps []int
	fail  bool
	late  bool
}

func randPlan(max int) plan {
	p := plan{data: randString(max), fail: rng.Intn(4) == 0, late: rng.Intn(2) == 0}
	for n := 1 + rng.Intn(3); n > 0; n-- {
		p.steps = append(p.steps, []int{0, 1, 2, 3, 7, 64, 5000}[rng.Intn(7)])
	}
	p.steps[0]++ // some progress in every cycle (io.ReadAll has no limit)
	return p
}

func (p plan) mine() *source { return p.make(myio.EOF) }
func (p plan) gos() *source  { return p.make(io.EOF) }

func (p plan) make(eof error) *source {
	s := &source{data: p.data, steps: p.steps, end: eof, late: p.late}
	if p.fail {
		s.end = errSource
	}
	return s
}

func text(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type token struct {
	Tok string
	OK  bool
}

func scanners() {
	mySplits := []mybufio.SplitFunc{mybufio.ScanLines, mybufio.ScanWords, mybufio.ScanRunes, mybufio.ScanBytes}
	goSplits := []bufio.SplitFunc{bufio.ScanLines, bufio.ScanWords, bufio.ScanRunes, bufio.ScanBytes}
	for i := 0; i < 3000; i++ {
		p := randPlan(40)
		k := rng.Intn(4)
		size, max := 0, -1
		if rng.Intn(2) == 0 {
			size, max = rng.Intn(20), 1+rng.Intn(30)
		}
		my := mybufio.NewScanner(p.mine())
		gs := bufio.NewScanner(p.gos())
		my.Split(mySplits[k])
		gs.Split(goSplits[k])
		if max > 0 {
			my.Buffer(make([]byte, 0, size), max)
			gs.Buffer(make([]byte, 0, size), max)
		}
		var a, b []string
		for my.Scan() {
			a = append(a, my.Text())
		}
		for gs.Scan() {
			b = append(b, gs.Text())
		}
		w := fmt.Sprintf("Scan %d %q %v %d %d", k, p.data, p.steps, size, max)
		diff.Eq(w, a, b)
		diff.Eq(w+" Err", text(my.Err()), text(gs.Err()))
	}
}

// readerOps applies the same random calls to both Readers and compares
// every result.
func readerOps() {
	for i := 0; i < 2000; i++ {
		p := randPlan(60)
		size := 16 + rng.Intn(3)*20
		my := mybufio.NewReaderSize(p.mine(), size)
		gr := bufio.NewReaderSize(p.gos(), size)
		for j := 0; j < 12; j++ {
			op := rng.Intn(11)
			n := rng.Intn(30) - 2
			w := fmt.Sprintf("Reader %q %v %d op %d(%d) #%d", p.data, p.steps, size, op, n, j)
			switch op {
			case 0:
				if n < 0 {
					n = 0
				}
				x, y := make([]byte, n), make([]byte, n)
				k1, e1 := my.Read(x)
				k2, e2 := gr.Read(y)
				diff.Eq(w, fmt.Sprint(k1, string(x[:k1]), text(e1)), fmt.Sprint(k2, string(y[:k2]), text(e2)))
			case 1:
				c1, e1 := my.ReadByte()
				c2, e2 := gr.ReadByte()
				diff.Eq(w, fmt.Sprint(c1, text(e1)), fmt.Sprint(c2, text(e2)))
			case 2:
				diff.Eq(w, text(my.UnreadByte()), text(gr.UnreadByte()))
			case 3:
				r1, s1, e1 := my.ReadRune()
				r2, s2, e2 := gr.ReadRune()
				diff.Eq(w, fmt.Sprint(r1, s1, text(e1)), fmt.Sprint(r2, s2, text(e2)))
			case 4:
				diff.Eq(w, text(my.UnreadRune()), text(gr.UnreadRune()))
			case 5:
				s1, e1 := my.ReadString('\n')
				s2, e2 := gr.ReadString('\n')
				diff.Eq(w, s1+text(e1), s2+text(e2))
			case 6:
				l1, p1, e1 := my.ReadLine()
				l2, p2, e2 := gr.ReadLine()
				diff.Eq(w, fmt.Sprintf("%q %v %s", l1, p1, text(e1)), fmt.Sprintf("%q %v %s", l2, p2, text(e2)))
			case 7:
				b1, e1 := my.Peek(n)
				b2, e2 := gr.Peek(n)
				diff.Eq(w, string(b1)+text(e1), string(b2)+text(e2))
			case 8:
				d1, e1 := my.Discard(n)
				d2, e2 := gr.Discard(n)
				diff.Eq(w, fmt.Sprint(d1, text(e1)), fmt.Sprint(d2, text(e2)))
			case 9:
				s1, e1 := my.ReadSlice(' ')
				s2, e2 := gr.ReadSlice(' ')
				diff.Eq(w, string(s1)+text(e1), string(s2)+text(e2))
			case 10:
				var x, y strings.Builder
				k1, e1 := my.WriteTo(&x)
				k2, e2 := gr.WriteTo(&y)
				diff.Eq(w, fmt.Sprint(k1, x.String(), text(e1)), fmt.Sprint(k2, y.String(), text(e2)))
			}
			diff.Eq(w+" Buffered", my.Buffered(), gr.Buffered())
		}
	}
}

var errSink = errors.New("sink full")

// A sink records each call; it fails or writes short past its limit.
type sink struct {
	calls []string
	limit int
	short bool
	size  int
}

func (s *sink) Write(p []byte) (int, error) {
	s.calls = append(s.calls, "W"+string(p))
	return s.take(len(p))
}

func (s *sink) take(n int) (int, error) {
	if s.limit >= 0 && s.size+n > s.limit {
		k := s.limit - s.size
		s.size = s.limit
		if s.short {
			return k, nil
		}
		return k, errSink
	}
	s.size += n
	return n, nil
}

// A strSink also has WriteString.
type strSink struct{ sink }

func (s *strSink) WriteString(str string) (int, error) {
	s.calls = append(s.calls, "S"+str)
	return s.take(len(str))
}

func newSinks(kind, limit int, short bool) (myio.Writer, io.Writer, func() []string, func() []string) {
	if kind == 0 {
		a, b := &sink{limit: limit, short: short}, &sink{limit: limit, short: short}
		return a, b, func() []string { return a.calls }, func() []string { return b.calls }
	}
	a, b := &strSink{sink{limit: limit, short: short}}, &strSink{sink{limit: limit, short: short}}
	return a, b, func() []string { return a.calls }, func() []string { return b.calls }
}

func writerOps() {
	for i := 0; i < 2000; i++ {
		limit := -1
		if rng.Intn(2) == 0 {
			limit = rng.Intn(40)
		}
		// Not short writes: Go's Writer loops for ever on a destination
		// that takes nothing without an error.
		short := false
		a, b, ca, cb := newSinks(rng.Intn(2), limit, short)
		size := rng.Intn(12)
		my := mybufio.NewWriterSize(a, size)
		gw := bufio.NewWriterSize(b, size)
		for j := 0; j < 10; j++ {
			s := randString(6)
			op := rng.Intn(6)
			w := fmt.Sprintf("Writer %d %d %v op %d %q #%d", size, limit, short, op, s, j)
			switch op {
			case 0:
				n1, e1 := my.Write([]byte(s))
				n2, e2 := gw.Write([]byte(s))
				diff.Eq(w, fmt.Sprint(n1, text(e1)), fmt.Sprint(n2, text(e2)))
			case 1:
				n1, e1 := my.WriteString(s)
				n2, e2 := gw.WriteString(s)
				diff.Eq(w, fmt.Sprint(n1, text(e1)), fmt.Sprint(n2, text(e2)))
			case 2:
				c := byte('q')
				if len(s) > 0 {
					c = s[0]
				}
				diff.Eq(w, text(my.WriteByte(c)), text(gw.WriteByte(c)))
			case 3:
				r := []rune{'x', 'é', '世', 0x1F600, -1}[rng.Intn(5)]
				n1, e1 := my.WriteRune(r)
				n2, e2 := gw.WriteRune(r)
				diff.Eq(w, fmt.Sprint(n1, text(e1)), fmt.Sprint(n2, text(e2)))
			case 4:
				diff.Eq(w, text(my.Flush()), text(gw.Flush()))
			case 5:
				p := randPlan(20)
				n1, e1 := my.ReadFrom(p.mine())
				n2, e2 := gw.ReadFrom(p.gos())
				diff.Eq(w+" ReadFrom", fmt.Sprint(n1, text(e1)), fmt.Sprint(n2, text(e2)))
			}
			diff.Eq(w+" state", fmt.Sprint(my.Buffered(), my.Available(), ca()), fmt.Sprint(gw.Buffered(), gw.Available(), cb()))
		}
	}
}

func ioHelpers() {
	for i := 0; i < 2000; i++ {
		p := randPlan(80)
		w := fmt.Sprintf("%q %v %v %v", p.data, p.steps, p.fail, p.late)
		b1, e1 := myio.ReadAll(p.mine())
		b2, e2 := io.ReadAll(p.gos())
		diff.Eq("ReadAll"+w, string(b1)+text(e1), string(b2)+text(e2))
		n := rng.Intn(20)
		min := rng.Intn(22)
		x, y := make([]byte, n), make([]byte, n)
		k1, e1 := myio.ReadAtLeast(p.mine(), x, min)
		k2, e2 := io.ReadAtLeast(p.gos(), y, min)
		diff.Eq(fmt.Sprint("ReadAtLeast", n, min, w), fmt.Sprint(k1, string(x[:k1]), text(e1)), fmt.Sprint(k2, string(y[:k2]), text(e2)))
		limit := rng.Intn(60) - 1
		a, b, ca, cb := newSinks(0, limit, rng.Intn(2) == 0)
		c := int64(rng.Intn(100))
		m1, e1 := myio.CopyN(a, p.mine(), c)
		m2, e2 := io.CopyN(b, p.gos(), c)
		diff.Eq(fmt.Sprint("CopyN", c, limit, w), fmt.Sprint(m1, text(e1), len(ca())), fmt.Sprint(m2, text(e2), len(cb())))
	}
}

var olds = []string{"", "a", "b", "c", "ab", "ba", "aa", "abc", "bc", "cab", "aaa", "é", "\xc3", "\xa9", "x", "é"}
var news = []string{"", "1", "2", "[]", "XYZ", "a", "b", "ab", "é"}

func replacers() {
	for i := 0; i < 3000; i++ {
		var pairs []string
		switch i % 4 {
		case 0:
			pairs = []string{olds[4+rng.Intn(len(olds)-4)], news[rng.Intn(len(news))]}
		case 1:
			for n := 1 + rng.Intn(5); n > 0; n-- {
				pairs = append(pairs, string("abcx"[rng.Intn(4)]), string("123a"[rng.Intn(4)]))
			}
		case 2:
			for n := 1 + rng.Intn(5); n > 0; n-- {
				pairs = append(pairs, string("abcx"[rng.Intn(4)]), news[rng.Intn(len(news))])
			}
		default:
			for n := rng.Intn(6); n > 0; n-- {
				pairs = append(pairs, olds[rng.Intn(len(olds))], news[rng.Intn(len(news))])
			}
		}
		my := mystrings.NewReplacer(pairs...)
		gr := strings.NewReplacer(pairs...)
		for j := 0; j < 5; j++ {
			var sb strings.Builder
			for n := rng.Intn(14); n > 0; n-- {
				sb.WriteString([]string{"a", "b", "c", "x", "é", "ab", "aa"}[rng.Intn(7)])
			}
			s := sb.String()
			w := fmt.Sprintf("%q %q", pairs, s)
			diff.Eq("Replace"+w, my.Replace(s), gr.Replace(s))
			limit := -1
			if rng.Intn(2) == 0 {
				limit = rng.Intn(10)
			}
			a, b, ca, cb := newSinks(rng.Intn(2), limit, false)
			n1, e1 := my.WriteString(a, s)
			n2, e2 := gr.WriteString(b, s)
			diff.Eq(fmt.Sprint("WriteString", limit, w), fmt.Sprint(n1, text(e1), ca()), fmt.Sprint(n2, text(e2), cb()))
		}
	}
	diff.Eq("odd", diff.Panics(func() { mystrings.NewReplacer("a") }), diff.Panics(func() { strings.NewReplacer("a") }))
}

func main() {
	scanners()
	readerOps()
	writerOps()
	ioHelpers()
	replacers()
	diff.Done("bufio")
}
