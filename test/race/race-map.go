// A data race: two goroutines write one map. On one P the first readies
// main (a send before its write, ordering nothing after it) and runs on to
// its write and its end; the second, started by main then, writes later.
// Go's runtime frame above each user frame (runtime.mapassign_faststr) is
// allowed, not required.
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(1)
	m := make(map[string]int)
	ready := make(chan bool)
	done := make(chan bool, 2)
	go func() {
		ready <- true
		m["a"] = 1
		done <- true
	}()
	<-ready
	go func() {
		m["b"] = 2
		done <- true
	}()
	<-done
	<-done
	println("len", len(m))
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Write at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK: main.main.func2(){{$}}
// CHECK-NEXT: {{.*}}/race-map.go:26 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by goroutine [[PREV:[0-9]+]]:
// CHECK: main.main.func1(){{$}}
// CHECK-NEXT: {{.*}}/race-map.go:21 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-map.go:25 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[PREV]] (finished) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-map.go:19 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}len 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
