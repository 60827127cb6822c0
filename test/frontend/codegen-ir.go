// RUN: %gort build -emit=llvm -O0 -g0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: not grep -F "...)" %t.ll
// The IR of a program: Go's symbol names, "split-stack" on every defined
// function, no varargs, runtime calls by their Go ELF names.
package main

var counter = start()

func start() int { return 40 }

func init() { counter++ }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	c := make(chan int)
	k := 1
	go func() { c <- fib(10) + k }()
	println("fib", <-c, counter)
}

// CHECK-DAG: @type.int = linkonce_odr constant %GoType { i64 8, i32 130, i32 8,
// CHECK-DAG: @main.counter = global i64 0
// CHECK-DAG: define i64 @main.start() #[[ATTR:[0-9]+]]
// CHECK-DAG: define void @main.init.0() #[[ATTR]]
// CHECK-DAG: define i64 @main.fib(i64 %n) #[[ATTR]]
// CHECK-DAG: define void @main.main() #[[ATTR]]
// CHECK-DAG: define internal void @main.main.func1(ptr %closure) #[[ATTR]]
// CHECK-DAG: define internal void @main.main.gowrap1(ptr %0) #[[ATTR]]
// CHECK-DAG: define void @main.init() #[[ATTR]]
// Every heap object comes from mallocgc; the cell of k (an int) holds no
// pointers (GORT_FLAG_NOPOINTERS), the cell of c and the closure do.
// CHECK-DAG: call noalias ptr @runtime.mallocgc(i64 8, i32 1)
// CHECK-DAG: call noalias ptr @runtime.mallocgc(i64 8, i32 0)
// CHECK-DAG: call noalias ptr @runtime.mallocgc(i64 24, i32 0)
// CHECK-DAG: call ptr @runtime.makechan(ptr @type.int, i64 0)
// CHECK-DAG: call void @runtime.newproc(i32 8, ptr @main.main.gowrap1, ptr %goargs)
// CHECK-DAG: call void @runtime.chanrecv1(ptr
// CHECK-DAG: call void @runtime.chansend1(ptr
// CHECK-DAG: call void @runtime.printlock()
// CHECK-DAG: call void @runtime.printstring(ptr @go.string{{.*}}, i64 3)
// CHECK-DAG: call void @runtime.printunlock()
// CHECK-DAG: attributes #[[ATTR]] = { {{.*}}"split-stack"{{.*}} }
