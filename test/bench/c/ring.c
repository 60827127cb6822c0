// A ring of 10,000 goroutines passing a token: each receives from its left
// channel and sends to its right. Nanoseconds per hop.
#include "chan.h"

enum { N = 10000 };
static Hchan *ch[N + 1];

static void link_(void *p) {
  long i = *(long *)p, v;
  for (;;) {
    gort_chanrecv1(ch[i], &v);
    gort_chansend1(ch[i + 1], &v);
  }
}

void gort_main_main(void) {
  long rounds = iterations(100), v = 0;
  for (long i = 0; i <= N; i++)
    ch[i] = gort_makechan(&tint, 0);
  for (long i = 0; i < N; i++)
    gort_newproc(sizeof i, link_, &i);
  long long t0 = now();
  for (long r = 0; r < rounds; r++) {
    gort_chansend1(ch[0], &v);
    gort_chanrecv1(ch[N], &v);
  }
  report("ring", (double)(now() - t0) / (rounds * (double)(N + 1)), "ns/hop");
}
