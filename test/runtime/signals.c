// Faults in goroutine code become Go's run-time errors: a nil dereference
// and an integer division by zero (SIGSEGV, SIGFPE, handled on the m's
// signal stack) panic, recover catches them, and an unrecovered one prints
// what Go 1.19 prints and exits 2.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
// RUN: %cc -DUNRECOVERED %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=CRASH
#include <gort/gort.h>

static volatile int *volatile nilp;
static volatile int zero;

static void catcher(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("recovered: ");
  gort_printstring(*(GoString *)r.data);
  gort_printf("\n");
}

static void deref(void) {
  if (gort_deferproc(0, catcher, 0))
    goto out;
  *nilp = 1;
out:
  gort_deferreturn();
}

__attribute__((no_sanitize("integer-divide-by-zero"))) // the signal is the test
static void divide(void) {
  if (gort_deferproc(0, catcher, 0))
    goto out;
  volatile int x = 7 / zero;
  (void)x;
out:
  gort_deferreturn();
}

static uint32_t done;
static void tests(void *p) {
  (void)p;
#ifdef UNRECOVERED
  *nilp = 1;
#endif
  deref();
  divide();
  deref();  // the signal stack and handler are reusable
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, tests, 0);
  gort_semacquire(&done);
  gort_GOMAXPROCS(2);  // the same on a second m, with its own signal stack
  gort_newproc(0, tests, 0);
  gort_semacquire(&done);
}
// CHECK: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: runtime error: integer divide by zero
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: runtime error: integer divide by zero
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CRASH: panic: runtime error: invalid memory address or nil pointer dereference
// CRASH-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CRASH-EMPTY:
// CRASH-NEXT: goroutine 2 [running]:
// CRASH: exit status 2
