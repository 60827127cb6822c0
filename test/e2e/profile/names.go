// go tool pprof names a profile's pcs from the executable's .gopclntab
// (Go 1.2's table, which gort adds beside its own, not loaded) before its
// DWARF: the runtime's C++ functions under their Go names (runtime.x, not
// the C++ x), and in a -g0 build, which keeps no DWARF, every function,
// with its file and line. A channel ping-pong at GOMAXPROCS=1 spends its
// time in the runtime's channel code, below main's goroutines.
// REQUIRES: split
// Not under the sanitizers: their runtime, linked dynamically and not in
// the tables, takes most of the samples of each switch.
// UNSUPPORTED: sanitize
// RUN: %gort build -O0 -g0 --target=%target -o %t %s
// RUN: llvm-readelf -S %t | FileCheck --check-prefix=SECTIONS %s
// SECTIONS-NOT: .debug_info
// SECTIONS: .gopclntab
// SECTIONS-NOT: .debug_info
// RUN: env GOMAXPROCS=1 GORTCPUPROFILE=%t.prof %run %t | FileCheck %s
// CHECK: done 4000000
// RUN: %pprof-check %t %t.prof --min-samples=20 --cum=runtime.chansend:0.1 --cum=runtime.chanrecv:0.1 --cum=main.pong:0.2
// RUN: %pprof -top -lines %t %t.prof | FileCheck --check-prefix=LINES %s -DFILE=%s
// LINES: main.ping [[FILE]]:
package main

import "fmt"

func ping(c, d chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
		<-d
	}
	close(c)
}

func pong(c, d chan int) {
	for v := range c {
		d <- v
	}
}

func main() {
	c, d := make(chan int), make(chan int)
	go pong(c, d)
	ping(c, d, 4000000)
	fmt.Println("done", 4000000)
}
