// A report about a goroutine started by another goroutine: parent starts
// child and then writes x, child writes x too. The creation stack of each
// is its own go statement (child's in parent, parent's in main), and
// parent has finished when child writes (one P: child runs after it).
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var (
	x    int
	done = make(chan bool, 2)
)

func child() {
	x = 2
	done <- true
}

func parent() {
	go child()
	x = 1
	done <- true
}

func main() {
	runtime.GOMAXPROCS(1)
	go parent()
	<-done
	<-done
	println("x", x)
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Write at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.child(){{$}}
// CHECK-NEXT: {{.*}}/race-nested-go.go:19 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Previous write at [[ADDR]] by goroutine [[PREV:[0-9]+]]:
// CHECK-NEXT: main.parent(){{$}}
// CHECK-NEXT: {{.*}}/race-nested-go.go:25 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.parent(){{$}}
// CHECK-NEXT: {{.*}}/race-nested-go.go:24 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[PREV]] (finished) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-nested-go.go:31 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}x 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
