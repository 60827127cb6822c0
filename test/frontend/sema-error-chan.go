// RUN: not %gort build -emit=types -o /dev/null %s 2>&1 | FileCheck %s
// Channel directions, close, range, type assertions.
package main

func main() {
	var c chan<- int
	var d <-chan int
	// CHECK: sema-error-chan.go:[[@LINE+1]]:4: error: invalid operation: cannot receive from send-only channel c (variable of type chan<- int)
	<-c
	// CHECK: sema-error-chan.go:[[@LINE+1]]:2: error: invalid operation: cannot send to receive-only channel d (variable of type <-chan int)
	d <- 1
	// CHECK: sema-error-chan.go:[[@LINE+1]]:8: error: invalid operation: cannot close receive-only channel d (variable of type <-chan int)
	close(d)
	var ch chan int
	// CHECK: sema-error-chan.go:[[@LINE+1]]:9: error: range over ch (variable of type chan int) permits only one iteration variable
	for k, v := range ch {
		_, _ = k, v
	}
	j := 1
	// CHECK: sema-error-chan.go:[[@LINE+1]]:6: error: invalid operation: j (variable of type int) is not an interface
	_ = j.(int)
	// CHECK: sema-error-chan.go:[[@LINE+1]]:21: error: cannot convert "a" (untyped string constant) to int
	_ = make(chan int, "a")
	// CHECK: sema-error-chan.go:[[@LINE+1]]:8: error: cannot use "s" (untyped string constant) as int value in send
	ch <- "s"
	// CHECK: sema-error-chan.go:[[@LINE+1]]:2: error: invalid operation: too many arguments for recover(1) (expected 0, found 1)
	recover(1)
}
// CHECK-NOT: error
