// entersyscall/exitsyscall under GOMAXPROCS=1: a goroutine blocked in
// read() on a pipe gives up the cpu, so main runs and writes the data (were
// the cpu not given up, main would never run: the timeout fails the test);
// the reader resumes when the data arrives.
// REQUIRES: sched
// RUN: %cc %s -o %t && env GOMAXPROCS=1 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 timeout 60 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 timeout 60 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include "pipeio.h"

static int fds[2];
static uint32_t done;
static volatile int inread;


static void reader(void *p) {
  (void)p;
  char buf[16] = {0};
  struct io io = {fds[0], buf, 5, 0};
  inread = 1;
  gort_entersyscall();
  gort_asmcgocall(cread, &io);  // blocks until main writes
  gort_exitsyscall();
  gort_printf("reader got %d bytes: %s\n", io.ret, buf);
  gort_semrelease(&done);
}

static void cpipe(void *p) { *(int *)p = pipe(fds); }

void gort_main_main(void) {
  int r;
  gort_asmcgocall(cpipe, &r);
  gort_newproc(0, reader, 0);
  while (!inread)
    gort_Gosched();
  for (int i = 0; i < 10; i++)
    gort_Gosched();  // the reader is in read(); we still run
  gort_printf("main runs while the reader is blocked\n");
  struct io io = {fds[1], "hello", 5, 0};
  gort_asmcgocall(cwrite, &io);
  gort_semacquire(&done);
  gort_printf("done\n");
}
// CHECK: main runs while the reader is blocked
// CHECK-NEXT: reader got 5 bytes: hello
// CHECK-NEXT: done
