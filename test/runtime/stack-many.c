// 10,000 goroutines, each 10,000 frames deep at the same time (all of
// them wait at the bottom until the last arrives), then all come back.
// REQUIRES: split, amd64
// RUN: %cc %s -o %t && timeout 200 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { N = 10000, DEPTH = 10000 };

static uint32_t arrived, release, finished;
static volatile long sum;

__attribute__((noinline)) static long down(long n) {
  if (n == 0) {
    gort_semrelease(&arrived);
    gort_semacquire(&release);  // wait deep down for everyone
    return 0;
  }
  long r = down(n - 1);
  __asm__ volatile("" : "+r"(r));  // a real frame: no tail-recursion loop
  return r + 1;
}

static void worker(void *p) {
  (void)p;
  __atomic_fetch_add(&sum, down(DEPTH), __ATOMIC_SEQ_CST);
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  for (int i = 0; i < N; i++)
    gort_newproc(0, worker, 0);
  for (int i = 0; i < N; i++)
    gort_semacquire(&arrived);
  gort_printf("all %d goroutines %d deep at once: %d goroutines\n", N, DEPTH,
              gort_NumGoroutine());
  gort_printf("segments hold every frame: %t\n",
              gort_stackinuse() >= (uintptr_t)N * DEPTH * 16);
  for (int i = 0; i < N; i++)
    gort_semrelease(&release);
  for (int i = 0; i < N; i++)
    gort_semacquire(&finished);
  gort_printf("sum %D\n", (long long)sum);
}
// CHECK: all 10000 goroutines 10000 deep at once: 10001 goroutines
// CHECK-NEXT: segments hold every frame: true
// CHECK-NEXT: sum 100000000
