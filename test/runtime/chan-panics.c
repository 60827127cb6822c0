// The channel misuses Go panics on, with Go 1.19's words and exit status 2.
// REQUIRES: sched
// RUN: %cc -DSENDCLOSED %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: %cc -DCLOSECLOSED %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=CLOSE
// RUN: %cc -DCLOSENIL %s -o %t3 && %exitcode %run %t3 2>&1 | FileCheck %s --check-prefix=NIL
// RUN: %cc -DBADSIZE %s -o %t4 && %exitcode %run %t4 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: %cc -DRECVNIL %s -o %t5 && %exitcode %run %t5 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t2 2>&1 | FileCheck %s --check-prefix=CLOSE
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t2 2>&1 | FileCheck %s --check-prefix=CLOSE
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t3 2>&1 | FileCheck %s --check-prefix=NIL
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t3 2>&1 | FileCheck %s --check-prefix=NIL
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t4 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t4 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: env GOMAXPROCS=2 %exitcode timeout 60 %run %t5 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// RUN: env GOMAXPROCS=3 %exitcode timeout 60 %run %t5 2>&1 | FileCheck %s --check-prefix=DEADLOCK
#include <gort/gort.h>

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

void gort_main_main(void) {
  Hchan *c = gort_makechan(&tint, 0);
  long v = 1;
  (void)c, (void)v;
#ifdef SENDCLOSED
  gort_closechan(c);
  gort_chansend1(c, &v);
#endif
#ifdef CLOSECLOSED
  gort_closechan(c);
  gort_closechan(c);
#endif
#ifdef CLOSENIL
  gort_closechan(0);
#endif
#ifdef BADSIZE
  gort_makechan(&tint, -1);
#endif
#ifdef RECVNIL
  gort_chanrecv1(0, &v);
#endif
  gort_printf("not reached\n");
}
// SEND: panic: send on closed channel
// SEND-EMPTY:
// SEND-NEXT: goroutine 1 [running]:
// SEND: exit status 2
// CLOSE: panic: close of closed channel
// CLOSE: exit status 2
// NIL: panic: close of nil channel
// NIL: exit status 2
// SIZE: panic: makechan: size out of range
// SIZE: exit status 2
// DEADLOCK: fatal error: all goroutines are asleep - deadlock!
// DEADLOCK: exit status 2
