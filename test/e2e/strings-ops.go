// Strings: concatenation (two operands, chains, +=, operands evaluated
// once in order), every comparison operator (bytes, then length; bytes
// above 0x7f), named string types, conversions to and from []byte and
// []rune (copies, invalid UTF-8 as U+FFFD), string(integer) of several
// types (invalid code points give U+FFFD), len, index and slicing.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var calls int

func str(s string) string {
	calls++
	return s
}

type Name string

func main() {
	a, b, c := "foo", "bar", "baz"
	println(a + b)
	println(a + b + c + "!" + a)
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	s = str("x") + str("y") + str("z")
	println(s, calls)
	println("" + "" == "", a+"" == a, len(a+b))

	// Comparisons: bytes, then length.
	words := make([]string, 0)
	words = append(words, "", "a", "ab", "abc", "b", "B", "\xff", "aé")
	for _, x := range words {
		for _, y := range words {
			r := 0
			if x < y {
				r |= 1
			}
			if x <= y {
				r |= 2
			}
			if x > y {
				r |= 4
			}
			if x >= y {
				r |= 8
			}
			if x == y {
				r |= 16
			}
			if x != y {
				r |= 32
			}
			print(r, " ")
		}
		println()
	}
	var n1, n2 Name = "ann", "bob"
	println(n1 < n2, n1+n2, n1 == "ann")

	// Conversions.
	bs := []byte(a)
	bs[0] = 'F'
	println(string(bs), a)
	rs := []rune("héllo, 世界")
	println(len(rs), rs[1], rs[7], string(rs), string(rs[7:]))
	rs[0] = 'H'
	println(string(rs[:5]))
	var r rune = 0x4e16
	var i64 int64 = 65
	var u8 uint8 = 200
	var neg = -1
	println(string(r), string(rune(i64)), string(rune(u8)), string(rune(neg)), string(rune(0x110000)), string(rune(0xD800)))
	println(string(bs[1:]), string(bs[:0]) == "", len(string(rs[:0])))
	println(string(i64), string(u8), string(neg) == "\uFFFD")
	var nb []byte
	println(string(nb) == "", len([]byte("")), len([]rune("")))
	bad := "a\xffb\xe2\x82"
	println(len([]rune(bad)), string([]rune(bad)) == "a\uFFFDb\uFFFD\uFFFD")
	println(len(string(rune(0x10FFFF))), len(string(rune(0x7f))), len(string(rune(0x80))))
	x := "hello"
	y := x[1:3]
	println(y, len(y), x[4], x[len(x)-2:])
	var named Name = Name(bs)
	println(named, len(named), named[0])
}

// CHECK: foobar
// CHECK-NEXT: foobarbaz!foo
// CHECK-NEXT: abcde 5
// CHECK-NEXT: xyz 3
// CHECK-NEXT: true true 6
// CHECK-NEXT: 26 35 35 35 35 35 35 35 
// CHECK-NEXT: 44 26 35 35 35 44 35 35 
// CHECK-NEXT: 44 44 26 35 35 44 35 35 
// CHECK-NEXT: 44 44 44 26 35 44 35 35 
// CHECK-NEXT: 44 44 44 44 26 44 35 44 
// CHECK-NEXT: 44 35 35 35 35 26 35 35 
// CHECK-NEXT: 44 44 44 44 44 44 26 44 
// CHECK-NEXT: 44 44 44 44 35 44 35 26 
// CHECK-NEXT: true annbob true
// CHECK-NEXT: Foo foo
// CHECK-NEXT: 9 233 19990 héllo, 世界 世界
// CHECK-NEXT: Héllo
// CHECK-NEXT: 世 A È � � �
// CHECK-NEXT: oo true 0
// CHECK-NEXT: A È true
// CHECK-NEXT: true 0 0
// CHECK-NEXT: 5 true
// CHECK-NEXT: 4 1 2
// CHECK-NEXT: el 2 111 lo
// CHECK-NEXT: Foo 3 70
