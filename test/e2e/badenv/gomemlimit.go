// $GOMEMLIMIT as Go 1.19 reads it (readGOMEMLIMIT, parseByteCount): unset,
// empty, "off", or decimal digits with an optional B, KiB, MiB, GiB or TiB
// that fit an int64 run the program; anything else ends it before main
// with Go's fatal error and status 2. gort has no soft memory limit: a
// valid value changes nothing (docs/PORTING.md). Go's quirks too: "-0"
// and "-KiB" (atoi64 takes "-" as 0) are valid.
// Expected output: Go 1.19 (`go run`, with each environment below).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: env -u GOMEMLIMIT %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="unset"
// RUN: env "GOMEMLIMIT=" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE=""
// RUN: env "GOMEMLIMIT=off" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="off"
// RUN: env "GOMEMLIMIT=0" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="0"
// RUN: env "GOMEMLIMIT=1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="1"
// RUN: env "GOMEMLIMIT=-0" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="-0"
// RUN: env "GOMEMLIMIT=1B" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="1B"
// RUN: env "GOMEMLIMIT=1KiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="1KiB"
// RUN: env "GOMEMLIMIT=1MiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="1MiB"
// RUN: env "GOMEMLIMIT=8TiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="8TiB"
// RUN: env "GOMEMLIMIT=8388607TiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="8388607TiB"
// RUN: env "GOMEMLIMIT=9223372036854775807" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="9223372036854775807"
// RUN: env "GOMEMLIMIT=-KiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=OK -DVALUE="-KiB"
// RUN: env "GOMEMLIMIT=abc" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="abc"
// RUN: env "GOMEMLIMIT=OFF" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="OFF"
// RUN: env "GOMEMLIMIT=-1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="-1"
// RUN: env "GOMEMLIMIT=1kiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="1kiB"
// RUN: env "GOMEMLIMIT=1KB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="1KB"
// RUN: env "GOMEMLIMIT=1K" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="1K"
// RUN: env "GOMEMLIMIT=iB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="iB"
// RUN: env "GOMEMLIMIT=8388608TiB" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="8388608TiB"
// RUN: env "GOMEMLIMIT=9223372036854775808" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="9223372036854775808"
// RUN: env "GOMEMLIMIT= 1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE=" 1"
// RUN: env "GOMEMLIMIT=+1" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="+1"
// RUN: env "GOMEMLIMIT=1e3" %exitcode %run %t 2>&1 | FileCheck %s --check-prefix=BAD -DVALUE="1e3"
package main

func main() {
	println("hello")
}

// OK: hello
// OK-NEXT: exit status 0
// BAD: GOMEMLIMIT=[[VALUE]]
// BAD-NEXT: fatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`
// BAD-EMPTY:
// BAD-NEXT: runtime stack:
// BAD-NOT: hello
// BAD: exit status 2
