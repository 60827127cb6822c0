// `gort run` builds, runs the program with its arguments and exits with
// its status (os.Exit(3) here).
// REQUIRES: split
// RUN: %exitcode %gort run --target=%target %s a b 2>&1 | FileCheck %s
package main

import "os"

func main() {
	println("exiting")
	os.Exit(3)
	println("not reached")
}

// CHECK: exiting
// CHECK-NEXT: exit status 3
