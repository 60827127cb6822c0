// What maps panic on, in Go 1.19's words: assignment to a nil map (a
// plain error, no "runtime error:" prefix, and still a runtime.Error),
// an interface{} key whose dynamic type is not comparable (hashing it
// panics, in a nil map too, before the map is looked at), comparing such
// interface values; unrecovered, each prints Go's panic line and exits 2.
// And the fatal errors for a map written while it is written, read or
// iterated (here made deterministic: the key's equal function, which runs
// in the middle of mapassign, uses the map again). Expected text from Go
// 1.19 for the same programs (rec.go for the recovered ones, prints
// r.(error).Error() and whether r is a runtime.Error).
// REQUIRES: split
// RUN: %cc -DRECOVER %s -o %t0 && %run %t0 2>&1 | FileCheck %s --check-prefix=RECOVER
// RUN: %cc -DNILASSIGN %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=NILASSIGN
// RUN: %cc -DUNHASHABLE %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=UNHASHABLE
// RUN: %cc -DCONCWRITE %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=CONCWRITE
// RUN: %cc -DCONCREAD %s -o %t4 && %exitcode %run %t4 2>&1 | FileCheck %s --check-prefix=CONCREAD
// RUN: %cc -DCONCITER %s -o %t5 && %exitcode %run %t5 2>&1 | FileCheck %s --check-prefix=CONCITER
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=NILASSIGN
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t3 2>&1 | FileCheck %s --check-prefix=CONCWRITE
#include "maptypes.h"

// Not comparable: no algorithms.
static const GoType tslice = {sizeof(GoSlice), GORT_KIND_SLICE,
                              _Alignof(GoSlice), NAME("[]int"),
                              .elem = &tint};

// A key whose equal uses the map again, once armed.
static const GoType mHook;
static Hmap *hooked;
static GoHiter hookit;
static int reenter;  // 1: write, 2: read, 3: iterate
static bool hookequal(const void *p, const void *q) {
  int64_t k = 2;
  switch (reenter) {
  case 1: reenter = 0; gort_mapassign(&mHook, hooked, &k); break;
  case 2: reenter = 0; gort_mapaccess1(&mHook, hooked, &k); break;
  case 3: reenter = 0; gort_mapiternext(&hookit); break;
  }
  return gort_memequal64(p, q);
}
static const GoType thook = {sizeof(int64_t), GORT_KIND_INT64 | NOPTR,
                             _Alignof(int64_t), NAME("main.K"),
                             .hash = gort_memhash64, .equal = hookequal};

MAPTYPE(mI64, tint64, tint64);
MAPTYPE(mIface, tiface, tint);
MAPTYPE(mHook, thook, tint64);

static GoEface aslice(void) {
  static intptr_t one = 1;
  GoSlice s = {&one, 1, 1};
  return gort_convT2E(&tslice, &s);
}

// defer func() { r := recover(); _, ok := r.(runtime.Error);
//                println(r.(error).Error(), ok) }()
static void catcher(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  GoString name = r.type->name;
  bool rterr = name.len == 13 && __builtin_memcmp(name.str, "runtime.Error", 13) == 0;
  gort_printstring(*(GoString *)r.data);
  gort_printf(" %t\n", rterr);
}

static void try(void (*f)(void)) {
  if (gort_deferproc(0, catcher, 0))
    goto out;
  f();
out:
  gort_deferreturn();
}

static void nilassign(void) {
  int64_t k = 1;
  gort_mapassign(&mI64, 0, &k);
}
static void unhashable(void) {
  Hmap *m = gort_makemap(&mIface, 0);
  GoEface k = aslice();
  gort_mapassign(&mIface, m, &k);
}
static void unhashablenilread(void) {
  GoEface k = aslice();
  gort_mapaccess1(&mIface, 0, &k);
}
static void unhashablenildelete(void) {
  GoEface k = aslice();
  gort_mapdelete(&mIface, 0, &k);
}
static void uncomparable(void) {
  GoEface a = aslice(), b = aslice();
  gort_nilinterequal(&a, &b);
}

void gort_main_main(void) {
  int64_t one = 1;
  (void)one, (void)try, (void)nilassign, (void)unhashable;
  (void)unhashablenilread, (void)unhashablenildelete, (void)uncomparable;
#ifdef RECOVER
  try(nilassign);
  // RECOVER: assignment to entry in nil map true
  try(unhashable);
  // RECOVER-NEXT: runtime error: hash of unhashable type []int true
  try(unhashablenilread);
  // RECOVER-NEXT: runtime error: hash of unhashable type []int true
  try(unhashablenildelete);
  // RECOVER-NEXT: runtime error: hash of unhashable type []int true
  try(uncomparable);
  // RECOVER-NEXT: runtime error: comparing uncomparable type []int true
  return;
#endif
#ifdef NILASSIGN
  // var m map[int64]int64; m[1] = 1
  nilassign();
  // NILASSIGN: panic: assignment to entry in nil map
  // NILASSIGN-EMPTY:
  // NILASSIGN-NEXT: goroutine 1 [running]:
  // NILASSIGN: exit status 2
#endif
#ifdef UNHASHABLE
  // m := map[interface{}]int{}; m[[]int{1}] = 1
  unhashable();
  // UNHASHABLE: panic: runtime error: hash of unhashable type []int
  // UNHASHABLE-EMPTY:
  // UNHASHABLE-NEXT: goroutine 1 [running]:
  // UNHASHABLE: exit status 2
#endif
  hooked = gort_makemap(&mHook, 0);
  *(int64_t *)gort_mapassign(&mHook, hooked, &one) = 1;
#ifdef CONCWRITE
  reenter = 1;
  gort_mapassign(&mHook, hooked, &one);
  // CONCWRITE: fatal error: concurrent map writes
  // CONCWRITE: exit status 2
#endif
#ifdef CONCREAD
  reenter = 2;
  gort_mapassign(&mHook, hooked, &one);
  // CONCREAD: fatal error: concurrent map read and map write
  // CONCREAD: exit status 2
#endif
#ifdef CONCITER
  gort_mapiterinit(&mHook, hooked, &hookit);
  reenter = 3;
  gort_mapassign(&mHook, hooked, &one);
  // CONCITER: fatal error: concurrent map iteration and map write
  // CONCITER: exit status 2
#endif
  gort_printf("not reached\n");
}
