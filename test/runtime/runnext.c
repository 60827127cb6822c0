// runnext at GOMAXPROCS=2 (proc.cpp's ready): a goroutine readied by a
// channel handoff waits to run next on the readying goroutine's m, and must
// still never be held up by it:
//  - parallel: after the handoff the two meet, each spinning until the
//    other has arrived, without yielding; only a spinning m that takes the
//    readied one from the runnext lets them (the timeout fails the test);
//  - syscall: the readying goroutine then blocks in read() on a pipe that
//    only the readied one writes to;
//  - locked: the readying goroutine then calls LockOSThread and blocks:
//    its wired m must not run the readied goroutine; another m does;
//  - freed: both cpus are busy at the handoff (so nobody spins), then the
//    other busy goroutine enters a system call: the cpu it frees must go
//    to the readied goroutine while the readier spins on.
// REQUIRES: sched
// RUN: %cc -DPARALLEL %s -o %t1 && env GOMAXPROCS=2 timeout 60 %run %t1 2>&1 | FileCheck %s --check-prefix=PARALLEL
// RUN: %cc -DSYSCALL %s -o %t2 && env GOMAXPROCS=2 timeout 60 %run %t2 2>&1 | FileCheck %s --check-prefix=SYSCALL
// RUN: %cc -DLOCKED %s -o %t3 && env GOMAXPROCS=2 timeout 60 %run %t3 2>&1 | FileCheck %s --check-prefix=LOCKED
// RUN: %cc -DFREED %s -o %t4 && env GOMAXPROCS=2 timeout 60 %run %t4 2>&1 | FileCheck %s --check-prefix=FREED
#include <gort/gort.h>
#include "pipeio.h"

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};
static Hchan *c;
static uint32_t done;
static int met[2];

// Both count one more meeting, then wait for the other's count without
// yielding.
static void meet(int me) {
  int n = __atomic_add_fetch(&met[me], 1, __ATOMIC_SEQ_CST);
  while (__atomic_load_n(&met[1 - me], __ATOMIC_SEQ_CST) < n)
    ;
}

static int fds[2];

static volatile int wiredm = -1;
static volatile int busy, handedoff, received, stop;

// Keeps a cpu busy until the handoff, then sleeps in system calls.
static void sleeper(void *p) {
  (void)p;
  busy = 1;
  while (!handedoff)
    ;
  while (!stop)
    gort_tsleep(1000 * 1000);
  gort_semrelease(&done);
}

static void receiver(void *p) {
  (void)p;
  long v;
  gort_chanrecv1(c, &v);
#ifdef PARALLEL
  meet(1);
#endif
#ifdef SYSCALL
  struct io io = {fds[1], "hello", 5, 0};
  gort_asmcgocall(cwrite, &io);
#endif
#ifdef FREED
  received = 1;
#endif
#ifdef LOCKED
  while (wiredm < 0)
    gort_Gosched();
  gort_printf("readied one ran on the wired m %t\n", gort_mid() == wiredm);
#endif
  gort_semrelease(&done);
}

void gort_main_main(void) {
  c = gort_makechan(&tint, 0);
  long v = 1;
#ifdef PARALLEL
  for (int i = 0; i < 1000; i++) {
    gort_newproc(0, receiver, 0);
    gort_chansend1(c, &v);
    meet(0);
    gort_semacquire(&done);
  }
  gort_printf("met 1000 times\n");
  // PARALLEL: met 1000 times
#endif
#ifdef SYSCALL
  pipe(fds);
  for (int i = 0; i < 100; i++) {
    gort_newproc(0, receiver, 0);
    gort_chansend1(c, &v);
    char buf[8] = {0};
    struct io io = {fds[0], buf, 5, 0};
    gort_entersyscall();
    gort_asmcgocall(cread, &io);
    gort_exitsyscall();
    if (io.ret != 5)
      gort_printf("read %d\n", io.ret);
    gort_semacquire(&done);
  }
  gort_printf("read 100 times\n");
  // SYSCALL: read 100 times
#endif
#ifdef LOCKED
  gort_newproc(0, receiver, 0);
  gort_tsleep(20 * 1000 * 1000);  // the receiver waits: the send readies it
  gort_chansend1(c, &v);
  gort_LockOSThread();
  wiredm = gort_mid();
  gort_semacquire(&done);
  gort_UnlockOSThread();
  // LOCKED: readied one ran on the wired m false
#endif
#ifdef FREED
  gort_newproc(0, receiver, 0);
  gort_tsleep(20 * 1000 * 1000);  // the receiver waits: the send readies it
  gort_newproc(0, sleeper, 0);
  while (!busy)
    gort_Gosched();
  gort_chansend1(c, &v);  // both cpus busy: the receiver waits in runnext
  handedoff = 1;
  while (!received)
    ;  // no yield: only the cpu the sleeper frees can run the receiver
  stop = 1;
  gort_semacquire(&done);
  gort_semacquire(&done);
  gort_printf("received while the readier spun\n");
  // FREED: received while the readier spun
#endif
}
