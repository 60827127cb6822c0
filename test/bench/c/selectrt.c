// Select round trip: the echoer waits in a two-way select (ping or quit)
// and answers on pong. Nanoseconds per round trip.
#include "chan.h"

static Hchan *ping, *pong, *quit;

static void echoer(void *p) {
  (void)p;
  long v;
  for (;;) {
    GoScase cs[2] = {{ping, &v, 0}, {quit, &v, 0}};
    if (gort_selectgo(cs, 0, 2, false) == 1)
      return;
    gort_chansend1(pong, &v);
  }
}

void gort_main_main(void) {
  long n = iterations(1000000), v = 0;
  ping = gort_makechan(&tint, 0);
  pong = gort_makechan(&tint, 0);
  quit = gort_makechan(&tint, 0);
  gort_newproc(0, echoer, 0);
  long long t0 = now();
  for (long i = 0; i < n; i++) {
    gort_chansend1(ping, &i);
    gort_chanrecv1(pong, &v);
  }
  report("selectroundtrip", (double)(now() - t0) / n, "ns/roundtrip");
  gort_closechan(quit);
}
