// Unbuffered and buffered channels: send, receive, close, range, v, ok :=\n<-c, len and cap, select with default, goroutines with arguments.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
package main

func producer(c chan<- int, n int, done chan bool) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	done <- true
}

func worker(id int, in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	out <- -id
}

func main() {
	c := make(chan int)
	done := make(chan bool)
	go producer(c, 5, done)
	sum := 0
	for v := range c {
		sum += v
	}
	<-done
	println("sum", sum)

	b := make(chan int, 3)
	b <- 1
	b <- 2
	println(len(b), cap(b))
	v, ok := <-b
	println(v, ok)
	close(b)
	v, ok = <-b
	println(v, ok)
	v, ok = <-b
	println(v, ok)

	// Ping-pong between two goroutines.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for {
			n := <-ping
			if n >= 10 {
				close(pong)
				return
			}
			pong <- n + 1
		}
	}()
	n := 0
	for {
		ping <- n
		m, ok := <-pong
		if !ok {
			break
		}
		n = m + 1
	}
	println("pingpong", n)

	// select
	s := make(chan int, 1)
	select {
	case x := <-s:
		println("got", x)
	default:
		println("empty")
	}
	select {
	case s <- 42:
		println("sent")
	default:
		println("full")
	}
	select {
	case s <- 43:
		println("sent")
	default:
		println("full")
	}
	select {
	case x, ok := <-s:
		println("got", x, ok)
	}
	in, out := make(chan int), make(chan int)
	go worker(1, in, out)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	for {
		r := <-out
		println("r", r)
		if r < 0 {
			break
		}
	}
	var bc chan bool = make(chan bool)
	go func(x int, y bool, z string) {
		println(x, y, z)
		bc <- y
	}(3, true, "str")
	println(<-bc)
}

// CHECK: sum 10
// CHECK-NEXT: 2 3
// CHECK-NEXT: 1 true
// CHECK-NEXT: 2 true
// CHECK-NEXT: 0 false
// CHECK-NEXT: pingpong 10
// CHECK-NEXT: empty
// CHECK-NEXT: sent
// CHECK-NEXT: full
// CHECK-NEXT: got 42 true
// CHECK-NEXT: r 1
// CHECK-NEXT: r 4
// CHECK-NEXT: r 9
// CHECK-NEXT: r -1
// CHECK-NEXT: 3 true str
// CHECK-NEXT: true
// CHECK-NOT: {{.}}
