// GORTDEBUG=splitprof=1: the split-stack report. big's frame never fits
// what is left of descend's segment, so each of its calls splits (on the
// hot segment after the first). Two goroutines do it at GOMAXPROCS=2, on
// two ms: the report adds their tables, so the one call site counts every
// split of both, and nothing else splits as often. Without the setting
// the program prints no report.
// REQUIRES: split
// Not under the sanitizers or -race: their segments are 64 KB, and all
// their splits go through newstack, so the counts differ.
// UNSUPPORTED: sanitize, race-suite
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GORTDEBUG=splitprof=1 GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s -DFILE=%s
// RUN: env GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// CHECK: done
// CHECK-NEXT: splitprof: {{[0-9]+}} stack splits, {{[0-9]+}} of them through newstack (the rest on the hot segment)
// CHECK-NEXT: splitprof: the calls that split most: count, the function that split, its caller
// CHECK-NEXT: 40000{{.}}main.big{{.}}called from main.descend [[FILE]]:[[@LINE+20]]
// OFF: done
// OFF-NOT: splitprof
package main

import "fmt"

// big needs a large frame: called at a segment's end it splits each time.
//
//go:noinline
func big(i int) int {
	var buf [4000]int32
	buf[i%4000] = int32(i)
	return int(buf[(i*7)%4000]) + i
}

func descend(d, n int) int {
	if d == 0 {
		s := 0
		for i := 0; i < n; i++ {
			s += big(i)
		}
		return s
	}
	return descend(d-1, n) + 1
}

func main() {
	done := make(chan int)
	for g := 0; g < 2; g++ {
		go func() { done <- descend(30, 20000) }()
	}
	fmt.Println(<-done == <-done)
	fmt.Println("done")
}
