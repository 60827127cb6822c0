// Profiling torture: panics and recovers at 1000 Hz, many of them
// unwinding across stack segments (a panic at the bottom of a deep
// recursion, recovered at the top), run-time errors from signals (nil
// dereference) and from checks (index, division), panics in deferred
// calls while panicking, re-panics; then, with an argument, an
// unrecovered panic: exit status 2 and the profile still written whole.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode timeout 120 %run %t.O2 > %t.plain 2>&1
// RUN: FileCheck %s --match-full-lines < %t.plain
// RUN: env GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.O2.prof %exitcode timeout 120 %run %t.O2 > %t.O2.out 2>&1
// RUN: diff %t.plain %t.O2.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O2 --hz 1000 --pprof %t.O2.prof | FileCheck %s --check-prefix=PROF
// RUN: env GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.O0.prof %exitcode timeout 120 %run %t.O0 > %t.O0.out 2>&1
// RUN: diff %t.plain %t.O0.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O0 --hz 1000 --pprof %t.O0.prof | FileCheck %s --check-prefix=PROF
// RUN: env GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.crash.prof %exitcode timeout 120 %run %t.O2 crash > %t.crash.out 2>&1
// RUN: FileCheck %s --check-prefix=CRASH < %t.crash.out
// RUN: %python %src/test/tools/profcheck.py --binary %t.O2 --hz 1000 --pprof %t.crash.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

import "os"

// CHECK: segments 10000 49995000
// CHECK-NEXT: runtime errors 30000 10000 10000 10000
// CHECK-NEXT: nested 5000 10500
// CHECK-NEXT: repanic 3000 858000
// CHECK-NEXT: exit status 0

// CRASH: hot
// CRASH: panic: torture: unrecovered [recovered]
// CRASH-NEXT: panic: torture: unrecovered
// CRASH: exit status 2

type boom struct{ n int }

// sink panics at the bottom of d frames of its own.
func sink(d, v int) int {
	var pad [12]int
	pad[d%12] = v
	if d == 0 {
		panic(boom{v})
	}
	return sink(d-1, v) + pad[d%12]
}

func strsink(d int) int {
	var pad [12]int
	pad[d%12] = d
	if d == 0 {
		panic("torture: unrecovered")
	}
	return strsink(d-1) + pad[d%12]
}

func catch(d, v int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(boom).n
		}
	}()
	return sink(d, v)
}

type node struct {
	next *node
	v    int
}

var nilnode *node
var table = []int{1, 2, 3}
var zero = 0

// fault makes run-time error k: a nil dereference (a signal), an index
// out of range, an integer division by zero (a signal on x86).
func fault(k, i int) (kind int) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(error); ok {
				kind = k + 1
			}
		}
	}()
	switch k {
	case 0:
		return nilnode.next.v + i
	case 1:
		return table[i%7+3]
	}
	return i / zero
}

// nested panics in a deferred call while the first panic unwinds: the
// second replaces the first, and one recover stops both.
func nested(i int) (r int) {
	defer func() {
		r = recover().(int)
	}()
	defer func() {
		panic(i + 2)
	}()
	panic(i)
}

// repanic recovers a panic and panics again with more, k times over,
// each level a few frames deeper.
func repanic(k int) (r int) {
	defer func() {
		r = recover().(int)
	}()
	level(k, 0)
	return -1
}

func level(k, acc int) {
	if k == 0 {
		panic(acc)
	}
	defer func() {
		v := recover().(int)
		panic(v + k)
	}()
	level(k-1, acc+1)
}

// hot keeps a cpu busy for the samples of the crash run.
func hot(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += catch(i%50, i) % 3
	}
	return s
}

func main() {
	if len(os.Args) > 1 {
		println("hot", hot(20000) > 0)
		defer func() {
			panic(recover())
		}()
		var d [20]int
		d[len(os.Args)] = 1
		strsink(3000 + d[2])
	}
	s := 0
	for i := 0; i < 10000; i++ {
		s += catch(i*37%5000, i)
	}
	println("segments", 10000, s)
	var kinds [4]int
	for i := 0; i < 30000; i++ {
		kinds[fault(i%3, i)]++
	}
	println("runtime errors", 30000, kinds[1], kinds[2], kinds[3])
	s = 0
	for i := 0; i < 5000; i++ {
		s += nested(i) - i
	}
	println("nested", 5000, s+500)
	s = 0
	for i := 0; i < 3000; i++ {
		s += repanic(i % 40)
	}
	println("repanic", 3000, s)
}
