// No race: unbuffered channels order the accesses both ways. A send
// happens before its receive completes (main sees the goroutine's write of
// data), and a receive from an unbuffered channel happens before the send
// completes (the goroutine, after its send on ack, sees main's write of
// reply); fin joins the goroutines before main reads got. A select case
// orders as a plain receive does. Four Ps, so that goroutines run at once.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import "runtime"

var data, reply, got [4]int

func worker(id int, c chan int, ack chan bool) {
	data[id] = id * 10
	c <- id
	ack <- true
	got[id] = reply[id]
}

func main() {
	runtime.GOMAXPROCS(4)
	c := make(chan int)
	ack := make(chan bool)
	fin := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(id int) {
			worker(id, c, ack)
			fin <- true
		}(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		var id int
		select {
		case id = <-c:
		}
		sum += data[id]
		reply[id] = id + 100
		<-ack
	}
	for i := 0; i < 4; i++ {
		<-fin
	}
	println("sum", sum, "replies", got[0], got[1], got[2], got[3])
}

// CHECK-NOT: WARNING
// CHECK: sum 60 replies 100 101 102 103
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
