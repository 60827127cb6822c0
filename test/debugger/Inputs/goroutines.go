package main

import (
	"runtime"
	"time"
)

func receiver(c chan int) {
	want := 7
	println(<-c + want)
}

func sender(c chan string) {
	msg := "hello"
	c <- msg
}

func selector(a chan int, b chan bool) {
	n := 3
	select {
	case v := <-a:
		println(v + n)
	case <-b:
	}
}

func sleeper() {
	d := time.Hour
	time.Sleep(d)
}

// Deep enough for several stack segments, then blocked.
func deep(n int, c chan int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return <-c
	}
	return deep(n-1, c) + pad[n%64]
}

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func stop(s []int, m map[string]int, e interface{}, c chan int, sh Shape, p interface{}) int {
	return len(s) + len(m) + cap(c) + sh.Area()
}

func main() {
	rc := make(chan int)
	sc := make(chan string)
	go receiver(rc)
	go sender(sc)
	go selector(make(chan int), make(chan bool))
	go sleeper()
	go deep(100, make(chan int))
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	go sender(make(chan string)) // not started at the breakpoint
	bc := make(chan int, 4)
	bc <- 1
	bc <- 2
	println(stop([]int{1, 2, 3}, map[string]int{"one": 1, "two": 2}, 42, bc, Rect{2, 3}, pair{"x", 1}))
}

// Only ever in an interface: no DWARF, the printer reads its descriptor.
type pair struct {
	k string
	v int
}
