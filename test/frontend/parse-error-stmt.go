// RUN: not %gort build -emit=ast -o /dev/null %s 2>&1 | FileCheck %s
package main

func f1() {
	if x {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:9: error: syntax error: else must be followed by if or statement block
	} else for {
	}
}

func f2() {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:5: error: syntax error: cannot use short variable declaration as value
	if x := 1 {
	}
}

func f3() {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:5: error: syntax error: missing condition in if statement
	if {
	}
}

func f4() {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:8: error: expression in defer must be function call
	defer x
}

func f5() {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:21: error: syntax error: cannot declare in post statement of for loop
	for i := 0; i < 1; j := 1 {
	}
}

func f6() {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:2: error: syntax error: unexpected case, expecting }
	case 1:
}

func f7() {
	switch x {
	// CHECK: parse-error-stmt.go:[[@LINE+1]]:2: error: syntax error: unexpected y, expecting case or default or }
	y:
	}
}
