// No race: goroutines write their own elements of a slice and a shared
// total under a Mutex; main reads them all after wg.Wait (each Done
// happens before Wait returns). Add is called before each go statement.
// Expected output: Go 1.19 (`go run -race`): no report, exit status 0.
// REQUIRES: race
// RUN: %gort build -race -o %t %s
// RUN: %exitcode %run %t 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]int, 8)
	total := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	println("squares", sum, "total", total)
}

// CHECK-NOT: WARNING
// CHECK: squares 140 total 28
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
