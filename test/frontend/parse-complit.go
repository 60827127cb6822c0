// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Composite literals, elided element types, keys (at their colon, as gc),
// and the rule that in a control clause T{ opens the block unless T is a
// type literal or the literal is parenthesized.
package main

func main() {
	_ = T{1, 2}
	_ = [...]int{1, 2}
	_ = map[string]P{"a": {1, 2}, "b": {X: 3}}
	_ = &T{x: 1}
	_ = []*P{{1}, &P{2}}
	_ = struct{ x int }{1}
	if x == (T{}) {
	}
	for _, v := range []int{1} {
	}
	if v {
	}
}

// CHECK: (file main @5:1
// CHECK-NEXT:   (func main @7:1
// CHECK-NEXT:     (functype @7:1
// CHECK-NEXT:       (params))
// CHECK-NEXT:     (block @7:13
// CHECK-NEXT:       (assign = @8:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @8:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (complit @8:7
// CHECK-NEXT:             type: (ident T @8:6)
// CHECK-NEXT:             (int 1 @8:8)
// CHECK-NEXT:             (int 2 @8:11))))
// CHECK-NEXT:       (assign = @9:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @9:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (complit @9:14
// CHECK-NEXT:             type: (arraytype @9:6
// CHECK-NEXT:               len: (ellipsis @9:7)
// CHECK-NEXT:               (ident int @9:11))
// CHECK-NEXT:             (int 1 @9:15)
// CHECK-NEXT:             (int 2 @9:18))))
// CHECK-NEXT:       (assign = @10:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @10:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (complit @10:18
// CHECK-NEXT:             type: (maptype @10:6
// CHECK-NEXT:               (ident string @10:10)
// CHECK-NEXT:               (ident P @10:17))
// CHECK-NEXT:             (keyvalue @10:22
// CHECK-NEXT:               (string "a" @10:19)
// CHECK-NEXT:               (complit @10:24
// CHECK-NEXT:                 (int 1 @10:25)
// CHECK-NEXT:                 (int 2 @10:28)))
// CHECK-NEXT:             (keyvalue @10:35
// CHECK-NEXT:               (string "b" @10:32)
// CHECK-NEXT:               (complit @10:37
// CHECK-NEXT:                 (keyvalue @10:39
// CHECK-NEXT:                   (ident X @10:38)
// CHECK-NEXT:                   (int 3 @10:41)))))))
// CHECK-NEXT:       (assign = @11:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @11:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (unary & @11:6
// CHECK-NEXT:             (complit @11:8
// CHECK-NEXT:               type: (ident T @11:7)
// CHECK-NEXT:               (keyvalue @11:10
// CHECK-NEXT:                 (ident x @11:9)
// CHECK-NEXT:                 (int 1 @11:12))))))
// CHECK-NEXT:       (assign = @12:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @12:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (complit @12:10
// CHECK-NEXT:             type: (slicetype @12:6
// CHECK-NEXT:               (star @12:8
// CHECK-NEXT:                 (ident P @12:9)))
// CHECK-NEXT:             (complit @12:11
// CHECK-NEXT:               (int 1 @12:12))
// CHECK-NEXT:             (unary & @12:16
// CHECK-NEXT:               (complit @12:18
// CHECK-NEXT:                 type: (ident P @12:17)
// CHECK-NEXT:                 (int 2 @12:19))))))
// CHECK-NEXT:       (assign = @13:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident _ @13:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (complit @13:21
// CHECK-NEXT:             type: (structtype @13:6
// CHECK-NEXT:               (field x @13:14
// CHECK-NEXT:                 (ident int @13:16)))
// CHECK-NEXT:             (int 1 @13:22))))
// CHECK-NEXT:       (if @14:2
// CHECK-NEXT:         cond: (binary == @14:7
// CHECK-NEXT:           (ident x @14:5)
// CHECK-NEXT:           (paren @14:10
// CHECK-NEXT:             (complit @14:12
// CHECK-NEXT:               type: (ident T @14:11))))
// CHECK-NEXT:         (block @14:16))
// CHECK-NEXT:       (range := @16:2
// CHECK-NEXT:         key: (ident _ @16:6)
// CHECK-NEXT:         value: (ident v @16:9)
// CHECK-NEXT:         x: (complit @16:25
// CHECK-NEXT:           type: (slicetype @16:20
// CHECK-NEXT:             (ident int @16:22))
// CHECK-NEXT:           (int 1 @16:26))
// CHECK-NEXT:         (block @16:29))
// CHECK-NEXT:       (if @18:2
// CHECK-NEXT:         cond: (ident v @18:5)
// CHECK-NEXT:         (block @18:7)))))
