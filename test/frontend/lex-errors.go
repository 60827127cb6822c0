// RUN: not %gort build -emit=tokens -o /dev/null %s 2>&1 | FileCheck %s
// Lexical errors are reported in gc's words at gc's positions, and scanning
// goes on after each.
package main

// CHECK: lex-errors.go:[[@LINE+1]]:13: error: unknown escape
var a = "ab\q"
// CHECK: lex-errors.go:[[@LINE+1]]:9: error: more than one character in rune literal
var b = 'ab'
// CHECK: lex-errors.go:[[@LINE+1]]:10: error: empty rune literal or unescaped '{{$}}
var c = ''
// CHECK: lex-errors.go:[[@LINE+1]]:12: error: invalid digit '8' in octal literal
var d = 0178
// CHECK: lex-errors.go:[[@LINE+1]]:11: error: hexadecimal literal has no digits
var e = 0x
// CHECK: lex-errors.go:[[@LINE+1]]:12: error: exponent has no digits
var f = 1e+
// CHECK: lex-errors.go:[[@LINE+1]]:9: error: invalid character U+0040 '@'
var g = @
// CHECK: lex-errors.go:[[@LINE+1]]:13: error: newline in string
var h = "abc
// CHECK: lex-errors.go:[[@LINE+1]]:11: error: '_' must separate successive digits
var i = 1__0
// CHECK: lex-errors.go:[[@LINE+1]]:10: error: escape is invalid Unicode code point U+D800
var j = "\uD800"
