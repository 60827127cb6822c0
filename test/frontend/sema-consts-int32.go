// RUN: %gort build --target=386 -emit=types -o - %s | FileCheck --check-prefixes=CHECK,W32 %s
// RUN: %gort build --target=arm -emit=types -o - %s | FileCheck --check-prefixes=CHECK,W32 %s
// RUN: %gort build --target=amd64 -emit=types -o - %s | FileCheck --check-prefixes=CHECK,W64 %s
// Constants of int, uint and uintptr are folded at the target's width:
// 32 bits on 386 and arm, 64 on amd64.
package main

const maxUint = ^uint(0)
const maxUintptr = ^uintptr(0)
const intBits = 32 << (^uint(0) >> 63)
const minInt = -1 << (intBits - 1)

func main() {
	var i int = minInt
	println(maxUint, maxUintptr, intBits, i)
}

// W32: 8:7 def const maxUint uint = 4294967295
// W64: 8:7 def const maxUint uint = 18446744073709551615
// W32: 9:7 def const maxUintptr uintptr = 4294967295
// W64: 9:7 def const maxUintptr uintptr = 18446744073709551615
// W32: 10:7 def const intBits untyped int = 32
// W64: 10:7 def const intBits untyped int = 64
// W32: 11:7 def const minInt untyped int = -2147483648
// W64: 11:7 def const minInt untyped int = -9223372036854775808
// CHECK: 14:14 const minInt : int =
