// The order goroutines run in at GOMAXPROCS=1 when channel operations
// ready them: the goroutine readied last runs as soon as the one that
// readied it blocks (runnext), ahead of one readied before it. The seed's
// queue ran them in readying order (producer 1 again first). Expected
// output: Go 1.19 (`GOMAXPROCS=1 go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GOMAXPROCS=1 %run %t > %t.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.out
package main

func producer(id int, ready chan bool, c chan int, n int, done chan bool) {
	ready <- true
	for i := 0; i < n; i++ {
		println("send", id, i)
		c <- i
	}
	done <- true
}

func main() {
	ready := make(chan bool)
	c := make(chan int)
	done := make(chan bool)
	go producer(1, ready, c, 3, done)
	<-ready
	go producer(2, ready, c, 3, done)
	<-ready
	for i := 0; i < 6; i++ {
		println("recv", <-c)
	}
	<-done
	<-done
	println("end")
}

// CHECK:      send 1 0
// CHECK-NEXT: send 2 0
// CHECK-NEXT: recv 0
// CHECK-NEXT: recv 0
// CHECK-NEXT: send 2 1
// CHECK-NEXT: send 2 2
// CHECK-NEXT: recv 1
// CHECK-NEXT: recv 2
// CHECK-NEXT: send 1 1
// CHECK-NEXT: send 1 2
// CHECK-NEXT: recv 1
// CHECK-NEXT: recv 2
// CHECK-NEXT: end
