// time.cpp: time.Sleep as the seed era did it: the goroutine sleeps in a
// blocking system call, between entersyscall and exitsyscall, so the
// scheduler runs the others meanwhile.
#include <time.h>

#include "runtime.h"

namespace runtime {

struct Timespec {
  intptr_t tv_sec;
  long tv_nsec;
};

enum { EINTR = 4 };

void tsleep(int64 ns) {
  if (ns <= 0)
    return;
  Timespec ts = {(intptr_t)(ns / 1000000000), (long)(ns % 1000000000)};
  getg()->waitreason = "sleep";  // PORT: Go 1.19's status for time.Sleep
  entersyscall();
  while (nanosleep(&ts, &ts) == -EINTR)
    ;
  exitsyscall();
}

static void cnanotime(void *p) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  *(int64 *)p = (int64)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// The monotonic clock in nanoseconds. PORT: Go reads it through the vDSO
// itself; here libc's clock_gettime, on g0 as every libc call.
int64 nanotime() {
  int64 t;
  asmcgocall(cnanotime, &t);
  return t;
}

// Sleeps the thread for about us microseconds (the scheduler's own waits;
// no entersyscall).
void usleep(uint32 us) {
  Timespec ts = {(intptr_t)(us / 1000000), (long)(us % 1000000) * 1000};
  while (nanosleep(&ts, &ts) == -EINTR)
    ;
}

}  // namespace runtime
