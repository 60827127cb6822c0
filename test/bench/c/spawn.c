// Spawn, run and exit short goroutines in batches of 1000: nanoseconds per
// goroutine.
#include "bench.h"

static uint32_t done;

static void worker(void *p) {
  (void)p;
  gort_semrelease(&done);
}

void gort_main_main(void) {
  long n = iterations(1000000);
  long long t0 = now();
  for (long i = 0; i < n; i += 1000) {
    for (int j = 0; j < 1000; j++)
      gort_newproc(0, worker, 0);
    for (int j = 0; j < 1000; j++)
      gort_semacquire(&done);
  }
  long long t1 = now();
  report("spawn", (double)(t1 - t0) / n, "ns/goroutine");
}
