// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Expression switches (with init, tagless, fallthrough), type switches
// (with and without a binding) and select.
package main

func main() {
	switch x := f(); x {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	case x > 0:
	}
	switch v := i.(type) {
	case int, *T:
	case nil:
	case func() int, chan int, []string, map[int]bool, struct{}, interface{}:
	default:
	}
	switch i.(type) {
	}
	select {
	case v := <-c:
	case v, ok = <-c:
	case c <- 1:
	case <-c:
	default:
	}
}

// CHECK: (file main @4:1
// CHECK-NEXT:   (func main @6:1
// CHECK-NEXT:     (functype @6:1
// CHECK-NEXT:       (params))
// CHECK-NEXT:     (block @6:13
// CHECK-NEXT:       (switch @7:2
// CHECK-NEXT:         init: (assign := @7:9
// CHECK-NEXT:           (lhs
// CHECK-NEXT:             (ident x @7:9))
// CHECK-NEXT:           (rhs
// CHECK-NEXT:             (call @7:15
// CHECK-NEXT:               (ident f @7:14))))
// CHECK-NEXT:         tag: (ident x @7:19)
// CHECK-NEXT:         (block @7:21
// CHECK-NEXT:           (case @8:2
// CHECK-NEXT:             (int 1 @8:7)
// CHECK-NEXT:             (int 2 @8:10)
// CHECK-NEXT:             (body
// CHECK-NEXT:               (branch fallthrough @9:3)))
// CHECK-NEXT:           (case @10:2
// CHECK-NEXT:             (int 3 @10:7)
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (default @11:2
// CHECK-NEXT:             (body))))
// CHECK-NEXT:       (switch @13:2
// CHECK-NEXT:         (block @13:9
// CHECK-NEXT:           (case @14:2
// CHECK-NEXT:             (binary > @14:9
// CHECK-NEXT:               (ident x @14:7)
// CHECK-NEXT:               (int 0 @14:11))
// CHECK-NEXT:             (body))))
// CHECK-NEXT:       (typeswitch @16:2
// CHECK-NEXT:         assign: (assign := @16:9
// CHECK-NEXT:           (lhs
// CHECK-NEXT:             (ident v @16:9))
// CHECK-NEXT:           (rhs
// CHECK-NEXT:             (typeassert type @16:15
// CHECK-NEXT:               (ident i @16:14))))
// CHECK-NEXT:         (block @16:23
// CHECK-NEXT:           (case @17:2
// CHECK-NEXT:             (ident int @17:7)
// CHECK-NEXT:             (star @17:12
// CHECK-NEXT:               (ident T @17:13))
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (case @18:2
// CHECK-NEXT:             (ident nil @18:7)
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (case @19:2
// CHECK-NEXT:             (functype @19:7
// CHECK-NEXT:               (params)
// CHECK-NEXT:               (results
// CHECK-NEXT:                 (field @19:14
// CHECK-NEXT:                   (ident int @19:14))))
// CHECK-NEXT:             (chantype chan @19:19
// CHECK-NEXT:               (ident int @19:24))
// CHECK-NEXT:             (slicetype @19:29
// CHECK-NEXT:               (ident string @19:31))
// CHECK-NEXT:             (maptype @19:39
// CHECK-NEXT:               (ident int @19:43)
// CHECK-NEXT:               (ident bool @19:47))
// CHECK-NEXT:             (structtype @19:53)
// CHECK-NEXT:             (interfacetype @19:63)
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (default @20:2
// CHECK-NEXT:             (body))))
// CHECK-NEXT:       (typeswitch @22:2
// CHECK-NEXT:         assign: (exprstmt @22:9
// CHECK-NEXT:           (typeassert type @22:10
// CHECK-NEXT:             (ident i @22:9)))
// CHECK-NEXT:         (block @22:18))
// CHECK-NEXT:       (select @24:2
// CHECK-NEXT:         (block @24:9
// CHECK-NEXT:           (commcase @25:2
// CHECK-NEXT:             (assign := @25:7
// CHECK-NEXT:               (lhs
// CHECK-NEXT:                 (ident v @25:7))
// CHECK-NEXT:               (rhs
// CHECK-NEXT:                 (unary <- @25:12
// CHECK-NEXT:                   (ident c @25:14))))
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (commcase @26:2
// CHECK-NEXT:             (assign = @26:7
// CHECK-NEXT:               (lhs
// CHECK-NEXT:                 (ident v @26:7)
// CHECK-NEXT:                 (ident ok @26:10))
// CHECK-NEXT:               (rhs
// CHECK-NEXT:                 (unary <- @26:15
// CHECK-NEXT:                   (ident c @26:17))))
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (commcase @27:2
// CHECK-NEXT:             (send @27:7
// CHECK-NEXT:               (ident c @27:7)
// CHECK-NEXT:               (int 1 @27:12))
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (commcase @28:2
// CHECK-NEXT:             (exprstmt @28:7
// CHECK-NEXT:               (unary <- @28:7
// CHECK-NEXT:                 (ident c @28:9)))
// CHECK-NEXT:             (body))
// CHECK-NEXT:           (commdefault @29:2
// CHECK-NEXT:             (body)))))))
