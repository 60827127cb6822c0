// RUN: %gort build -emit=llvm -O2 -g0 -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// Bounds checks are unsigned compares that LLVM removes when it can prove
// them: loops over len(s) and range loops, a constant index after a
// length test, a masked index into an array, a string's bytes. A check it
// cannot prove stays, in a cold block calling runtime.panicbounds with
// GORT_BOUNDS_INDEX (0).
package main

// CHECK-LABEL: define {{.*}} @main.sum(
// CHECK-NOT: panicbounds
// CHECK: ret
func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// CHECK-LABEL: define {{.*}} @main.zero(
// CHECK-NOT: panicbounds
// CHECK: ret
func zero(s []int) {
	for i := range s {
		s[i] = 0
	}
}

// CHECK-LABEL: define {{.*}} @main.first(
// CHECK-NOT: panicbounds
// CHECK: ret
func first(s []int) int {
	if len(s) > 2 {
		return s[0] + s[2]
	}
	return 0
}

// CHECK-LABEL: define {{.*}} @main.arr(
// CHECK-NOT: panicbounds
// CHECK: ret
func arr(i int) int {
	var a [8]int
	a[i&7] = 1
	return a[3]
}

// CHECK-LABEL: define {{.*}} @main.bytesum(
// CHECK-NOT: panicbounds
// CHECK: ret
func bytesum(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(s[i])
	}
	return n
}

// CHECK-LABEL: define {{.*}} @main.idx(
// CHECK: icmp ugt
// CHECK-NEXT: br i1 {{.*}}, label %bounds.ok, label %bounds.fail, {{.*}}!prof
// CHECK: bounds.fail:
// CHECK-NEXT: call void @runtime.panicbounds({{.*}}, i32 0)
// CHECK-NEXT: unreachable
func idx(s []int, i int) int { return s[i] }

func main() {
	s := make([]int, 10)
	zero(s)
	println(sum(s), first(s), arr(5), bytesum("ab"), idx(s, 2))
}
