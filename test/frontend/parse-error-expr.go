// RUN: not %gort build -emit=ast -o /dev/null %s 2>&1 | FileCheck %s
// Syntax errors read like gc's. After an error the parser resynchronizes
// as gc does; each error below sits in its own function so that recovery
// from one cannot hide the next.
package main

func f1() {
	// CHECK: parse-error-expr.go:[[@LINE+1]]:14: error: syntax error: unexpected semicolon, expecting expression
	var x int = ;
}

func f2() {
	// CHECK: parse-error-expr.go:[[@LINE+1]]:4: error: syntax error: unexpected b at end of statement
	a b
}

func f3() {
	// CHECK: parse-error-expr.go:[[@LINE+1]]:10: error: syntax error: unexpected newline in argument list; possibly missing comma or )
	foo(1, 2
}

func f4() {
	// CHECK: parse-error-expr.go:[[@LINE+1]]:6: error: syntax error: unexpected ++, expecting := or = or comma
	x, y++ = 2
}

func f5() {
	x = 1 +
// CHECK: parse-error-expr.go:[[@LINE+1]]:1: error: syntax error: unexpected }, expecting expression
}

func f6() {
	// CHECK: parse-error-expr.go:[[@LINE+1]]:10: error: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }
	_ = T{1 2}
}
