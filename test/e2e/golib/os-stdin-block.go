// A goroutine blocked in a read of standard input (a pipe whose writer
// waits 3 seconds) does not hold up the others at GOMAXPROCS=1: the read
// runs between entersyscall and exitsyscall, so another thread runs main
// and a ticker goroutine meanwhile, and collections (runtime.GC) scan the
// blocked goroutine's stack, whose buffer survives. Without that the
// ticker could not tick until the read returned, and the reader would
// finish first.
// Expected output: Go 1.19 (`go build`, run the same way).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: sh -c 'sleep 3; echo late' | env GOMAXPROCS=1 timeout 60 %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: sh -c 'sleep 3; echo late' | env GOMAXPROCS=1 timeout 60 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	done := make(chan string)
	go func() {
		b := make([]byte, 100)
		n, err := os.Stdin.Read(b)
		done <- fmt.Sprintf("read %q %v", b[:n], err)
	}()
	ticks := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(10 * time.Millisecond)
			ticks <- i
		}
	}()
	for i := 1; i <= 5; i++ {
		fmt.Println("tick", <-ticks)
		runtime.GC()
		select {
		case s := <-done:
			fmt.Println("the reader finished first:", s)
			return
		default:
		}
	}
	fmt.Println("5 ticks while the reader waits")
	fmt.Println(<-done)
}

// CHECK: 1
// CHECK-NEXT: tick 1
// CHECK-NEXT: tick 2
// CHECK-NEXT: tick 3
// CHECK-NEXT: tick 4
// CHECK-NEXT: tick 5
// CHECK-NEXT: 5 ticks while the reader waits
// CHECK-NEXT: read "late\n" <nil>
