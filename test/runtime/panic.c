// What an unrecovered panic prints, and exit status 2, as Go 1.19 does for
// the equivalent programs (quoted above each variant).
// REQUIRES: split
// RUN: %cc -DGOROUTINE %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=GOROUTINE
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=GOROUTINE
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=GOROUTINE
// RUN: %cc -DNESTED %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: %cc -DREPANIC %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=REPANIC
// RUN: %cc -DDIVIDE %s -o %t4 && %exitcode %run %t4 2>&1 | FileCheck %s --check-prefix=DIVIDE
// RUN: %cc -DNAMED %s -o %t5 && %exitcode %run %t5 2>&1 | FileCheck %s --check-prefix=NAMED
// RUN: %cc -DFLOAT %s -o %t6 && %exitcode %run %t6 2>&1 | FileCheck %s --check-prefix=FLOAT
#include <gort/gort.h>

static const GoType tstring = {sizeof(GoString), GORT_KIND_STRING, 8,
                               {(const uint8_t *)"string", 6}, 0};
static const GoType tT = {sizeof(long), GORT_KIND_INT, sizeof(long),
                          {(const uint8_t *)"main.T", 6}, 0};
static const GoType tfloat = {sizeof(double), GORT_KIND_FLOAT64,
                              sizeof(double),
                              {(const uint8_t *)"float64", 7}, 0};

static GoEface str(const char *s) {
  GoString v = {(const uint8_t *)s, 0};
  while (s[v.len])
    v.len++;
  return gort_convT2E(&tstring, &v);
}

static void panics(void *p) { gort_gopanic(str(*(const char **)p)); }
static void recoversandpanics(void *p) {
  gort_gorecover(__builtin_return_address(0));
  gort_gopanic(str(*(const char **)p));
}

void gort_main_main(void) {
#ifdef GOROUTINE
  // go func() { panic("boom") }(); select {}
  gort_newproc(sizeof(char *), panics, &(const char *){"boom"});
  gort_block();
  // GOROUTINE: panic: boom
  // GOROUTINE-EMPTY:
  // GOROUTINE-NEXT: goroutine {{[0-9]+}} [running]:
  // GOROUTINE: exit status 2
#endif
#ifdef NESTED
  // defer func() { panic("second") }(); panic("first")
  if (gort_deferproc(sizeof(char *), panics, &(const char *){"second"}))
    goto out;
  gort_gopanic(str("first"));
  // NESTED: panic: first
  // NESTED-NEXT: {{^}}	panic: second
  // NESTED: exit status 2
#endif
#ifdef REPANIC
  // defer func() { recover(); panic("again") }(); panic("first")
  if (gort_deferproc(sizeof(char *), recoversandpanics, &(const char *){"again"}))
    goto out;
  gort_gopanic(str("first"));
  // REPANIC: panic: first [recovered]
  // REPANIC-NEXT: {{^}}	panic: again
  // REPANIC: exit status 2
#endif
#ifdef DIVIDE
  gort_panicdivide();
  // DIVIDE: panic: runtime error: integer divide by zero
  // DIVIDE: exit status 2
#endif
#ifdef NAMED
  // type T int; panic(T(4))
  long v = 4;
  gort_gopanic(gort_convT2E(&tT, &v));
  // NAMED: panic: main.T(4)
  // NAMED: exit status 2
#endif
#ifdef FLOAT
  // panic(3.5)
  double d = 3.5;
  gort_gopanic(gort_convT2E(&tfloat, &d));
  // FLOAT: panic: +3.500000e+000
  // FLOAT: exit status 2
#endif
  goto out;
out:
  gort_deferreturn();
}
