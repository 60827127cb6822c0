// RUN: not %gort build -emit=tokens -o /dev/null %s 2>&1 | FileCheck %s
package main

// CHECK: lex-raw-unterminated.go:[[@LINE+1]]:9: error: string not terminated
var x = `raw string
never closed
