// Integer semantics: wrap-around at every width, truncated division and
// remainder (MinInt / -1 does not trap), shifts by counts >= the width,
// conversions, op-assignments. int, uint and uintptr are 64 bits on amd64
// and 32 on 386 and arm: the W64 and W32 lines are what differs.
// Expected output: Go 1.19 (`go run`) for each GOARCH (arm: GOARM=7).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t > %t.out 2>&1
// RUN: FileCheck --check-prefixes=CHECK,%if amd64 %{W64%} %else %{W32%} %s < %t.out
package main

const MinInt64 = -1 << 63

// The width of int: 64 or 32 (^uint(0) >> 63 is 1 only on 64-bit targets).
const intBits = 32 << (^uint(0) >> 63)
const MinInt = -1 << (intBits - 1)
const MaxInt = 1<<(intBits-1) - 1

var sink int

func div(a, b int) (int, int) { return a / b, a % b }

func div8(a, b int8) (int8, int8) { return a / b, a % b }

func divu(a, b uint32) (uint32, uint32) { return a / b, a % b }

func shl(x int32, n uint) int32 { return x << n }
func shr(x int32, n uint) int32 { return x >> n }
func ushr(x uint16, n uint64) uint16 { return x >> n }
func sshl(x int64, n int) int64 { return x << n }

func main() {
	var q, r int
	var q8, r8 int8
	var qu, ru uint32
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c int64 = MinInt64
	println(c, -c, c-1)
	var m uint64 = 1<<64 - 1
	println(m, m+1, m*m)
	var x int32 = 1 << 30
	println(x*4, x*2)
	q, r = div(7, 2)
	println(q, r)
	q, r = div(-7, 2)
	println(q, r)
	q, r = div(7, -2)
	println(q, r)
	q, r = div(-7, -2)
	println(q, r)
	q, r = div(MinInt, -1)
	println(q, r)
	q8, r8 = div8(-128, -1)
	println(q8, r8)
	q8, r8 = div8(-128, 3)
	println(q8, r8)
	qu, ru = divu(4294967295, 10)
	println(qu, ru)
	println(shl(1, 31), shl(1, 32), shl(3, 100))
	println(shr(-8, 1), shr(-8, 31), shr(-8, 32), shr(-8, 1000), shr(8, 40))
	println(ushr(0x8000, 15), ushr(0x8000, 16), ushr(0x8000, 1<<40))
	println(sshl(1, 62), sshl(1, 63), sshl(1, 64))
	var u uint = 10
	var i int = -3
	println(u&^6, i&^1, i|8, i^-1, ^i, ^u, -u)
	println(int8(300+sink), uint8(-1+sink), int16(-40000+sink), uint32(int8(-1+sink)), int64(uint32(1<<32-1)))
	y := 5
	y += 3
	y -= 1
	y *= 6
	y /= 4
	y %= 7
	y <<= 3
	y >>= 1
	y |= 1
	y &= 13
	y ^= 2
	y &^= 4
	println(y)
	var w int = MaxInt
	w++
	var z uintptr = 0
	z--
	println(intBits, w, w-1, ^uint(0), z, uint32(z), int(uint16(z)))
}

// CHECK: -128
// CHECK-NEXT: 255
// CHECK-NEXT: -9223372036854775808 -9223372036854775808 9223372036854775807
// CHECK-NEXT: 18446744073709551615 0 1
// CHECK-NEXT: 0 -2147483648
// CHECK-NEXT: 3 1
// CHECK-NEXT: -3 -1
// CHECK-NEXT: -3 1
// CHECK-NEXT: 3 -1
// W64-NEXT: -9223372036854775808 0
// W32-NEXT: -2147483648 0
// CHECK-NEXT: -128 0
// CHECK-NEXT: -42 -2
// CHECK-NEXT: 429496729 5
// CHECK-NEXT: -2147483648 0 0
// CHECK-NEXT: -4 -1 -1 -1 0
// CHECK-NEXT: 1 0 0
// CHECK-NEXT: 4611686018427387904 -9223372036854775808 0
// W64-NEXT: 8 -4 -3 2 2 18446744073709551605 18446744073709551606
// W32-NEXT: 8 -4 -3 2 2 4294967285 4294967286
// CHECK-NEXT: 44 255 25536 4294967295 4294967295
// CHECK-NEXT: 11
// W64-NEXT: 64 -9223372036854775808 9223372036854775807 18446744073709551615 18446744073709551615 4294967295 65535
// W32-NEXT: 32 -2147483648 2147483647 4294967295 4294967295 4294967295 65535
// CHECK-NOT: {{.}}
