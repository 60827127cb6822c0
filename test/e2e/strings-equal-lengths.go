// String equality at every length from 0 to 40, where the runtime and the
// compiler compare by width (the runtime's memeqbody: two overlapping
// loads of 8, 4, 2 or 1 bytes below 16; the compiler's memcmp, inline for
// a constant length): strings that differ in exactly one byte, at each
// position, are unequal as map keys and with ==, and equal copies are
// equal. Also == against constant strings of several lengths.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t0 %s
// RUN: %run %t0 > %t0.out 2>&1
// RUN: FileCheck %s < %t0.out
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 > %t2.out 2>&1
// RUN: FileCheck %s < %t2.out
package main

func word(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return b
}

func isOk(s string) bool     { return s == "ok" }
func isSeven(s string) bool  { return s == "abcdefg" }
func isNine(s string) bool   { return s == "abcdefghi" }
func isTwenty(s string) bool { return s == "abcdefghijklmnopqrst" }

func main() {
	m := make(map[string]int)
	wrong := 0
	for n := 0; n <= 40; n++ {
		base := string(word(n))
		m[base] = n
		for i := 0; i < n; i++ {
			b := word(n)
			b[i] ^= 1
			s := string(b)
			if s == base || !(s != base) {
				wrong++
				println("== wrong at length", n, "byte", i)
			}
			if _, ok := m[s]; ok {
				wrong++
				println("map found a changed key at length", n, "byte", i)
			}
		}
		if m[string(word(n))] != n {
			wrong++
			println("map lost the key of length", n)
		}
	}
	println("keys", len(m), "wrong", wrong)
	for _, s := range []string{"", "o", "ok", "ko", "okk", "abcdefg", "abcdefh",
		"abcdefghi", "abcdefghj", "bbcdefghi", "abcdefghijklmnopqrst",
		"abcdefghijklmnopqrsu", "xbcdefghijklmnopqrst"} {
		println(s, isOk(s), isSeven(s), isNine(s), isTwenty(s))
	}
}

// CHECK: keys 41 wrong 0
// CHECK-NEXT:  false false false false
// CHECK-NEXT: o false false false false
// CHECK-NEXT: ok true false false false
// CHECK-NEXT: ko false false false false
// CHECK-NEXT: okk false false false false
// CHECK-NEXT: abcdefg false true false false
// CHECK-NEXT: abcdefh false false false false
// CHECK-NEXT: abcdefghi false false true false
// CHECK-NEXT: abcdefghj false false false false
// CHECK-NEXT: bbcdefghi false false false false
// CHECK-NEXT: abcdefghijklmnopqrst false false false true
// CHECK-NEXT: abcdefghijklmnopqrsu false false false false
// CHECK-NEXT: xbcdefghijklmnopqrst false false false false
