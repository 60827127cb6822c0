// Package os from golib: reading standard input, a pipe, in pieces of 7
// bytes until io.EOF (which comes once, with 0 bytes, and again after),
// then os.Stdin's Name; an empty input (/dev/null) is io.EOF at once.
// Expected output: Go 1.19 (`go build`, run the same way).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: printf 'first line\nsecond\n\nlast, without newline' | timeout 60 %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: timeout 60 %run %t.O0 < /dev/null 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: printf 'first line\nsecond\n\nlast, without newline' | timeout 60 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
// RUN: timeout 60 %run %t.O2 < /dev/null 2>&1 | FileCheck %s --check-prefix=EMPTY
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	b := make([]byte, 7)
	total := 0
	for {
		n, err := os.Stdin.Read(b)
		total += n
		if err == io.EOF {
			fmt.Println("EOF after", total, "bytes")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%d %q\n", n, b[:n])
	}
	n, err := os.Stdin.Read(b)
	fmt.Println(n, err, os.Stdin.Name())
}

// CHECK: 7 "first l"
// CHECK-NEXT: 7 "ine\nsec"
// CHECK-NEXT: 7 "ond\n\nla"
// CHECK-NEXT: 7 "st, wit"
// CHECK-NEXT: 7 "hout ne"
// CHECK-NEXT: 5 "wline"
// CHECK-NEXT: EOF after 40 bytes
// CHECK-NEXT: 0 EOF /dev/stdin

// EMPTY: EOF after 0 bytes
// EMPTY-NEXT: 0 EOF /dev/stdin
