// RUN: %gort build -emit=llvm -O0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// Methods in the IR: gc's symbols main.T.M and main.(*T).M with the
// receiver as the first parameter, the same names in DWARF, the method
// value wrapper main.T.M-fm and the method expression's constant closure
// (*T).M·f, a named type's descriptor main.T, and the methods of package
// sync called as the runtime's entries, &mu first.
package main

import "sync"

type T int

func (t T) M(n int) int { return int(t) + n }

func (t *T) P() int { return t.M(1) }

func main() {
	var t T = 1
	var mu sync.Mutex
	mu.Lock()
	f := t.M
	g := (*T).M
	println(t.P(), f(2))
	_ = g
	mu.Unlock()
	var e interface{} = t
	_ = e
}

// CHECK-DAG: define i64 @main.T.M(i64 %t, i64 %n)
// CHECK-DAG: define i64 @"main.(*T).P"(ptr %t)
// CHECK-DAG: call i64 @main.T.M(i64 %{{.*}}, i64 1)
// CHECK-DAG: define internal i64 @main.T.M-fm(ptr %0, i64 %1)
// CHECK-DAG: @"main.(*T).M\C2\B7f" = internal constant { ptr } { ptr @"main.(*T).M\C2\B7fw" }
// CHECK-DAG: call void @"sync.(*Mutex).Lock"(ptr %mu)
// CHECK-DAG: call void @"sync.(*Mutex).Unlock"(ptr %mu)
// CHECK-DAG: @type.main.T = linkonce_odr constant %GoType
// CHECK-DAG: distinct !DISubprogram(name: "main.T.M",
// CHECK-DAG: distinct !DISubprogram(name: "main.(*T).P",
