// 1,000,000 short goroutines, started 1,000 at a time; each batch is
// waited for on a channel before the next one starts.
package main

const batches = 1000
const batch = 1000

func work(id int, done chan<- int) {
	done <- id % 7
}

func main() {
	done := make(chan int)
	sum := 0
	for b := 0; b < batches; b++ {
		for i := 0; i < batch; i++ {
			go work(b*batch+i, done)
		}
		for i := 0; i < batch; i++ {
			sum += <-done
		}
	}
	println("checksum", sum)
}
