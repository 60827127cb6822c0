// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Every type literal: arrays, slices, maps, channels, pointers, functions,
// structs (with embedding and tags) and interfaces (with embedding).
package main

var (
	a [4]int
	s []string
	m map[string][]byte
	c1 chan int
	c2 chan<- int
	c3 <-chan int
	c4 chan<- <-chan int
	p *T
	f func(a, b int, c ...string) (n int, err error)
	g func(int, *T) bool
)

type S struct {
	x, y int
	T
	*pkg.U "tag"
	z    float64 `json:"z"`
}

type I interface {
	M(int) string
	fmt.Stringer
	J
}

// CHECK: (file main @4:1
// CHECK-NEXT:   (var group @6:1
// CHECK-NEXT:     (valuespec a @7:2
// CHECK-NEXT:       type: (arraytype @7:4
// CHECK-NEXT:         len: (int 4 @7:5)
// CHECK-NEXT:         (ident int @7:7)))
// CHECK-NEXT:     (valuespec s @8:2
// CHECK-NEXT:       type: (slicetype @8:4
// CHECK-NEXT:         (ident string @8:6)))
// CHECK-NEXT:     (valuespec m @9:2
// CHECK-NEXT:       type: (maptype @9:4
// CHECK-NEXT:         (ident string @9:8)
// CHECK-NEXT:         (slicetype @9:15
// CHECK-NEXT:           (ident byte @9:17))))
// CHECK-NEXT:     (valuespec c1 @10:2
// CHECK-NEXT:       type: (chantype chan @10:5
// CHECK-NEXT:         (ident int @10:10)))
// CHECK-NEXT:     (valuespec c2 @11:2
// CHECK-NEXT:       type: (chantype chan<- @11:5
// CHECK-NEXT:         (ident int @11:12)))
// CHECK-NEXT:     (valuespec c3 @12:2
// CHECK-NEXT:       type: (chantype <-chan @12:5
// CHECK-NEXT:         (ident int @12:12)))
// CHECK-NEXT:     (valuespec c4 @13:2
// CHECK-NEXT:       type: (chantype chan<- @13:5
// CHECK-NEXT:         (chantype <-chan @13:12
// CHECK-NEXT:           (ident int @13:19))))
// CHECK-NEXT:     (valuespec p @14:2
// CHECK-NEXT:       type: (star @14:4
// CHECK-NEXT:         (ident T @14:5)))
// CHECK-NEXT:     (valuespec f @15:2
// CHECK-NEXT:       type: (functype @15:4
// CHECK-NEXT:         (params
// CHECK-NEXT:           (field a b @15:9
// CHECK-NEXT:             (ident int @15:14))
// CHECK-NEXT:           (field c @15:19
// CHECK-NEXT:             (ellipsis @15:21
// CHECK-NEXT:               (ident string @15:24))))
// CHECK-NEXT:         (results
// CHECK-NEXT:           (field n @15:33
// CHECK-NEXT:             (ident int @15:35))
// CHECK-NEXT:           (field err @15:40
// CHECK-NEXT:             (ident error @15:44)))))
// CHECK-NEXT:     (valuespec g @16:2
// CHECK-NEXT:       type: (functype @16:4
// CHECK-NEXT:         (params
// CHECK-NEXT:           (field @16:9
// CHECK-NEXT:             (ident int @16:9))
// CHECK-NEXT:           (field @16:14
// CHECK-NEXT:             (star @16:14
// CHECK-NEXT:               (ident T @16:15))))
// CHECK-NEXT:         (results
// CHECK-NEXT:           (field @16:18
// CHECK-NEXT:             (ident bool @16:18))))))
// CHECK-NEXT:   (type @19:1
// CHECK-NEXT:     (typespec S @19:6
// CHECK-NEXT:       (structtype @19:8
// CHECK-NEXT:         (field x y @20:2
// CHECK-NEXT:           (ident int @20:7))
// CHECK-NEXT:         (field @21:2
// CHECK-NEXT:           (ident T @21:2))
// CHECK-NEXT:         (field @22:2
// CHECK-NEXT:           (star @22:2
// CHECK-NEXT:             (selector U @22:3
// CHECK-NEXT:               (ident pkg @22:3)))
// CHECK-NEXT:           tag: (string "tag" @22:9))
// CHECK-NEXT:         (field z @23:2
// CHECK-NEXT:           (ident float64 @23:7)
// CHECK-NEXT:           tag: (string "json:\"z\"" @23:15)))))
// CHECK-NEXT:   (type @26:1
// CHECK-NEXT:     (typespec I @26:6
// CHECK-NEXT:       (interfacetype @26:8
// CHECK-NEXT:         (field M @27:2
// CHECK-NEXT:           (functype @27:2
// CHECK-NEXT:             (params
// CHECK-NEXT:               (field @27:4
// CHECK-NEXT:                 (ident int @27:4)))
// CHECK-NEXT:             (results
// CHECK-NEXT:               (field @27:9
// CHECK-NEXT:                 (ident string @27:9)))))
// CHECK-NEXT:         (field @28:2
// CHECK-NEXT:           (selector Stringer @28:2
// CHECK-NEXT:             (ident fmt @28:2)))
// CHECK-NEXT:         (field @29:2
// CHECK-NEXT:           (ident J @29:2))))))
