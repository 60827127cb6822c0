// A data race: with Go 1.19's loop semantics all iterations share one i,
// so the goroutines' reads of i race with the loop's i++. The three reads
// and the writes are the same pair of statements: one report. On one P
// the goroutines run after the loop, and all read 3.
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			c <- i
		}()
	}
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-c
	}
	println("sum", sum)
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Read at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.main.func1(){{$}}
// CHECK-NEXT: {{.*}}/race-loopvar.go:18 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by main goroutine:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-loopvar.go:16 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-loopvar.go:17 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}sum 9{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
