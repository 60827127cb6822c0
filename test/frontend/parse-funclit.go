// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Function literals, closures called in place, methods with value and
// pointer receivers, variadic and named results.
package main

func (t T) Value() int { return t.x }

func (t *T) Ptr(xs ...int) (n int, err error) {
	add := func(a, b int) int { return a + b }
	func() {}()
	go func(c chan int) { c <- 1 }(ch)
	return add(1, 2), nil
}

// CHECK: (file main @4:1
// CHECK-NEXT:   (method Value @6:1
// CHECK-NEXT:     recv: (field t @6:7
// CHECK-NEXT:       (ident T @6:9))
// CHECK-NEXT:     (functype @6:1
// CHECK-NEXT:       (params)
// CHECK-NEXT:       (results
// CHECK-NEXT:         (field @6:20
// CHECK-NEXT:           (ident int @6:20))))
// CHECK-NEXT:     (block @6:24
// CHECK-NEXT:       (return @6:26
// CHECK-NEXT:         (selector x @6:34
// CHECK-NEXT:           (ident t @6:33)))))
// CHECK-NEXT:   (method Ptr @8:1
// CHECK-NEXT:     recv: (field t @8:7
// CHECK-NEXT:       (star @8:9
// CHECK-NEXT:         (ident T @8:10)))
// CHECK-NEXT:     (functype @8:1
// CHECK-NEXT:       (params
// CHECK-NEXT:         (field xs @8:17
// CHECK-NEXT:           (ellipsis @8:20
// CHECK-NEXT:             (ident int @8:23))))
// CHECK-NEXT:       (results
// CHECK-NEXT:         (field n @8:29
// CHECK-NEXT:           (ident int @8:31))
// CHECK-NEXT:         (field err @8:36
// CHECK-NEXT:           (ident error @8:40))))
// CHECK-NEXT:     (block @8:47
// CHECK-NEXT:       (assign := @9:2
// CHECK-NEXT:         (lhs
// CHECK-NEXT:           (ident add @9:2))
// CHECK-NEXT:         (rhs
// CHECK-NEXT:           (funclit @9:9
// CHECK-NEXT:             (functype @9:9
// CHECK-NEXT:               (params
// CHECK-NEXT:                 (field a b @9:14
// CHECK-NEXT:                   (ident int @9:19)))
// CHECK-NEXT:               (results
// CHECK-NEXT:                 (field @9:24
// CHECK-NEXT:                   (ident int @9:24))))
// CHECK-NEXT:             (block @9:28
// CHECK-NEXT:               (return @9:30
// CHECK-NEXT:                 (binary + @9:39
// CHECK-NEXT:                   (ident a @9:37)
// CHECK-NEXT:                   (ident b @9:41)))))))
// CHECK-NEXT:       (exprstmt @10:2
// CHECK-NEXT:         (call @10:11
// CHECK-NEXT:           (funclit @10:2
// CHECK-NEXT:             (functype @10:2
// CHECK-NEXT:               (params))
// CHECK-NEXT:             (block @10:9))))
// CHECK-NEXT:       (go @11:2
// CHECK-NEXT:         (call @11:32
// CHECK-NEXT:           (funclit @11:5
// CHECK-NEXT:             (functype @11:5
// CHECK-NEXT:               (params
// CHECK-NEXT:                 (field c @11:10
// CHECK-NEXT:                   (chantype chan @11:12
// CHECK-NEXT:                     (ident int @11:17)))))
// CHECK-NEXT:             (block @11:22
// CHECK-NEXT:               (send @11:24
// CHECK-NEXT:                 (ident c @11:24)
// CHECK-NEXT:                 (int 1 @11:29))))
// CHECK-NEXT:           (ident ch @11:33)))
// CHECK-NEXT:       (return @12:2
// CHECK-NEXT:         (call @12:12
// CHECK-NEXT:           (ident add @12:9)
// CHECK-NEXT:           (int 1 @12:13)
// CHECK-NEXT:           (int 2 @12:16))
// CHECK-NEXT:         (ident nil @12:20)))))
