// RUN: %gort build --target=386 -emit=llvm -O0 -g0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// On 386 a deferred function value is called by the runtime itself with
// its stack arguments: runtime.deferprocstk(size, fn, block), block laid
// out as the cdecl stack arguments of fn(closure, args...), fn the
// closure's code or, for a nil value, gort.deferpanicnil; results that do
// not fit in registers add a hidden sret pointer as the block's first
// word. A deferred package function keeps the thunk and runtime.deferproc.
package main

// CHECK-LABEL: define void @main.fv(ptr %fv)
// CHECK-NOT: deferwrap
// CHECK: %deferstkargs = alloca [6 x i32], align 4
// CHECK: [[P0:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 0
// CHECK-NEXT: store ptr [[FV:%[0-9]+]], ptr [[P0]], align 4
// CHECK-NEXT: [[P1:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 4
// CHECK-NEXT: store i32 1, ptr [[P1]], align 4
// CHECK-NEXT: [[P2:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 8
// CHECK-NEXT: store ptr @go.string, ptr [[P2]], align 4
// CHECK-NEXT: [[P3:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 12
// CHECK-NEXT: store i32 3, ptr [[P3]], align 4
// CHECK-NEXT: [[P4:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 16
// CHECK-NEXT: store i64 7, ptr [[P4]], align 4
// CHECK-NEXT: icmp eq ptr [[FV]], null
// CHECK: defer.stk:
// CHECK: %deferfn = phi ptr [ @gort.deferpanicnil, %defer.nil ], [ {{%[0-9]+}}, %defer.fn ]
// CHECK: call i32 @runtime.deferprocstk(i32 24, ptr %deferfn, ptr %deferstkargs) #[[RT:[0-9]+]]
// CHECK: br i1 {{.*}}, label %exit, label %defer.cont
// CHECK: exit:
// CHECK-NEXT: store volatile i8 0, ptr %exit.line{{[0-9]*}}
// CHECK-NEXT: notail call void @runtime.deferreturn()
func fv(fv func(bool, string, int64)) {
	defer fv(true, "abc", 7)
}

// CHECK-LABEL: define void @main.pf()
// CHECK-NOT: deferprocstk
// CHECK: call i32 @runtime.deferproc(i32 {{[0-9]+}}, ptr @main.pf.deferwrap1, ptr %deferargs)
func pf() {
	defer g(true, "s", 1)
}

// Results that i386 cannot return in registers: the block's first word is
// the hidden sret pointer, to a scratch alloca of the results' type.
// CHECK-LABEL: define void @main.sret(ptr %fv)
// CHECK-NOT: deferwrap
// CHECK-DAG: %deferstkres = alloca { %string, %string }
// CHECK-DAG: %deferstkargs = alloca [3 x i32], align 4
// CHECK: [[S0:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 0
// CHECK-NEXT: store ptr %deferstkres, ptr [[S0]], align 4
// CHECK-NEXT: [[S1:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 4
// CHECK-NEXT: store ptr [[SFV:%[0-9]+]], ptr [[S1]], align 4
// CHECK-NEXT: [[S2:%[0-9]+]] = getelementptr inbounds i8, ptr %deferstkargs, i32 8
// CHECK-NEXT: store i32 5, ptr [[S2]], align 4
// CHECK-NEXT: icmp eq ptr [[SFV]], null
// CHECK: call i32 @runtime.deferprocstk(i32 12, ptr %deferfn, ptr %deferstkargs)
// CHECK-NOT: deferproc(
func sret(fv func(int) (string, string)) {
	defer fv(5)
}

func g(b bool, s string, x int64) {}

func main() {}

// CHECK-LABEL: define internal void @gort.deferpanicnil()
// CHECK: call void @runtime.panicnilfunc()
// CHECK-NEXT: unreachable
// CHECK: attributes #[[RT]] = { returns_twice }
