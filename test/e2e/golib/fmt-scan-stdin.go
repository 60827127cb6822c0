// Package fmt from golib: Scan, Scanln and Scanf of standard input (a
// plain reader: each call reads a byte at a time and loses the one rune it
// read past its last operand, as Go's do), to the end of the input.
// Expected output: Go 1.19 (`go run fmt-scan-stdin.go < ../Inputs/scan-stdin.txt`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 < %S/../Inputs/scan-stdin.txt > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 < %S/../Inputs/scan-stdin.txt > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O2.out
package main

import "fmt"

func main() {
	var i int
	var s string
	var f float64
	n, err := fmt.Scan(&i, &s, &f)
	fmt.Println("Scan:", n, err, i, s, f)

	var a, b int
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln:", n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println("Scanln:", n, err, a)
	n, err = fmt.Scanf("x=%d y=%d\n", &a, &b)
	fmt.Println("Scanf:", n, err, a, b)

	// 12 is scanned and the a after it read and lost: bc is next.
	n, err = fmt.Scan(&a)
	fmt.Println("Scan:", n, err, a)
	n, err = fmt.Scanf("%s %d", &s, &b)
	fmt.Println("Scanf:", n, err, s, b)

	var r1, r2 rune
	n, err = fmt.Scanf("\n%c %c", &r1, &r2)
	fmt.Printf("Scanf: %d %v %q %q\n", n, err, r1, r2)

	var t1, t2, t3 string
	n, err = fmt.Scan(&t1, &t2, &t3)
	fmt.Println("Scan:", n, err, t1, t2, t3)
	n, err = fmt.Scan(&t1)
	fmt.Println("Scan:", n, err)
	n, err = fmt.Scanln(&t1)
	fmt.Println("Scanln:", n, err)
}

// CHECK:Scan: 3 <nil> 42 hello 3.5
// CHECK-NEXT:Scanln: 2 <nil> 7 8
// CHECK-NEXT:Scanln: 1 <nil> 9
// CHECK-NEXT:Scanf: 2 <nil> 10 20
// CHECK-NEXT:Scan: 1 <nil> 12
// CHECK-NEXT:Scanf: 2 <nil> bc 5
// CHECK-NEXT:Scanf: 0 newline in format does not match input '\x00' '\x00'
// CHECK-NEXT:Scan: 3 <nil> β tail1 tail2
// CHECK-NEXT:Scan: 0 EOF
// CHECK-NEXT:Scanln: 0 EOF
