// Unbuffered ping-pong: two goroutines, 1,000,000 round trips.
package main

const n = 1000000

func pong(ping <-chan int, pong chan<- int) {
	for i := 0; i < n; i++ {
		v := <-ping
		pong <- v + 1
	}
}

func main() {
	ping := make(chan int)
	back := make(chan int)
	go pong(ping, back)
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-back
	}
	println("checksum", sum)
}
