// A deadlock with goroutines blocked every way Go 1.19 names: the fatal
// error prints every goroutine, in the order they were made, each with
// why it waits ([chan receive], [select (no cases)], [semacquire] for
// sync.Mutex and WaitGroup...), its frames and "created by". Exit 2.
// Expected output: Go 1.19 (`go run`), but for the goroutines' numbers
// (Go's own goroutines come first there), the arguments' words and the
// sync package's frames (runtime/sync.cpp here, sync/*.go in Go).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode timeout 60 %run %t.O0 2>&1 | FileCheck %s -DFILE=%s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode timeout 60 %run %t.O2 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOTRACEBACK=none %exitcode timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefix=NONE
package main

import "sync"

var mu sync.Mutex
var wg sync.WaitGroup

func recv(c chan int) {
	<-c
}

func send(c chan int) {
	c <- 1
}

func sel(c, d chan int) {
	select {
	case <-c:
	case d <- 1:
	}
}

func selnone() {
	select {}
}

func nilrecv() {
	var c chan int
	<-c
}

func nilsend() {
	var c chan int
	c <- 1
}

func lock() {
	mu.Lock()
}

func wait() {
	wg.Wait()
}

func main() {
	c := make(chan int)
	d := make(chan int)
	started := make(chan bool)
	go recv(c)
	go send(d)
	go sel(c, d)
	go selnone()
	go nilrecv()
	go nilsend()
	mu.Lock()
	go lock()
	wg.Add(1)
	go wait()
	go func() { started <- true }()
	<-started
	println("all blocked")
	<-started
}

// CHECK: all blocked
// CHECK-NEXT: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [chan receive]:
// CHECK-NEXT: main.main({{(\.\.\.)?}})
// CHECK-NEXT: {{^}}	[[FILE]]:75{{( \+0x[0-9a-f]+)?$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan receive]:
// CHECK-NEXT: main.recv(
// CHECK-NEXT: {{^}}	[[FILE]]:22{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:62 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan send]:
// CHECK-NEXT: main.send(
// CHECK-NEXT: {{^}}	[[FILE]]:26{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:63 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [select]:
// CHECK-NEXT: main.sel(
// CHECK-NEXT: {{^}}	[[FILE]]:30{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:64 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [select (no cases)]:
// CHECK-NEXT: main.selnone(
// CHECK-NEXT: {{^}}	[[FILE]]:37{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:65 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan receive (nil chan)]:
// CHECK-NEXT: main.nilrecv(
// CHECK-NEXT: {{^}}	[[FILE]]:42{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:66 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [chan send (nil chan)]:
// CHECK-NEXT: main.nilsend(
// CHECK-NEXT: {{^}}	[[FILE]]:47{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:67 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [semacquire]:
// CHECK-NEXT: sync.
// CHECK: main.lock(
// CHECK-NEXT: {{^}}	[[FILE]]:51{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:69 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [semacquire]:
// CHECK-NEXT: sync.
// CHECK: main.wait(
// CHECK-NEXT: {{^}}	[[FILE]]:55{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:71 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: exit status 2

// NONE: all blocked
// NONE-NEXT: fatal error: all goroutines are asleep - deadlock!
// NONE-NEXT: exit status 2
