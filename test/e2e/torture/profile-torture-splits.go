// Profiling torture: hot splits and deep recursion across many stack
// segments, sampled at 1000 Hz ($GORTCPUPROFILERATE). The profiled run
// prints what the plain run prints, exits as it does, and its profile
// passes profcheck.py and go tool pprof. Expected output: Go 1.19 (`go
// run`).
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
// RUN: %python %src/test/tools/profcheck.py --binary %t.O0 --hz 1000 --pprof --expect-func main.descend %t.O0.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

// CHECK: hot splits 193 1 3020167999
// CHECK-NEXT: deep 20000 85
// CHECK-NEXT: deep 50000 4
// CHECK-NEXT: mixed 40 -240000
// CHECK-NEXT: exit status 0

// leaf has a frame of its own, called through a function value so that
// no optimizer inlines it: one of descend's depths puts its call right at
// a segment's end, and each call then splits.
func leaf(x int) int {
	var buf [24]int
	for i := range buf {
		buf[i] = x ^ i
	}
	return buf[x%24] + buf[(x+7)%24]
}

var calls = []func(int) int{leaf}

func descend(d, n int, acc *uint32) int {
	var pad [8]int
	pad[d%8] = d
	if d == 0 {
		f := calls[0]
		s := 0
		for i := 0; i < n; i++ {
			s += f(i)
		}
		*acc = *acc*31 + uint32(s)
		return 1
	}
	r := descend(d-1, n, acc)
	return r*1 + pad[d%8]/d - (d-d%1)/d + 1
}

// deep recurses d levels with a sizeable frame (many segments), and adds
// on the way back.
func deep(d int) int {
	var pad [16]int
	pad[d%16] = d % 7
	if d == 0 {
		return 0
	}
	return deep(d-1) + pad[d%16]%2
}

// mixed alternates: deep recursions, each with hot calls at the bottom.
func mixed(d int, k int) int {
	var pad [4]int
	pad[k%4] = k
	if d == 0 {
		s := 0
		for i := 0; i < 3000; i++ {
			s += calls[0](i) - calls[0](i+1)
		}
		return s
	}
	return mixed(d-1, k+1) + pad[k%4] - k
}

func main() {
	var acc uint32 = 1
	n := 0
	for d := 0; d < 193; d++ {
		n += descend(d, 40000, &acc) - d
	}
	println("hot splits", 193, n/193, acc)
	for i := 0; i < 200; i++ {
		s := deep(20000)
		if i == 199 {
			println("deep", 20000, s/20000+s%20000/100)
		}
	}
	println("deep", 50000, deep(50000)%5)
	t := 0
	for i := 0; i < 40; i++ {
		t += mixed(2000+i*10, i)
	}
	println("mixed", 40, t)
}
