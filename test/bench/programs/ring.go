// A ring of 10,000 goroutines passing a token around it 100 times; each
// hop adds one to the token.
package main

const size = 10000
const laps = 100

func relay(in <-chan int, out chan<- int) {
	for {
		out <- 1 + <-in
	}
}

func main() {
	first := make(chan int)
	in := first
	for i := 1; i < size; i++ {
		out := make(chan int)
		go relay(in, out)
		in = out
	}
	// main closes the ring: in is the last relay's output.
	token := 0
	for lap := 0; lap < laps; lap++ {
		first <- token
		token = <-in + 1
	}
	println("checksum", token)
}
