// A data race: main and one goroutine both increment an unsynchronised
// counter; the channel joins them only after both increments, so it
// orders neither against the other. On one P main increments first (the
// goroutine runs only when main blocks), which fixes which access the
// report calls previous: a switch of goroutines is no synchronisation.
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var counter int

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	go func() {
		counter++
		done <- true
	}()
	counter++
	<-done
	println("counter", counter)
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Read at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.main.func1(){{$}}
// CHECK-NEXT: {{.*}}/race-counter.go:20 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by main goroutine:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-counter.go:23 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-counter.go:19 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}counter 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
