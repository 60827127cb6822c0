// RUN: %gort build --target=amd64 -emit=llvm -O0 -g0 -o %t.amd64.ll %s
// RUN: FileCheck --check-prefixes=CHECK,AMD64 %s < %t.amd64.ll
// RUN: %gort build --target=386 -emit=llvm -O0 -g0 -o %t.386.ll %s
// RUN: FileCheck --check-prefixes=CHECK,I386 %s < %t.386.ll
// RUN: %gort build --target=arm -emit=llvm -O0 -g0 -o %t.arm.ll %s
// RUN: FileCheck --check-prefixes=CHECK,ARM %s < %t.arm.ll
// The declarations of runtime entry points, made from their rows of
// runtime/include/gort/runtime.def (docs/ABI.md, "How compiled code calls
// the runtime"): bool is i1 zeroext, int and uintptr the target's word,
// every pointer code ptr; a str or eface parameter (GoString, GoEface) is
// two scalars on amd64, a byval pointer on 386 and [2 x i32] on arm; an
// eface result comes back in registers on amd64 and through a hidden sret
// pointer on 386 and arm; noreturn and returns_twice rows carry that
// attribute, on the declaration and on every call.
package main

func check(c chan bool) {
	defer func() {
		r := recover()
		println(r == nil)
	}()
	v, ok := <-c
	print(v, ok)
	println("done")
	panic("boom")
}

func main() {
	c := make(chan bool, 1)
	c <- true
	check(c)
}

// A malloc row's result is noalias: a new object.
// GORT_FUNC(mallocgc, ptr, malloc, (P(uintptr, size), P(uint32, flag)))
// AMD64-DAG: declare noalias ptr @runtime.mallocgc(i64, i32)
// I386-DAG: declare noalias ptr @runtime.mallocgc(i32, i32)
// ARM-DAG: declare noalias ptr @runtime.mallocgc(i32, i32)

// GORT_FUNC(chanrecv2, bool, none, (P(chan, c), P(ptr, elem)))
// CHECK-DAG: declare zeroext i1 @runtime.chanrecv2(ptr, ptr)
// CHECK-DAG: call zeroext i1 @runtime.chanrecv2(ptr

// GORT_FUNC(printbool, void, none, (P(bool, v)))
// CHECK-DAG: declare void @runtime.printbool(i1 zeroext)

// GORT_FUNC(printstring, void, none, (P(str, s)))
// AMD64-DAG: declare void @runtime.printstring(ptr, i64)
// AMD64-DAG: call void @runtime.printstring(ptr @go.string{{.*}}, i64 4)
// I386-DAG: declare void @runtime.printstring(ptr byval(%string) align 4)
// I386-DAG: call void @runtime.printstring(ptr byval(%string) align 4 %byval
// ARM-DAG: declare void @runtime.printstring([2 x i32])
// ARM-DAG: call void @runtime.printstring([2 x i32] %{{[0-9]+}})

// GORT_FUNC(gorecover, eface, none, (P(ptr, retaddr)))
// AMD64-DAG: declare %eface @runtime.gorecover(ptr)
// AMD64-DAG: call %eface @runtime.gorecover(ptr
// I386-DAG: declare void @runtime.gorecover(ptr sret(%eface), ptr)
// I386-DAG: call void @runtime.gorecover(ptr sret(%eface) %pairret, ptr
// ARM-DAG: declare void @runtime.gorecover(ptr sret(%eface), ptr)
// ARM-DAG: call void @runtime.gorecover(ptr sret(%eface) %pairret, ptr

// GORT_FUNC(gopanic, void, noreturn, (P(eface, e)))
// AMD64-DAG: declare void @runtime.gopanic(ptr, ptr) #[[NORETURN:[0-9]+]]
// AMD64-DAG: call void @runtime.gopanic(ptr %{{[0-9]+}}, ptr %{{[0-9]+}}) #[[NORETURN]]
// I386-DAG: declare void @runtime.gopanic(ptr byval(%eface) align 4) #[[NORETURN:[0-9]+]]
// I386-DAG: call void @runtime.gopanic(ptr byval(%eface) align 4 %byval{{[0-9]*}}) #[[NORETURN]]
// ARM-DAG: declare void @runtime.gopanic([2 x i32]) #[[NORETURN:[0-9]+]]
// ARM-DAG: call void @runtime.gopanic([2 x i32] %{{[0-9]+}}) #[[NORETURN]]
// CHECK-DAG: attributes #[[NORETURN]] = { noreturn }

// GORT_FUNC(deferproc, int32, returns_twice,
//           (P(int32, siz), P(fn, fn), P(ptr, argp)))
// CHECK-DAG: declare i32 @runtime.deferproc(i32, ptr, ptr) #[[TWICE:[0-9]+]]
// CHECK-DAG: call i32 @runtime.deferproc(i32 {{[0-9]+}}, ptr @main.check.deferwrap1, ptr %deferargs) #[[TWICE]]
// CHECK-DAG: attributes #[[TWICE]] = { returns_twice }
