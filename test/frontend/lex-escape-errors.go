// RUN: not %gort build -emit=tokens -o /dev/null %s 2>&1 | FileCheck %s
// Errors in escapes quote the offending character as gc does (Go's %q),
// and an interpreted string cut off by the end of the file is "string not
// terminated". Expected output: Go 1.19 (go tool compile).
package main

// CHECK: lex-escape-errors.go:[[@LINE+1]]:12: error: invalid character 'g' in hexadecimal escape
var a = "\xg0"
// CHECK: lex-escape-errors.go:[[@LINE+1]]:14: error: invalid character '€' in hexadecimal escape
var b = "\u12€"
// CHECK: lex-escape-errors.go:[[@LINE+1]]:12: error: invalid character '\\' in octal escape
var c = "\0\\"
// CHECK: lex-escape-errors.go:[[@LINE+1]]:12: error: invalid character '\t' in octal escape
var d = "\7	"
// CHECK: lex-escape-errors.go:[[@LINE+1]]:13: error: invalid character '"' in hexadecimal escape
var e = "\xa"
// CHECK: lex-escape-errors.go:[[@LINE+1]]:9: error: string not terminated
var f = "abc