// Package bytes from golib: searching, splitting, joining, trimming, case
// mapping and replacing byte slices on ASCII, multi-byte and ill-formed
// UTF-8, with which results are nil, which share the argument's array and
// their capacities; Buffer (growth, reads, unreads, errors, panics) and
// Reader.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// q returns s with each ill-formed byte written as \xNN, so that the
// output (and the CHECK lines made of it) is valid UTF-8.
func q(s string) string {
	const hex = "0123456789abcdef"
	out := ""
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			out += "\\x" + hex[s[0]>>4:s[0]>>4+1] + hex[s[0]&15:s[0]&15+1]
		} else {
			out += s[:size]
		}
		s = s[size:]
	}
	return out
}

// show prints a slice: its length, capacity, whether it is nil, and its
// bytes in brackets.
func show(name string, b []byte) {
	println(name, len(b), cap(b), b == nil, "["+q(string(b))+"]")
}

// showAll prints a slice of slices: length, capacity, nil-ness, then each
// piece with its capacity.
func showAll(name string, parts [][]byte) {
	print(name, " ", len(parts), " ", cap(parts), " ", parts == nil)
	for _, p := range parts {
		print(" [", q(string(p)), "]", cap(p))
	}
	println()
}

// sameArray reports whether a and b end at the same array element, that
// is whether a result shares its argument's array.
func sameArray(a, b []byte) bool {
	if cap(a) == 0 || cap(b) == 0 {
		return false
	}
	return &a[:cap(a)][cap(a)-1] == &b[:cap(b)][cap(b)-1]
}

// errText prints an error's text, or nil.
func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// mustPanic runs f and prints what it panicked with.
func mustPanic(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			println(name, "panics:", s)
		} else if e, ok := r.(error); ok {
			println(name, "panics with error:", e.Error())
		} else {
			println(name, "does not panic")
		}
	}()
	f()
}

// b makes a slice of s with no spare capacity, so that the capacities
// printed do not depend on how a conversion allocates.
func b(s string) []byte { return append(make([]byte, 0, len(s)), s...) }

func comparing() {
	println("== comparing")
	println(bytes.Equal(nil, []byte{}), bytes.Equal(b("abc"), b("abc")), bytes.Equal(b("abc"), b("abd")), bytes.Equal(b("ab"), b("abc")))
	println(bytes.Compare(nil, nil), bytes.Compare(nil, b("")), bytes.Compare(b("a"), nil), bytes.Compare(b("a"), b("b")), bytes.Compare(b("ab"), b("a")), bytes.Compare(b("\xff"), b("a")))
	println(bytes.EqualFold(b("Go"), b("GO")), bytes.EqualFold(b("k"), b("\u212a")), bytes.EqualFold(b("ß"), b("SS")), bytes.EqualFold(b("σ"), b("Σ")), bytes.EqualFold(b("ς"), b("Σ")))
	println(bytes.EqualFold(b("\xff"), b("\xfe")), bytes.EqualFold(b("\xff"), b("\ufffd")), bytes.EqualFold(nil, b("")), bytes.EqualFold(b("a"), b("a ")), bytes.EqualFold(b("@"), b("`")))
	println(bytes.HasPrefix(b("golang"), b("go")), bytes.HasPrefix(b("go"), b("golang")), bytes.HasPrefix(nil, nil), bytes.HasSuffix(b("golang"), b("ng")), bytes.HasSuffix(b("golang"), nil), bytes.HasSuffix(b("a"), b("ba")))
}

func searching() {
	println("== searching")
	s := b("The quick brown fox, the lazy dog")
	println(bytes.Contains(s, b("fox")), bytes.Contains(s, nil), bytes.Contains(nil, nil), bytes.Contains(nil, b("a")))
	println(bytes.ContainsRune(s, 'z'), bytes.ContainsRune(b("a世"), '世'), bytes.ContainsRune(b("a\xff"), 0xFFFD), bytes.ContainsRune(b("ab"), -1), bytes.ContainsRune(b("\xed\xa0\x80"), 0xD800))
	println(bytes.ContainsAny(s, "XYZ"), bytes.ContainsAny(s, "xyz"), bytes.ContainsAny(s, ""), bytes.ContainsAny(nil, "a"))
	println(bytes.Index(s, b("the")), bytes.Index(s, nil), bytes.Index(nil, nil), bytes.Index(b("ab"), b("abc")), bytes.Index(b("aaab"), b("aab")), bytes.Index(b("x世界"), b("界")))
	println(bytes.LastIndex(s, b("o")), bytes.LastIndex(s, nil), bytes.LastIndex(s, b("The")), bytes.LastIndex(b("abab"), b("ab")), bytes.LastIndex(b("a"), b("ab")))
	println(bytes.IndexByte(s, 'q'), bytes.IndexByte(nil, 'q'), bytes.IndexByte(b("a\xffb"), 0xff), bytes.LastIndexByte(s, 'o'), bytes.LastIndexByte(s, '!'))
	println(bytes.IndexRune(b("a世b"), 'b'), bytes.IndexRune(b("a世b"), '世'), bytes.IndexRune(b("a\xffb"), 0xFFFD), bytes.IndexRune(b("ab\ufffd"), 0xFFFD), bytes.IndexRune(b("ab"), -1), bytes.IndexRune(b("ab"), 0x110000))
	println(bytes.IndexAny(s, "xyz"), bytes.IndexAny(b("a世b"), "界世"), bytes.IndexAny(b("a\xffb"), "\ufffd"), bytes.IndexAny(b("ab\ufffd"), "\xfe"), bytes.IndexAny(b("\xff"), "x\xfe"), bytes.IndexAny(b("\x80"), "\x80"), bytes.IndexAny(b("abc"), ""))
	println(bytes.IndexAny(b("0123456789é"), "é"), bytes.IndexAny(b("0123456789\xe9"), "ab9"), bytes.IndexAny(b("世"), "\xe4"), bytes.IndexAny(b("\xe4\xb8"), "\xe4"))
	println(bytes.LastIndexAny(s, "xyz"), bytes.LastIndexAny(b("世a世"), "世"), bytes.LastIndexAny(b("a\xffb\xfe"), "\ufffd"), bytes.LastIndexAny(b("\xff"), "\xfe"), bytes.LastIndexAny(b("abc"), ""), bytes.LastIndexAny(b("aaaaaaaaaa世"), "a"), bytes.LastIndexAny(b("ab"), "\xe4\xb8"))
	println(bytes.IndexFunc(b("ab1c2"), unicode.IsDigit), bytes.IndexFunc(b("abc"), unicode.IsDigit), bytes.IndexFunc(b("ab\xffc"), func(r rune) bool { return r == 0xFFFD }))
	println(bytes.LastIndexFunc(b("ab1c2x"), unicode.IsDigit), bytes.LastIndexFunc(b("x世"), unicode.IsLetter), bytes.LastIndexFunc(nil, unicode.IsLetter), bytes.LastIndexFunc(b("\xe4\xb8\x96\x80"), unicode.IsLetter))
	println(bytes.Count(s, b("o")), bytes.Count(s, b("the")), bytes.Count(b("five"), nil), bytes.Count(b("世\xff"), nil), bytes.Count(nil, nil), bytes.Count(b("aaaa"), b("aa")))
}

func splitting() {
	println("== splitting")
	showAll("Split", bytes.Split(b("a,b,,c"), b(",")))
	showAll("Split no sep", bytes.Split(b("abc"), b(";")))
	showAll("Split empty sep", bytes.Split(b("a世\xffb"), nil))
	showAll("Split empty", bytes.Split(b(""), b(",")))
	showAll("Split nil", bytes.Split(nil, b(",")))
	showAll("Split nil nil", bytes.Split(nil, nil))
	showAll("Split sep only", bytes.Split(b(","), b(",")))
	showAll("SplitN 2", bytes.SplitN(b("a,b,c"), b(","), 2))
	showAll("SplitN 0", bytes.SplitN(b("a,b,c"), b(","), 0))
	showAll("SplitN -1", bytes.SplitN(b("a,b,c"), b(","), -1))
	showAll("SplitN 10", bytes.SplitN(b("a,b"), b(","), 10))
	showAll("SplitN empty sep 2", bytes.SplitN(b("a世b"), nil, 2))
	showAll("SplitN empty sep 0", bytes.SplitN(b("a世b"), nil, 0))
	showAll("SplitN empty sep 9", bytes.SplitN(b("世世"), nil, 9))
	showAll("SplitAfter", bytes.SplitAfter(b("a,b,c"), b(",")))
	showAll("SplitAfter trailing", bytes.SplitAfter(b("a::b::"), b("::")))
	showAll("SplitAfterN 2", bytes.SplitAfterN(b("a,b,c"), b(","), 2))
	showAll("SplitAfterN empty sep", bytes.SplitAfterN(b("ab\xffc"), nil, -1))
	showAll("Fields", bytes.Fields(b("  one\ttwo\u00a0three\u3000 four\n")))
	showAll("Fields ASCII", bytes.Fields(b(" a bb\v\fccc \r\n")))
	showAll("Fields none", bytes.Fields(b(" \t ")))
	showAll("Fields nil", bytes.Fields(nil))
	showAll("Fields ill-formed", bytes.Fields(b("\xff \x85x\u0085y\u2028")))
	showAll("FieldsFunc", bytes.FieldsFunc(b("a1b22c333"), unicode.IsDigit))
	showAll("FieldsFunc all", bytes.FieldsFunc(b("123"), unicode.IsDigit))
	calls := 0
	bytes.FieldsFunc(b("a b\xffc"), func(r rune) bool { calls++; return r == ' ' })
	println("FieldsFunc calls", calls)

	src := b("key=value=x")
	before, after, found := bytes.Cut(src, b("="))
	show("Cut before", before)
	show("Cut after", after)
	println(found, sameArray(before, src), sameArray(after, src))
	before, after, found = bytes.Cut(src, b("#"))
	show("Cut none before", before)
	show("Cut none after", after)
	println(found, sameArray(before, src))
	before, after, found = bytes.Cut(src, nil)
	show("Cut empty before", before)
	show("Cut empty after", after)
	println(found)
	before, after, found = bytes.Cut(nil, nil)
	println(before == nil, after == nil, found)

	show("Join", bytes.Join([][]byte{b("x"), b("y"), b("z")}, b(", ")))
	show("Join nil", bytes.Join(nil, b(",")))
	show("Join one", bytes.Join([][]byte{b("only")}, b(",")))
	show("Join one empty", bytes.Join([][]byte{b("")}, b(",")))
	show("Join empties", bytes.Join([][]byte{nil, nil}, nil))
	show("Join nil sep", bytes.Join([][]byte{b("a"), b("b")}, nil))
	one := b("abc")
	j := bytes.Join([][]byte{one}, nil)
	println("Join copies", sameArray(j, one))

	// The pieces are capped: appending to one does not overwrite the next.
	parts := bytes.Split(b("ab,cd"), b(","))
	p0 := append(parts[0], '!')
	println(string(p0), string(parts[1]), sameArray(parts[1], b("ab,cd")))
	whole := b("ab,cd,ef")
	parts = bytes.SplitN(whole, b(","), 2)
	println(sameArray(parts[1], whole), sameArray(parts[0], whole))
}

func rot13(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r == ' ':
		return -1
	}
	return r
}

func mapping() {
	println("== mapping")
	show("Map", bytes.Map(rot13, b("Hello, Gopher world")))
	show("Map nil", bytes.Map(rot13, nil))
	show("Map empty", bytes.Map(rot13, b("")))
	show("Map drop all", bytes.Map(func(r rune) rune { return -1 }, b("abc")))
	show("Map grow", bytes.Map(func(r rune) rune { return '世' }, b("abcd")))
	show("Map invalid", bytes.Map(func(r rune) rune { return 0xD800 }, b("ab")))
	show("Map ill-formed", bytes.Map(func(r rune) rune { return r }, b("a\xffb")))
	var seen []rune
	bytes.Map(func(r rune) rune { seen = append(seen, r); return r }, b("x\xe4\xb8世"))
	println(len(seen), seen[0], seen[1], seen[2], seen[3])
	src := b("same")
	m := bytes.Map(func(r rune) rune { return r }, src)
	println("Map copies", sameArray(m, src))

	show("ToUpper", bytes.ToUpper(b("héllo ß ǆ")))
	show("ToUpper ASCII", bytes.ToUpper(b("hello")))
	show("ToUpper ASCII upper", bytes.ToUpper(b("HELLO, WORLD")))
	show("ToUpper nil", bytes.ToUpper(nil))
	show("ToUpper ill-formed", bytes.ToUpper(b("a\xffb")))
	show("ToLower", bytes.ToLower(b("HÉLLO İ Σ")))
	show("ToLower ASCII", bytes.ToLower(b("MiXeD")))
	show("ToLower ASCII lower", bytes.ToLower(b("abc")))
	show("ToLower empty", bytes.ToLower(b("")))
	show("ToLower grows", bytes.ToLower(b("\u023a\u023a")))
	show("ToTitle", bytes.ToTitle(b("ǆemal abc")))
	show("ToTitle ASCII", bytes.ToTitle(b("abc")))
	show("ToTitle nil", bytes.ToTitle(nil))
	show("Title", bytes.Title(b("hello wORLD, ǆx a_b 1st-place été\u00a0ça")))
	show("Title nil", bytes.Title(nil))

	show("Repeat", bytes.Repeat(b("ab"), 3))
	show("Repeat 0", bytes.Repeat(b("ab"), 0))
	show("Repeat nil 0", bytes.Repeat(nil, 0))
	show("Repeat nil 5", bytes.Repeat(nil, 5))
	show("Repeat 1", bytes.Repeat(b("xyz"), 1))
	show("Repeat 7", bytes.Repeat(b("é"), 7))
	mustPanic("Repeat -1", func() { bytes.Repeat(b("x"), -1) })
	mustPanic("Repeat nil -1", func() { bytes.Repeat(nil, -1) })
	maxInt := int(^uint(0) >> 1)
	mustPanic("Repeat overflow", func() { bytes.Repeat(b("abc"), maxInt/2+1) })

	show("Replace", bytes.Replace(b("oink oink oink"), b("k"), b("ky"), 2))
	show("Replace all", bytes.Replace(b("oink oink"), b("oink"), b("moo"), -1))
	show("Replace n 0", bytes.Replace(b("abc"), b("b"), b("x"), 0))
	show("Replace none", bytes.Replace(b("abc"), b("z"), b("x"), -1))
	show("Replace nil", bytes.Replace(nil, b("z"), b("x"), -1))
	show("Replace empty none", bytes.Replace(b(""), b("z"), b("x"), -1))
	show("Replace same", bytes.Replace(b("abc"), b("b"), b("b"), -1))
	show("Replace shrink", bytes.Replace(b("aaaa"), b("aa"), nil, -1))
	show("ReplaceAll empty old", bytes.ReplaceAll(b("a世\xffb"), nil, b("-")))
	show("ReplaceAll empty old 2", bytes.Replace(b("abc"), nil, b("-"), 2))
	show("ReplaceAll nil empty old", bytes.ReplaceAll(nil, nil, b("x")))
	src = b("copy")
	r := bytes.Replace(src, b("x"), b("y"), -1)
	println("Replace copies", sameArray(r, src))

	runes := bytes.Runes(b("a世\xff\ufffdb"))
	print("Runes ", len(runes), " ", cap(runes))
	for _, r := range runes {
		print(" ", r)
	}
	println()
	runes = bytes.Runes(nil)
	println("Runes nil", len(runes), runes == nil)

	show("ToValidUTF8", bytes.ToValidUTF8(b("a\xff\xfeb\xe2\x82c\xed\xa0\x80"), b("?")))
	show("ToValidUTF8 empty repl", bytes.ToValidUTF8(b("a\xffb"), nil))
	show("ToValidUTF8 valid", bytes.ToValidUTF8(b("héllo"), b("?")))
	show("ToValidUTF8 nil", bytes.ToValidUTF8(nil, nil))
	show("ToValidUTF8 grows", bytes.ToValidUTF8(b("\xffa\xffb\xffc"), b("<bad>")))
}

func trimming() {
	println("== trimming")
	show("TrimSpace", bytes.TrimSpace(b(" \t\n x y \u2028")))
	show("TrimSpace all", bytes.TrimSpace(b(" \t\n")))
	show("TrimSpace unicode all", bytes.TrimSpace(b(" \u00a0\u3000")))
	show("TrimSpace empty", bytes.TrimSpace(b("")))
	show("TrimSpace nil", bytes.TrimSpace(nil))
	show("TrimSpace none", bytes.TrimSpace(b("abc")))
	show("TrimSpace ill-formed", bytes.TrimSpace(b("\u0085\xff \xe4\xb8\u00a0")))
	show("Trim", bytes.Trim(b("xxhixx"), "x"))
	show("Trim all", bytes.Trim(b("xxxx"), "x"))
	show("Trim empty", bytes.Trim(b(""), "x"))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("Trim empty cutset", bytes.Trim(b("xhix"), ""))
	show("Trim empty cutset all", bytes.Trim(b(""), ""))
	show("Trim ASCII set", bytes.Trim(b("-+hi+-"), "+-"))
	show("Trim unicode set", bytes.Trim(b("¡¡hola!!"), "¡!"))
	show("Trim unicode all", bytes.Trim(b("¡!¡"), "¡!"))
	show("Trim ill-formed cutset", bytes.Trim(b("\xff\xfeok\xfd"), "\xff"))
	show("Trim FFFD cutset", bytes.Trim(b("\xffok\ufffd"), "\ufffd"))
	show("Trim ASCII set keeps bytes", bytes.Trim(b("\xffok\xff"), "ab"))
	show("Trim byte", bytes.Trim(b("aaba"), "a"))
	show("TrimLeft", bytes.TrimLeft(b("¡¡hola!!"), "¡!"))
	show("TrimLeft all", bytes.TrimLeft(b("aaa"), "a"))
	show("TrimLeft empty", bytes.TrimLeft(b(""), "a"))
	show("TrimLeft empty cutset", bytes.TrimLeft(b("abc"), ""))
	show("TrimLeft ASCII set all", bytes.TrimLeft(b("abab"), "ab"))
	show("TrimRight", bytes.TrimRight(b("¡¡hola!!"), "¡!"))
	show("TrimRight all", bytes.TrimRight(b("aaa"), "a"))
	show("TrimRight empty", bytes.TrimRight(b(""), "a"))
	show("TrimRight nil", bytes.TrimRight(nil, "a"))
	show("TrimRight ASCII set all", bytes.TrimRight(b("abab"), "ba"))
	show("TrimRight unicode all", bytes.TrimRight(b("世界"), "界世"))
	show("TrimRight ill-formed", bytes.TrimRight(b("a世\xe4\xb8"), "\xe4"))
	show("TrimFunc", bytes.TrimFunc(b("123abc456"), unicode.IsDigit))
	show("TrimFunc all", bytes.TrimFunc(b("123"), unicode.IsDigit))
	show("TrimFunc empty", bytes.TrimFunc(b(""), unicode.IsDigit))
	show("TrimLeftFunc", bytes.TrimLeftFunc(b("123abc456"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc(b("123"), unicode.IsDigit))
	show("TrimLeftFunc empty", bytes.TrimLeftFunc(b(""), unicode.IsDigit))
	show("TrimRightFunc", bytes.TrimRightFunc(b("123abc456"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc(b("123"), unicode.IsDigit))
	show("TrimRightFunc empty", bytes.TrimRightFunc(b(""), unicode.IsDigit))
	show("TrimRightFunc nil", bytes.TrimRightFunc(nil, unicode.IsDigit))
	show("TrimRightFunc multibyte", bytes.TrimRightFunc(b("ab世1"), unicode.IsDigit))
	show("TrimPrefix", bytes.TrimPrefix(b("prefix-body"), b("prefix-")))
	show("TrimPrefix none", bytes.TrimPrefix(b("body"), b("x")))
	show("TrimPrefix all", bytes.TrimPrefix(b("abc"), b("abc")))
	show("TrimPrefix nil", bytes.TrimPrefix(nil, nil))
	show("TrimSuffix", bytes.TrimSuffix(b("body.go"), b(".go")))
	show("TrimSuffix all", bytes.TrimSuffix(b("abc"), b("abc")))
	show("TrimSuffix none", bytes.TrimSuffix(b("abc"), b("abcd")))
	src := b("  shared  ")
	t := bytes.TrimSpace(src)
	println("TrimSpace shares", sameArray(t, src), cap(t))
}

func buffers() {
	println("== Buffer")
	var buf bytes.Buffer
	println(buf.Len(), buf.Cap(), buf.Bytes() == nil, "["+buf.String()+"]")
	n, err := buf.WriteString("héllo")
	println(n, errText(err), buf.Len(), buf.Cap())
	println(errText(buf.WriteByte(' ')))
	n, err = buf.WriteRune('世')
	println(n, errText(err))
	n, _ = buf.WriteRune(-1)
	println(n)
	n, _ = buf.WriteRune('!')
	println(n)
	n, err = buf.Write([]byte(" end"))
	println(n, errText(err), buf.String(), buf.Len(), buf.Cap())
	n, _ = buf.Write(nil)
	println(n, buf.Len())

	// Reading.
	p := make([]byte, 3)
	n, err = buf.Read(p)
	println(n, errText(err), string(p[:n]), buf.Len())
	println(errText(buf.UnreadByte()), buf.Len())
	println(errText(buf.UnreadByte()))
	println(errText(buf.UnreadRune()))
	r, size, err := buf.ReadRune()
	println(r, size, errText(err))
	r, size, err = buf.ReadRune()
	println(r, size, errText(err))
	println(errText(buf.UnreadRune()), buf.Len())
	println(errText(buf.UnreadRune()))
	r, size, _ = buf.ReadRune()
	println(r, size)
	println(errText(buf.UnreadByte()), buf.Len())
	c, err := buf.ReadByte()
	println(c, errText(err))
	next := buf.Next(4)
	println(q(string(next)), len(next), buf.Len())
	r, size, _ = buf.ReadRune()
	println(r, size)
	r, size, _ = buf.ReadRune()
	println(r, size)
	println(errText(buf.UnreadRune()))
	r, size, _ = buf.ReadRune()
	println(r, size)
	line, err := buf.ReadBytes(' ')
	show("ReadBytes", line)
	println(errText(err))
	s, err := buf.ReadString('x')
	println("["+s+"]", errText(err), buf.Len())
	line, err = buf.ReadBytes('x')
	println(line == nil, errText(err))
	n, err = buf.Read(p)
	println(n, errText(err))
	n, err = buf.Read(nil)
	println(n, errText(err))
	c, err = buf.ReadByte()
	println(c, errText(err))
	r, size, err = buf.ReadRune()
	println(r, size, errText(err))
	println(errText(buf.UnreadRune()), errText(buf.UnreadByte()))
	next = buf.Next(10)
	println(len(next), next == nil)
	println(errText(buf.UnreadByte()))

	// Growth and capacities.
	var g bytes.Buffer
	g.Grow(10)
	println("Grow 10", g.Len(), g.Cap())
	g.WriteString("0123456789")
	g.Grow(60)
	println("Grow 60", g.Len(), g.Cap())
	g.Grow(54)
	println("Grow 54", g.Len(), g.Cap())
	g.Next(8)
	g.Grow(100)
	println("Grow 100", g.Len(), g.Cap(), g.String())
	g.Truncate(1)
	println("Truncate 1", g.Len(), g.String())
	g.Truncate(0)
	println("Truncate 0", g.Len(), g.Cap())

	// Sliding the unread bytes down instead of growing.
	var sl bytes.Buffer
	sl.Write(bytes.Repeat([]byte("x"), 64))
	println("full", sl.Len(), sl.Cap())
	sl.Next(60)
	sl.WriteString("abcdefgh")
	println("slid", sl.Len(), sl.Cap(), sl.String())
	sl.Next(12)
	sl.WriteByte('z')
	println("reset when empty", sl.Len(), sl.Cap(), sl.String())

	big := bytes.NewBuffer(make([]byte, 100))
	println("NewBuffer", big.Len(), big.Cap())
	big.WriteByte(1)
	println(big.Len(), big.Cap())
	own := make([]byte, 3, 10)
	nb := bytes.NewBuffer(own[:0])
	nb.WriteString("abc")
	println(string(own), nb.Cap())
	nb = bytes.NewBuffer(nil)
	println(nb.Len(), nb.Cap(), nb.String() == "")
	bs := bytes.NewBufferString("héllo")
	println(bs.Len(), bs.String())
	var nilBuf *bytes.Buffer
	println(nilBuf.String())
	var rb bytes.Buffer
	rb.WriteString("ab")
	rb.ReadByte()
	rb.WriteByte('c')
	println(errText(rb.UnreadByte()))
	rb.ReadByte()
	rb.Reset()
	println(errText(rb.UnreadByte()), rb.Len())
	println(bytes.MinRead, bytes.ErrTooLarge.Error())
}

// bufferPanics checks the panics of Truncate and Grow.
func bufferPanics() {
	var g bytes.Buffer
	mustPanic("Truncate -1", func() { g.Truncate(-1) })
	mustPanic("Truncate past", func() { g.WriteString("ab"); g.Truncate(3) })
	mustPanic("Grow -1", func() { g.Grow(-1) })
	println(g.String())
}

func readers() {
	println("== Reader")
	rd := bytes.NewReader([]byte("h世\xffz"))
	println(rd.Len(), rd.Size())
	println(errText(rd.UnreadByte()), errText(rd.UnreadRune()))
	r, size, err := rd.ReadRune()
	println(r, size, errText(err))
	r, size, err = rd.ReadRune()
	println(r, size, errText(err), rd.Len())
	println(errText(rd.UnreadRune()), rd.Len())
	println(errText(rd.UnreadRune()))
	c, err := rd.ReadByte()
	println(c, errText(err))
	println(errText(rd.UnreadRune()))
	println(errText(rd.UnreadByte()), rd.Len())
	p := make([]byte, 4)
	n, err := rd.Read(p)
	println(n, errText(err), rd.Len())
	r, size, err = rd.ReadRune()
	println(r, size, errText(err))
	r, size, err = rd.ReadRune()
	println(r, size, errText(err))
	n, err = rd.Read(p)
	println(n, errText(err))
	n, err = rd.Read(nil)
	println(n, errText(err))
	c, err = rd.ReadByte()
	println(c, errText(err))

	n, err = rd.ReadAt(p, 1)
	println(n, errText(err), q(string(p[:n])))
	n, err = rd.ReadAt(p[:2], 0)
	println(n, errText(err))
	n, err = rd.ReadAt(p, 6)
	println(n, errText(err))
	n, err = rd.ReadAt(p, -1)
	println(n, errText(err))

	pos, err := rd.Seek(2, 0)
	println(pos, errText(err), rd.Len())
	pos, err = rd.Seek(-1, 1)
	println(pos, errText(err))
	pos, err = rd.Seek(-2, 2)
	println(pos, errText(err))
	pos, err = rd.Seek(10, 2)
	println(pos, errText(err), rd.Len())
	n, err = rd.Read(p)
	println(n, errText(err))
	println(errText(rd.UnreadByte()), rd.Len())
	pos, err = rd.Seek(-20, 1)
	println(pos, errText(err))
	pos, err = rd.Seek(0, 3)
	println(pos, errText(err))
	rd.Seek(1, 0)
	rd.ReadRune()
	rd.Seek(0, 1)
	println(errText(rd.UnreadRune()))

	rd.Reset([]byte("new"))
	println(rd.Len(), rd.Size())
	c, _ = rd.ReadByte()
	println(c)
	var zero bytes.Reader
	println(zero.Len(), zero.Size())
	n, err = zero.Read(p)
	println(n, errText(err))
	println(errText(zero.UnreadRune()))
	rd = bytes.NewReader(nil)
	r, size, err = rd.ReadRune()
	println(r, size, errText(err))
}

func main() {
	comparing()
	searching()
	splitting()
	mapping()
	trimming()
	buffers()
	bufferPanics()
	readers()
}

// CHECK: == comparing
// CHECK-NEXT: true true false false
// CHECK-NEXT: 0 0 1 -1 1 1
// CHECK-NEXT: true true false true true
// CHECK-NEXT: true true true false false
// CHECK-NEXT: true false true true true false
// CHECK-NEXT: == searching
// CHECK-NEXT: true true true false
// CHECK-NEXT: true true true false false
// CHECK-NEXT: false true false false
// CHECK-NEXT: 21 0 0 -1 1 4
// CHECK-NEXT: 31 33 0 2 -1
// CHECK-NEXT: 4 -1 1 31 -1
// CHECK-NEXT: 4 1 1 2 -1 -1
// CHECK-NEXT: 18 1 1 2 0 0 -1
// CHECK-NEXT: 10 9 -1 0
// CHECK-NEXT: 28 4 3 0 -1 9 -1
// CHECK-NEXT: 2 -1 2
// CHECK-NEXT: 4 1 -1 0
// CHECK-NEXT: 3 1 5 3 1 2
// CHECK-NEXT: == splitting
// CHECK-NEXT: Split 4 4 false [a]1 [b]1 []0 [c]1
// CHECK-NEXT: Split no sep 1 1 false [abc]3
// CHECK-NEXT: Split empty sep 4 6 false [a]1 [世]3 [\xff]1 [b]1
// CHECK-NEXT: Split empty 1 1 false []0
// CHECK-NEXT: Split nil 1 1 false []0
// CHECK-NEXT: Split nil nil 0 0 false
// CHECK-NEXT: Split sep only 2 2 false []0 []0
// CHECK-NEXT: SplitN 2 2 2 false [a]1 [b,c]3
// CHECK-NEXT: SplitN 0 0 0 true
// CHECK-NEXT: SplitN -1 3 3 false [a]1 [b]1 [c]1
// CHECK-NEXT: SplitN 10 2 4 false [a]1 [b]1
// CHECK-NEXT: SplitN empty sep 2 2 2 false [a]1 [世b]4
// CHECK-NEXT: SplitN empty sep 0 0 0 true
// CHECK-NEXT: SplitN empty sep 9 2 6 false [世]3 [世]3
// CHECK-NEXT: SplitAfter 3 3 false [a,]2 [b,]2 [c]1
// CHECK-NEXT: SplitAfter trailing 3 3 false [a::]3 [b::]3 []0
// CHECK-NEXT: SplitAfterN 2 2 2 false [a,]2 [b,c]3
// CHECK-NEXT: SplitAfterN empty sep 4 4 false [a]1 [b]1 [\xff]1 [c]1
// CHECK-NEXT: Fields 4 4 false [one]3 [two]3 [three]5 [four]4
// CHECK-NEXT: Fields ASCII 3 3 false [a]1 [bb]2 [ccc]3
// CHECK-NEXT: Fields none 0 0 false
// CHECK-NEXT: Fields nil 0 0 false
// CHECK-NEXT: Fields ill-formed 3 3 false [\xff]1 [\x85x]2 [y]1
// CHECK-NEXT: FieldsFunc 3 3 false [a]1 [b]1 [c]1
// CHECK-NEXT: FieldsFunc all 0 0 false
// CHECK-NEXT: FieldsFunc calls 5
// CHECK-NEXT: Cut before 3 11 false [key]
// CHECK-NEXT: Cut after 7 7 false [value=x]
// CHECK-NEXT: true true true
// CHECK-NEXT: Cut none before 11 11 false [key=value=x]
// CHECK-NEXT: Cut none after 0 0 true []
// CHECK-NEXT: false true
// CHECK-NEXT: Cut empty before 0 11 false []
// CHECK-NEXT: Cut empty after 11 11 false [key=value=x]
// CHECK-NEXT: true
// CHECK-NEXT: true true true
// CHECK-NEXT: Join 7 7 false [x, y, z]
// CHECK-NEXT: Join nil 0 0 false []
// CHECK-NEXT: Join one 4 8 false [only]
// CHECK-NEXT: Join one empty 0 0 true []
// CHECK-NEXT: Join empties 0 0 false []
// CHECK-NEXT: Join nil sep 2 2 false [ab]
// CHECK-NEXT: Join copies false
// CHECK-NEXT: ab! cd false
// CHECK-NEXT: true false
// CHECK-NEXT: == mapping
// CHECK-NEXT: Map 17 19 false [Uryyb,Tbcurejbeyq]
// CHECK-NEXT: Map nil 0 0 false []
// CHECK-NEXT: Map empty 0 0 false []
// CHECK-NEXT: Map drop all 0 3 false []
// CHECK-NEXT: Map grow 12 12 false [世世世世]
// CHECK-NEXT: Map invalid 6 8 false [��]
// CHECK-NEXT: Map ill-formed 5 10 false [a�b]
// CHECK-NEXT: 4 120 65533 65533 19990
// CHECK-NEXT: Map copies false
// CHECK-NEXT: ToUpper 12 12 false [HÉLLO ß Ǆ]
// CHECK-NEXT: ToUpper ASCII 5 5 false [HELLO]
// CHECK-NEXT: ToUpper ASCII upper 12 16 false [HELLO, WORLD]
// CHECK-NEXT: ToUpper nil 0 0 false []
// CHECK-NEXT: ToUpper ill-formed 5 10 false [A�B]
// CHECK-NEXT: ToLower 11 12 false [héllo i σ]
// CHECK-NEXT: ToLower ASCII 5 5 false [mixed]
// CHECK-NEXT: ToLower ASCII lower 3 8 false [abc]
// CHECK-NEXT: ToLower empty 0 0 false []
// CHECK-NEXT: ToLower grows 6 12 false [ⱥⱥ]
// CHECK-NEXT: ToTitle 10 10 false [ǅEMAL ABC]
// CHECK-NEXT: ToTitle ASCII 3 3 false [ABC]
// CHECK-NEXT: ToTitle nil 0 0 false []
// CHECK-NEXT: Title 41 41 false [Hello WORLD, ǅx A_b 1st-Place Été Ça]
// CHECK-NEXT: Title nil 0 0 false []
// CHECK-NEXT: Repeat 6 6 false [ababab]
// CHECK-NEXT: Repeat 0 0 0 false []
// CHECK-NEXT: Repeat nil 0 0 0 false []
// CHECK-NEXT: Repeat nil 5 0 0 false []
// CHECK-NEXT: Repeat 1 3 3 false [xyz]
// CHECK-NEXT: Repeat 7 14 14 false [ééééééé]
// CHECK-NEXT: Repeat -1 panics: bytes: negative Repeat count
// CHECK-NEXT: Repeat nil -1 panics: bytes: negative Repeat count
// CHECK-NEXT: Repeat overflow panics: bytes: Repeat count causes overflow
// CHECK-NEXT: Replace 16 16 false [oinky oinky oink]
// CHECK-NEXT: Replace all 7 7 false [moo moo]
// CHECK-NEXT: Replace n 0 3 8 false [abc]
// CHECK-NEXT: Replace none 3 8 false [abc]
// CHECK-NEXT: Replace nil 0 0 true []
// CHECK-NEXT: Replace empty none 0 0 true []
// CHECK-NEXT: Replace same 3 3 false [abc]
// CHECK-NEXT: Replace shrink 0 0 false []
// CHECK-NEXT: ReplaceAll empty old 11 11 false [-a-世-\xff-b-]
// CHECK-NEXT: ReplaceAll empty old 2 5 5 false [-a-bc]
// CHECK-NEXT: ReplaceAll nil empty old 1 1 false [x]
// CHECK-NEXT: Replace copies false
// CHECK-NEXT: Runes 5 5 97 19990 65533 65533 98
// CHECK-NEXT: Runes nil 0 false
// CHECK-NEXT: ToValidUTF8 6 11 false [a?b?c?]
// CHECK-NEXT: ToValidUTF8 empty repl 2 3 false [ab]
// CHECK-NEXT: ToValidUTF8 valid 6 7 false [héllo]
// CHECK-NEXT: ToValidUTF8 nil 0 0 false []
// CHECK-NEXT: ToValidUTF8 grows 18 24 false [<bad>a<bad>b<bad>c]
// CHECK-NEXT: == trimming
// CHECK-NEXT: TrimSpace 3 7 false [x y]
// CHECK-NEXT: TrimSpace all 0 0 true []
// CHECK-NEXT: TrimSpace unicode all 0 0 true []
// CHECK-NEXT: TrimSpace empty 0 0 true []
// CHECK-NEXT: TrimSpace nil 0 0 true []
// CHECK-NEXT: TrimSpace none 3 3 false [abc]
// CHECK-NEXT: TrimSpace ill-formed 4 6 false [\xff \xe4\xb8]
// CHECK-NEXT: Trim 2 4 false [hi]
// CHECK-NEXT: Trim all 0 0 true []
// CHECK-NEXT: Trim empty 0 0 true []
// CHECK-NEXT: Trim nil 0 0 true []
// CHECK-NEXT: Trim empty cutset 4 4 false [xhix]
// CHECK-NEXT: Trim empty cutset all 0 0 true []
// CHECK-NEXT: Trim ASCII set 2 4 false [hi]
// CHECK-NEXT: Trim unicode set 4 6 false [hola]
// CHECK-NEXT: Trim unicode all 0 0 true []
// CHECK-NEXT: Trim ill-formed cutset 2 3 false [ok]
// CHECK-NEXT: Trim FFFD cutset 2 5 false [ok]
// CHECK-NEXT: Trim ASCII set keeps bytes 4 4 false [\xffok\xff]
// CHECK-NEXT: Trim byte 1 2 false [b]
// CHECK-NEXT: TrimLeft 6 6 false [hola!!]
// CHECK-NEXT: TrimLeft all 0 0 true []
// CHECK-NEXT: TrimLeft empty 0 0 true []
// CHECK-NEXT: TrimLeft empty cutset 3 3 false [abc]
// CHECK-NEXT: TrimLeft ASCII set all 0 0 true []
// CHECK-NEXT: TrimRight 8 10 false [¡¡hola]
// CHECK-NEXT: TrimRight all 0 3 false []
// CHECK-NEXT: TrimRight empty 0 0 false []
// CHECK-NEXT: TrimRight nil 0 0 true []
// CHECK-NEXT: TrimRight ASCII set all 0 4 false []
// CHECK-NEXT: TrimRight unicode all 0 6 false []
// CHECK-NEXT: TrimRight ill-formed 4 6 false [a世]
// CHECK-NEXT: TrimFunc 3 6 false [abc]
// CHECK-NEXT: TrimFunc all 0 0 true []
// CHECK-NEXT: TrimFunc empty 0 0 true []
// CHECK-NEXT: TrimLeftFunc 6 6 false [abc456]
// CHECK-NEXT: TrimLeftFunc all 0 0 true []
// CHECK-NEXT: TrimLeftFunc empty 0 0 true []
// CHECK-NEXT: TrimRightFunc 6 9 false [123abc]
// CHECK-NEXT: TrimRightFunc all 0 3 false []
// CHECK-NEXT: TrimRightFunc empty 0 0 false []
// CHECK-NEXT: TrimRightFunc nil 0 0 true []
// CHECK-NEXT: TrimRightFunc multibyte 5 6 false [ab世]
// CHECK-NEXT: TrimPrefix 4 4 false [body]
// CHECK-NEXT: TrimPrefix none 4 4 false [body]
// CHECK-NEXT: TrimPrefix all 0 0 false []
// CHECK-NEXT: TrimPrefix nil 0 0 true []
// CHECK-NEXT: TrimSuffix 4 7 false [body]
// CHECK-NEXT: TrimSuffix all 0 3 false []
// CHECK-NEXT: TrimSuffix none 3 3 false [abc]
// CHECK-NEXT: TrimSpace shares true 8
// CHECK-NEXT: == Buffer
// CHECK-NEXT: 0 0 true []
// CHECK-NEXT: 6 nil 6 64
// CHECK-NEXT: nil
// CHECK-NEXT: 3 nil
// CHECK-NEXT: 3
// CHECK-NEXT: 1
// CHECK-NEXT: 4 nil héllo 世�! end 18 64
// CHECK-NEXT: 0 18
// CHECK-NEXT: 3 nil hé 15
// CHECK-NEXT: nil 16
// CHECK-NEXT: bytes.Buffer: UnreadByte: previous operation was not a successful read
// CHECK-NEXT: bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// CHECK-NEXT: 65533 1 nil
// CHECK-NEXT: 108 1 nil
// CHECK-NEXT: nil 15
// CHECK-NEXT: bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// CHECK-NEXT: 108 1
// CHECK-NEXT: nil 15
// CHECK-NEXT: 108 nil
// CHECK-NEXT: lo \xe4 4 10
// CHECK-NEXT: 65533 1
// CHECK-NEXT: 65533 1
// CHECK-NEXT: nil
// CHECK-NEXT: 65533 1
// CHECK-NEXT: ReadBytes 5 8 false [�! ]
// CHECK-NEXT: nil
// CHECK-NEXT: [end] EOF 0
// CHECK-NEXT: true EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 nil
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 0 EOF
// CHECK-NEXT: bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune bytes.Buffer: UnreadByte: previous operation was not a successful read
// CHECK-NEXT: 0 false
// CHECK-NEXT: bytes.Buffer: UnreadByte: previous operation was not a successful read
// CHECK-NEXT: Grow 10 0 64
// CHECK-NEXT: Grow 60 10 128
// CHECK-NEXT: Grow 54 10 128
// CHECK-NEXT: Grow 100 2 128 89
// CHECK-NEXT: Truncate 1 1 8
// CHECK-NEXT: Truncate 0 0 128
// CHECK-NEXT: full 64 64
// CHECK-NEXT: slid 12 64 xxxxabcdefgh
// CHECK-NEXT: reset when empty 1 64 z
// CHECK-NEXT: NewBuffer 100 100
// CHECK-NEXT: 101 208
// CHECK-NEXT: abc 10
// CHECK-NEXT: 0 0 true
// CHECK-NEXT: 6 héllo
// CHECK-NEXT: <nil>
// CHECK-NEXT: bytes.Buffer: UnreadByte: previous operation was not a successful read
// CHECK-NEXT: bytes.Buffer: UnreadByte: previous operation was not a successful read 0
// CHECK-NEXT: 512 bytes.Buffer: too large
// CHECK-NEXT: Truncate -1 panics: bytes.Buffer: truncation out of range
// CHECK-NEXT: Truncate past panics: bytes.Buffer: truncation out of range
// CHECK-NEXT: Grow -1 panics: bytes.Buffer.Grow: negative count
// CHECK-NEXT: ab
// CHECK-NEXT: == Reader
// CHECK-NEXT: 6 6
// CHECK-NEXT: bytes.Reader.UnreadByte: at beginning of slice bytes.Reader.UnreadRune: at beginning of slice
// CHECK-NEXT: 104 1 nil
// CHECK-NEXT: 19990 3 nil 2
// CHECK-NEXT: nil 5
// CHECK-NEXT: bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: 228 nil
// CHECK-NEXT: bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: nil 5
// CHECK-NEXT: 4 nil 1
// CHECK-NEXT: 122 1 nil
// CHECK-NEXT: 0 0 EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 4 nil 世\xff
// CHECK-NEXT: 2 nil
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 0 bytes.Reader.ReadAt: negative offset
// CHECK-NEXT: 2 nil 4
// CHECK-NEXT: 1 nil
// CHECK-NEXT: 4 nil
// CHECK-NEXT: 16 nil 0
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: nil 0
// CHECK-NEXT: 0 bytes.Reader.Seek: negative position
// CHECK-NEXT: 0 bytes.Reader.Seek: invalid whence
// CHECK-NEXT: bytes.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT: 3 3
// CHECK-NEXT: 110
// CHECK-NEXT: 0 0
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: bytes.Reader.UnreadRune: at beginning of slice
// CHECK-NEXT: 0 0 EOF
// CHECK-NOT: {{.}}
