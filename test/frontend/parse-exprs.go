// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Operator precedence and associativity, unary operators, and primary
// expression suffixes.
package main

var (
	a = 1 + 2*3 - 4
	b = x || y && !z
	c = p == q || r < s
	d = -x ^ +y &^ *z << 2
	e = <-ch
	f = &v.f[i]
	g = x.(T)
	h = s[1:], s[:2], s[1:2:3]
	i = f(a, b...)
	j = []byte("x")
	k = (*T)(nil)
	l = <-chan int(nil)
)

// CHECK: (file main @4:1
// CHECK-NEXT:   (var group @6:1
// CHECK-NEXT:     (valuespec a @7:2
// CHECK-NEXT:       (binary - @7:14
// CHECK-NEXT:         (binary + @7:8
// CHECK-NEXT:           (int 1 @7:6)
// CHECK-NEXT:           (binary * @7:11
// CHECK-NEXT:             (int 2 @7:10)
// CHECK-NEXT:             (int 3 @7:12)))
// CHECK-NEXT:         (int 4 @7:16)))
// CHECK-NEXT:     (valuespec b @8:2
// CHECK-NEXT:       (binary || @8:8
// CHECK-NEXT:         (ident x @8:6)
// CHECK-NEXT:         (binary && @8:13
// CHECK-NEXT:           (ident y @8:11)
// CHECK-NEXT:           (unary ! @8:16
// CHECK-NEXT:             (ident z @8:17)))))
// CHECK-NEXT:     (valuespec c @9:2
// CHECK-NEXT:       (binary || @9:13
// CHECK-NEXT:         (binary == @9:8
// CHECK-NEXT:           (ident p @9:6)
// CHECK-NEXT:           (ident q @9:11))
// CHECK-NEXT:         (binary < @9:18
// CHECK-NEXT:           (ident r @9:16)
// CHECK-NEXT:           (ident s @9:20))))
// CHECK-NEXT:     (valuespec d @10:2
// CHECK-NEXT:       (binary ^ @10:9
// CHECK-NEXT:         (unary - @10:6
// CHECK-NEXT:           (ident x @10:7))
// CHECK-NEXT:         (binary << @10:20
// CHECK-NEXT:           (binary &^ @10:14
// CHECK-NEXT:             (unary + @10:11
// CHECK-NEXT:               (ident y @10:12))
// CHECK-NEXT:             (star @10:17
// CHECK-NEXT:               (ident z @10:18)))
// CHECK-NEXT:           (int 2 @10:23))))
// CHECK-NEXT:     (valuespec e @11:2
// CHECK-NEXT:       (unary <- @11:6
// CHECK-NEXT:         (ident ch @11:8)))
// CHECK-NEXT:     (valuespec f @12:2
// CHECK-NEXT:       (unary & @12:6
// CHECK-NEXT:         (index @12:10
// CHECK-NEXT:           (selector f @12:8
// CHECK-NEXT:             (ident v @12:7))
// CHECK-NEXT:           (ident i @12:11))))
// CHECK-NEXT:     (valuespec g @13:2
// CHECK-NEXT:       (typeassert @13:7
// CHECK-NEXT:         (ident x @13:6)
// CHECK-NEXT:         (ident T @13:9)))
// CHECK-NEXT:     (valuespec h @14:2
// CHECK-NEXT:       (slice @14:7
// CHECK-NEXT:         (ident s @14:6)
// CHECK-NEXT:         lo: (int 1 @14:8))
// CHECK-NEXT:       (slice @14:14
// CHECK-NEXT:         (ident s @14:13)
// CHECK-NEXT:         hi: (int 2 @14:16))
// CHECK-NEXT:       (slice 3 @14:21
// CHECK-NEXT:         (ident s @14:20)
// CHECK-NEXT:         lo: (int 1 @14:22)
// CHECK-NEXT:         hi: (int 2 @14:24)
// CHECK-NEXT:         max: (int 3 @14:26)))
// CHECK-NEXT:     (valuespec i @15:2
// CHECK-NEXT:       (call ... @15:7
// CHECK-NEXT:         (ident f @15:6)
// CHECK-NEXT:         (ident a @15:8)
// CHECK-NEXT:         (ident b @15:11)))
// CHECK-NEXT:     (valuespec j @16:2
// CHECK-NEXT:       (call @16:12
// CHECK-NEXT:         (slicetype @16:6
// CHECK-NEXT:           (ident byte @16:8))
// CHECK-NEXT:         (string "x" @16:13)))
// CHECK-NEXT:     (valuespec k @17:2
// CHECK-NEXT:       (call @17:10
// CHECK-NEXT:         (paren @17:6
// CHECK-NEXT:           (star @17:7
// CHECK-NEXT:             (ident T @17:8)))
// CHECK-NEXT:         (ident nil @17:11)))
// CHECK-NEXT:     (valuespec l @18:2
// CHECK-NEXT:       (unary <- @18:6
// CHECK-NEXT:         (call @18:16
// CHECK-NEXT:           (chantype chan @18:8
// CHECK-NEXT:             (ident int @18:13))
// CHECK-NEXT:           (ident nil @18:17))))))
