// RUN: not %gort build -emit=tokens -o /dev/null %s 2>&1 | FileCheck %s
package main

// CHECK: lex-unterminated.go:[[@LINE+1]]:14: error: octal escape value 256 > 255
var a = "\400"
// CHECK: lex-unterminated.go:[[@LINE+1]]:9: error: invalid UTF-8 encoding
var b = ÿ
// CHECK: lex-unterminated.go:[[@LINE+1]]:11: error: newline in rune literal
var c = 'a
// CHECK: lex-unterminated.go:[[@LINE+1]]:7: error: comment not terminated
var d /* never closed
