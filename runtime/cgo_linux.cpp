// cgo_linux.cpp: OS threads for new ms, the seed's iscgo path: libcgo's
// gcc_linux_*.c and gcc_util.c, plus what thread_linux.c did for a new m.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"

namespace runtime {

struct ThreadStart {  // the seed's CgoThreadStart
  M *m;
  G *g;
  void (*fn)(void);
};

static void *threadentry(void *v) {
  ThreadStart ts;

  ts = *(ThreadStart *)v;
  ::free(v);

  ts.g->stackbase = (byte *)&ts;
  // PORT: g0 runs on the thread's own stack and never splits: its guard
  // is 0, which the limit word compares below every stack pointer.
  ts.g->stackguard = 0;

  // Set specific keys: the thread-local m and g.
  setm(ts.m);
  setg(ts.g);
  ts.fn();
  return nil;
}

int32 mcount();  // proc.cpp

enum { EAGAIN_ = 11 };  // Linux's EAGAIN on all our targets

// libcgo_sys_thread_start: runs on g0 through asmcgocall.
static void thread_start(void *v) {
  ThreadStart *ts = (ThreadStart *)::malloc(sizeof(ThreadStart));
  pthread_attr_t attr;
  sigset_t ign, oset;
  pthread_t p;
  int err;

  if (ts == nil)
    abort();
  *ts = *(ThreadStart *)v;

  // The new thread starts with all signals blocked; minit decides.
  sigfillset(&ign);
  pthread_sigmask(SIG_SETMASK, &ign, &oset);
  pthread_attr_init(&attr);
  err = pthread_create(&p, &attr, threadentry, ts);
  pthread_attr_destroy(&attr);
  pthread_sigmask(SIG_SETMASK, &oset, nil);
  if (err != 0) {
    // PORT: Go 1.19's newosproc's words (a Go program without cgo), not
    // libcgo's (pthread_create failed, then abort): a fatal error, status 2.
    ::free(ts);
    printf("runtime: failed to create new OS thread (have %d already; errno=%d)\n",
           mcount(), err);
    if (err == EAGAIN_)
      printf("runtime: may need to increase max user processes (ulimit -u)\n");
    throw_("newosproc");
  }
}

void (*libcgo_thread_start)(void *) = thread_start;

int32 ncpu;

// PORT: Go 1.0's getproccount (thread_linux.c; Go 1.19's os_linux.go):
// the cpus this process may run on, its affinity mask (so `taskset -c 0`
// gives 1), by the raw system call, which returns the mask's bytes.
static int32 getproccount() {
  // Go's buffer: 64K cpus. osinit runs on the main thread's own stack.
  byte buf[64 * 1024 / 8];
  int32 r, n;

  r = sched_getaffinity(0, sizeof buf, buf);
  if (r < 0)
    return 1;
  n = 0;
  for (int32 i = 0; i < r; i++)
    for (byte v = buf[i]; v != 0; v >>= 1)
      n += v & 1;
  if (n == 0)
    n = 1;
  return n;
}

void osinit() { ncpu = getproccount(); }

static void cseed(void *v) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  *(uint32 *)v ^= (uint32)ts.tv_nsec ^ (uint32)ts.tv_sec;
}

// Called to initialize a new m (including the bootstrap m).
void minit() {
  M *m = getm();
  m->procid = gettid();
  m->stacklimit = stacklimitaddr();  // PORT: for sysmon's preemptone
  // PORT: select's random choice differs from run to run, as in Go
  // (the seed started every m's fastrand1 at the same value).
  m->fastrand = 0x49f6428aU + m->id;
  cseed(&m->fastrand);  // on g0: libc is fine here
  if (m->fastrand == 0)
    m->fastrand = 1;
  setg(m->g0);  // the limit word for g0's stack
  pthread_attr_t attr;  // the bounds of g0's stack, for sigprof
  void *lo;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    if (pthread_attr_getstack(&attr, &lo, &size) == 0) {
      m->g0lo = (uintptr)lo;
      m->g0hi = (uintptr)lo + size;
    }
    pthread_attr_destroy(&attr);
  }
  splitprofinit(m);
  m->gsignal = malg(32 * 1024);
  signalstack(m->gsignal->stack0, 32 * 1024);
}

}  // namespace runtime
