// RUN: not %gort build -emit=ast -o /dev/null %s 2>&1 | FileCheck %s
// CHECK: parse-error-package.go:[[@LINE+1]]:1: error: syntax error: package statement must be first
func main() {}
