// Buffered channel throughput: a producer fills a channel of capacity 100,
// main drains it. Nanoseconds per element.
#include "chan.h"

static Hchan *c;
static long n;

static void producer(void *p) {
  (void)p;
  for (long i = 0; i < n; i++)
    gort_chansend1(c, &i);
}

void gort_main_main(void) {
  n = iterations(10000000);
  long v;
  c = gort_makechan(&tint, 100);
  long long t0 = now();
  gort_newproc(0, producer, 0);
  for (long i = 0; i < n; i++)
    gort_chanrecv1(c, &v);
  report("buffered", (double)(now() - t0) / n, "ns/element");
}
