// Profiling torture at GOMAXPROCS=2, sampled at 1000 Hz: channel
// ping-pong between two goroutines, waves of goroutines created and
// exiting, select-with-default spinners (preempted, not yielding) beside
// busy work, a buffered pipeline. The profiled run prints what the plain
// run prints, and its profile passes profcheck.py and go tool pprof.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: env GOMAXPROCS=2 %exitcode timeout 120 %run %t.O2 > %t.plain 2>&1
// RUN: FileCheck %s --match-full-lines < %t.plain
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.O2.prof %exitcode timeout 120 %run %t.O2 > %t.O2.out 2>&1
// RUN: diff %t.plain %t.O2.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O2 --hz 1000 --pprof %t.O2.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.O0.prof %exitcode timeout 120 %run %t.O0 > %t.O0.out 2>&1
// RUN: diff %t.plain %t.O0.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O0 --hz 1000 --pprof %t.O0.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOMAXPROCS=1 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.1.prof %exitcode timeout 120 %run %t.O2 > %t.1.out 2>&1
// RUN: diff %t.plain %t.1.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O2 --hz 1000 --pprof %t.1.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

// CHECK: pingpong 300000 45000150000
// CHECK-NEXT: waves 200 250 3749925000
// CHECK-NEXT: spinners 3 stopped 3 busy 2178309
// CHECK-NEXT: pipeline 3 100000 40000300000
// CHECK-NEXT: exit status 0

func pinger(in <-chan int, out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- <-in + 1
	}
}

func pingpong(n int) int64 {
	ping, pong := make(chan int), make(chan int)
	go pinger(ping, pong, n)
	var s int64
	for i := 0; i < n; i++ {
		ping <- i
		s += int64(<-pong)
	}
	return s
}

// waves starts w waves of k goroutines, each working a little, sending
// its result and exiting.
func waves(w, k int) int64 {
	res := make(chan int)
	var s int64
	for j := 0; j < w; j++ {
		for i := 0; i < k; i++ {
			go func(v int) {
				t := 0
				for x := 0; x < v%100; x++ {
					t += x
				}
				res <- v + t - t
			}(j*k + i)
		}
		for i := 0; i < k; i++ {
			s += int64(<-res)
		}
	}
	return s * 3
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// spinners run select-with-default loops until told to stop, while main
// computes; then each reports in.
func spinners(k int) (int, int) {
	stop := make(chan bool)
	done := make(chan int)
	for i := 0; i < k; i++ {
		go func() {
			n := 0
			for {
				select {
				case <-stop:
					done <- n
					return
				default:
					n++
				}
			}
		}()
	}
	busy := fib(32)
	close(stop)
	stopped := 0
	for i := 0; i < k; i++ {
		if <-done >= 0 {
			stopped++
		}
	}
	return stopped, busy
}

// pipeline passes n values through k buffered stages.
func pipeline(k, n int) int64 {
	first := make(chan int, 16)
	in := first
	for i := 0; i < k; i++ {
		out := make(chan int, 16)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v*2 + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < n; i++ {
			first <- i
		}
		close(first)
	}()
	var s int64
	for v := range in {
		s += int64(v)
	}
	return s
}

func main() {
	println("pingpong", 300000, pingpong(300000))
	println("waves", 200, 250, waves(200, 250))
	stopped, busy := spinners(3)
	println("spinners", 3, "stopped", stopped, "busy", busy)
	println("pipeline", 3, 100000, pipeline(3, 100000))
}
