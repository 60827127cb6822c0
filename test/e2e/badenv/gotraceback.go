// $GOTRACEBACK as Go 1.19 reads it (setTraceback): the five names, exactly
// ("" and unset are single); anything else is a number of goroutines' worth
// of detail with every goroutine shown: a level that atoi takes and that
// fits a uint32 (shifted left by 2, so 2^30 is level 0 again and 2^32-1 is
// level 2^30-1, which shows the runtime's frames), or else level 0, no
// traceback at all: garbage, a '+', a space, a negative number, an upper-
// case name. On 386 and arm Go's int is 32 bits: 3000000000 and 4294967295
// do not fit it and are level 0 there, while a negative int, converted to
// uint32 and back, is itself: -1 is level 2^30-1 there (-2^31 is 0).
// Expected output: Go 1.19 (`go run`, and its arm build under qemu-arm).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env -u GOTRACEBACK GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SINGLE
// RUN: env "GOTRACEBACK=" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SINGLE
// RUN: env "GOTRACEBACK=single" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SINGLE
// RUN: env "GOTRACEBACK=abc" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=NONE" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=0" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=+2" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK= 2" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=1e3" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=1073741824" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=4294967296" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=99999999999999999999" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=1" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=ALL
// RUN: env "GOTRACEBACK=1073741825" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=ALL
// RUN: env "GOTRACEBACK=2" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=SYSTEM
// RUN: env "GOTRACEBACK=4294967295" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=%if amd64 %{SYSTEM%} %else %{NONE%}
// RUN: env "GOTRACEBACK=-1" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=%if amd64 %{NONE%} %else %{SYSTEM%}
// RUN: env "GOTRACEBACK=-2147483648" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NONE
// RUN: env "GOTRACEBACK=3000000000" GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s -DFILE=%s --check-prefix=%if amd64 %{SYSTEM%} %else %{NONE%}
package main

func wait(started chan int) {
	started <- 1
	select {}
}

func main() {
	started := make(chan int)
	go wait(started)
	<-started
	panic("boom")
}

// NONE: panic: boom
// NONE-NEXT: exit status 2

// SINGLE: panic: boom
// SINGLE-EMPTY:
// SINGLE-NEXT: goroutine 1 [running]:
// SINGLE-NEXT: main.main()
// SINGLE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// SINGLE-NEXT: exit status 2

// ALL: panic: boom
// ALL-EMPTY:
// ALL-NEXT: goroutine 1 [running]:
// ALL-NEXT: main.main()
// ALL-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// ALL-EMPTY:
// ALL-NEXT: goroutine {{[0-9]+}} [select (no cases)]:
// ALL-NEXT: main.wait(
// ALL-NOT: fp=
// ALL: exit status 2

// SYSTEM: panic: boom
// SYSTEM-EMPTY:
// SYSTEM-NEXT: goroutine 1 [running]:
// SYSTEM: main.main()
// SYSTEM-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}} fp=0x{{[0-9a-f]+}} sp=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+$}}
// SYSTEM: goroutine {{[0-9]+}} [select (no cases)]:
// SYSTEM: exit status 2
