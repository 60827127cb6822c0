// $GODEBUG as Go 1.19 reads it (parsedebugvars): comma-separated
// name=value fields; a field without '=', an unknown (or upper-case) name
// or a value atoi32 refuses (garbage, '+', a space, digits with more after
// them, a number past int32) changes nothing; the last field of a name
// counts; "-" is 0 and any nonzero int32 (-1 too) is on. Shown with
// asyncpreemptoff: a goroutine spinning without calls is preempted after
// 10ms unless it is on, when (GOMAXPROCS=1) main never runs again and the
// run ends by timeout (exit status 124). gort's own $GORTDEBUG (splitprof)
// is read the same way: its report at exit shows whether it is on.
// Expected output: Go 1.19 (`go run`, with each $GODEBUG below); the
// $GORTDEBUG lines follow the same rules.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GOMAXPROCS=1 "GODEBUG=" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=0" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=-1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=1x" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=+1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff= 1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=1=1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=-" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=99999999999" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=ASYNCPREEMPTOFF=1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=1,asyncpreemptoff=0" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=0,asyncpreemptoff=1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOMAXPROCS=1 "GODEBUG=asyncpreemptoff=1,asyncpreemptoff=x" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOMAXPROCS=1 "GODEBUG=,,=1,asyncpreemptoff,clobberfree=1" %exitcode timeout 2 %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env "GORTDEBUG=splitprof=1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=PROF
// RUN: env "GORTDEBUG=splitprof=-1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=PROF
// RUN: env "GORTDEBUG=splitprof=0" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env "GORTDEBUG=splitprof=1x" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env "GORTDEBUG=splitprof" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env "GORTDEBUG=SPLITPROF=1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=ON
// RUN: env "GORTDEBUG=splitprof=1,splitprof=+0" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=PROF
package main

import "time"

var n int

func spin() {
	for {
		n++
	}
}

func main() {
	go spin()
	time.Sleep(10 * time.Millisecond)
	println("preempted")
}

// ON: preempted
// ON-NEXT: exit status 0
// OFF-NOT: preempted
// OFF: exit status 124
// PROF: preempted
// PROF-NEXT: splitprof: {{[0-9]+}} stack splits
// PROF: exit status 0
