// Package initialisation runs with the scheduler running (Go 1; the seed
// ran it predawn, no other goroutine scheduled): a package variable's
// initializer and init functions start goroutines and wait for them on
// channels and a sync.WaitGroup, and a goroutine init starts outlives it
// and talks to main. Expected output: Go 1.19 (`go run`, GOMAXPROCS=1 and 2).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GOMAXPROCS=1 timeout 60 %run %t.O0 > %t.1.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O0.out
// RUN: env GOMAXPROCS=2 timeout 60 %run %t.O0 > %t.2.O0.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O0.out
// RUN: env GOMAXPROCS=1 timeout 60 %run %t.O2 > %t.1.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.1.O2.out
// RUN: env GOMAXPROCS=2 timeout 60 %run %t.O2 > %t.2.O2.out 2>&1
// RUN: FileCheck %s --match-full-lines < %t.2.O2.out
package main

import "sync"

// A package variable's initializer starts a goroutine and waits for it.
var fromVar = start()

func start() int {
	c := make(chan int)
	go func() { c <- 42 }()
	return <-c
}

var (
	mu    sync.Mutex
	total int
	later = make(chan string)
)

// init and a goroutine it starts take turns over unbuffered channels.
func init() {
	println("init: var", fromVar)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			println("goroutine got", v)
			pong <- v * 2
		}
		println("goroutine: ping closed")
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		println("init got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	println("init: pong open", ok)
}

// init waits on a WaitGroup for ten goroutines.
func init() {
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println("init: total", total)
}

// A goroutine that init starts outlives init and talks to main.
func init() {
	go func() {
		later <- "from init's goroutine"
		later <- "again"
	}()
}

func main() {
	println("main:", <-later)
	println("main:", <-later)
}

// CHECK: init: var 42
// CHECK-NEXT: goroutine got 1
// CHECK-NEXT: init got 2
// CHECK-NEXT: goroutine got 2
// CHECK-NEXT: init got 4
// CHECK-NEXT: goroutine got 3
// CHECK-NEXT: init got 6
// CHECK-NEXT: goroutine: ping closed
// CHECK-NEXT: init: pong open false
// CHECK-NEXT: init: total 55
// CHECK-NEXT: main: from init's goroutine
// CHECK-NEXT: main: again
// CHECK-NOT: {{.}}
