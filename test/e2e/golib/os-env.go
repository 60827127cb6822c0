// Package os from golib: the environment. Getenv and LookupEnv of a set,
// an empty and an unset variable, Environ, Setenv (a new variable, a
// changed one, invalid names and values), Unsetenv, Clearenv; TempDir
// from $TMPDIR, then without it.
// Expected output: Go 1.19 (`go build`, run in the same environment).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: env GORT_FOO=bar GORT_EMPTY= GORT_EQ==x=y TMPDIR=/some/tmp timeout 60 %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: env GORT_FOO=bar GORT_EMPTY= GORT_EQ==x=y TMPDIR=/some/tmp timeout 60 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// gortVars is the GORT_ entries of Environ, sorted (qemu-user passes the
// environment in another order).
func gortVars() []string {
	var vs []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GORT_") {
			vs = append(vs, kv)
		}
	}
	sort.Strings(vs)
	return vs
}

func lookup(key string) {
	v, ok := os.LookupEnv(key)
	fmt.Printf("%s: %q %v %q\n", key, v, ok, os.Getenv(key))
}

func main() {
	for _, k := range []string{"GORT_FOO", "GORT_EMPTY", "GORT_EQ", "GORT_UNSET", ""} {
		lookup(k)
	}
	fmt.Println(gortVars())
	fmt.Println(os.TempDir())
	fmt.Println(os.Setenv("GORT_NEW", "new value"), os.Setenv("GORT_FOO", "baz"))
	lookup("GORT_NEW")
	lookup("GORT_FOO")
	fmt.Println(gortVars())
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	err := os.Setenv("GORT_NUL", "a\x00b")
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(os.Unsetenv("GORT_FOO"), os.Unsetenv("GORT_NEVER"))
	lookup("GORT_FOO")
	fmt.Println(gortVars())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GORT_EQ") == "")
}

// CHECK: GORT_FOO: "bar" true "bar"
// CHECK-NEXT: GORT_EMPTY: "" true ""
// CHECK-NEXT: GORT_EQ: "=x=y" true "=x=y"
// CHECK-NEXT: GORT_UNSET: "" false ""
// CHECK-NEXT: : "" false ""
// CHECK-NEXT: [GORT_EMPTY= GORT_EQ==x=y GORT_FOO=bar]
// CHECK-NEXT: /some/tmp
// CHECK-NEXT: <nil> <nil>
// CHECK-NEXT: GORT_NEW: "new value" true "new value"
// CHECK-NEXT: GORT_FOO: "baz" true "baz"
// CHECK-NEXT: [GORT_EMPTY= GORT_EQ==x=y GORT_FOO=baz GORT_NEW=new value]
// CHECK-NEXT: setenv: invalid argument
// CHECK-NEXT: setenv: invalid argument
// CHECK-NEXT: setenv: invalid argument *os.SyscallError
// CHECK-NEXT: <nil> <nil>
// CHECK-NEXT: GORT_FOO: "" false ""
// CHECK-NEXT: [GORT_EMPTY= GORT_EQ==x=y GORT_NEW=new value]
// CHECK-NEXT: /tmp
// CHECK-NEXT: 0 true
