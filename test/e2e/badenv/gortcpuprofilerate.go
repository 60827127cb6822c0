// gort's own $GORTCPUPROFILERATE (docs/PROFILING.md), read only with
// $GORTCPUPROFILE set: empty or unset is 100 Hz; a positive int32, as
// atoi32 reads it, is the rate; anything else (0, negative, garbage, '+',
// a space, too big) is treated as Go 1.19 treats a malformed $GOMEMLIMIT:
// the setting, then a fatal error before main and status 2. An empty
// $GORTCPUPROFILE profiles nothing.
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env GORTCPUPROFILE=%t.prof GORTCPUPROFILERATE= %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK
// RUN: env GORTCPUPROFILE=%t.prof GORTCPUPROFILERATE=1000 %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK
// RUN: env GORTCPUPROFILE= GORTCPUPROFILERATE=abc %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK
// RUN: env -u GORTCPUPROFILE GORTCPUPROFILERATE=abc %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=abc" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="abc"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=0" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="0"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=-5" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="-5"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=+100" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="+100"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE= 100" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE=" 100"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=100x" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="100x"
// RUN: env GORTCPUPROFILE=%t.prof "GORTCPUPROFILERATE=99999999999" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="99999999999"
package main

func main() {
	println("hello")
}

// OK: hello
// OK-NEXT: exit status 0
// BAD: GORTCPUPROFILERATE=[[VALUE]]
// BAD-NEXT: fatal error: malformed GORTCPUPROFILERATE; want a positive number of samples a second
// BAD-EMPTY:
// BAD-NEXT: runtime stack:
// BAD-NOT: hello
// BAD: exit status 2
