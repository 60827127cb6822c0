// Collections while 10,000 goroutines are blocked 1,000 frames deep, across
// many stack segments each: every 100th frame holds a heap object that only
// that frame refers to. Main collects (runtime.GC and allocation) while they
// are blocked; then each checks its objects. Expected output: Go 1.19.
// Not under GOGC=1 (a collection every few allocations, each scanning
// 10,000 deep stacks, would take hours). 32-bit targets block 4,000: under
// qemu-user each segment's guard page is an mprotect, and vm.max_map_count
// leaves room for about 24,000 segments (runtime/stack.cpp).
// REQUIRES: split
// UNSUPPORTED: gcstress
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 timeout 240 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 240 %run %t 2>&1 | FileCheck %s
// CHECK: blocked: all true kept: 300 bad: 0
package main

import "runtime"

type obj struct {
	tag  int
	next *obj
	pad  [2]int
}

const depth = 1000

var goroutines = 10000

var (
	ready   = make(chan bool)
	release = make(chan bool)
	done    = make(chan int)
)

func deep(n, tag int) int {
	var o *obj
	if n%100 == 0 {
		o = &obj{tag: tag*depth + n}
	}
	bad := 0
	if n == 0 {
		ready <- true
		<-release
	} else {
		bad = deep(n-1, tag)
	}
	if o != nil && o.tag != tag*depth+n {
		bad++
	}
	return bad
}

func main() {
	if ^uint(0) == 1<<32-1 {
		goroutines = 4000
	}
	for i := 0; i < goroutines; i++ {
		go func(tag int) { done <- deep(depth, tag) }(i)
	}
	for i := 0; i < goroutines; i++ {
		<-ready
	}
	var keep []*obj
	for round := 0; round < 3; round++ {
		for i := 0; i < 100000; i++ {
			o := &obj{tag: i}
			if i%1000 == 0 {
				keep = append(keep, o)
			}
		}
		runtime.GC()
	}
	close(release)
	bad := 0
	for i := 0; i < goroutines; i++ {
		bad += <-done
	}
	for i, o := range keep {
		if o.tag != i%100*1000 {
			bad++
		}
	}
	println("blocked: all", goroutines >= 4000, "kept:", len(keep), "bad:", bad)
}
