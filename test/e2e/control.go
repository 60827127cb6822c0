// if/else with init, the three for forms, expression and tagless switch with\nfallthrough, labeled break and continue, goto.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func sw(n int) {
	switch n {
	case 1, 2:
		println("one or two")
		fallthrough
	case 3:
		println("three (or fell)")
	case 4:
		println("four")
		break
		println("not reached")
	default:
		println("default", n)
	case 5:
		println("five")
		fallthrough
	case 6:
		println("six")
	}
}

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	j := 10
	for j > 7 {
		j--
	}
	println(j)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		println("odd", k)
	}
	println(classify(-3), classify(0), classify(7), classify(100))
	for i := 0; i < 8; i++ {
		sw(i)
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			println(a, b)
		}
	}
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	println("n", n)
	if x := n * 2; x > 5 {
		println("x big", x)
	} else if x > 2 {
		println("x mid", x)
	} else {
		println("x small")
	}
	switch y := n; y {
	case 3:
		println("y is 3")
	}
lab:
	switch {
	case n > 0:
		for {
			break lab
		}
		println("not reached")
	}
	println("done")
}

// CHECK: 0 1 2 
// CHECK-NEXT: 7
// CHECK-NEXT: odd 1
// CHECK-NEXT: odd 3
// CHECK-NEXT: negative zero small big
// CHECK-NEXT: default 0
// CHECK-NEXT: one or two
// CHECK-NEXT: three (or fell)
// CHECK-NEXT: one or two
// CHECK-NEXT: three (or fell)
// CHECK-NEXT: three (or fell)
// CHECK-NEXT: four
// CHECK-NEXT: five
// CHECK-NEXT: six
// CHECK-NEXT: six
// CHECK-NEXT: default 7
// CHECK-NEXT: 0 0
// CHECK-NEXT: 0 1
// CHECK-NEXT: 1 0
// CHECK-NEXT: 1 1
// CHECK-NEXT: n 3
// CHECK-NEXT: x big 6
// CHECK-NEXT: y is 3
// CHECK-NEXT: done
// CHECK-NOT: {{.}}
