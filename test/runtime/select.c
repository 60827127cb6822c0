// select: a uniformly random choice among ready cases; blocking on all
// cases at once until one is ready; default when none is; nil channels'
// cases never run; receives from a closed channel are ready with ok=false.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

static Hchan *a, *b, *quit;

static void sender(void *p) {
  Hchan *c = *(Hchan **)p;
  long v = c == a ? 1 : 2;
  for (int i = 0; i < 5; i++)
    gort_chansend1(c, &v);
}

void gort_main_main(void) {
  // Two buffered channels, both always ready: 40000 selects split evenly.
  Hchan *x = gort_makechan(&tint, 1), *y = gort_makechan(&tint, 1);
  long one = 1, v;
  int count[2] = {0, 0};
  for (int i = 0; i < 40000; i++) {
    gort_chansend1(x, &one);
    gort_chansend1(y, &one);
    GoScase cs[2] = {{x, &v, 0}, {y, &v, 0}};
    count[gort_selectgo(cs, 0, 2, false)]++;
    GoScase rest[2] = {{x, &v, 0}, {y, &v, 0}};
    gort_selectgo(rest, 0, 2, false);  // drain the other
  }
  gort_printf("uniform: %t\n", count[0] > 19000 && count[1] > 19000);
  // CHECK: uniform: true

  // Blocking on two unbuffered channels fed by two goroutines.
  a = gort_makechan(&tint, 0), b = gort_makechan(&tint, 0);
  gort_newproc(sizeof a, sender, &a);
  gort_newproc(sizeof b, sender, &b);
  long sum = 0;
  for (int i = 0; i < 10; i++) {
    GoScase cs[2] = {{a, &v, 0}, {b, &v, 0}};
    gort_selectgo(cs, 0, 2, false);
    sum += v;
  }
  gort_printf("sum %D\n", (long long)sum);
  // CHECK-NEXT: sum 15

  // Nothing ready: default. A nil channel's case never runs.
  GoScase none[2] = {{a, &v, 0}, {0, &v, 0}};
  gort_printf("default %d\n", gort_selectgo(none, 1, 1, true));
  // CHECK-NEXT: default -1

  // A closed channel is always ready to receive, with ok=false.
  quit = gort_makechan(&tint, 0);
  gort_closechan(quit);
  bool ok = true;
  GoScase cl[2] = {{0, &v, 0}, {quit, &v, &ok}};
  int i = gort_selectgo(cl, 0, 2, false);
  gort_printf("closed case %d ok %t v %D\n", i, ok, (long long)v);
  // CHECK-NEXT: closed case 1 ok false v 0

  // A send case runs when a receiver waits.
  Hchan *s = gort_makechan(&tint, 1);
  long nine = 9;
  GoScase sc[2] = {{s, &nine, 0}, {a, &v, 0}};
  gort_printf("send case %d\n", gort_selectgo(sc, 1, 1, false));
  gort_chanrecv1(s, &v);
  gort_printf("sent %D\n", (long long)v);
  // CHECK-NEXT: send case 0
  // CHECK-NEXT: sent 9
}
