// A data race: two goroutines append to one slice variable without a
// lock. The capacity is enough for both, so they write different elements
// and only the slice header races (no growslice). Ordered on one P as
// race-map.go: the first appends, then the second.
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var s = make([]int, 0, 4)

func main() {
	runtime.GOMAXPROCS(1)
	ready := make(chan bool)
	done := make(chan bool, 2)
	go func() {
		ready <- true
		s = append(s, 1)
		done <- true
	}()
	<-ready
	go func() {
		s = append(s, 2)
		done <- true
	}()
	<-done
	<-done
	println("len", len(s), s[0], s[1])
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Read at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.main.func2(){{$}}
// CHECK-NEXT: {{.*}}/race-slice-append.go:26 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by goroutine [[PREV:[0-9]+]]:
// CHECK-NEXT: main.main.func1(){{$}}
// CHECK-NEXT: {{.*}}/race-slice-append.go:21 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-slice-append.go:25 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[PREV]] (finished) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-slice-append.go:19 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}len 2 1 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
