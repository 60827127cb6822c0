// Package fmt from golib: %T of other packages' types, Error and String
// methods on nil pointers (their panics print <nil>, as Go's fmt does),
// Fprintf to a strings.Builder.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck --match-full-lines --strict-whitespace %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"strings"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

func main() {
	var sb strings.Builder
	fmt.Printf("%T|%T|%T\n", sb, &sb, errors.New("x"))
	var e *myErr
	fmt.Println(e)
	fmt.Printf("%v|%s|%d\n", e, e, e)
	var err error = e
	fmt.Println(err == nil, err)
	var vp *V
	fmt.Println(vp)
	fmt.Printf("[%v]\n", []*V{nil})
	fmt.Fprintf(&sb, "%d", 5)
	fmt.Println(sb.String())
}

// CHECK:strings.Builder|*strings.Builder|*errors.errorString
// CHECK-NEXT:<nil>
// CHECK-NEXT:<nil>|<nil>|0
// CHECK-NEXT:false <nil>
// CHECK-NEXT:<nil>
// CHECK-NEXT:{{\[\[}}<nil>]]
// CHECK-NEXT:5
