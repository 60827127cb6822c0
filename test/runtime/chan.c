// Channels from C: an unbuffered channel hands each value straight from
// sender to receiver; a buffered one queues up to its capacity; close lets
// receivers drain the buffer, then gives zero values with ok=false.
// Expected values as Go 1.19 prints them for the same program.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};
static Hchan *unbuf, *done;

static void producer(void *p) {
  (void)p;
  for (long i = 1; i <= 3; i++)
    gort_chansend1(unbuf, &i);
  gort_closechan(unbuf);
}

static void consumer(void *p) {
  (void)p;
  long v, sum = 0;
  while (gort_chanrecv2(unbuf, &v))
    sum += v;
  gort_chansend1(done, &sum);
}

void gort_main_main(void) {
  unbuf = gort_makechan(&tint, 0);
  done = gort_makechan(&tint, 0);
  gort_newproc(0, producer, 0);
  gort_newproc(0, consumer, 0);
  long sum;
  gort_chanrecv1(done, &sum);
  gort_printf("sum %D\n", (long long)sum);
  // CHECK: sum 6

  Hchan *b = gort_makechan(&tint, 3);
  for (long i = 10; i < 13; i++)
    gort_chansend1(b, &i);
  long x = 99;
  gort_printf("len %D cap %D full-send %t\n", (long long)gort_chanlen(b),
              (long long)gort_chancap(b), gort_selectnbsend(b, &x));
  // CHECK-NEXT: len 3 cap 3 full-send false
  gort_closechan(b);
  long v;
  bool ok;
  for (int i = 0; i < 4; i++) {
    ok = gort_chanrecv2(b, &v);
    gort_printf("recv %D %t\n", (long long)v, ok);
  }
  // CHECK-NEXT: recv 10 true
  // CHECK-NEXT: recv 11 true
  // CHECK-NEXT: recv 12 true
  // CHECK-NEXT: recv 0 false
  Hchan *e = gort_makechan(&tint, 1);
  bool got = gort_selectnbrecv(&v, &ok, e);
  gort_printf("empty-recv %t\n", got);
  // CHECK-NEXT: empty-recv false
  gort_printf("nil len %D cap %D\n", (long long)gort_chanlen(0),
              (long long)gort_chancap(0));
  // CHECK-NEXT: nil len 0 cap 0
}
