// sema.cpp: semaphores that park goroutines (the seed era's sema.goc),
// the scheduler's simplest blocking primitive: sync.Mutex and the C ABI's
// tests block and wake goroutines with them.
//
// Semaphore implementation exposed to Go.
// Intended use is provide a sleep and wakeup
// primitive that can be used in the contended case
// of other synchronization primitives.
// Thus it targets the same goal as Linux's futex,
// but it has much simpler semantics.
//
// That is, don't think of these as semaphores.
// Think of them as a way to implement sleep and wakeup
// such that every sleep is paired with a single wakeup,
// even if, due to races, the wakeup happens before the sleep.
//
// See Mullender and Cox, ``Semaphores in Plan 9,''
// http://swtch.com/semaphore.pdf

#include "runtime.h"

namespace runtime {

struct Sema {
  uint32 volatile *addr;
  G *g;
  Sema *prev;
  Sema *next;
};

struct SemaRoot {
  Lock lock;
  Sema *head;
  Sema *tail;
  // Number of waiters. Read w/o the lock.
  uint32 volatile nwait;
};

// Prime to not correlate with any user patterns.
enum { SEMTABLESZ = 251 };

static SemaRoot semtable[SEMTABLESZ];

// PORT: the seed hashed addr >> 3, so the two words of every 8 bytes
// shared a root, and a release on one scanned all the waiters on the
// other: a million goroutines parked on one semaphore made each release
// of its neighbour O(n). Counting in words instead, any two semaphores
// less than SEMTABLESZ words apart have roots of their own (a stride that
// is not a multiple of 251 words cycles through every root).
static SemaRoot *semroot(uint32 volatile *addr) {
  return &semtable[(uintptr)addr / sizeof *addr % SEMTABLESZ];
}

static void semqueue(SemaRoot *root, uint32 volatile *addr, Sema *s) {
  s->g = getg();
  s->addr = addr;
  s->next = nil;
  s->prev = root->tail;
  if (root->tail)
    root->tail->next = s;
  else
    root->head = s;
  root->tail = s;
}

static void semdequeue(SemaRoot *root, Sema *s) {
  if (s->next)
    s->next->prev = s->prev;
  else
    root->tail = s->prev;
  if (s->prev)
    s->prev->next = s->next;
  else
    root->head = s->next;
  s->prev = nil;
  s->next = nil;
}

static int32 cansemacquire(uint32 volatile *addr) {
  uint32 v;

  while ((v = atomicload(addr)) > 0)
    if (cas(addr, v, v - 1))
      return 1;
  return 0;
}

void semacquire(uint32 volatile *addr) {
  Sema s;
  SemaRoot *root;

  // Easy case.
  if (cansemacquire(addr))
    return;

  // Harder case:
  //	increment waiter count
  //	try cansemacquire one more time, return if succeeded
  //	enqueue itself as a waiter
  //	sleep
  //	(waiter descriptor is dequeued by signaler)
  root = semroot(addr);
  for (;;) {
    lock(&root->lock);
    // Add ourselves to nwait to disable "easy case" in semrelease.
    __atomic_fetch_add(&root->nwait, 1, __ATOMIC_SEQ_CST);
    // Check cansemacquire to avoid missed wakeup.
    if (cansemacquire(addr)) {
      __atomic_fetch_sub(&root->nwait, 1, __ATOMIC_SEQ_CST);
      unlock(&root->lock);
      return;
    }
    // Any semrelease after the cansemacquire knows we're waiting
    // (we set nwait above), so go to sleep.
    semqueue(root, addr, &s);
    getg()->status = Gwaiting;
    getg()->waitreason = "semacquire";
    unlock(&root->lock);
    gosched();
    if (cansemacquire(addr))
      return;
  }
}

void semrelease(uint32 volatile *addr) {
  Sema *s;
  SemaRoot *root;

  root = semroot(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);

  // Easy case: no waiters?
  // This check must happen after the xadd, to avoid a missed wakeup
  // (see loop in semacquire).
  if (atomicload(&root->nwait) == 0)
    return;

  // Harder case: search for a waiter and wake it.
  lock(&root->lock);
  if (atomicload(&root->nwait) == 0) {
    // The count is already consumed by another goroutine,
    // so no need to wake up another goroutine.
    unlock(&root->lock);
    return;
  }
  for (s = root->head; s; s = s->next) {
    if (s->addr == addr) {
      __atomic_fetch_sub(&root->nwait, 1, __ATOMIC_SEQ_CST);
      semdequeue(root, s);
      break;
    }
  }
  unlock(&root->lock);
  if (s)
    ready(s->g);
}

// The sync package's names for them.
void Semacquire(uint32 volatile *addr) GO(Semacquire);
void Semacquire(uint32 volatile *addr) { semacquire(addr); }
void Semrelease(uint32 volatile *addr) GO(Semrelease);
void Semrelease(uint32 volatile *addr) { semrelease(addr); }

}  // namespace runtime
