// Package initialisation may block (Go 1; the seed's predawn init ended
// in "fatal error: init rescheduling"): init sleeps in time.Sleep and
// yields in runtime.Gosched until goroutines it started have run, and a
// package variable's initializer does both. Expected output: Go 1.19
// (`go run`, GOMAXPROCS=1 and 2).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 timeout 60 %run %t.O0 > %t.1.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O0.out
// RUN: env GOMAXPROCS=2 timeout 60 %run %t.O0 > %t.2.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O0.out
// RUN: env GOMAXPROCS=1 timeout 60 %run %t.O2 > %t.1.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O2.out
// RUN: env GOMAXPROCS=2 timeout 60 %run %t.O2 > %t.2.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O2.out
package main

import (
	"runtime"
	"time"
)

// init sleeps until a goroutine it started has run: the goroutine runs
// while init sleeps.
func init() {
	c := make(chan bool, 1)
	go func() {
		println("goroutine runs during init's Sleep")
		c <- true
	}()
	n := 0
	for len(c) == 0 {
		time.Sleep(time.Millisecond)
		n++
	}
	println("init: slept", n > 0 || runtime.GOMAXPROCS(0) > 1)
}

// init yields with Gosched until a goroutine it started has run.
func init() {
	c := make(chan bool, 1)
	go func() {
		println("goroutine runs during init's Gosched")
		c <- true
	}()
	n := 0
	for len(c) == 0 {
		runtime.Gosched()
		n++
	}
	println("init: yielded", n > 0 || runtime.GOMAXPROCS(0) > 1)
}

// A package variable's initializer sleeps and yields.
var waited = func() bool {
	c := make(chan int, 2)
	go func() { c <- 1 }()
	go func() { c <- 2 }()
	for len(c) < 2 {
		time.Sleep(time.Millisecond)
		runtime.Gosched()
	}
	return <-c+<-c == 3
}()

func main() {
	println("main: waited", waited)
}

// CHECK: goroutine runs during init's Sleep
// CHECK-NEXT: init: slept true
// CHECK-NEXT: goroutine runs during init's Gosched
// CHECK-NEXT: init: yielded true
// CHECK-NEXT: main: waited true
// CHECK-NOT: {{.}}
