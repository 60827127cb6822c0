// SIGQUIT (Go 1.19's sighandler): the signal's name, where it came,
// which m, the kernel's code (0: kill, -6: tgkill), then the goroutine it
// interrupted (g0's "goroutine 0 [idle]" on an idle m) and every other
// one, oldest first, with the runtime's frames (a throw's level); exit 2.
// Goroutines wait in a channel, a mutex and time.Sleep ([sleep], parked
// on a timer as in Go); with an argument one more spins: it prints where
// it runs, or "running on other thread". The signal goes to the process
// once main has printed "ready" (%sigquit): any thread may take it (the
// timer goroutine's, waiting in a system call: [syscall], shown as Go
// 1.19 shows the g a signal interrupts); the third run sends it to an
// idle m (%sigquit --idle-m): the timer goroutine is then traced from
// where it entered its system call. GOMAXPROCS=1: each g has parked.
// Expected output: Go 1.19 (`go run`), but for the goroutines' numbers,
// the arguments' words, the runtime's and sync's frames, Go's own
// goroutines and the registers' values.
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOMAXPROCS=1 %sigquit ready timeout 60 %run %t > %t.out 2>&1
// RUN: FileCheck %s -DFILE=%s < %t.out
// RUN: FileCheck %s -DFILE=%s --check-prefix=SLEEP < %t.out
// RUN: env GOMAXPROCS=1 %sigquit ready timeout 60 %run %t spin > %t.spin 2>&1
// RUN: FileCheck %s -DFILE=%s < %t.spin
// RUN: FileCheck %s -DFILE=%s --check-prefix=SLEEP < %t.spin
// RUN: FileCheck %s -DFILE=%s --check-prefix=SPIN < %t.spin
// RUN: env GOMAXPROCS=1 %sigquit --idle-m ready timeout 60 %run %t > %t.idle 2>&1
// RUN: FileCheck %s -DFILE=%s < %t.idle
// RUN: FileCheck %s -DFILE=%s --check-prefix=SLEEP < %t.idle
// RUN: FileCheck %s -DFILE=%s --check-prefix=IDLE < %t.idle
package main

import (
	"os"
	"sync"
	"time"
)

var mu sync.Mutex

func recv(c chan int, started chan bool) {
	started <- true
	<-c
}

func lock(started chan bool) {
	started <- true
	mu.Lock()
}

func sleeper(started chan bool) {
	started <- true
	for {
		time.Sleep(time.Hour)
	}
}

func spin(started chan bool) {
	started <- true
	n := 0
	for {
		n++
	}
}

func main() {
	c := make(chan int)
	started := make(chan bool)
	go recv(c, started)
	<-started
	mu.Lock()
	go lock(started)
	<-started
	go sleeper(started)
	<-started
	if len(os.Args) > 1 {
		go spin(started)
		<-started
	}
	println("ready")
	<-c
}

// CHECK: ready
// CHECK-NEXT: SIGQUIT: quit
// CHECK-NEXT: PC=0x{{[0-9a-f]+}} m={{[0-9]+}} sigcode={{0|-6}}
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [{{idle|syscall|running}}]:
// CHECK: goroutine 1 [chan receive]:
// CHECK-NOT: goroutine
// CHECK: main.main({{(\.\.\.)?}})
// CHECK-NEXT: {{^}}	[[FILE]]:79 +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// CHECK: goroutine {{[0-9]+}} [chan receive]:
// CHECK-NOT: goroutine
// CHECK: main.recv(
// CHECK-NEXT: {{^}}	[[FILE]]:41{{( \+0x[0-9a-f]+ fp=.*)?$}}
// CHECK-NOT: goroutine
// CHECK: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:67 +0x{{[0-9a-f]+$}}
// CHECK: goroutine {{[0-9]+}} [semacquire]:
// CHECK-NOT: goroutine
// CHECK: main.lock(
// CHECK-NEXT: {{^}}	[[FILE]]:46{{( \+0x[0-9a-f]+ fp=.*)?$}}
// CHECK-NOT: goroutine
// CHECK: created by main.main
// CHECK-NEXT: {{^}}	[[FILE]]:70 +0x{{[0-9a-f]+$}}
// The registers, Go 1.19's dumpregs of each target (rax..gs, eax..gs,
// trap..fault).
// CHECK: {{^(rax    |eax    |trap    )0x[0-9a-f]+$}}
// CHECK: {{^(gs     |fault   )0x[0-9a-f]+$}}
// CHECK-NEXT: exit status 2

// The sleeper, parked on its timer: from where gosched left it.
// SLEEP: goroutine {{[0-9]+}} [sleep]:
// SLEEP-NOT: goroutine
// SLEEP: main.sleeper(
// SLEEP-NEXT: {{^}}	[[FILE]]:52{{( \+0x[0-9a-f]+ fp=.*)?$}}
// SLEEP-NOT: goroutine
// SLEEP: created by main.main
// SLEEP-NEXT: {{^}}	[[FILE]]:72 +0x{{[0-9a-f]+$}}

// The spinner, maybe just back from a preemption signal, in 386's
// sigreturntls (its signal frame leads to main.spin).
// SPIN: goroutine {{[0-9]+}} [running]:
// SPIN-NOT: {{^goroutine }}
// SPIN: {{^(main.spin\(|	goroutine running on other thread; stack unavailable$)}}

// IDLE: goroutine 0 [idle]:
// IDLE: goroutine {{[0-9]+}} [syscall]:
// IDLE-NEXT: runtime.timerproc(
