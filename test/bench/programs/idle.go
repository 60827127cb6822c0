// 1,000,000 goroutines alive at once: each says it is ready and blocks
// on a channel until main closes it (issue "Scale": the time to start
// them and the peak RSS, against Go 1.19's).
package main

import "sync"

const n = 1000000

func main() {
	var ready, done sync.WaitGroup
	release := make(chan bool)
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			ready.Done()
			<-release
			done.Done()
		}(i)
	}
	ready.Wait()
	close(release)
	done.Wait()
	println("checksum", n)
}
