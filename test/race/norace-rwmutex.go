// No race: sync.RWMutex. Writers update a map under Lock, readers read it
// under RLock at the same time as each other; an Unlock happens before
// the next RLock and Lock return, an RUnlock before the next Lock.
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
	var rw sync.RWMutex
	var wg sync.WaitGroup
	m := map[int]int{}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				m[i%10] += w + 1
				rw.Unlock()
			}
		}(w)
	}
	seen := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				seen[r] += len(m)
				rw.RUnlock()
			}
		}(r)
	}
	wg.Wait()
	sum := 0
	for _, v := range m {
		sum += v
	}
	println("sum", sum, "len", len(m))
}

// CHECK-NOT: WARNING
// CHECK: sum 600 len 10
// CHECK-NEXT: exit status 0
// CHECK-NOT: {{.}}
