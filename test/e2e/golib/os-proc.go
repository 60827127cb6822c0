// Package os from golib: os.Args, standard output and standard error
// apart (fmt.Fprint* to os.Stdout and os.Stderr, os.Stderr.WriteString,
// println's standard error), and os.Exit from a goroutine with the code
// the command line gives: no deferred call runs, and main's blocked
// receive never returns.
// Expected output: Go 1.19 (`go build`, run the same way).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode timeout 60 %run %t.O0 7 "two words" "" > %t.O0.out 2> %t.O0.err
// RUN: FileCheck %s --check-prefix=OUT < %t.O0.out
// RUN: FileCheck %s --check-prefix=ERR < %t.O0.err
// RUN: %exitcode timeout 60 %run %t.O0 0 > %t.O0.out 2> %t.O0.err
// RUN: FileCheck %s --check-prefix=ZERO < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode timeout 60 %run %t.O2 7 "two words" "" > %t.O2.out 2> %t.O2.err
// RUN: FileCheck %s --check-prefix=OUT < %t.O2.out
// RUN: FileCheck %s --check-prefix=ERR < %t.O2.err
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i+1, a)
	}
	fmt.Fprintln(os.Stdout, "to stdout")
	n, err := fmt.Fprintf(os.Stderr, "to stderr %d\n", 1)
	fmt.Println(n, err)
	os.Stderr.WriteString("to stderr 2\n")
	println("println: stderr")
	fmt.Print("no newline, ")
	fmt.Println("then one")
	code, _ := strconv.Atoi(os.Args[1])
	block := make(chan int)
	go func() {
		defer fmt.Println("goroutine's deferred: not printed")
		fmt.Println("exiting with", code)
		os.Exit(code)
	}()
	<-block
}

// OUT: 4 true
// OUT-NEXT: 1 "7"
// OUT-NEXT: 2 "two words"
// OUT-NEXT: 3 ""
// OUT-NEXT: to stdout
// OUT-NEXT: 12 <nil>
// OUT-NEXT: no newline, then one
// OUT-NEXT: exiting with 7
// OUT-NEXT: exit status 7

// ERR: to stderr 1
// ERR-NEXT: to stderr 2
// ERR-NEXT: println: stderr

// ZERO: 2 true
// ZERO-NEXT: 1 "0"
// ZERO-NEXT: to stdout
// ZERO-NEXT: 12 <nil>
// ZERO-NEXT: no newline, then one
// ZERO-NEXT: exiting with 0
// ZERO-NEXT: exit status 0
