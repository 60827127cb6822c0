// The concurrent prime sieve (examples/sieve.go): a daisy chain of filter
// goroutines over unbuffered channels, run until the first 2,000 primes.
package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	prime := 0
	for i := 0; i < 2000; i++ {
		prime = <-ch
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println("checksum", prime, sum)
}
