// os.Args: the program name and its arguments (an empty one, one with a
// space), a slice the program may append to. The runtime fills it (goargs).
// Expected output: Go 1.19 (`go build`, run with the same arguments).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 hello "two words" "" > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 hello "two words" "" > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import "os"

func main() {
	println(len(os.Args))
	for i, a := range os.Args[1:] {
		println(i, a, len(a))
	}
	os.Args = append(os.Args, "x")
	println(len(os.Args), os.Args[len(os.Args)-1])
	if len(os.Args[0]) == 0 {
		println("no program name")
	}
}

// CHECK: 4{{$}}
// CHECK-NEXT: 0 hello 5{{$}}
// CHECK-NEXT: 1 two words 9{{$}}
// CHECK-NEXT: 2  0{{$}}
// CHECK-NEXT: 5 x{{$}}
// CHECK-NOT: no program name
