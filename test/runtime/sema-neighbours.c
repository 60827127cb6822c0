// A million goroutines parked on one semaphore, then its neighbour in the
// same struct released and acquired a million times: each release must
// not scan the million waiters of the other (sema.cpp's semroot gives
// words fewer than 251 apart roots of their own; with the seed's hash
// they shared one, and this took hours). 32-bit targets park 10,000: a
// million segments do not fit their address space, and under qemu-user
// each guard is an mprotect that vm.max_map_count counts (stack.cpp).
// REQUIRES: sched
// Not under the sanitizers: a million of amd64-san's 64 KB segments.
// UNSUPPORTED: sanitize
// RUN: %cc %s -o %t && timeout 200 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { Releases = 1000000 };

static struct {  // neighbours in one 8-byte word, whatever the linker does
  uint32_t crowded, neighbour, parked, done;
} sema __attribute__((aligned(8)));

static void waiter(void *p) {
  (void)p;
  gort_semrelease(&sema.parked);
  gort_semacquire(&sema.crowded);
  gort_semrelease(&sema.done);
}

void gort_main_main(void) {
  long n = sizeof(void *) == 8 ? 1000000 : 10000;
  for (long i = 0; i < n; i++)
    gort_newproc(0, waiter, 0);
  for (long i = 0; i < n; i++)
    gort_semacquire(&sema.parked);
  gort_printf("parked %t\n", gort_NumGoroutine() == n + 1);
  for (long i = 0; i < Releases; i++) {
    gort_semrelease(&sema.neighbour);
    gort_semacquire(&sema.neighbour);
  }
  gort_printf("neighbour released and acquired %d times\n", Releases);
  for (long i = 0; i < n; i++)
    gort_semrelease(&sema.crowded);
  for (long i = 0; i < n; i++)
    gort_semacquire(&sema.done);
  gort_printf("all woken %t\n", sema.crowded == 0 && sema.done == 0);
}
// CHECK: parked true
// CHECK-NEXT: neighbour released and acquired 1000000 times
// CHECK-NEXT: all woken true
