// RUN: %gort build -emit=tokens -o - %s | FileCheck %s
// Go's automatic semicolon rule: a newline after an identifier, a literal,
// break/continue/fallthrough/return, ++ -- ) ] } ends the statement.
package main
func f() int {
	x++
	x--
	a[i]
	g()
	return 1
	x = y +
		z // comment after a token
	/* a block
	comment */
	for { break }
	s := "s" /* one-line block comment */ ; t
}

// CHECK: 4:1 'package'
// CHECK-NEXT: 4:9 ident "main"
// CHECK-NEXT: 4:13 ';' (auto)
// CHECK-NEXT: 5:1 'func'
// CHECK-NEXT: 5:6 ident "f"
// CHECK-NEXT: 5:7 '('
// CHECK-NEXT: 5:8 ')'
// CHECK-NEXT: 5:10 ident "int"
// CHECK-NEXT: 5:14 '{'
// CHECK-NEXT: 6:2 ident "x"
// CHECK-NEXT: 6:3 '++'
// CHECK-NEXT: 6:5 ';' (auto)
// CHECK-NEXT: 7:2 ident "x"
// CHECK-NEXT: 7:3 '--'
// CHECK-NEXT: 7:5 ';' (auto)
// CHECK-NEXT: 8:2 ident "a"
// CHECK-NEXT: 8:3 '['
// CHECK-NEXT: 8:4 ident "i"
// CHECK-NEXT: 8:5 ']'
// CHECK-NEXT: 8:6 ';' (auto)
// CHECK-NEXT: 9:2 ident "g"
// CHECK-NEXT: 9:3 '('
// CHECK-NEXT: 9:4 ')'
// CHECK-NEXT: 9:5 ';' (auto)
// CHECK-NEXT: 10:2 'return'
// CHECK-NEXT: 10:9 int 1
// CHECK-NEXT: 10:10 ';' (auto)
// CHECK-NEXT: 11:2 ident "x"
// CHECK-NEXT: 11:4 '='
// CHECK-NEXT: 11:6 ident "y"
// CHECK-NEXT: 11:8 '+'
// CHECK-NEXT: 12:3 ident "z"
// CHECK-NEXT: 12:29 ';' (auto)
// CHECK-NEXT: 15:2 'for'
// CHECK-NEXT: 15:6 '{'
// CHECK-NEXT: 15:8 'break'
// CHECK-NEXT: 15:14 '}'
// CHECK-NEXT: 15:15 ';' (auto)
// CHECK-NEXT: 16:2 ident "s"
// CHECK-NEXT: 16:4 ':='
// CHECK-NEXT: 16:7 string "s"
// CHECK-NEXT: 16:40 ';'
// CHECK-NEXT: 16:42 ident "t"
// CHECK-NEXT: 16:43 ';' (auto)
// CHECK-NEXT: 17:1 '}'
// CHECK-NEXT: 17:2 ';' (auto)
// CHECK-NEXT: {{[0-9]+:[0-9]+}} EOF
