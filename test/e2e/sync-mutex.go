// sync.Mutex: ten goroutines adding 1000 each to a counter under a local
// Mutex (GOMAXPROCS 4), a package-level Mutex unlocked by a deferred
// mu.Unlock(), TryLock, method values mu.Lock and mu.Unlock (which keep the
// mutex's address), and a goroutine blocked in Lock until main unlocks.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"runtime"
	"sync"
)

var global sync.Mutex
var total int

func add(n int) {
	global.Lock()
	defer global.Unlock()
	total += n
}

func main() {
	runtime.GOMAXPROCS(4)
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println("counter", counter)

	// A package-level mutex, unlocked by a deferred call.
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				add(n)
			}
		}(i)
	}
	wg.Wait()
	println("total", total)

	// TryLock.
	println("trylock", mu.TryLock(), mu.TryLock())
	mu.Unlock()

	// Method values of a mutex keep its address.
	lock, unlock := mu.Lock, mu.Unlock
	lock()
	println("locked through a method value:", !mu.TryLock())
	unlock()
	println("unlocked through a method value:", mu.TryLock())
	mu.Unlock()

	// A goroutine blocked in Lock gets the mutex when it is unlocked.
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		println("goroutine: locked")
		mu.Unlock()
		done <- true
	}()
	runtime.Gosched()
	println("main: unlocking")
	mu.Unlock()
	<-done
}

// CHECK: counter 10000
// CHECK-NEXT: total 4500
// CHECK-NEXT: trylock true false
// CHECK-NEXT: locked through a method value: true
// CHECK-NEXT: unlocked through a method value: true
// CHECK-NEXT: main: unlocking
// CHECK-NEXT: goroutine: locked
// CHECK-NOT: {{.}}
