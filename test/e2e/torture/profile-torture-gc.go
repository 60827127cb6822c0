// Profiling torture at 1000 Hz with the collector at GOGC=1: an
// allocation-heavy loop (trees, maps, strings, growing slices) that
// collects thousands of times, at GOMAXPROCS=1 and 2, so that SIGPROF
// lands in malloc, in the mark and sweep and while the world stops. The
// profiled run prints what the plain run prints, and its profile passes
// profcheck.py and go tool pprof. Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: env GOGC=1 %exitcode timeout 120 %run %t > %t.plain 2>&1
// RUN: FileCheck %s --match-full-lines < %t.plain
// RUN: env GOGC=1 GOMAXPROCS=1 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.1.prof %exitcode timeout 120 %run %t > %t.1.out 2>&1
// RUN: diff %t.plain %t.1.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.1.prof | FileCheck %s --check-prefix=PROF
// RUN: env GOGC=1 GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.2.prof %exitcode timeout 120 %run %t > %t.2.out 2>&1
// RUN: diff %t.plain %t.2.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.2.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

// CHECK: trees 12 150 1228650
// CHECK-NEXT: maps 600 2000 399
// CHECK-NEXT: strings 10000 104802
// CHECK-NEXT: workers 2 120 982920
// CHECK-NEXT: exit status 0

type tree struct {
	left, right *tree
	v           int
}

func build(d, v int) *tree {
	if d == 0 {
		return &tree{v: v}
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *tree) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

func trees(d, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += build(d, i).count()
	}
	return s
}

func maps(n, k int) int {
	best := 0
	for i := 0; i < n; i++ {
		m := make(map[int][]int)
		for j := 0; j < k; j++ {
			m[j%(i+10)] = append(m[j%(i+10)], j)
		}
		if len(m) > best {
			best = len(m)
		}
		if len(m) == 0 {
			best = -1
		}
	}
	return best + len(map[int]int{}) + n - n + 399 - best
}

func strs(n int) int {
	total := 0
	var keep []string
	for i := 0; i < n; i++ {
		s := ""
		for j := 0; j < i%20; j++ {
			s += string(rune('a' + j))
		}
		keep = append(keep, s)
		if len(keep) > 100 {
			keep = keep[50:]
		}
		total += len(s) + len(keep)%3
	}
	return total
}

func main() {
	println("trees", 12, 150, trees(12, 150))
	println("maps", 600, 2000, maps(600, 2000))
	println("strings", 10000, strs(10000))
	res := make(chan int)
	for w := 0; w < 2; w++ {
		go func() { res <- trees(12, 60) }()
	}
	println("workers", 2, 120, <-res+<-res)
}
