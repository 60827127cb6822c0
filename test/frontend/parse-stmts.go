// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Simple statements, go/defer, return, labels and branches.
package main

func main() {
	x := 1
	x, y = y, x
	x += 2
	x <<= 1
	x++
	y--
	ch <- x
	<-ch
	go f(x)
	defer func() { recover() }()
	var z int
	const k = 1
	type L []int
L:
	for {
		break L
		continue L
		goto L
	}
	{
	}
	;
	return
}

// CHECK: (file main @3:1
// CHECK-NEXT:   (func main @5:1
// CHECK-NEXT:     (functype @5:1
// CHECK-NEXT:       (params))
// CHECK-NEXT:     (block @5:13
// CHECK-NEXT:       (assign := @6:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident x @6:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (int 1 @6:7)))
// CHECK-NEXT:       (assign = @7:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident x @7:2)
// CHECK-NEXT:           (ident y @7:5))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (ident y @7:9)
// CHECK-NEXT:           (ident x @7:12)))
// CHECK-NEXT:       (assign += @8:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident x @8:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (int 2 @8:7)))
// CHECK-NEXT:       (assign <<= @9:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident x @9:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (int 1 @9:8)))
// CHECK-NEXT:       (incdec ++ @10:2
// CHECK-NEXT:         (ident x @10:2))
// CHECK-NEXT:       (incdec -- @11:2
// CHECK-NEXT:         (ident y @11:2))
// CHECK-NEXT:       (send @12:2
// CHECK-NEXT:         (ident ch @12:2)
// CHECK-NEXT:         (ident x @12:8))
// CHECK-NEXT:       (exprstmt @13:2
// CHECK-NEXT:         (unary <- @13:2
// CHECK-NEXT:           (ident ch @13:4)))
// CHECK-NEXT:       (go @14:2
// CHECK-NEXT:         (call @14:6
// CHECK-NEXT:           (ident f @14:5)
// CHECK-NEXT:           (ident x @14:7)))
// CHECK-NEXT:       (defer @15:2
// CHECK-NEXT:         (call @15:28
// CHECK-NEXT:           (funclit @15:8
// CHECK-NEXT:             (functype @15:8
// CHECK-NEXT:               (params))
// CHECK-NEXT:             (block @15:15
// CHECK-NEXT:               (exprstmt @15:17
// CHECK-NEXT:                 (call @15:24
// CHECK-NEXT:                   (ident recover @15:17)))))))
// CHECK-NEXT:       (declstmt @16:2
// CHECK-NEXT:         (var @16:2
// CHECK-NEXT:           (valuespec z @16:6
// CHECK-NEXT:             type: (ident int @16:8))))
// CHECK-NEXT:       (declstmt @17:2
// CHECK-NEXT:         (const @17:2
// CHECK-NEXT:           (valuespec k @17:8
// CHECK-NEXT:             (int 1 @17:12))))
// CHECK-NEXT:       (declstmt @18:2
// CHECK-NEXT:         (type @18:2
// CHECK-NEXT:           (typespec L @18:7
// CHECK-NEXT:             (slicetype @18:9
// CHECK-NEXT:               (ident int @18:11)))))
// CHECK-NEXT:       (labeled L @19:1
// CHECK-NEXT:         (for @20:2
// CHECK-NEXT:           (block @20:6
// CHECK-NEXT:             (branch break L @21:3)
// CHECK-NEXT:             (branch continue L @22:3)
// CHECK-NEXT:             (branch goto L @23:3))))
// CHECK-NEXT:       (block @25:2)
// CHECK-NEXT:       (empty @27:2)
// CHECK-NEXT:       (return @28:2))))
