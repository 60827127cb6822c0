// Differential test of golib/bytes against Go 1.19's: every function on
// random slices drawn from pieces that stress it (ASCII, multi-byte and
// ill-formed UTF-8, case orbits, white space), with a fixed seed. Results
// are compared as shapes: bytes, nil or not, length, capacity and where
// they start in the argument's array (or that they are fresh), so that
// sharing and capping are checked too; then Buffer and Reader under
// random operations, with their errors' texts and panics.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"unicode"
	"unsafe"

	mybytes "golibtest/bytes"
	"golibtest/diff"
)

var rng = rand.New(rand.NewSource(19))

var pieces = []string{"", "a", "b", "ab", "A", "B", "k", "K", "\u212a", "s", "S", "\u017f",
	" ", "\t", "\n", "\v", "\u0085", "\u00a0", "\u2028", "\u3000", "é", "É", "ß", "ẞ", "σ", "Σ", "ς",
	"世", "\U0001F600", "\xff", "\xe2\x82", "\x80", "\xe4\xb8", "\ufffd", "ǅ", "ǆ", "Ǆ", "İ", "ı", "Ⱥ", "x", "xx",
	"aba", "-", ",", "_", "\x00", "1"}

func randString(max int) string {
	s := ""
	for n := rng.Intn(max + 1); n > 0; n-- {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

// fresh returns s as a new slice, nil for rng's whim when s is empty, and
// with spare capacity now and then.
func fresh(s string) []byte {
	if s == "" && rng.Intn(3) == 0 {
		return nil
	}
	b := make([]byte, len(s), len(s)+rng.Intn(2)*rng.Intn(4))
	copy(b, s)
	return b
}

var runes = []rune{'a', 'A', 'k', 0x212A, ' ', 0x85, 0xA0, 0xFFFD, -1, 0x110000, 0xD800,
	'世', 0x1F600, 0, 'ß', 's', 0x17F, 'x', '-', 0x3000}

// shape describes a slice result: Off is where it starts in the
// argument's array, -1 if elsewhere, -2 if it has no capacity at all.
type shape struct {
	S        string
	Nil      bool
	Len, Cap int
	Off      int
}

func shapeOf(arg, x []byte) shape {
	sh := shape{string(x), x == nil, len(x), cap(x), -2}
	if cap(x) == 0 {
		return sh
	}
	sh.Off = -1
	if cap(arg) > 0 {
		base := uintptr(unsafe.Pointer(&arg[:cap(arg)][0]))
		p := uintptr(unsafe.Pointer(&x[:cap(x)][0]))
		if base <= p && p < base+uintptr(cap(arg)) {
			sh.Off = int(p - base)
		}
	}
	return sh
}

type shapes struct {
	Nil      bool
	Len, Cap int
	Parts    []shape
}

func shapesOf(arg []byte, xs [][]byte) shapes {
	sh := shapes{xs == nil, len(xs), cap(xs), nil}
	for _, x := range xs {
		sh.Parts = append(sh.Parts, shapeOf(arg, x))
	}
	return sh
}

type cut struct {
	Before, After shape
	Found         bool
}

func pair(s, t string, n int) {
	w := fmt.Sprintf("(%q, %q)", s, t)
	a, b := fresh(s), fresh(t)
	diff.Eq("Equal"+w, mybytes.Equal(a, b), bytes.Equal(a, b))
	diff.Eq("Compare"+w, mybytes.Compare(a, b), bytes.Compare(a, b))
	diff.Eq("EqualFold"+w, mybytes.EqualFold(a, b), bytes.EqualFold(a, b))
	diff.Eq("Contains"+w, mybytes.Contains(a, b), bytes.Contains(a, b))
	diff.Eq("ContainsAny"+w, mybytes.ContainsAny(a, t), bytes.ContainsAny(a, t))
	diff.Eq("Index"+w, mybytes.Index(a, b), bytes.Index(a, b))
	diff.Eq("LastIndex"+w, mybytes.LastIndex(a, b), bytes.LastIndex(a, b))
	diff.Eq("IndexAny"+w, mybytes.IndexAny(a, t), bytes.IndexAny(a, t))
	diff.Eq("LastIndexAny"+w, mybytes.LastIndexAny(a, t), bytes.LastIndexAny(a, t))
	diff.Eq("HasPrefix"+w, mybytes.HasPrefix(a, b), bytes.HasPrefix(a, b))
	diff.Eq("HasSuffix"+w, mybytes.HasSuffix(a, b), bytes.HasSuffix(a, b))
	diff.Eq("Count"+w, mybytes.Count(a, b), bytes.Count(a, b))
	diff.Eq("Split"+w, shapesOf(a, mybytes.Split(a, b)), shapesOf(a, bytes.Split(a, b)))
	diff.Eq("SplitAfter"+w, shapesOf(a, mybytes.SplitAfter(a, b)), shapesOf(a, bytes.SplitAfter(a, b)))
	diff.Eq(fmt.Sprint("SplitN", w, n), shapesOf(a, mybytes.SplitN(a, b, n)), shapesOf(a, bytes.SplitN(a, b, n)))
	diff.Eq(fmt.Sprint("SplitAfterN", w, n), shapesOf(a, mybytes.SplitAfterN(a, b, n)), shapesOf(a, bytes.SplitAfterN(a, b, n)))
	diff.Eq("Trim"+w, shapeOf(a, mybytes.Trim(a, t)), shapeOf(a, bytes.Trim(a, t)))
	diff.Eq("TrimLeft"+w, shapeOf(a, mybytes.TrimLeft(a, t)), shapeOf(a, bytes.TrimLeft(a, t)))
	diff.Eq("TrimRight"+w, shapeOf(a, mybytes.TrimRight(a, t)), shapeOf(a, bytes.TrimRight(a, t)))
	diff.Eq("TrimPrefix"+w, shapeOf(a, mybytes.TrimPrefix(a, b)), shapeOf(a, bytes.TrimPrefix(a, b)))
	diff.Eq("TrimSuffix"+w, shapeOf(a, mybytes.TrimSuffix(a, b)), shapeOf(a, bytes.TrimSuffix(a, b)))
	var c1, c2 cut
	var x, y []byte
	x, y, c1.Found = mybytes.Cut(a, b)
	c1.Before, c1.After = shapeOf(a, x), shapeOf(a, y)
	x, y, c2.Found = bytes.Cut(a, b)
	c2.Before, c2.After = shapeOf(a, x), shapeOf(a, y)
	diff.Eq("Cut"+w, c1, c2)
	u := fresh(randString(2))
	diff.Eq(fmt.Sprint("Replace", w, u, n), shapeOf(a, mybytes.Replace(a, b, u, n)), shapeOf(a, bytes.Replace(a, b, u, n)))
	diff.Eq(fmt.Sprint("ReplaceAll", w, u), shapeOf(a, mybytes.ReplaceAll(a, b, u)), shapeOf(a, bytes.ReplaceAll(a, b, u)))
	diff.Eq(fmt.Sprint("Join", w), shapeOf(a, mybytes.Join([][]byte{a, b, u}, b)), shapeOf(a, bytes.Join([][]byte{a, b, u}, b)))
	diff.Eq(fmt.Sprint("ToValidUTF8", w), shapeOf(a, mybytes.ToValidUTF8(a, b)), shapeOf(a, bytes.ToValidUTF8(a, b)))
}

// calls logs the runes given to predicates and mappings, to compare how
// often and in which order they are called.
var calls []rune

func isSpaceLogged(r rune) bool { calls = append(calls, r); return unicode.IsSpace(r) }

type logged struct {
	Out   interface{}
	Calls []rune
}

func run(f func() interface{}) logged {
	calls = nil
	out := f()
	return logged{out, calls}
}

func single(s string) {
	w := fmt.Sprintf("(%q)", s)
	a := fresh(s)
	diff.Eq("Fields"+w, shapesOf(a, mybytes.Fields(a)), shapesOf(a, bytes.Fields(a)))
	diff.Eq("ToUpper"+w, shapeOf(a, mybytes.ToUpper(a)), shapeOf(a, bytes.ToUpper(a)))
	diff.Eq("ToLower"+w, shapeOf(a, mybytes.ToLower(a)), shapeOf(a, bytes.ToLower(a)))
	diff.Eq("ToTitle"+w, shapeOf(a, mybytes.ToTitle(a)), shapeOf(a, bytes.ToTitle(a)))
	diff.Eq("Title"+w, shapeOf(a, mybytes.Title(a)), shapeOf(a, bytes.Title(a)))
	diff.Eq("TrimSpace"+w, shapeOf(a, mybytes.TrimSpace(a)), shapeOf(a, bytes.TrimSpace(a)))
	diff.Eq("Runes"+w, mybytes.Runes(a), bytes.Runes(a))
	for _, r := range runes {
		diff.Eq(fmt.Sprintf("IndexRune%s %#x", w, r), mybytes.IndexRune(a, r), bytes.IndexRune(a, r))
		diff.Eq(fmt.Sprintf("ContainsRune%s %#x", w, r), mybytes.ContainsRune(a, r), bytes.ContainsRune(a, r))
	}
	for _, c := range []byte{'a', 0, 0x80, 0xff, ' '} {
		diff.Eq(fmt.Sprintf("IndexByte%s %#x", w, c), mybytes.IndexByte(a, c), bytes.IndexByte(a, c))
		diff.Eq(fmt.Sprintf("LastIndexByte%s %#x", w, c), mybytes.LastIndexByte(a, c), bytes.LastIndexByte(a, c))
	}
	diff.Eq("FieldsFunc"+w, run(func() interface{} { return shapesOf(a, mybytes.FieldsFunc(a, isSpaceLogged)) }),
		run(func() interface{} { return shapesOf(a, bytes.FieldsFunc(a, isSpaceLogged)) }))
	diff.Eq("TrimFunc"+w, run(func() interface{} { return shapeOf(a, mybytes.TrimFunc(a, isSpaceLogged)) }),
		run(func() interface{} { return shapeOf(a, bytes.TrimFunc(a, isSpaceLogged)) }))
	diff.Eq("TrimLeftFunc"+w, run(func() interface{} { return shapeOf(a, mybytes.TrimLeftFunc(a, isSpaceLogged)) }),
		run(func() interface{} { return shapeOf(a, bytes.TrimLeftFunc(a, isSpaceLogged)) }))
	diff.Eq("TrimRightFunc"+w, run(func() interface{} { return shapeOf(a, mybytes.TrimRightFunc(a, isSpaceLogged)) }),
		run(func() interface{} { return shapeOf(a, bytes.TrimRightFunc(a, isSpaceLogged)) }))
	diff.Eq("IndexFunc"+w, run(func() interface{} { return mybytes.IndexFunc(a, isSpaceLogged) }),
		run(func() interface{} { return bytes.IndexFunc(a, isSpaceLogged) }))
	diff.Eq("LastIndexFunc"+w, run(func() interface{} { return mybytes.LastIndexFunc(a, isSpaceLogged) }),
		run(func() interface{} { return bytes.LastIndexFunc(a, isSpaceLogged) }))
	mappings := []func(rune) rune{
		func(r rune) rune { calls = append(calls, r); return r },
		func(r rune) rune { calls = append(calls, r); return -1 },
		func(r rune) rune { calls = append(calls, r); return r + 1 },
		func(r rune) rune {
			calls = append(calls, r)
			if r == 'a' || r == 0xFFFD {
				return -1
			}
			return r
		},
		func(r rune) rune { calls = append(calls, r); return 0x110000 },
		func(r rune) rune { calls = append(calls, r); return unicode.SimpleFold(r) },
		func(r rune) rune { calls = append(calls, r); return 0x1F600 },
	}
	for k, m := range mappings {
		diff.Eq(fmt.Sprint("Map", k, w), run(func() interface{} { return shapeOf(a, mybytes.Map(m, a)) }),
			run(func() interface{} { return shapeOf(a, bytes.Map(m, a)) }))
	}
	for _, n := range []int{0, 1, 2, 5} {
		diff.Eq(fmt.Sprint("Repeat", w, n), shapeOf(a, mybytes.Repeat(a, n)), shapeOf(a, bytes.Repeat(a, n)))
	}
	diff.Eq("Join1"+w, shapeOf(a, mybytes.Join([][]byte{a}, []byte("-"))), shapeOf(a, bytes.Join([][]byte{a}, []byte("-"))))
}

// errText is an error's text, "<nil>" for none: golib's errEOF stands for
// io.EOF, so errors compare by text.
func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

type bufState struct {
	S        string
	Len, Cap int
	Results  []interface{}
}

// buffers runs the same random operations on both Buffers.
func buffers() {
	init := randString(6)
	var b1 *mybytes.Buffer
	var b2 *bytes.Buffer
	switch rng.Intn(3) {
	case 0:
		b1, b2 = new(mybytes.Buffer), new(bytes.Buffer)
	case 1:
		b1, b2 = mybytes.NewBufferString(init), bytes.NewBufferString(init)
	case 2:
		// Each Buffer owns its slice: two of the same shape.
		p := fresh(init)
		var q []byte
		if p != nil {
			q = append(make([]byte, 0, cap(p)), p...)
		}
		b1, b2 = mybytes.NewBuffer(p), bytes.NewBuffer(q)
	}
	var st1, st2 bufState
	for n := rng.Intn(40); n > 0; n-- {
		var r1, r2 []interface{}
		switch op := rng.Intn(17); op {
		case 0:
			s := randString(3)
			n1, e1 := b1.WriteString(s)
			n2, e2 := b2.WriteString(s)
			r1, r2 = []interface{}{n1, e1}, []interface{}{n2, e2}
		case 1:
			r := runes[rng.Intn(len(runes))]
			n1, e1 := b1.WriteRune(r)
			n2, e2 := b2.WriteRune(r)
			r1, r2 = []interface{}{n1, e1}, []interface{}{n2, e2}
		case 2:
			c := byte(rng.Intn(256))
			r1, r2 = []interface{}{b1.WriteByte(c)}, []interface{}{b2.WriteByte(c)}
		case 3:
			p := fresh(randString(4))
			n1, e1 := b1.Write(p)
			n2, e2 := b2.Write(p)
			r1, r2 = []interface{}{n1, e1}, []interface{}{n2, e2}
		case 4:
			g := rng.Intn(100)
			b1.Grow(g)
			b2.Grow(g)
		case 5:
			if rng.Intn(4) == 0 {
				b1.Reset()
				b2.Reset()
			}
		case 6:
			k := rng.Intn(b1.Len() + 1)
			b1.Truncate(k)
			b2.Truncate(k)
		case 7:
			p1 := make([]byte, rng.Intn(5))
			p2 := make([]byte, len(p1))
			n1, e1 := b1.Read(p1)
			n2, e2 := b2.Read(p2)
			r1, r2 = []interface{}{n1, errText(e1), p1}, []interface{}{n2, errText(e2), p2}
		case 8:
			k := rng.Intn(6)
			r1, r2 = []interface{}{shapeOf(nil, b1.Next(k))}, []interface{}{shapeOf(nil, b2.Next(k))}
		case 9:
			c1, e1 := b1.ReadByte()
			c2, e2 := b2.ReadByte()
			r1, r2 = []interface{}{c1, errText(e1)}, []interface{}{c2, errText(e2)}
		case 10, 11:
			x1, s1, e1 := b1.ReadRune()
			x2, s2, e2 := b2.ReadRune()
			r1, r2 = []interface{}{x1, s1, errText(e1)}, []interface{}{x2, s2, errText(e2)}
		case 12:
			r1, r2 = []interface{}{errText(b1.UnreadByte())}, []interface{}{errText(b2.UnreadByte())}
		case 13:
			r1, r2 = []interface{}{errText(b1.UnreadRune())}, []interface{}{errText(b2.UnreadRune())}
		case 14:
			d := "a, \xff"[rng.Intn(4)]
			l1, e1 := b1.ReadBytes(d)
			l2, e2 := b2.ReadBytes(d)
			r1 = []interface{}{string(l1), l1 == nil, errText(e1)}
			r2 = []interface{}{string(l2), l2 == nil, errText(e2)}
		case 15:
			d := "a, \xff"[rng.Intn(4)]
			l1, e1 := b1.ReadString(d)
			l2, e2 := b2.ReadString(d)
			r1, r2 = []interface{}{l1, errText(e1)}, []interface{}{l2, errText(e2)}
		case 16:
			r1, r2 = []interface{}{string(b1.Bytes())}, []interface{}{string(b2.Bytes())}
		}
		st1.Results, st2.Results = r1, r2
		st1.Len, st2.Len = b1.Len(), b2.Len()
		st1.Cap, st2.Cap = b1.Cap(), b2.Cap()
		st1.S, st2.S = b1.String(), b2.String()
		diff.Eq("Buffer", st1, st2)
	}
}

type readState struct {
	Len     int
	Results []interface{}
}

// readers runs the same random operations on both Readers.
func readers() {
	s := randString(6)
	r1, r2 := mybytes.NewReader([]byte(s)), bytes.NewReader([]byte(s))
	var st1, st2 readState
	for n := rng.Intn(30); n > 0; n-- {
		var x1, x2 []interface{}
		switch rng.Intn(9) {
		case 0:
			p1 := make([]byte, rng.Intn(5))
			p2 := make([]byte, len(p1))
			n1, e1 := r1.Read(p1)
			n2, e2 := r2.Read(p2)
			x1, x2 = []interface{}{n1, errText(e1), p1}, []interface{}{n2, errText(e2), p2}
		case 1:
			p1 := make([]byte, rng.Intn(5))
			p2 := make([]byte, len(p1))
			off := int64(rng.Intn(len(s)+3) - 1)
			n1, e1 := r1.ReadAt(p1, off)
			n2, e2 := r2.ReadAt(p2, off)
			x1, x2 = []interface{}{n1, errText(e1), p1}, []interface{}{n2, errText(e2), p2}
		case 2:
			c1, e1 := r1.ReadByte()
			c2, e2 := r2.ReadByte()
			x1, x2 = []interface{}{c1, errText(e1)}, []interface{}{c2, errText(e2)}
		case 3:
			x1, x2 = []interface{}{errText(r1.UnreadByte())}, []interface{}{errText(r2.UnreadByte())}
		case 4, 5:
			c1, z1, e1 := r1.ReadRune()
			c2, z2, e2 := r2.ReadRune()
			x1, x2 = []interface{}{c1, z1, errText(e1)}, []interface{}{c2, z2, errText(e2)}
		case 6:
			x1, x2 = []interface{}{errText(r1.UnreadRune())}, []interface{}{errText(r2.UnreadRune())}
		case 7:
			off, whence := int64(rng.Intn(len(s)+5)-3), rng.Intn(4)
			p1, e1 := r1.Seek(off, whence)
			p2, e2 := r2.Seek(off, whence)
			x1, x2 = []interface{}{p1, errText(e1)}, []interface{}{p2, errText(e2)}
		case 8:
			if rng.Intn(5) == 0 {
				s = randString(4)
				r1.Reset([]byte(s))
				r2.Reset([]byte(s))
			}
		}
		st1.Results, st2.Results = x1, x2
		st1.Len, st2.Len = r1.Len(), r2.Len()
		diff.Eq("Reader", st1, st2)
		diff.Eq("Reader Size", r1.Size(), r2.Size())
	}
}

func panics() {
	for _, n := range []int{-1, -100} {
		diff.Eq(fmt.Sprint("Repeat panic ", n), diff.Panics(func() { mybytes.Repeat([]byte("ab"), n) }),
			diff.Panics(func() { bytes.Repeat([]byte("ab"), n) }))
	}
	diff.Eq("Repeat overflow", diff.Panics(func() { mybytes.Repeat([]byte("abcdefgh"), 1<<61) }),
		diff.Panics(func() { bytes.Repeat([]byte("abcdefgh"), 1<<61) }))
	diff.Eq("Truncate", diff.Panics(func() { var b mybytes.Buffer; b.Truncate(1) }),
		diff.Panics(func() { var b bytes.Buffer; b.Truncate(1) }))
	diff.Eq("Truncate -1", diff.Panics(func() { b := mybytes.NewBufferString("ab"); b.Truncate(-1) }),
		diff.Panics(func() { b := bytes.NewBufferString("ab"); b.Truncate(-1) }))
	diff.Eq("Grow", diff.Panics(func() { var b mybytes.Buffer; b.Grow(-1) }),
		diff.Panics(func() { var b bytes.Buffer; b.Grow(-1) }))
	var nb1 *mybytes.Buffer
	var nb2 *bytes.Buffer
	diff.Eq("nil String", nb1.String(), nb2.String())
	diff.Eq("ErrTooLarge", mybytes.ErrTooLarge.Error(), bytes.ErrTooLarge.Error())
	diff.Eq("MinRead", mybytes.MinRead, bytes.MinRead)
}

func main() {
	diff.Eq("Join nil", shapeOf(nil, mybytes.Join(nil, nil)), shapeOf(nil, bytes.Join(nil, nil)))
	panics()
	for _, s := range pieces {
		single(s)
		for _, t := range pieces {
			pair(s, t, rng.Intn(5)-1)
		}
	}
	for i := 0; i < 20000; i++ {
		s, t := randString(8), randString(2)
		if rng.Intn(4) == 0 && len(s) > 2 {
			// A separator that certainly occurs.
			j := rng.Intn(len(s))
			t = s[j : j+rng.Intn(len(s)-j)]
		}
		pair(s, t, rng.Intn(6)-1)
		single(s)
	}
	for i := 0; i < 3000; i++ {
		buffers()
		readers()
	}
	diff.Done("bytes")
}
