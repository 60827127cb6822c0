// A guard page lies below every segment: code that overruns its segment
// (here a non-split function with a frame far larger than a segment) faults
// instead of writing over whatever lies below, and the runtime reports it
// with Go 1.19's words for a fault that is not a run-time error. NEAR: a
// frame only 2 KB past a minimum segment, so the first write below the
// segment lands in the guard page itself (under qemu-user, whose
// MADV_GUARD_INSTALL does nothing, it would land in an unguarded page and
// return: stack.cpp tests the advice before trusting it; under ASan, whose
// runtime's minimum segment is 64 KB, 2 KB past that). The mprotect
// guard of kernels before 6.13 (GORTDEBUG=stackmprotect=1) faults too.
// At one cpu (GOMAXPROCS defaults to NumCPU now), so main's Gosched runs
// the victim.
// REQUIRES: split
// RUN: %cc %s -o %t && env GOMAXPROCS=1 %exitcode %run %t 2>&1 | FileCheck %s
// RUN: %cc -DNEAR %s -o %t.near && env GOMAXPROCS=1 %exitcode %run %t.near 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=1 GORTDEBUG=stackmprotect=1 %exitcode %run %t.near 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <string.h>

// Read at run time, so the loop stays a loop and the array one object
// (unrolled, clang would split it into a dozen separate bytes).
static volatile int step = 512;

__attribute__((no_split_stack, noinline)) static void overrun(void) {
#if defined(NEAR) && __has_feature(address_sanitizer)
  volatile char big[66 * 1024];
#elif defined(NEAR)
  volatile char big[6 * 1024];
#else
  volatile char big[64 * 1024];
#endif
  for (int i = sizeof big - 1; i >= 0; i -= step)
    big[i] = 1;  // walks down from the top, into the guard page
}

static void victim(void *p) {
  (void)p;
  gort_printf("overrunning\n");
  overrun();
  gort_printf("not reached\n");
}

void gort_main_main(void) {
  gort_newproc(0, victim, 0);
  gort_Gosched();
  gort_printf("not reached either\n");
}
// CHECK: overrunning
// CHECK-NEXT: unexpected fault address 0x{{[0-9a-f]+}}
// CHECK-NEXT: fatal error: fault
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code={{.*}} addr=0x{{[0-9a-f]+}} pc=0x{{[0-9a-f]+}}]
// CHECK-NOT: reached
// CHECK: exit status 2
