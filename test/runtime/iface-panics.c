// Unrecovered interface panics and how a panic prints its value, as Go
// 1.19 does for the programs quoted above each variant (first line, and
// exit status 2): a failed assertion and an uncomparable comparison; a
// value whose type has Error() string prints what Error returns, one with
// String() string what String returns (Error first when it has both, a
// String of another type does not count, and a pointer receiver gets the
// pointer); a panic inside Error is fatal. The methods are C functions
// with compiled Go's convention for returning a string (ifacetypes.h).
// REQUIRES: split
// RUN: %cc -DASSERT %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=ASSERT
// RUN: %cc -DCOMPARE %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=COMPARE
// RUN: %cc -DERROR %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=ERROR
// RUN: %cc -DBOTH %s -o %t4 && %exitcode %run %t4 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: %cc -DPOINTER %s -o %t5 && %exitcode %run %t5 2>&1 | FileCheck %s --check-prefix=POINTER
// RUN: %cc -DNESTED %s -o %t6 && %exitcode %run %t6 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t3 2>&1 | FileCheck %s --check-prefix=ERROR
#include "ifacetypes.h"

static void panics(void *p) { gort_gopanic(*(GoEface *)p); }
static void recoversandpanics(void *p) {
  gort_gorecover(__builtin_return_address(0));
  gort_gopanic(*(GoEface *)p);
}

void gort_main_main(void) {
  GoEface v;
  (void)v, (void)panics, (void)recoversandpanics;
#ifdef ASSERT
  // var e interface{} = U(1); _ = e.(I)
  gort_assertE2I(&tI, &tU);
  // ASSERT: panic: interface conversion: main.U is not main.I: missing method M
  // ASSERT-EMPTY:
  // ASSERT-NEXT: goroutine 1 [running]:
  // ASSERT: exit status 2
#endif
#ifdef COMPARE
  // var p, q I = S{1}, S{1}; println(p == q)
  static intptr_t one = 1;
  GoSlice s = {&one, 1, 1};
  GoIface p = {gort_assertE2I(&tI, &tS), gort_convT2E(&tS, &s).data};
  gort_ifaceeq(p, p);
  // COMPARE: panic: runtime error: comparing uncomparable type main.S
  // COMPARE-EMPTY:
  // COMPARE-NEXT: goroutine 1 [running]:
  // COMPARE: exit status 2
#endif
#ifdef ERROR
  // defer func() { panic(St(3)) }(); panic(E{})
  v = box(&tSt, 3);
  if (gort_deferproc(sizeof v, panics, &v))
    goto out;
  intptr_t e[2] = {1, 2};
  gort_gopanic(gort_convT2E(&tE.typ, e));
  // ERROR: panic: an error
  // ERROR-NEXT: {{^}}	panic: a stringer
  // ERROR-EMPTY:
  // ERROR-NEXT: goroutine 1 [running]:
  // ERROR: exit status 2
#endif
#ifdef BOTH
  // defer func() { panic(B(1)) }(); panic(W(5))
  v = box(&tB, 1);
  if (gort_deferproc(sizeof v, panics, &v))
    goto out;
  gort_gopanic(box(&tW, 5));
  // BOTH: panic: main.W(5)
  // BOTH-NEXT: {{^}}	panic: B error
  // BOTH: exit status 2
#endif
#ifdef POINTER
  // defer func() { recover(); panic(&P{7}) }(); panic(U(3))
  static intptr_t p7 = 7;
  v = box(&tPP, (intptr_t)&p7);
  if (gort_deferproc(sizeof v, recoversandpanics, &v))
    goto out;
  gort_gopanic(box(&tU, 3));
  // POINTER: panic: main.U(3) [recovered]
  // POINTER-NEXT: {{^}}	panic: pointer error
  // POINTER: exit status 2
#endif
#ifdef NESTED
  // func (Boom) Error() string { panic("boom") }; panic(Boom(1))
  gort_gopanic(box(&tBoom, 1));
  // NESTED: fatal error: panic while printing panic value: boom
  // NESTED: exit status 2
#endif
  goto out;
out:
  gort_deferreturn();
}
