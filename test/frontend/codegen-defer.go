// RUN: %gort build -emit=llvm -O0 -g0 -o %t.O0.ll %s
// RUN: FileCheck %s --check-prefixes=CHECK,O0 < %t.O0.ll
// RUN: FileCheck %s --check-prefix=DECL < %t.O0.ll
// RUN: %gort build -emit=llvm -O2 -g0 -o %t.O2.ll %s
// RUN: FileCheck %s --check-prefixes=CHECK,O2 < %t.O2.ll
// The IR of defer and recover (runtime/panic.cpp's protocol): deferproc is
// returns_twice and its second return goes to an exit, which (as every
// return) calls deferreturn (never as a tail call, after a store that
// carries the exit's line) and reads the results from memory with
// volatile loads; a deferred function that calls recover runs as the
// thunk itself (a copy of its body); a function calling recover is never
// inlined.
package main

// CHECK-LABEL: define i64 @main.f()
// CHECK: store volatile i64 0, ptr %x
// CHECK: [[R:%[0-9]+]] = call i32 @runtime.deferproc(i32 8, ptr {{.*}}@main.f.deferwrap1, ptr {{.*}}%deferargs) #[[RT:[0-9]+]]
// O0: [[C:%[0-9]+]] = icmp ne i32 [[R]], 0
// O0: br i1 [[C]], label %exit, label %defer.cont
// O2: [[C:%[.a-z0-9]+]] = icmp eq i32 [[R]], 0
// O2: br i1 [[C]], label %defer.cont, label %exit
// CHECK: store volatile i64 5, ptr %x
// CHECK: call void @runtime.gopanic
// CHECK: exit:
// CHECK-NEXT: store volatile i8 0, ptr %exit.line{{[0-9]*}}
// CHECK-NEXT: notail call void @runtime.deferreturn()
// CHECK-NEXT: load volatile i64, ptr %x
func f() (x int) {
	defer func() { recover() }()
	x = 5
	panic(1)
}

// CHECK-LABEL: define void @main.handler(
// CHECK: call ptr @llvm.returnaddress(i32 0)
// CHECK: call %eface @runtime.gorecover(ptr
func handler(tag int) {
	println(tag, recover())
}

// CHECK-LABEL: define void @main.g()
// CHECK: call i32 @runtime.deferproc(i32 8, ptr {{.*}}@main.g.deferwrap1,
// CHECK: call i32 @runtime.deferproc(i32 8, ptr {{.*}}@main.g.deferwrap2,
// CHECK: notail call void @runtime.deferreturn()
// O0-NEXT: ret void
// O2: ret void
func g() {
	defer handler(7)
	fv := func() {}
	defer fv()
}

func main() {
	println(f())
	g()
}

// The thunk of `defer func() { recover() }()`: the literal's body, calling
// recover with the thunk's own return address.
// CHECK-LABEL: define internal void @main.f.deferwrap1(ptr
// CHECK-NOT: call {{.*}}@main.f.func1
// CHECK: call ptr @llvm.returnaddress(i32 0)
// CHECK: call %eface @runtime.gorecover(
// CHECK: ret void

// `defer handler(7)`: handler's body, its parameter from the block.
// CHECK-LABEL: define internal void @main.g.deferwrap1(ptr
// CHECK-NOT: call {{.*}}@main.handler
// CHECK: load i64, ptr
// CHECK: call %eface @runtime.gorecover(

// `defer fv()`: a tail call of the function value, after the nil check.
// CHECK-LABEL: define internal void @main.g.deferwrap2(ptr
// CHECK: call void @runtime.panicnilfunc()
// CHECK: tail call void %{{[0-9]+}}(ptr
// CHECK-NEXT: ret void

// DECL: declare i32 @runtime.deferproc(i32, ptr, ptr) #[[RT:[0-9]+]]
// DECL: declare void @runtime.deferreturn()
// DECL: attributes #[[RT]] = { returns_twice }
