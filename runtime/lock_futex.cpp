// lock_futex.cpp: locks and notes on Linux futexes (the seed era's
// lock_futex.c and the futex calls of thread_linux.c).
//
// This implementation depends on OS-specific implementations of
//
//	futexsleep(uint32 *addr, uint32 val, int64 ns)
//		Atomically,
//			if(*addr == val) sleep
//		Might be woken up spuriously; that's allowed.
//		Don't sleep longer than ns; ns < 0 means forever.
//
//	futexwakeup(uint32 *addr, uint32 cnt)
//		If any procs are sleeping on addr, wake up at most cnt.

#include "runtime.h"

namespace runtime {

enum {
  MUTEX_UNLOCKED = 0,
  MUTEX_LOCKED = 1,
  MUTEX_SLEEPING = 2,

  ACTIVE_SPIN = 4,
  ACTIVE_SPIN_CNT = 30,
  PASSIVE_SPIN = 1,
};

// PORT: the private futex operations: our futexes are never shared
// between processes, and the kernel skips the mm lookup for them.
enum { FUTEX_WAIT = 0 | 128, FUTEX_WAKE = 1 | 128 };

// Possible lock states are MUTEX_UNLOCKED, MUTEX_LOCKED and MUTEX_SLEEPING.
// MUTEX_SLEEPING means that there is presumably at least one sleeping thread.
// Note that there can be spinning threads during all states - they do not
// affect mutex's state.
void lock(Lock *l) {
  uint32 i, v, wait, spin;

  if (getm()->locks++ < 0)
    throw_("lock: lock count");

  // Speculative grab for lock.
  v = xchg(&l->key, MUTEX_LOCKED);
  if (v == MUTEX_UNLOCKED)
    return;

  // wait is either MUTEX_LOCKED or MUTEX_SLEEPING
  // depending on whether there is a thread sleeping
  // on this mutex.  If we ever change l->key from
  // MUTEX_SLEEPING to some other value, we must be
  // careful to change it back to MUTEX_SLEEPING before
  // returning, to ensure that the sleeping thread gets
  // its wakeup call.
  wait = v;

  // On uniprocessor's, no point spinning.
  // On multiprocessors, spin for ACTIVE_SPIN attempts.
  spin = 0;
  if (ncpu > 1)
    spin = ACTIVE_SPIN;

  for (;;) {
    // Try for lock, spinning.
    for (i = 0; i < spin; i++) {
      while (l->key == MUTEX_UNLOCKED)
        if (cas(&l->key, MUTEX_UNLOCKED, wait))
          return;
      procyield(ACTIVE_SPIN_CNT);
    }

    // Try for lock, rescheduling.
    for (i = 0; i < PASSIVE_SPIN; i++) {
      while (l->key == MUTEX_UNLOCKED)
        if (cas(&l->key, MUTEX_UNLOCKED, wait))
          return;
      osyield();
    }

    // Sleep.
    v = xchg(&l->key, MUTEX_SLEEPING);
    if (v == MUTEX_UNLOCKED)
      return;
    wait = MUTEX_SLEEPING;
    futexsleep(&l->key, MUTEX_SLEEPING, -1);
  }
}

void unlock(Lock *l) {
  uint32 v;

  if (--getm()->locks < 0)
    throw_("unlock: lock count");

  v = xchg(&l->key, MUTEX_UNLOCKED);
  if (v == MUTEX_UNLOCKED)
    throw_("unlock of unlocked lock");
  if (v == MUTEX_SLEEPING)
    futexwakeup(&l->key, 1);
}

// One-time notifications.
//
// PORT: a sleeper spins a little, then yields its cpu a few times, before
// it sleeps in the kernel, and says so in the key, so that notewakeup makes
// a system call only when someone sleeps there. An m that runs out of work
// is usually handed some within microseconds (a channel's peer on another
// cpu); waking it from the kernel costs tens of microseconds on every hop.
// The yields matter when the cpus are busy: the thread the sleeper waits
// for may need its cpu. The seed slept at once and always woke through the
// kernel.
enum {
  NOTE_CLEAR = 0,       // noteclear: not woken yet
  NOTE_WOKEN = 1,       // notewakeup happened
  NOTE_SLEEPING = 2,    // the sleeper is (about to be) in futexsleep
  NOTE_SPIN = 100,      // rounds of procyield(NOTE_SPIN_CNT), then
  NOTE_SPIN_CNT = 20,
  NOTE_YIELDS = 3,      // rounds of osyield, then the futex
};

void noteclear(Note *n) { n->key = NOTE_CLEAR; }

void notewakeup(Note *n) {
  uint32 old = xchg(&n->key, NOTE_WOKEN);
  if (old == NOTE_WOKEN)
    throw_("notewakeup - double wakeup");
  if (old == NOTE_SLEEPING)
    futexwakeup(&n->key, 1);
}

// The sleep itself (notesleep, notetsleep).
static void notesleep1(Note *n) {
  if (ncpu > 1) {
    for (int32 i = 0; i < NOTE_SPIN; i++) {
      if (atomicload(&n->key) == NOTE_WOKEN)
        return;
      procyield(NOTE_SPIN_CNT);
    }
    for (int32 i = 0; i < NOTE_YIELDS; i++) {
      if (atomicload(&n->key) == NOTE_WOKEN)
        return;
      osyield();
    }
  }
  for (;;) {
    uint32 v = atomicload(&n->key);
    if (v == NOTE_WOKEN)
      return;
    if (v == NOTE_CLEAR && !cas(&n->key, NOTE_CLEAR, NOTE_SLEEPING))
      continue;
    futexsleep(&n->key, NOTE_SLEEPING, -1);
  }
}

static bool notetsleep1(Note *n, int64 ns);

// As Go 1.0's on Darwin, no SIGPROF while the thread sleeps (setprof,
// signal_linux.cpp, says why Linux needs it too).
void notesleep(Note *n) {
  M *m = getm();
  bool prof = m != nil && m->profilehz > 0;
  if (prof)
    setprof(false);
  notesleep1(n);
  if (prof)
    setprof(true);
}

// PORT: Go 1.1's notetsleep: notesleep for at most ns nanoseconds (ns < 0:
// no limit). Returns whether the note was woken.
bool notetsleep(Note *n, int64 ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  M *m = getm();
  bool prof = m != nil && m->profilehz > 0;
  if (prof)
    setprof(false);
  bool woken = notetsleep1(n, ns);
  if (prof)
    setprof(true);
  return woken;
}

static bool notetsleep1(Note *n, int64 ns) {
  int64 deadline = nanotime() + ns;
  for (;;) {
    uint32 v = atomicload(&n->key);
    if (v == NOTE_WOKEN)
      return true;
    if (v == NOTE_CLEAR && !cas(&n->key, NOTE_CLEAR, NOTE_SLEEPING))
      continue;
    futexsleep(&n->key, NOTE_SLEEPING, ns);
    ns = deadline - nanotime();
    if (ns <= 0)
      return atomicload(&n->key) == NOTE_WOKEN;
  }
}

struct Timespec {
  intptr_t tv_sec;
  long tv_nsec;
};

// Atomically,
//	if(*addr == val) sleep
// Might be woken up spuriously; that's allowed.
// Don't sleep longer than ns; ns < 0 means forever.
void futexsleep(uint32 *addr, uint32 val, int64 ns) {
  Timespec ts, *tsp;

  if (ns < 0)
    tsp = nil;
  else {
    // PORT: Go 1.1's timediv saturates a 32-bit tv_sec (a timer far off)
    int64 sec = ns / 1000000000LL;
    ts.tv_sec = sec > INTPTR_MAX ? INTPTR_MAX : (intptr_t)sec;
    ts.tv_nsec = ns % 1000000000LL;
    tsp = &ts;
  }

  // Some Linux kernels have a bug where futex of
  // FUTEX_WAIT returns an internal error code
  // as an errno.  Libpthread ignores the return value
  // here, and so can we: as it says a few lines up,
  // spurious wakeups are allowed.
  futex(addr, FUTEX_WAIT, val, tsp, nil, 0);
}

// If any procs are sleeping on addr, wake up at most cnt.
void futexwakeup(uint32 *addr, uint32 cnt) {
  int32 ret;

  ret = futex(addr, FUTEX_WAKE, cnt, nil, nil, 0);

  if (ret >= 0)
    return;

  // I don't know that futex wakeup can return
  // EAGAIN or EINTR, but if it does, it would be
  // safe to loop and call futex again.
  printf("futexwakeup addr=%p returned %d\n", addr, ret);
  *(volatile int32 *)0x1006 = 0x1006;
}

}  // namespace runtime
