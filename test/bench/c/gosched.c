// Two goroutines handing the cpu back and forth with Gosched, GOMAXPROCS=1:
// nanoseconds per switch.
#include "bench.h"

static long n;
static uint32_t done;

static void yielder(void *p) {
  (void)p;
  for (long i = 0; i < n; i++)
    gort_Gosched();
  gort_semrelease(&done);
}

void gort_main_main(void) {
  n = iterations(2000000);
  gort_newproc(0, yielder, 0);
  gort_newproc(0, yielder, 0);
  long long t0 = now();
  gort_semacquire(&done);
  gort_semacquire(&done);
  long long t1 = now();
  report("gosched", (double)(t1 - t0) / (2.0 * n), "ns/switch");
}
