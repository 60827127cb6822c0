// Package strings from golib: the Builder and its copy check, searching,
// splitting, joining, trimming, case mapping, replacing and comparing, on
// ASCII, multi-byte and ill-formed UTF-8.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"strings"
	"unicode"
)

// show prints a slice of strings with its length, each element quoted by
// brackets.
func show(name string, parts []string) {
	print(name, " ", len(parts), " ", parts == nil)
	for _, p := range parts {
		print(" [", p, "]")
	}
	println()
}

func main() {
	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.Write([]byte("!"))
	println(b.String(), b.Len())
	b.Reset()
	b.Grow(10)
	println(b.Len(), b.Cap() >= 10)
	func() {
		defer func() { println("copy panics:", recover() != nil) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()

	s := "The quick brown fox, the lazy dog"
	println(strings.Contains(s, "fox"), strings.Contains(s, ""), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "XYZ"))
	println(strings.Index(s, "the"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'), strings.IndexRune("a世b", 'b'))
	println(strings.IndexAny(s, "xyz"), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("ab", -1))
	println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.Count(s, "o"), strings.Count("five", ""))
	show("Split", strings.Split("a,b,,c", ","))
	show("Split empty sep", strings.Split("a世\xffb", ""))
	show("Split empty", strings.Split("", ","))
	show("SplitN 2", strings.SplitN("a,b,c", ",", 2))
	show("SplitN 0", strings.SplitN("a,b,c", ",", 0))
	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("Fields", strings.Fields("  one\ttwo\u00a0three\u3000 four\n"))
	show("Fields none", strings.Fields(" \t "))
	show("FieldsFunc", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, ","), strings.Repeat("ab", 3))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"))
	println(strings.ToUpper("héllo ß ǆ"), strings.ToLower("HÉLLO İ Σ"), strings.ToUpper("a\xffb"))
	println("["+strings.TrimSpace(" \t\n x y \u2028")+"]", strings.Trim("xxhixx", "x"), strings.TrimLeft("¡¡hola!!", "¡!"), strings.TrimRight("¡¡hola!!", "¡!"))
	println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("k", "\u212a"), strings.EqualFold("ß", "SS"), strings.EqualFold("σ", "ς"))
	println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	rot13 := func(r rune) rune {
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
	println(strings.Map(rot13, "Hello, Gopher world"))
	println(strings.ToValidUTF8("a\xff\xfeb\xe2\x82", "?"), strings.Clone("abc"), strings.IndexFunc("ab1", unicode.IsDigit))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	func() {
		defer func() { println("negative Repeat panics:", recover() != nil) }()
		strings.Repeat("x", -1)
	}()
}

// CHECK: héllo 世�! 14
// CHECK-NEXT: 0 true
// CHECK-NEXT: copy panics: true
// CHECK-NEXT: true true true false
// CHECK-NEXT: 21 31 4 4
// CHECK-NEXT: 18 1 -1
// CHECK-NEXT: true true 3 5
// CHECK-NEXT: Split 4 false [a] [b] [] [c]
// CHECK-NEXT: Split empty sep 4 false [a] [世] [�] [b]
// CHECK-NEXT: Split empty 1 false []
// CHECK-NEXT: SplitN 2 2 false [a] [b,c]
// CHECK-NEXT: SplitN 0 0 true
// CHECK-NEXT: SplitAfter 3 false [a,] [b,] [c]
// CHECK-NEXT: Fields 4 false [one] [two] [three] [four]
// CHECK-NEXT: Fields none 0 false
// CHECK-NEXT: FieldsFunc 3 false [a] [b] [c]
// CHECK-NEXT: x, y, z  ababab
// CHECK-NEXT: oinky oinky oink moo moo -a-b-c-
// CHECK-NEXT: HÉLLO ß Ǆ héllo i σ A�B
// CHECK-NEXT: [x y] hi hola!! ¡¡hola
// CHECK-NEXT: body body abc
// CHECK-NEXT: true true false true
// CHECK-NEXT: -1 1 0
// CHECK-NEXT: Uryyb,Tbcurejbeyq
// CHECK-NEXT: a?b? abc 2
// CHECK-NEXT: key value true
// CHECK-NEXT: negative Repeat panics: true
// CHECK-NOT: {{.}}
