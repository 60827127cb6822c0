// runtime.GOMAXPROCS and runtime.NumCPU: GOMAXPROCS defaults to the
// number of cpus the process may use (Go 1.5; the seed's default was 1),
// which NumCPU reports: the affinity mask, so under `taskset -c 0` both are
// 1. A positive decimal $GOMAXPROCS overrides it; an invalid one, 0 or a
// negative one is ignored, as Go 1.19 does. GOMAXPROCS(n) returns the old
// value; n < 1 changes nothing. A huge valid $GOMAXPROCS is taken as it
// is (Go 1.19 allocates a P for each, and runs out of memory on
// 2147483647; gort has no Ps: docs/PORTING.md). The output is booleans
// where it would depend on this machine's cpus. Expected output: Go 1.19 (`go run`, with
// each environment below).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env -u GOMAXPROCS timeout 60 %run %t.O0 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env -u GOMAXPROCS timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env -u GOMAXPROCS taskset -c 0 timeout 60 %run %t.O0 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU,ONE
// RUN: env -u GOMAXPROCS taskset -c 0 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU,ONE
// RUN: env GOMAXPROCS=1 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,ONE
// RUN: env GOMAXPROCS=3 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,THREE
// RUN: env GOMAXPROCS=3 taskset -c 0 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,THREE
// RUN: env GOMAXPROCS=abc timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env GOMAXPROCS=0 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env GOMAXPROCS=-1 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env GOMAXPROCS=2x timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env GOMAXPROCS=+3 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env GOMAXPROCS=99999999999 timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS=" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS= 2" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS=1e3" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS=-" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS=2147483648" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
// RUN: env "GOMAXPROCS=-2147483648" timeout 60 %run %t.O2 2>&1 | FileCheck %s --check-prefixes=CHECK,CPU
package main

import "runtime"

func main() {
	n := runtime.GOMAXPROCS(0)
	println("NumCPU() >= 1:", runtime.NumCPU() >= 1)
	println("GOMAXPROCS(0) == NumCPU():", n == runtime.NumCPU())
	println("GOMAXPROCS(0):", n)
	println("GOMAXPROCS(5) returns it:", runtime.GOMAXPROCS(5) == n)
	println("GOMAXPROCS(-1):", runtime.GOMAXPROCS(-1))
	println("GOMAXPROCS(0):", runtime.GOMAXPROCS(0))
	println("GOMAXPROCS(n) returns 5:", runtime.GOMAXPROCS(n) == 5)
	println("GOMAXPROCS(0) == n:", runtime.GOMAXPROCS(0) == n)
}

// CHECK: NumCPU() >= 1: true
// CPU-NEXT: GOMAXPROCS(0) == NumCPU(): true
// ONE: GOMAXPROCS(0): 1
// THREE: GOMAXPROCS(0): 3
// CHECK: GOMAXPROCS(5) returns it: true
// CHECK-NEXT: GOMAXPROCS(-1): 5
// CHECK-NEXT: GOMAXPROCS(0): 5
// CHECK-NEXT: GOMAXPROCS(n) returns 5: true
// CHECK-NEXT: GOMAXPROCS(0) == n: true
// CHECK-NOT: {{.}}
