// The Go side of the runtime benchmarks (test/bench/c/*.c): the same
// measurements, run by Go 1.19 and by gccgo 12. Usage: bench NAME
// (No hotsplit: Go 1.19 grows stacks by copying, so it has no split to
// measure; gort's figure is a ratio to its own plain call.)
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

func iterations(d int) int {
	if v := os.Getenv("BENCH_N"); v != "" {
		n, _ := strconv.Atoi(v)
		return n
	}
	return d
}

func report(name string, v float64, unit string) { fmt.Printf("%s %.1f %s\n", name, v, unit) }

func gosched() {
	n := iterations(2000000)
	var wg sync.WaitGroup
	wg.Add(2)
	y := func() {
		for i := 0; i < n; i++ {
			runtime.Gosched()
		}
		wg.Done()
	}
	t0 := time.Now()
	go y()
	go y()
	wg.Wait()
	report("gosched", float64(time.Since(t0).Nanoseconds())/float64(2*n), "ns/switch")
}

func spawn() {
	n := iterations(1000000)
	var wg sync.WaitGroup
	t0 := time.Now()
	for i := 0; i < n; i += 1000 {
		wg.Add(1000)
		for j := 0; j < 1000; j++ {
			go wg.Done()
		}
		wg.Wait()
	}
	report("spawn", float64(time.Since(t0).Nanoseconds())/float64(n), "ns/goroutine")
}

func rssKB() float64 {
	b, _ := ioutil.ReadFile("/proc/self/statm")
	f := strings.Fields(string(b))
	pages, _ := strconv.Atoi(f[1])
	return float64(pages * os.Getpagesize() / 1024)
}

func idle() {
	n := iterations(1000000)
	var parked, finished sync.WaitGroup
	release := make(chan bool)
	r0 := rssKB()
	parked.Add(n)
	finished.Add(n)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		go func() {
			parked.Done()
			<-release
			finished.Done()
		}()
	}
	parked.Wait()
	report("start", float64(time.Since(t0).Nanoseconds())/float64(n), "ns/goroutine")
	r1 := rssKB()
	report("goroutines", float64(runtime.NumGoroutine()-1), "alive")
	report("idle", (r1-r0)*1024/float64(n), "bytes/goroutine")
	close(release)
	finished.Wait()
}

func roundtrip() {
	n := iterations(1000000)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for {
			pong <- <-ping
		}
	}()
	t0 := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	report("roundtrip", float64(time.Since(t0).Nanoseconds())/float64(n), "ns/roundtrip")
}

func buffered() {
	n := iterations(10000000)
	c := make(chan int, 100)
	t0 := time.Now()
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	for i := 0; i < n; i++ {
		<-c
	}
	report("buffered", float64(time.Since(t0).Nanoseconds())/float64(n), "ns/element")
}

func selectrt() {
	n := iterations(1000000)
	ping, pong, quit := make(chan int), make(chan int), make(chan int)
	go func() {
		for {
			select {
			case v := <-ping:
				pong <- v
			case <-quit:
				return
			}
		}
	}()
	t0 := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	report("selectroundtrip", float64(time.Since(t0).Nanoseconds())/float64(n), "ns/roundtrip")
	close(quit)
}

func ring() {
	const N = 10000
	rounds := iterations(100)
	var ch [N + 1]chan int
	for i := range ch {
		ch[i] = make(chan int)
	}
	for i := 0; i < N; i++ {
		go func(in, out chan int) {
			for {
				out <- <-in
			}
		}(ch[i], ch[i+1])
	}
	t0 := time.Now()
	for r := 0; r < rounds; r++ {
		ch[0] <- 0
		<-ch[N]
	}
	report("ring", float64(time.Since(t0).Nanoseconds())/float64(rounds*(N+1)), "ns/hop")
}

func wakeups() {
	done := make(chan bool)
	go func() {
		time.Sleep(1500 * time.Millisecond)
		done <- true
	}()
	time.Sleep(200 * time.Millisecond)
	var r0, r1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	t0 := time.Now()
	time.Sleep(time.Second)
	syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	report("wakeups", float64(r1.Nvcsw-r0.Nvcsw)/time.Since(t0).Seconds(), "wakeups/s")
	<-done
}

func main() {
	switch os.Args[1] {
	case "roundtrip":
		roundtrip()
	case "buffered":
		buffered()
	case "selectrt":
		selectrt()
	case "ring":
		ring()
	case "gosched":
		gosched()
	case "spawn":
		spawn()
	case "idle":
		idle()
	case "wakeups":
		wakeups()
	}
}
