// A report that names two goroutines, neither of them main: writerA writes
// x, then writerB, each with its own name, line and creation site, and
// writerA has finished by then. On one P writerA readies main (before its
// write, so ordering nothing after it) and runs on to its write and its
// end; main then starts writerB. The go statements have no arguments, so
// Go's compiler adds no wrapper closure to the goroutines' stacks.
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var (
	x     int
	ready = make(chan bool)
	done  = make(chan bool, 2)
)

func writerA() {
	ready <- true
	x = 1
	done <- true
}

func writerB() {
	x = 2
	done <- true
}

func main() {
	runtime.GOMAXPROCS(1)
	go writerA()
	<-ready
	go writerB()
	<-done
	<-done
	println("x", x)
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Write at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.writerB(){{$}}
// CHECK-NEXT: {{.*}}/race-two-goroutines.go:28 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by goroutine [[PREV:[0-9]+]]:
// CHECK-NEXT: main.writerA(){{$}}
// CHECK-NEXT: {{.*}}/race-two-goroutines.go:23 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-two-goroutines.go:36 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[PREV]] (finished) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-two-goroutines.go:34 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}x 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
