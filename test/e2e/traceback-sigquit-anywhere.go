// SIGQUIT wherever the program is: goroutines recurse over many stack
// segments (their prologues, __morestack, lessstack), yield (gogo,
// mcall) and hand values over a channel, while sysmon preempts them with
// SIGURG. Five times, at a random moment, the signal interrupts them; each
// time the tracebacks end as Go 1.19's do (the registers, exit 2), and
// never in a fault, a fatal error or a panic during the panic. (On 386
// under qemu-i386 a signal just after another's handler returned, in
// sigreturntls, ran with another thread's g: about one run in 15 failed.)
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: %sigquit --times=5 ready timeout 60 %run %t > %t.out 2>&1
// RUN: grep -c '^SIGQUIT: quit$' %t.out | FileCheck %s --check-prefix=FIVE
// RUN: grep -c '^exit status 2$' %t.out | FileCheck %s --check-prefix=FIVE
// RUN: grep -c -E '^(gs     |fault   )0x' %t.out | FileCheck %s --check-prefix=FIVE
// RUN: not grep -E 'panic during panic|fatal error|\[signal|unexpected' %t.out
// FIVE: {{^5$}}
package main

import "runtime"

func deep(n int) int {
	var pad [200]int
	pad[n%200] = n
	if n == 0 {
		return 1
	}
	return deep(n-1) + pad[(n+7)%200]
}

func pingpong(a, b chan int) {
	for {
		v := <-a
		b <- v + 1
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	go pingpong(a, b)
	for i := 0; i < 2; i++ {
		go func() {
			for {
				deep(300)
				runtime.Gosched()
			}
		}()
	}
	println("ready")
	for i := 0; ; i++ {
		a <- i
		<-b
		deep(50)
	}
}
