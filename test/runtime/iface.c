// Non-empty interfaces in the runtime (iface.cpp): getitab's hits and
// misses (a miss is cached: the same answer, and the missing method named
// again when it panics), the compiler's itabs from the section
// gort_itablinks (found as they are, listed twice), itabs built on demand
// (methods matched by name, package path and type, unexported ones only
// within their package), every row's results, and each panic recovered,
// in Go 1.19's words (the Go program each stands for is quoted; rec()
// prints r.(error).Error() and whether r is a runtime.Error). Also
// ifaceeq, interhash, interequal and printiface.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s --implicit-check-not=FAIL
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s --implicit-check-not=FAIL
#include "ifacetypes.h"

// The compiler's itab for T as an I: go.itab.main.T,main.I, listed twice
// (two objects that both converted T to I).
static const GoItab itabTI = {&tI, &tT.typ, 0x5d7e65f2, 0, {FN(T_M)}};
static const GoItab *const link1
    __attribute__((section("gort_itablinks"), used)) = &itabTI;
static const GoItab *const link2
    __attribute__((section("gort_itablinks"), used)) = &itabTI;

static void check(bool ok, const char *what) {
  if (!ok)
    gort_printf("FAIL: %s\n", what);
}

// defer func() { r := recover(); _, ok := r.(runtime.Error);
//                println(r.(error).Error(), ok) }()
static void rec(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  GoString name = r.type->name;
  bool rterr = name.len == 13 && __builtin_memcmp(name.str, "runtime.Error", 13) == 0;
  gort_printstring(*(GoString *)r.data);
  gort_printf(" %t\n", rterr);
}

static void try(void (*f)(void)) {
  if (gort_deferproc(0, rec, 0))
    goto out;
  f();
  gort_printf("FAIL: no panic\n");
out:
  gort_deferreturn();
}

static GoEface Tval(intptr_t a, intptr_t b) {
  intptr_t v[2] = {a, b};
  return gort_convT2E(&tT.typ, v);
}

// var e interface{} = "s"; _ = e.(I)
static void e2istring(void) { gort_assertE2I(&tI, &tstring); }
// var e interface{}; _ = e.(I)
static void e2inil(void) { gort_assertE2I(&tI, 0); }
// var e interface{} = U(1); _ = e.(I)
static void e2imissing(void) { gort_assertE2I(&tI, &tU); }
// var i I = T{}; _ = i.(J)
static void i2imissing(void) { gort_assertI2I(&tJ, &itabTI); }
// var i I; _ = i.(J)
static void i2inil(void) { gort_assertI2I(&tJ, 0); }
// A conversion the compiler did not check, as getitab reports it.
static void convmissing(void) { gort_convI2I(&tJ, &itabTI); }
// var e interface{} = "s"; _ = e.(int)
static void dottypeE(void) { gort_panicdottypeE(&tstring, &tint, &teface); }
// var e interface{}; _ = e.(int)
static void dottypeEnil(void) { gort_panicdottypeE(0, &tint, &teface); }
// var i I = T{}; _ = i.(*T)
static void dottypeI(void) { gort_panicdottypeI(&itabTI, &tPT, &tI.typ); }
// var i I; _ = i.(*T)
static void dottypeInil(void) { gort_panicdottypeI(0, &tPT, &tI.typ); }
// func a() interface{} { type T struct{}; return T{} }; _ = a().(T)
static const GoUncommon ulocalT = {NAME("main"), 0, 0, 0};
static const GoType tlocalT = {0, GORT_KIND_STRUCT | NOPTR, 1, NAME("main.T"),
                               .tyhash = 0x5d7e65f2, .uncommon = &ulocalT};
static void scopes(void) { gort_panicdottypeE(&tlocalT, &tT.typ, &teface); }
// Two packages named p (a/p and b/p) with a type T each (error.go's
// words; not run with Go).
static const GoUncommon uapT = {NAME("a/p"), 0, 0, 0};
static const GoUncommon ubpT = {NAME("b/p"), 0, 0, 0};
static const GoType tapT = {PS, GORT_KIND_INT | NOPTR, PS, NAME("p.T"),
                            .tyhash = 0x3bd34c85, .uncommon = &uapT};
static const GoType tbpT = {PS, GORT_KIND_INT | NOPTR, PS, NAME("p.T"),
                            .tyhash = 0x3bd34c85, .uncommon = &ubpT};
static void packages(void) { gort_panicdottypeE(&tapT, &tbpT, &teface); }
// var e interface{} = other.Vo(1); _ = e.(Km) (error.go's words)
static void unexported(void) { gort_assertE2I(&tKm, &tVo); }

static GoIface Sval(void) {
  static intptr_t one = 1;
  GoSlice s = {&one, 1, 1};
  GoEface e = gort_convT2E(&tS, &s);
  return (GoIface){gort_assertE2I(&tI, &tS), e.data};
}
// var p, q I = S{1}, S{1}; println(p == q)
static void uncomparable(void) { gort_ifaceeq(Sval(), Sval()); }
static void uncomparable2(void) {
  GoIface p = Sval(), q = Sval();
  gort_interequal(&p, &q);
}
// m := map[I]int{}; m[S{1}] = 1
static void unhashable(void) {
  GoIface p = Sval();
  gort_interhash(&p, 0);
}

static void rows(void) {
  // getitab: the compiler's itab, found as it is.
  const GoItab *tab = gort_assertE2I(&tI, &tT.typ);
  check(tab == &itabTI, "E2I finds the section's itab");
  // One built on demand, then found (cached).
  const GoItab *ptab = gort_assertE2I(&tI, &tPT);
  check(ptab != 0 && ptab->inter == &tI && ptab->type == &tPT &&
            ptab->fun[0] == FN(T_M), "E2I builds *T's itab");
  check(gort_assertE2I(&tI, &tPT) == ptab, "E2I finds it again");
  GoEface t12 = Tval(1, 2);
  ((void (*)(void *))tab->fun[0])(t12.data);
  // CHECK: T.M 1 2
  intptr_t t34[2] = {3, 4};
  ((void (*)(void *))ptab->fun[0])(t34);
  // CHECK-NEXT: T.M 3 4

  // assertE2I2: ok, a miss (twice: cached), nil.
  GoIface i = gort_assertE2I2(&tI, t12);
  check(i.tab == &itabTI && i.data == t12.data, "E2I2");
  GoEface u = box(&tU, 1);
  check(gort_assertE2I2(&tI, u).tab == 0, "E2I2 miss");
  check(gort_assertE2I2(&tI, u).tab == 0, "E2I2 cached miss");
  GoString str = {(const uint8_t *)"s", 1};
  check(gort_assertE2I2(&tI, gort_convT2E(&tstring, &str)).tab == 0,
        "E2I2 of a type without methods");
  GoEface nil = {0, 0};
  check(gort_assertE2I2(&tI, nil).tab == 0, "E2I2 nil");

  // assertI2I, assertI2I2, convI2I: the same interface, another, nil.
  check(gort_assertI2I(&tI, &itabTI) == &itabTI, "I2I same");
  const GoItab *ktab = gort_assertI2I(&tK, &itabTI);
  check(ktab->inter == &tK && ktab->type == &tT.typ &&
            ktab->fun[0] == FN(T_M), "I2I to K");
  check(gort_convI2I(&tK, &itabTI) == ktab, "convI2I to K");
  check(gort_convI2I(&tI, &itabTI) == &itabTI, "convI2I same");
  check(gort_convI2I(&tK, 0) == 0, "convI2I nil");
  GoIface k = gort_assertI2I2(&tK, i);
  check(k.tab == ktab && k.data == t12.data, "I2I2 to K");
  check(gort_assertI2I2(&tI, i).tab == &itabTI, "I2I2 same");
  check(gort_assertI2I2(&tJ, i).tab == 0, "I2I2 miss");
  check(gort_assertI2I2(&tJ, (GoIface){0, 0}).tab == 0, "I2I2 nil");

  // Unexported methods: V's m is main's, Vo's is other's.
  const GoItab *vtab = gort_assertE2I(&tKm, &tV);
  ((void (*)(void *))vtab->fun[0])((void *)5);
  // CHECK-NEXT: V.m 5
  check(gort_assertE2I2(&tKm, box(&tVo, 1)).tab == 0, "other's m");

  // ifaceeq, interequal, interhash.
  GoIface a = {&itabTI, Tval(1, 2).data}, b = {&itabTI, Tval(1, 2).data};
  GoIface c = {&itabTI, Tval(1, 3).data}, n = {0, 0};
  GoIface pa = {ptab, t12.data};
  gort_printf("%t %t %t %t %t %t\n", gort_ifaceeq(a, b), gort_ifaceeq(a, c),
              gort_ifaceeq(n, n), gort_ifaceeq(a, n), gort_ifaceeq(a, pa),
              gort_interequal(&a, &b));
  // CHECK-NEXT: true false true false false true
  check(gort_interhash(&a, 7) == gort_interhash(&b, 7), "equal hashes");
  check(gort_interhash(&n, 7) == 7, "nil's hash is the seed");

  // print(i): (itab,data); nil as Go prints it.
  gort_printpointer((void *)a.tab);
  gort_printf(" ");
  gort_printpointer(a.data);
  gort_printf("\n");
  gort_printiface(a);
  gort_printf("\n");
  gort_printiface(n);
  gort_printf("\n");
  // CHECK-NEXT: [[TAB:0x[0-9a-f]+]] [[DATA:0x[0-9a-f]+]]
  // CHECK-NEXT: ([[TAB]],[[DATA]])
  // CHECK-NEXT: (0x0,0x0)
}

void gort_main_main(void) {
  rows();
  try(e2istring);
  // CHECK-NEXT: interface conversion: string is not main.I: missing method M true
  try(e2inil);
  // CHECK-NEXT: interface conversion: interface is nil, not main.I true
  try(e2imissing);
  // CHECK-NEXT: interface conversion: main.U is not main.I: missing method M true
  try(e2imissing);  // the cached miss
  // CHECK-NEXT: interface conversion: main.U is not main.I: missing method M true
  try(i2imissing);
  // CHECK-NEXT: interface conversion: main.T is not main.J: missing method N true
  try(i2inil);
  // CHECK-NEXT: interface conversion: interface is nil, not main.J true
  try(convmissing);
  // CHECK-NEXT: interface conversion: main.T is not main.J: missing method N true
  try(dottypeE);
  // CHECK-NEXT: interface conversion: interface {} is string, not int true
  try(dottypeI);
  // CHECK-NEXT: interface conversion: main.I is main.T, not *main.T true
  try(dottypeInil);
  // CHECK-NEXT: interface conversion: main.I is nil, not *main.T true
  try(dottypeEnil);
  // CHECK-NEXT: interface conversion: interface {} is nil, not int true
  try(scopes);
  // CHECK-NEXT: interface conversion: interface {} is main.T, not main.T (types from different scopes) true
  try(packages);
  // CHECK-NEXT: interface conversion: interface {} is p.T, not p.T (types from different packages) true
  try(unexported);
  // CHECK-NEXT: interface conversion: other.Vo is not main.Km: missing method m true
  try(uncomparable);
  // CHECK-NEXT: runtime error: comparing uncomparable type main.S true
  try(uncomparable2);
  // CHECK-NEXT: runtime error: comparing uncomparable type main.S true
  try(unhashable);
  // CHECK-NEXT: runtime error: hash of unhashable type main.S true
  gort_printf("done\n");
  // CHECK-NEXT: done
}
