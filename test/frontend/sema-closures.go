// RUN: %gort build -emit=types -o - %s | FileCheck %s
// Closures and their captures, comma-ok forms, select, range over a channel,
// and the package initialization order by dependency.
package main

import "runtime"

var total = sum(first, second)
var first, second = pair()
var unused int

func pair() (int, int) { return base, base + 1 }

var base = 20

func sum(a, b int) int { return a + b }

func init() { unused = 1 }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	k := 5
	go func() {
		defer func() {
			if r := recover(); r != nil {
				println(k)
			}
		}()
		v, ok := <-c
		println(v, ok)
		done <- true
	}()
	c <- k
	<-done
	var i interface{} = k
	n, ok := i.(int)
	select {
	case v := <-c:
		println(v)
	case c <- 1:
	default:
	}
	close(c)
	for x := range c {
		println(x)
	}
	println(n, ok, counter()(), runtime.NumGoroutine())
}

// The dump lists facts by position; see dumpTypes in SemaDump.cpp.
// CHECK: 8:5 def var total int
// CHECK: 9:5 def var first int
// CHECK: 9:12 def var second int
// CHECK: 9:25 value pair() : (int, int)
// CHECK: 10:5 def var unused int
// CHECK: 12:6 def func pair func() (int, int)
// CHECK: 14:5 def var base int
// CHECK: 16:6 def func sum func(int, int) int
// CHECK: 16:10 def param a int
// CHECK: 16:13 def param b int
// CHECK: 18:6 def func init func()
// CHECK: 20:6 def func counter func() func() int
// CHECK: 21:2 def var n int captured
// CHECK: 22:9 closure captures n@21:2
// CHECK: 28:6 def func main func()
// CHECK: 29:2 def var c chan int captured
// CHECK: 30:2 def var done chan bool captured
// CHECK: 31:2 def var k int captured
// CHECK: 32:5 closure captures k@31:2, c@29:2, done@30:2
// CHECK: 33:9 closure captures k@31:2
// CHECK: 34:7 def var r interface{}
// CHECK: 38:3 def var v int
// CHECK: 38:6 def var ok bool
// CHECK: 38:12 commaok <-c : (int, bool)
// CHECK: 43:2 value <-done : bool
// CHECK: 44:6 def var i interface{}
// CHECK: 45:2 def var n int
// CHECK: 45:5 def var ok bool
// CHECK: 45:12 commaok i.(int) : (int, bool)
// CHECK: 47:7 def var v int
// CHECK: 47:12 value <-c : int
// CHECK: 53:6 def var x int
// CHECK: init unused
// CHECK: init base = 20
// CHECK: init first, second = pair()
// CHECK: init total = sum(first, second)
// CHECK: initfunc 18:6
