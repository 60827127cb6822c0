// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// if/else chains with init statements and the four for forms.
package main

func main() {
	if x := f(); x > 0 {
	} else if x < 0 {
	} else {
	}
	for {
	}
	for i < 10 {
	}
	for i := 0; i < 10; i++ {
	}
	for ; ; {
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for range ch {
	}
}

// CHECK: (file main @3:1
// CHECK-NEXT:   (func main @5:1
// CHECK-NEXT:     (functype @5:1
// CHECK-NEXT:       (params))
// CHECK-NEXT:     (block @5:13
// CHECK-NEXT:       (if @6:2
// CHECK-NEXT:         init: (assign := @6:5
// CHECK-NEXT:           (lhs
// CHECK-NEXT:             (ident x @6:5))
// CHECK-NEXT:           (rhs
// CHECK-NEXT:             (call @6:11
// CHECK-NEXT:               (ident f @6:10))))
// CHECK-NEXT:         cond: (binary > @6:17
// CHECK-NEXT:           (ident x @6:15)
// CHECK-NEXT:           (int 0 @6:19))
// CHECK-NEXT:         (block @6:21)
// CHECK-NEXT:         else: (if @7:9
// CHECK-NEXT:           cond: (binary < @7:14
// CHECK-NEXT:             (ident x @7:12)
// CHECK-NEXT:             (int 0 @7:16))
// CHECK-NEXT:           (block @7:18)
// CHECK-NEXT:           else: (block @8:9)))
// CHECK-NEXT:       (for @10:2
// CHECK-NEXT:         (block @10:6))
// CHECK-NEXT:       (for @12:2
// CHECK-NEXT:         cond: (binary < @12:8
// CHECK-NEXT:           (ident i @12:6)
// CHECK-NEXT:           (int 10 @12:10))
// CHECK-NEXT:         (block @12:13))
// CHECK-NEXT:       (for @14:2
// CHECK-NEXT:         init: (assign := @14:6
// CHECK-NEXT:           (lhs
// CHECK-NEXT:             (ident i @14:6))
// CHECK-NEXT:           (rhs
// CHECK-NEXT:             (int 0 @14:11)))
// CHECK-NEXT:         cond: (binary < @14:16
// CHECK-NEXT:           (ident i @14:14)
// CHECK-NEXT:           (int 10 @14:18))
// CHECK-NEXT:         post: (incdec ++ @14:22
// CHECK-NEXT:           (ident i @14:22))
// CHECK-NEXT:         (block @14:26))
// CHECK-NEXT:       (for @16:2
// CHECK-NEXT:         (block @16:10))
// CHECK-NEXT:       (range := @18:2
// CHECK-NEXT:         key: (ident k @18:6)
// CHECK-NEXT:         value: (ident v @18:9)
// CHECK-NEXT:         x: (ident m @18:20)
// CHECK-NEXT:         (block @18:22))
// CHECK-NEXT:       (range = @20:2
// CHECK-NEXT:         key: (ident k @20:6)
// CHECK-NEXT:         x: (ident m @20:16)
// CHECK-NEXT:         (block @20:18))
// CHECK-NEXT:       (range @22:2
// CHECK-NEXT:         x: (ident ch @22:12)
// CHECK-NEXT:         (block @22:15)))))
