// RUN: %gort build -emit=llvm -O0 -g0 -o - %s | FileCheck %s
// Go's integer semantics in IR: division checks for zero before dividing and
// never divides by -1 (x86's idiv traps on MinInt / -1); shifts test the
// count against the width; a signed count is checked for being negative.
package main

func quo(a, b int64) int64 { return a / b }

// CHECK-LABEL: define i64 @main.quo(
// CHECK: icmp eq i64 %{{.*}}, 0
// CHECK: call void @runtime.panicdivide()
// CHECK-NEXT: unreachable
// CHECK: icmp eq i64 %{{.*}}, -1
// CHECK: select i1 %{{.*}}, i64 1,
// CHECK: sdiv i64

func rem(a, b uint8) uint8 { return a % b }

// CHECK-LABEL: define i8 @main.rem(
// CHECK: call void @runtime.panicdivide()
// CHECK: urem i8

func shl(x int32, n int) int32 { return x << n }

// CHECK-LABEL: define i32 @main.shl(
// CHECK: icmp slt i64 %{{.*}}, 0
// CHECK: call void @runtime.panicshift()
// CHECK: icmp uge i64 %{{.*}}, 32
// CHECK: shl i32

func sar(x int16, n uint) int16 { return x >> n }

// CHECK-LABEL: define i16 @main.sar(
// CHECK-NOT: panicshift
// CHECK: icmp uge i64 %{{.*}}, 16
// CHECK: select i1 %{{.*}}, i16 15,
// CHECK: ashr i16

func main() {}
