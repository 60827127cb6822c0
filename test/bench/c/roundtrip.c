// Unbuffered round trip: main sends on ping, the echoer answers on pong.
// Nanoseconds per round trip.
#include "chan.h"

static Hchan *ping, *pong;

static void echoer(void *p) {
  (void)p;
  long v;
  for (;;) {
    gort_chanrecv1(ping, &v);
    gort_chansend1(pong, &v);
  }
}

void gort_main_main(void) {
  long n = iterations(1000000), v = 0;
  ping = gort_makechan(&tint, 0);
  pong = gort_makechan(&tint, 0);
  gort_newproc(0, echoer, 0);
  long long t0 = now();
  for (long i = 0; i < n; i++) {
    gort_chansend1(ping, &i);
    gort_chanrecv1(pong, &v);
  }
  report("roundtrip", (double)(now() - t0) / n, "ns/roundtrip");
}
