// The "hot split": a loop calling a function whose frame never fits on the
// current segment, so every call splits and every return unsplits, against
// the same call with room to spare (its check passes). Ratio of the two.
#include "bench.h"

__attribute__((noinline)) static long callee(long x) {
  volatile char buf[6000];  // larger than what is left of a segment
  buf[x & 7] = (char)x;
  return buf[x & 7] + 1;
}

__attribute__((noinline)) static long loop(long n) {
  long s = 0;
  for (long i = 0; i < n; i++)
    s += callee(i);
  return s;
}

// Recurses until the segment holds more than room bytes, then runs loop:
// every call of callee finds room on the same segment.
__attribute__((noinline)) static long roomy(long n) {
  volatile char pad[20000];
  pad[n % sizeof pad] = 1;  // a variable index keeps the whole frame
  return loop(n) + pad[n % sizeof pad] - 1;
}

static uint32_t done;
static long n;

static void bench(void *p) {
  (void)p;
  long long t0 = now();
  volatile long r1 = loop(n);  // splits every call
  long long t1 = now();
  volatile long r2 = roomy(n);  // a 32 KB segment: room for callee
  long long t2 = now();
  (void)r1, (void)r2;
  double split = (double)(t1 - t0) / n, plain = (double)(t2 - t1) / n;
  report("hotsplit", split, "ns/call");
  report("plaincall", plain, "ns/call");
  report("hotsplit/plaincall", split / plain, "x");
  gort_semrelease(&done);
}

void gort_main_main(void) {
  n = iterations(10000000);
  gort_newproc(0, bench, 0);
  gort_semacquire(&done);
}
