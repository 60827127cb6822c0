// RUN: not %gort build -emit=ast -o /dev/null %s 2>&1 | FileCheck %s
package main

import "fmt"

// CHECK: parse-error-toplevel.go:[[@LINE+1]]:1: error: syntax error: non-declaration statement outside function body
x := 1

// CHECK: parse-error-toplevel.go:[[@LINE+1]]:1: error: syntax error: imports must appear before other declarations
import "os"

// CHECK: parse-error-toplevel.go:[[@LINE+1]]:15: error: syntax error: mixed named and unnamed parameters
func f(a int, string) {}

func g()
// CHECK: parse-error-toplevel.go:[[@LINE+1]]:1: error: syntax error: unexpected semicolon or newline before {
{
}

// CHECK: parse-error-toplevel.go:[[@LINE+1]]:15: error: method has multiple receivers
func (a, b T) m() {}

// CHECK: parse-error-toplevel.go:[[@LINE+2]]:1: error: syntax error: unexpected EOF, expecting }
func h() {
