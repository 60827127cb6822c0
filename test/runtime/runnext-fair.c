// A pair of goroutines handing a value back and forth forever, each
// readying the other into its m's runnext, must not starve the goroutines
// waiting in the run queue: main, back from a system call (time.Sleep)
// with no cpu free, waits there, and must run again and end the program.
// (Go 1.19 preempts the pair; gort's runnext yields to the queue every
// RunnextFair handoffs.)
// REQUIRES: sched
// RUN: %cc %s -o %t
// RUN: env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

static void player(void *p) {
  Hchan **c = p;
  long v;
  for (;;) {
    gort_chanrecv1(c[0], &v);
    v++;
    gort_chansend1(c[1], &v);
  }
}

void gort_main_main(void) {
  // One ping-pong pair per cpu, so that no cpu is free.
  int procs = gort_GOMAXPROCS(0);
  for (int i = 0; i < procs; i++) {
    Hchan *a = gort_makechan(&tint, 0), *b = gort_makechan(&tint, 0);
    Hchan *ab[2] = {a, b}, *ba[2] = {b, a};
    gort_newproc(sizeof ab, player, ab);
    gort_newproc(sizeof ba, player, ba);
    long v = 0;
    gort_chansend1(a, &v);  // the pair starts
  }
  for (int i = 0; i < 3; i++)
    gort_tsleep(1000 * 1000);
  gort_printf("main ran again\n");
}
// CHECK: main ran again
