// Differential test of golib/strings against Go 1.19's: every function on
// random strings drawn from pieces that stress it (ASCII, multi-byte and
// ill-formed UTF-8, case orbits, white space), with a fixed seed, plus the
// Builder's results, capacities and panics.
package main

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"

	"golibtest/diff"
	mystrings "golibtest/strings"
)

var rng = rand.New(rand.NewSource(16))

var pieces = []string{"", "a", "b", "ab", "A", "B", "k", "K", "\u212a", "s", "S", "\u017f",
	" ", "\t", "\n", "\u0085", "\u00a0", "\u2028", "\u3000", "é", "É", "ß", "ẞ", "σ", "Σ", "ς",
	"世", "\U0001F600", "\xff", "\xe2\x82", "\x80", "\ufffd", "ǅ", "ǆ", "Ǆ", "İ", "ı", "x", "xx",
	"aba", "-", ",", "\x00"}

func randString(max int) string {
	s := ""
	for n := rng.Intn(max + 1); n > 0; n-- {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

var runes = []rune{'a', 'A', 'k', 0x212A, ' ', 0x85, 0xA0, 0xFFFD, -1, 0x110000, 0xD800,
	'世', 0x1F600, 0, 'ß', 's', 0x17F, 'x', '-', 0x3000}

type two struct {
	A, B string
	OK   bool
}

func pair(s, t string, n int) {
	w := fmt.Sprintf("(%q, %q)", s, t)
	diff.Eq("Contains"+w, mystrings.Contains(s, t), strings.Contains(s, t))
	diff.Eq("ContainsAny"+w, mystrings.ContainsAny(s, t), strings.ContainsAny(s, t))
	diff.Eq("Index"+w, mystrings.Index(s, t), strings.Index(s, t))
	diff.Eq("LastIndex"+w, mystrings.LastIndex(s, t), strings.LastIndex(s, t))
	diff.Eq("IndexAny"+w, mystrings.IndexAny(s, t), strings.IndexAny(s, t))
	diff.Eq("LastIndexAny"+w, mystrings.LastIndexAny(s, t), strings.LastIndexAny(s, t))
	diff.Eq("HasPrefix"+w, mystrings.HasPrefix(s, t), strings.HasPrefix(s, t))
	diff.Eq("HasSuffix"+w, mystrings.HasSuffix(s, t), strings.HasSuffix(s, t))
	diff.Eq("Split"+w, mystrings.Split(s, t), strings.Split(s, t))
	diff.Eq("SplitAfter"+w, mystrings.SplitAfter(s, t), strings.SplitAfter(s, t))
	diff.Eq(fmt.Sprint("SplitN", w, n), mystrings.SplitN(s, t, n), strings.SplitN(s, t, n))
	diff.Eq(fmt.Sprint("SplitAfterN", w, n), mystrings.SplitAfterN(s, t, n), strings.SplitAfterN(s, t, n))
	diff.Eq("Trim"+w, mystrings.Trim(s, t), strings.Trim(s, t))
	diff.Eq("TrimLeft"+w, mystrings.TrimLeft(s, t), strings.TrimLeft(s, t))
	diff.Eq("TrimRight"+w, mystrings.TrimRight(s, t), strings.TrimRight(s, t))
	diff.Eq("TrimPrefix"+w, mystrings.TrimPrefix(s, t), strings.TrimPrefix(s, t))
	diff.Eq("TrimSuffix"+w, mystrings.TrimSuffix(s, t), strings.TrimSuffix(s, t))
	diff.Eq("Count"+w, mystrings.Count(s, t), strings.Count(s, t))
	diff.Eq("EqualFold"+w, mystrings.EqualFold(s, t), strings.EqualFold(s, t))
	diff.Eq("Compare"+w, mystrings.Compare(s, t), strings.Compare(s, t))
	var c1, c2 two
	c1.A, c1.B, c1.OK = mystrings.Cut(s, t)
	c2.A, c2.B, c2.OK = strings.Cut(s, t)
	diff.Eq("Cut"+w, c1, c2)
	u := randString(2)
	diff.Eq(fmt.Sprint("Replace", w, u, n), mystrings.Replace(s, t, u, n), strings.Replace(s, t, u, n))
	diff.Eq(fmt.Sprint("ReplaceAll", w, u), mystrings.ReplaceAll(s, t, u), strings.ReplaceAll(s, t, u))
	diff.Eq(fmt.Sprint("Join", w), mystrings.Join([]string{s, t, u}, t), strings.Join([]string{s, t, u}, t))
}

// funcs are rune predicates and mappings with state, to compare how often
// and in which order they are called.
var calls []rune

func isSpaceLogged(r rune) bool { calls = append(calls, r); return unicode.IsSpace(r) }

func single(s string) {
	w := fmt.Sprintf("(%q)", s)
	diff.Eq("Fields"+w, mystrings.Fields(s), strings.Fields(s))
	diff.Eq("ToUpper"+w, mystrings.ToUpper(s), strings.ToUpper(s))
	diff.Eq("ToLower"+w, mystrings.ToLower(s), strings.ToLower(s))
	diff.Eq("ToTitle"+w, mystrings.ToTitle(s), strings.ToTitle(s))
	diff.Eq("TrimSpace"+w, mystrings.TrimSpace(s), strings.TrimSpace(s))
	diff.Eq("Clone"+w, mystrings.Clone(s), strings.Clone(s))
	for _, rep := range []string{"", "?", "\ufffd", "\xff"} {
		diff.Eq("ToValidUTF8"+w+rep, mystrings.ToValidUTF8(s, rep), strings.ToValidUTF8(s, rep))
	}
	for _, r := range runes {
		diff.Eq(fmt.Sprintf("IndexRune%s %#x", w, r), mystrings.IndexRune(s, r), strings.IndexRune(s, r))
		diff.Eq(fmt.Sprintf("ContainsRune%s %#x", w, r), mystrings.ContainsRune(s, r), strings.ContainsRune(s, r))
	}
	for _, c := range []byte{'a', 0, 0x80, 0xff, ' '} {
		diff.Eq(fmt.Sprintf("IndexByte%s %#x", w, c), mystrings.IndexByte(s, c), strings.IndexByte(s, c))
		diff.Eq(fmt.Sprintf("LastIndexByte%s %#x", w, c), mystrings.LastIndexByte(s, c), strings.LastIndexByte(s, c))
	}
	type logged struct {
		Out   interface{}
		Calls []rune
	}
	run := func(f func() interface{}) logged {
		calls = nil
		out := f()
		return logged{out, calls}
	}
	diff.Eq("FieldsFunc"+w, run(func() interface{} { return mystrings.FieldsFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.FieldsFunc(s, isSpaceLogged) }))
	diff.Eq("TrimFunc"+w, run(func() interface{} { return mystrings.TrimFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.TrimFunc(s, isSpaceLogged) }))
	diff.Eq("TrimLeftFunc"+w, run(func() interface{} { return mystrings.TrimLeftFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.TrimLeftFunc(s, isSpaceLogged) }))
	diff.Eq("TrimRightFunc"+w, run(func() interface{} { return mystrings.TrimRightFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.TrimRightFunc(s, isSpaceLogged) }))
	diff.Eq("IndexFunc"+w, run(func() interface{} { return mystrings.IndexFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.IndexFunc(s, isSpaceLogged) }))
	diff.Eq("LastIndexFunc"+w, run(func() interface{} { return mystrings.LastIndexFunc(s, isSpaceLogged) }),
		run(func() interface{} { return strings.LastIndexFunc(s, isSpaceLogged) }))
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
	}
	for k, m := range mappings {
		diff.Eq(fmt.Sprint("Map", k, w), run(func() interface{} { return mystrings.Map(m, s) }),
			run(func() interface{} { return strings.Map(m, s) }))
	}
	for _, n := range []int{0, 1, 2, 5} {
		diff.Eq(fmt.Sprint("Repeat", w, n), mystrings.Repeat(s, n), strings.Repeat(s, n))
	}
	diff.Eq("Join1"+w, mystrings.Join([]string{s}, "-"), strings.Join([]string{s}, "-"))
}

type builderState struct {
	S        string
	Len, Cap int
	Results  []interface{}
}

// builders runs the same random operations on both Builders.
func builders() {
	var b1 mystrings.Builder
	var b2 strings.Builder
	var st1, st2 builderState
	for n := rng.Intn(30); n > 0; n-- {
		switch op := rng.Intn(6); op {
		case 0:
			s := randString(3)
			n1, e1 := b1.WriteString(s)
			n2, e2 := b2.WriteString(s)
			st1.Results = append(st1.Results, n1, e1)
			st2.Results = append(st2.Results, n2, e2)
		case 1:
			r := runes[rng.Intn(len(runes))]
			n1, e1 := b1.WriteRune(r)
			n2, e2 := b2.WriteRune(r)
			st1.Results = append(st1.Results, n1, e1)
			st2.Results = append(st2.Results, n2, e2)
		case 2:
			c := byte(rng.Intn(256))
			st1.Results = append(st1.Results, b1.WriteByte(c))
			st2.Results = append(st2.Results, b2.WriteByte(c))
		case 3:
			p := []byte(randString(3))
			n1, e1 := b1.Write(p)
			n2, e2 := b2.Write(p)
			st1.Results = append(st1.Results, n1, e1)
			st2.Results = append(st2.Results, n2, e2)
		case 4:
			g := rng.Intn(40)
			b1.Grow(g)
			b2.Grow(g)
		case 5:
			if rng.Intn(4) == 0 {
				b1.Reset()
				b2.Reset()
			}
		}
		st1.Len, st2.Len = b1.Len(), b2.Len()
		st1.Cap, st2.Cap = b1.Cap(), b2.Cap()
		st1.S, st2.S = b1.String(), b2.String()
		diff.Eq("Builder", st1, st2)
	}
}

func builderPanics() {
	diff.Eq("Grow negative",
		diff.Panics(func() { var b mystrings.Builder; b.Grow(-1) }),
		diff.Panics(func() { var b strings.Builder; b.Grow(-1) }))
	copied := func(write func(b *mystrings.Builder)) string {
		return diff.Panics(func() {
			var b mystrings.Builder
			b.WriteByte('x')
			c := b
			write(&c)
		})
	}
	copiedGo := func(write func(b *strings.Builder)) string {
		return diff.Panics(func() {
			var b strings.Builder
			b.WriteByte('x')
			c := b
			write(&c)
		})
	}
	diff.Eq("copy WriteString", copied(func(b *mystrings.Builder) { b.WriteString("y") }),
		copiedGo(func(b *strings.Builder) { b.WriteString("y") }))
	diff.Eq("copy Grow", copied(func(b *mystrings.Builder) { b.Grow(1) }),
		copiedGo(func(b *strings.Builder) { b.Grow(1) }))
	diff.Eq("copy String", copied(func(b *mystrings.Builder) { _ = b.String() + fmt.Sprint(b.Len()) }),
		copiedGo(func(b *strings.Builder) { _ = b.String() + fmt.Sprint(b.Len()) }))
	diff.Eq("copy Reset", copied(func(b *mystrings.Builder) { b.Reset(); b.WriteString("z") }),
		copiedGo(func(b *strings.Builder) { b.Reset(); b.WriteString("z") }))
	diff.Eq("zero copy", diff.Panics(func() { var b mystrings.Builder; c := b; c.WriteString("ok") }),
		diff.Panics(func() { var b strings.Builder; c := b; c.WriteString("ok") }))
	for _, n := range []int{-1, -100} {
		diff.Eq(fmt.Sprint("Repeat panic ", n), diff.Panics(func() { mystrings.Repeat("ab", n) }),
			diff.Panics(func() { strings.Repeat("ab", n) }))
	}
	diff.Eq("Repeat overflow", diff.Panics(func() { mystrings.Repeat("abcdefgh", 1<<61) }),
		diff.Panics(func() { strings.Repeat("abcdefgh", 1<<61) }))
}

func main() {
	diff.Eq("Join nil", mystrings.Join(nil, ","), strings.Join(nil, ","))
	builderPanics()
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
		builders()
	}
	diff.Done("strings")
}
