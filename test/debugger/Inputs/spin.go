package main

import "time"

var k = 3

// A loop without calls: only a signal (asyncPreempt) stops it.
func spin(k int) int {
	x := 0
	for i := 0; x != -1; i++ {
		x = x*k + i
	}
	return x
}

func main() {
	go func() {
		println(spin(k))
	}()
	time.Sleep(20 * time.Millisecond)
	println("done")
}
