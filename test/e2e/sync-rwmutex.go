// sync.RWMutex: readers hold it together (three readers each wait for all
// three), TryLock fails and TryRLock succeeds while it is read-locked;
// writers exclude each other and the readers (readers never see a torn
// update); TryRLock and TryLock fail while it is write-locked.
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

func main() {
	runtime.GOMAXPROCS(4)
	var rw sync.RWMutex
	var wg sync.WaitGroup

	// Readers hold the lock together: three readers each wait until all
	// three hold it.
	holding := make(chan bool)
	release := make(chan bool)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			holding <- true
			<-release
			rw.RUnlock()
		}()
	}
	for i := 0; i < 3; i++ {
		<-holding
	}
	println("three readers hold the lock")
	println("TryLock while read-locked:", rw.TryLock())
	println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	wg.Wait()

	// Writers exclude each other and the readers; readers see whole
	// updates (a and b always equal).
	a, b := 0, 0
	bad := 0
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				rw.Lock()
				a++
				runtime.Gosched()
				b++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				rw.RLock()
				if a != b {
					bad++
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	println("writes", a, b, "torn reads", bad)

	rw.Lock()
	println("TryRLock while write-locked:", rw.TryRLock())
	println("TryLock while write-locked:", rw.TryLock())
	rw.Unlock()
	println("TryLock when free:", rw.TryLock())
	rw.Unlock()
}

// CHECK: three readers hold the lock
// CHECK-NEXT: TryLock while read-locked: false
// CHECK-NEXT: TryRLock while read-locked: true
// CHECK-NEXT: writes 2000 2000 torn reads 0
// CHECK-NEXT: TryRLock while write-locked: false
// CHECK-NEXT: TryLock while write-locked: false
// CHECK-NEXT: TryLock when free: true
// CHECK-NOT: {{.}}
