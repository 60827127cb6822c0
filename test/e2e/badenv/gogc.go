// $GOGC as Go 1.19 reads it (readGOGC): "off" or a negative int32 turns
// the collector off; any other int32 is the percent (0 too, which
// collects all the time); anything else is 100: empty, garbage, a '+',
// a space, "1e3", a number past int32, digits with more after them (the
// seed's atoi took "1000x" as 1000, "-1" as 0). 20 MB of garbage collects
// at 100 (a 4 MB heap minimum) and not at 1000 (40 MB).
// $GOGCTRACE is gort's (Go 1.0's; Go 1.19 ignores it and has GODEBUG=
// gctrace): a positive int32 as atoi32 reads it traces each collection
// in Go 1.0's words; anything else is 0, no trace (the seed's atoi took
// "1x" as 1).
// Expected output: Go 1.19 (`go run`, with each $GOGC below).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env -u GOGC %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=off" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=OFF" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=abc" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=-1" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=-5" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=-2147483648" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=0" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=1000" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=1000x" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=100x" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=+3" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC= 2" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=1e3" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=2147483647" %run %t 2>&1 | FileCheck %s --check-prefix=NO
// RUN: env "GOGC=2147483648" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env "GOGC=99999999999999999999" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env -u GOGC "GOGCTRACE=1" %run %t 2>&1 | FileCheck %s --check-prefix=TRACE
// RUN: env -u GOGC "GOGCTRACE=2" %run %t 2>&1 | FileCheck %s --check-prefix=TRACE
// RUN: env -u GOGC "GOGCTRACE=-1" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env -u GOGC "GOGCTRACE=abc" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env -u GOGC "GOGCTRACE=1x" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env -u GOGC "GOGCTRACE=+1" %run %t 2>&1 | FileCheck %s --check-prefix=YES
// RUN: env -u GOGC "GOGCTRACE=" %run %t 2>&1 | FileCheck %s --check-prefix=YES
package main

import "runtime"

var sink []byte

func main() {
	var ms runtime.MemStats
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.ReadMemStats(&ms)
	println("collected:", ms.NumGC > 0)
}

// YES-NOT: gc1:
// YES: collected: true
// NO: collected: false
// TRACE: gc1: {{[0-9]+}}+{{[0-9]+}}+{{[0-9]+}} us
