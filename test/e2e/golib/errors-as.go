// errors.As from golib (through reflect): a pointer target found through
// fmt's %w and an Unwrap method, a value target, an interface target, an
// error target, an As method, nil, and the four panics of bad targets.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": not found" }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

// An error whose As method answers for a *codeErr target.
type chameleon struct{}

func (chameleon) Error() string { return "chameleon" }
func (chameleon) As(target interface{}) bool {
	if p, ok := target.(*codeErr); ok {
		*p = 42
		return true
	}
	return false
}

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	err := fmt.Errorf("open failed: %w", wrap{"layer", &PathError{"open", "/x"}})
	var pe *PathError
	fmt.Println(errors.As(err, &pe), pe.Path, pe)
	var ce codeErr
	fmt.Println(errors.As(err, &ce), ce)
	fmt.Println(errors.As(wrap{"w", codeErr(7)}, &ce), ce)
	var t temporary
	fmt.Println(errors.As(wrap{"w", tempErr{}}, &t), t != nil && t.Temporary())
	var e error
	fmt.Println(errors.As(codeErr(3), &e), e)
	fmt.Println(errors.As(chameleon{}, &ce), ce)
	fmt.Println(errors.As(nil, &ce))
	try(func() { errors.As(err, nil) })
	try(func() { errors.As(err, pe) })
	try(func() { var s string; errors.As(err, &s) })
	try(func() { errors.As(err, 5) })
}

// CHECK: true /x open /x: not found
// CHECK-NEXT: false code 0
// CHECK-NEXT: true code 7
// CHECK-NEXT: true true
// CHECK-NEXT: true code 3
// CHECK-NEXT: true code 42
// CHECK-NEXT: false
// CHECK-NEXT: panic: errors: target cannot be nil
// CHECK-NEXT: panic: errors: *target must be interface or implement error
// CHECK-NEXT: panic: errors: *target must be interface or implement error
// CHECK-NEXT: panic: errors: target must be a non-nil pointer
