// Conversions: every integer width to float32 and float64 (rounded to
// nearest even), floats to integers (truncated toward zero), float32 <->
// float64, constant conversions (exact, then rounded once), and untyped
// float constants with integer values as integers (also 1.0 << s).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

var sink float64

func id(f float64) float64 { sink = f; return f }

func main() {
	// int -> float, every width, signed and unsigned.
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	var i int = -7
	var u uint = 7
	println(float64(i8), float64(u8), float64(i16), float64(u16))
	println(float64(i32), float64(u32), float64(i64), float64(u64))
	println(float32(i32), float32(u32), float32(i64), float32(u64), float64(i), float32(u))
	// Rounding of int64 -> float64 and -> float32 (to nearest even).
	var a int64 = 1<<53 + 1
	var b int64 = 1<<24 + 1
	var c uint64 = 1<<63 + 1<<10
	println(int64(float64(a)), int64(float32(b)), uint64(float64(c)))
	// float -> int truncates toward zero.
	f := id(-2.75)
	g := id(2.75)
	println(int(f), int(g), int8(f), int16(g), int32(f), int64(g))
	println(uint(g), uint8(g), uint16(g), uint32(g), uint64(g), uintptr(g))
	big := id(4e9)
	println(uint32(big), int64(big), uint64(big), int64(id(-9.2e18)), uint64(id(1.8e19)))
	// float32 <-> float64.
	d := id(0.1)
	s := float32(d)
	println(s, float64(s) == d, float64(s), float32(float64(s)) == s)
	println(float32(id(1e39)), float32(id(-1e39)), float32(id(1e-46)), float32(id(3.4028235e38)))
	// Conversions of constants are exact, then rounded once.
	const k = 1<<62 + 1
	println(float64(k) == 1<<62, float32(k) == 1<<62, int64(float32(1<<62)))
	var h uint64 = 1<<64 - 1
	println(float32(h) == 1<<64, float64(h) == 1<<64)
	// Integer-valued untyped floats convert to integers.
	var n int = 1e9
	var m uint8 = 2.55e2
	var r rune = 'a' + 1.0
	println(n, m, r, 10/4.0*2, 1.0<<3)
	// 1.0 << s takes the type of its context: here an integer type.
	sh := uint(3)
	var si int = 1.0 << sh
	var sj int64 = 2.0<<sh + 1
	println(si, sj, int64(1.0<<sh))
}

// CHECK: -1.280000e+002 +2.550000e+002 -3.276800e+004 +6.553500e+004{{$}}
// CHECK-NEXT: -2.147484e+009 +4.294967e+009 -9.223372e+018 +1.844674e+019{{$}}
// CHECK-NEXT: -2.147484e+009 +4.294967e+009 -9.223372e+018 +1.844674e+019 -7.000000e+000 +7.000000e+000{{$}}
// CHECK-NEXT: 9007199254740992 16777216 9223372036854775808{{$}}
// CHECK-NEXT: -2 2 -2 2 -2 2{{$}}
// CHECK-NEXT: 2 2 2 2 2 2{{$}}
// CHECK-NEXT: 4000000000 4000000000 4000000000 -9200000000000000000 18000000000000000000{{$}}
// CHECK-NEXT: +1.000000e-001 false +1.000000e-001 true{{$}}
// CHECK-NEXT: +Inf -Inf +0.000000e+000 +3.402823e+038{{$}}
// CHECK-NEXT: true true 4611686018427387904{{$}}
// CHECK-NEXT: true true{{$}}
// CHECK-NEXT: 1000000000 255 98 +5.000000e+000 8{{$}}
// CHECK-NEXT: 8 17 8{{$}}
