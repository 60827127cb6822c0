// A race at the bottom of a recursion 100,000 calls deep, past the 65,536
// calls TSan's own record of a goroutine's calls holds: gort grows it
// (race.cpp), and the report shows the innermost calls, TSan's 256 at
// most, as Go's does (Go's shows one call fewer).
// Expected output: Go 1.19 (`go run -race`), up to addresses and offsets.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var (
	x    int
	done = make(chan bool)
)

// down calls itself n deep, then writes x: its stack has split many
// times, and the race detector's record of the calls has grown.
func down(n int) int {
	if n == 0 {
		x = 2
		return 0
	}
	return down(n-1) + 1
}

func deep() {
	println("depth", down(100000))
	done <- true
}

func main() {
	runtime.GOMAXPROCS(1)
	go deep()
	x = 1
	<-done
	println("x", x)
}

// CHECK-NOT: WARNING
// CHECK: {{^}}=================={{$}}
// CHECK-NEXT: {{^}}WARNING: DATA RACE{{$}}
// CHECK-NEXT: Write at [[ADDR:0x[0-9a-f]+]] by goroutine [[CUR:[0-9]+]]:
// CHECK-NEXT: main.down(){{$}}
// CHECK-NEXT: {{.*}}/race-deep.go:22 +0x{{[0-9a-f]+$}}
// CHECK-COUNT-253: {{^}}      {{.*}}/race-deep.go:25 +0x
// CHECK: Previous write at [[ADDR]] by main goroutine:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-deep.go:36 +0x{{[0-9a-f]+$}}
// CHECK-EMPTY:
// CHECK-NEXT: Goroutine [[CUR]] (running) created at:
// CHECK-NEXT: main.main(){{$}}
// CHECK-NEXT: {{.*}}/race-deep.go:35 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: {{^}}=================={{$}}
// CHECK-NOT: WARNING
// CHECK: {{^}}depth 100000{{$}}
// CHECK-NEXT: {{^}}x 2{{$}}
// CHECK-NEXT: {{^}}Found 1 data race(s){{$}}
// CHECK-NEXT: {{^}}exit status 66{{$}}
// CHECK-NOT: {{.}}
