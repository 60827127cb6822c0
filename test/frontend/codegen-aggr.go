// RUN: %gort build --target=amd64 -emit=llvm -O0 -g0 -o %t.O0.ll %s
// RUN: FileCheck --check-prefix=O0 %s < %t.O0.ll
// RUN: %gort build --target=amd64 -emit=llvm -O2 -g0 -o %t.O2.ll %s
// RUN: FileCheck --check-prefix=O2 %s < %t.O2.ll
// RUN: not grep -E "load \[|store \[|load \{ \[|store \{ \[" %t.O0.ll %t.O2.ll
// Array and struct values live in memory, never as SSA aggregates (the
// last RUN line: no load or store of an array or of a struct holding one):
// a struct parameter is a pointer to the caller's copy, a struct result is
// written to memory the caller passes first (and returned); copying a
// 1 MiB struct is one memmove and == on it one runtime.memequal on the
// operands themselves (CGTypes.cpp, CGAggregate.cpp); at -O2 a loop over
// small struct values keeps no temporary in memory (SROA). amd64 only:
// the IR is the same on every target but for the width of int.
package main

type Big struct {
	a [1 << 20]byte
	n int
}

type Point struct{ X, Y int }

func add(p, q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func copyBig(dst, src *Big) bool {
	*dst = *src
	return *dst == *src
}

func pass(b Big) int { return b.n }

func sum(n int) int {
	s := Point{}
	for i := 0; i < n; i++ {
		s = add(s, Point{i, 1})
	}
	return s.X + s.Y
}

func main() {
	var x, y Big
	println(copyBig(&x, &y), pass(x), sum(10))
}

// O0: define ptr @main.add(ptr %0, ptr %p, ptr %q)
// O0: define i64 @main.pass(ptr %b)

// O2-LABEL: define {{.*}}i1 @main.copyBig(ptr %dst, ptr {{.*}}%src)
// O2-NOT: alloca
// O2: call void @llvm.{{memmove|memcpy}}.p0.p0.i64(ptr {{.*}}%dst, ptr {{.*}}%src, i64 1048584, i1 false)
// O2-NEXT: call zeroext i1 @runtime.memequal(ptr {{.*}}%dst, ptr {{.*}}%src, i64 1048584)
// O2-LABEL: define {{.*}}i64 @main.sum(
// O2-NOT: alloca
// O2-NOT: call
// O2: ret i64
