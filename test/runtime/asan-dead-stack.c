// Under AddressSanitizer (the amd64-san suite): a goroutine's stack is
// poisoned once the goroutine is dead, and a segment once it is freed, so
// a pointer kept into either is reported, by the kind ASan gives memory
// the program poisoned. With -DDEAD, a goroutine's local is read after
// the goroutine exited; with -DSEGMENT, a local of a frame on a segment
// that lessstack freed, while the goroutine lives on.
// The report goes to stderr here, not to the suite's report files.
// REQUIRES: sanitize
// RUN: %cc -DDEAD %s -o %t.dead
// RUN: %san-stderr GOMAXPROCS=1 not %run %t.dead 2>&1 | FileCheck %s
// RUN: %cc -DSEGMENT %s -o %t.seg
// RUN: %san-stderr GOMAXPROCS=1 not %run %t.seg 2>&1 | FileCheck %s
#include <gort/gort.h>

static volatile long *kept;
static uint32_t done;

#ifdef DEAD
static void worker(void *p) {
  (void)p;
  volatile long local = 42;
  kept = &local;
  gort_semrelease(&done);
}
#else
// Deep enough to leave the goroutine's first segment; keeps the address of
// a local at the bottom, then returns through every split.
__attribute__((noinline)) static long down(int n) {
  volatile long pad[64];
  pad[n & 63] = n;
  if (n == 0) {
    kept = &pad[0];
    return 0;
  }
  return down(n - 1) + pad[n & 63];
}

static uint32_t never;

static void worker(void *p) {
  (void)p;
  down(2000);
  gort_semrelease(&done);
  gort_semacquire(&never);  // alive: only the segments are gone
}
#endif

void gort_main_main(void) {
  gort_newproc(0, worker, 0);
  gort_semacquire(&done);
  gort_Gosched();  // the worker exits
  gort_printf("reading\n");
  gort_printf("%D\n", (long long)*kept);
}
// CHECK: reading
// CHECK: ERROR: AddressSanitizer: use-after-poison
// CHECK: READ of size 8
// CHECK: #0 {{.*}} in main.main {{.*}}asan-dead-stack.c
