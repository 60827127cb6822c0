// sync.cpp: Go's sync package (Go 1.19's mutex.go, rwmutex.go,
// waitgroup.go, once.go), which lives in the runtime here until gort
// compiles a Go library. Compiled code calls the methods under Go's own
// symbols ("sync.(*Mutex).Lock", the rows of runtime.def); the values are
// gort.h's GoMutex, GoRWMutex, GoWaitGroup and GoOnce, laid out as Go 1.19
// lays them out on each target. The functions keep Go's names and order;
// sync/atomic's calls keep their names (below, over runtime.cpp's atomics);
// blocking is the runtime's semacquire/semrelease (sema.cpp). No race
// detector, so none of its annotations.
//
// Which Mutex. This is Go 1.19's, with its spinning and its starvation
// mode. Rejected: Go 1.0's Mutex, a CAS loop with a woken bit whose
// waiters all queue at the semaphore's tail. It fits sema.cpp (the seed
// era's semaphore) exactly and is a third of the code, but a woken waiter
// loses every race to a goroutine that unlocks and relocks in a loop, for
// as long as that goroutine likes; Go 1.19 bounds the wait: a waiter that
// has waited over 1ms switches the mutex to starvation mode, where Unlock
// hands it straight to a waiter. The state word's bits are Go 1.19's
// either way, and so are its "inconsistent mutex state" checks. What
// sema.cpp lacks of Go 1.19's semaphore is marked PORT where it matters:
// no LIFO queueing for a waiter that lost a race, and no direct handoff of
// the count to the woken waiter.
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"
#include "race.h"

namespace runtime {

typedef GoMutex Mutex;
typedef GoRWMutex RWMutex;
typedef GoWaitGroup WaitGroup;
typedef GoOnce Once;

// gort.h's layouts are Go 1.19's (unsafe.Sizeof, Alignof, Offsetof on
// amd64 and arm; 386 as arm).
static_assert(sizeof(Mutex) == 8 && alignof(Mutex) == 4, "sync.Mutex");
static_assert(sizeof(RWMutex) == 24 && alignof(RWMutex) == 4 &&
                  offsetof(RWMutex, writerSem) == 8 &&
                  offsetof(RWMutex, readerSem) == 12 &&
                  offsetof(RWMutex, readerCount) == 16 &&
                  offsetof(RWMutex, readerWait) == 20,
              "sync.RWMutex");
static_assert(sizeof(WaitGroup) == (sizeof(void *) == 8 ? 16 : 12) &&
                  alignof(WaitGroup) == sizeof(void *) &&
                  offsetof(WaitGroup, state2) == 8,
              "sync.WaitGroup");
static_assert(sizeof(Once) == 12 && alignof(Once) == 4 &&
                  offsetof(Once, m) == 4,
              "sync.Once");

// sync/atomic's functions that the package uses, on the runtime's atomics.
static int32 LoadInt32(int32 volatile *p) {
  return (int32)atomicload((uint32 volatile *)p);
}

static int32 AddInt32(int32 volatile *p, int32 delta) {
  return (int32)xadd((uint32 volatile *)p, delta);
}

static bool CompareAndSwapInt32(int32 volatile *p, int32 old, int32 v) {
  return cas((uint32 volatile *)p, (uint32)old, (uint32)v);
}

// PORT: Go's string type, as the compiler emits it (linkonce_odr
// "type.string"), for sync's panic values. Weak, so that a program keeps
// one descriptor: they are strings to recover().(string).
extern GoType const typestring __asm__("type.string");
__attribute__((weak)) GoType const typestring = {
    sizeof(String), GORT_KIND_STRING, alignof(String),
    {(uint8_t const *)"string", 6}, nil, nil, 0, nil, nil};

// panic(s) for a string constant s, as sync's panics are.
[[noreturn]] static void panicstr(const char *s) {
  String v = {(byte *)s, findnull((byte const *)s)};
  gopanic(convT2E(&typestring, &v));
}

// The runtime services Go's sync package links to (runtime.go; Go's
// runtime/proc.go and sema.go implement them).

enum {
  active_spin = 4,       // rounds of spinning before sleeping
  active_spin_cnt = 30,  // procyield's pauses per round
};

// Whether lockSlow should spin: only a few times, and only on a multicore
// machine with GOMAXPROCS > 1, since sync.Mutex is cooperative.
// PORT: Go also wants another running P and an empty local run queue; this
// scheduler has neither Ps nor local queues.
static bool runtime_canSpin(intgo i) {
  return i < active_spin && ncpu > 1 && gomaxprocs > 1;
}

static void runtime_doSpin() { procyield(active_spin_cnt); }

// mutex.go

// A Mutex is a mutual exclusion lock.
// The zero value for a Mutex is an unlocked mutex.
enum {
  mutexLocked = 1 << 0,  // mutex is locked
  mutexWoken = 1 << 1,
  mutexStarving = 1 << 2,
  mutexWaiterShift = 3,

  // Mutex fairness.
  //
  // Mutex can be in 2 modes of operations: normal and starvation.
  // In normal mode waiters are queued in FIFO order, but a woken up waiter
  // does not own the mutex and competes with new arriving goroutines over
  // the ownership. New arriving goroutines have an advantage -- they are
  // already running on CPU and there can be lots of them, so a woken up
  // waiter has good chances of losing. In such case it is queued at front
  // of the wait queue (PORT: at the back here). If a waiter fails to
  // acquire the mutex for more than 1ms, it switches mutex to the
  // starvation mode.
  //
  // In starvation mode ownership of the mutex is directly handed off from
  // the unlocking goroutine to the waiter at the front of the queue.
  // New arriving goroutines don't try to acquire the mutex even if it
  // appears to be unlocked, and don't try to spin. Instead they queue
  // themselves at the tail of the wait queue.
  //
  // If a waiter receives ownership of the mutex and sees that either
  // (1) it is the last waiter in the queue, or (2) it waited for less
  // than 1 ms, it switches mutex back to normal operation mode.
  //
  // Normal mode has considerably better performance as a goroutine can
  // acquire a mutex several times in a row even if there are blocked
  // waiters. Starvation mode is important to prevent pathological cases
  // of tail latency.
  starvationThresholdNs = 1000000,
};

static void lockSlow(Mutex *m);
static void unlockSlow(Mutex *m, int32 new_);

// Lock locks m.
// If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
void MutexLock(Mutex *m) {
  // Fast path: grab unlocked mutex.
  if (CompareAndSwapInt32(&m->state, 0, mutexLocked)) {
    raceacquire(m);
    return;
  }
  // Slow path (outlined so that the fast path can be inlined)
  lockSlow(m);
  raceacquire(m);
}

// TryLock tries to lock m and reports whether it succeeded.
bool MutexTryLock(Mutex *m) {
  int32 old = LoadInt32(&m->state);
  if ((old & (mutexLocked | mutexStarving)) != 0)
    return false;

  // There may be a goroutine waiting for the mutex, but we are
  // running now and can try to grab the mutex before that
  // goroutine wakes up.
  if (!CompareAndSwapInt32(&m->state, old, old | mutexLocked))
    return false;
  raceacquire(m);
  return true;
}

static void lockSlow(Mutex *m) {
  int64 waitStartTime = 0;
  bool starving = false;
  bool awoke = false;
  intgo iter = 0;
  int32 old = LoadInt32(&m->state);
  for (;;) {
    // Don't spin in starvation mode, ownership is handed off to waiters
    // so we won't be able to acquire the mutex anyway.
    if ((old & (mutexLocked | mutexStarving)) == mutexLocked &&
        runtime_canSpin(iter)) {
      // Active spinning makes sense.
      // Try to set mutexWoken flag to inform Unlock
      // to not wake other blocked goroutines.
      if (!awoke && (old & mutexWoken) == 0 && old >> mutexWaiterShift != 0 &&
          CompareAndSwapInt32(&m->state, old, old | mutexWoken))
        awoke = true;
      runtime_doSpin();
      iter++;
      old = LoadInt32(&m->state);
      continue;
    }
    int32 new_ = old;
    // Don't try to acquire starving mutex, new arriving goroutines must queue.
    if ((old & mutexStarving) == 0)
      new_ |= mutexLocked;
    if ((old & (mutexLocked | mutexStarving)) != 0)
      new_ += 1 << mutexWaiterShift;
    // The current goroutine switches mutex to starvation mode.
    // But if the mutex is currently unlocked, don't do the switch.
    // Unlock expects that starving mutex has waiters, which will not
    // be true in this case.
    if (starving && (old & mutexLocked) != 0)
      new_ |= mutexStarving;
    if (awoke) {
      // The goroutine has been woken from sleep,
      // so we need to reset the flag in either case.
      if ((new_ & mutexWoken) == 0)
        throw_("sync: inconsistent mutex state");
      new_ &= ~mutexWoken;
    }
    if (CompareAndSwapInt32(&m->state, old, new_)) {
      if ((old & (mutexLocked | mutexStarving)) == 0)
        break;  // locked the mutex with CAS
      // If we were already waiting before, queue at the front of the queue.
      // PORT: semacquire queues at the back only (Go's
      // runtime_SemacquireMutex(&m.sema, queueLifo, 1)).
      if (waitStartTime == 0)
        waitStartTime = nanotime();
      semacquire(&m->sema);
      starving = starving ||
                 nanotime() - waitStartTime > starvationThresholdNs;
      old = LoadInt32(&m->state);
      if ((old & mutexStarving) != 0) {
        // If this goroutine was woken and mutex is in starvation mode,
        // ownership was handed off to us but mutex is in somewhat
        // inconsistent state: mutexLocked is not set and we are still
        // accounted as waiter. Fix that.
        if ((old & (mutexLocked | mutexWoken)) != 0 ||
            old >> mutexWaiterShift == 0)
          throw_("sync: inconsistent mutex state");
        int32 delta = mutexLocked - (1 << mutexWaiterShift);
        if (!starving || old >> mutexWaiterShift == 1) {
          // Exit starvation mode.
          // Critical to do it here and consider wait time.
          // Starvation mode is so inefficient, that two goroutines
          // can go lock-step infinitely once they switch mutex
          // to starvation mode.
          delta -= mutexStarving;
        }
        AddInt32(&m->state, delta);
        break;
      }
      awoke = true;
      iter = 0;
    } else {
      old = LoadInt32(&m->state);
    }
  }
}

// Unlock unlocks m.
// It is a run-time error if m is not locked on entry to Unlock.
//
// A locked Mutex is not associated with a particular goroutine.
// It is allowed for one goroutine to lock a Mutex and then
// arrange for another goroutine to unlock it.
void MutexUnlock(Mutex *m) {
  racerelease(m);
  // Fast path: drop lock bit.
  int32 new_ = AddInt32(&m->state, -mutexLocked);
  if (new_ != 0) {
    // Outlined slow path to allow inlining the fast path.
    unlockSlow(m, new_);
  }
}

static void unlockSlow(Mutex *m, int32 new_) {
  if (((new_ + mutexLocked) & mutexLocked) == 0)
    fatal("sync: unlock of unlocked mutex");
  if ((new_ & mutexStarving) == 0) {
    int32 old = new_;
    for (;;) {
      // If there are no waiters or a goroutine has already
      // been woken or grabbed the lock, no need to wake anyone.
      // In starvation mode ownership is directly handed off from unlocking
      // goroutine to the next waiter. We are not part of this chain,
      // since we did not observe mutexStarving when we unlocked the mutex
      // above. So get off the way.
      if (old >> mutexWaiterShift == 0 ||
          (old & (mutexLocked | mutexWoken | mutexStarving)) != 0)
        return;
      // Grab the right to wake someone.
      new_ = (old - (1 << mutexWaiterShift)) | mutexWoken;
      if (CompareAndSwapInt32(&m->state, old, new_)) {
        semrelease(&m->sema);
        return;
      }
      old = LoadInt32(&m->state);
    }
  } else {
    // Starving mode: handoff mutex ownership to the next waiter, and yield
    // our time slice so that the next waiter can start to run immediately.
    // Note: mutexLocked is not set, the waiter will set it after wakeup.
    // But mutex is still considered locked if mutexStarving is set,
    // so new coming goroutines won't acquire it.
    // PORT: Go's semrelease hands the count to the first waiter itself
    // (runtime_Semrelease(&m.sema, true, 1)), then yields to it. Here the
    // waiter semrelease readies is this m's runnext, so it runs at the
    // yield and takes the count; a goroutine on another m that enters
    // semacquire first may take it instead. That one is a counted waiter
    // too, so the state stays consistent: only the order differs.
    semrelease(&m->sema);
    gosched();
  }
}

// rwmutex.go

// A RWMutex is a reader/writer mutual exclusion lock.
// The lock can be held by an arbitrary number of readers or a single writer.
// The zero value for a RWMutex is an unlocked mutex.
//
// If a goroutine holds a RWMutex for reading and another goroutine might
// call Lock, no goroutine should expect to be able to acquire a read lock
// until the initial read lock is released. In particular, this prohibits
// recursive read locking. This is to ensure that the lock eventually
// becomes available; a blocked Lock call excludes new readers from
// acquiring the lock.
enum { rwmutexMaxReaders = 1 << 30 };

static void rUnlockSlow(RWMutex *rw, int32 r);

// RLock locks rw for reading.
void RWMutexRLock(RWMutex *rw) {
  if (AddInt32(&rw->readerCount, 1) < 0) {
    // A writer is pending, wait for it.
    semacquire(&rw->readerSem);
  }
  raceacquire(&rw->readerSem);
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
bool RWMutexTryRLock(RWMutex *rw) {
  for (;;) {
    int32 c = LoadInt32(&rw->readerCount);
    if (c < 0)
      return false;
    if (CompareAndSwapInt32(&rw->readerCount, c, c + 1)) {
      raceacquire(&rw->readerSem);
      return true;
    }
  }
}

// RUnlock undoes a single RLock call;
// it does not affect other simultaneous readers.
// It is a run-time error if rw is not locked for reading
// on entry to RUnlock.
void RWMutexRUnlock(RWMutex *rw) {
  racereleasemerge(&rw->writerSem);
  int32 r = AddInt32(&rw->readerCount, -1);
  if (r < 0) {
    // Outlined slow-path to allow the fast-path to be inlined
    rUnlockSlow(rw, r);
  }
}

static void rUnlockSlow(RWMutex *rw, int32 r) {
  if (r + 1 == 0 || r + 1 == -rwmutexMaxReaders)
    fatal("sync: RUnlock of unlocked RWMutex");
  // A writer is pending.
  if (AddInt32(&rw->readerWait, -1) == 0) {
    // The last reader unblocks the writer.
    semrelease(&rw->writerSem);
  }
}

// Lock locks rw for writing.
// If the lock is already locked for reading or writing,
// Lock blocks until the lock is available.
void RWMutexLock(RWMutex *rw) {
  // First, resolve competition with other writers.
  MutexLock(&rw->w);
  // Announce to readers there is a pending writer.
  int32 r = AddInt32(&rw->readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders;
  // Wait for active readers.
  if (r != 0 && AddInt32(&rw->readerWait, r) != 0)
    semacquire(&rw->writerSem);
  raceacquire(&rw->readerSem);
  raceacquire(&rw->writerSem);
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
bool RWMutexTryLock(RWMutex *rw) {
  if (!MutexTryLock(&rw->w))
    return false;
  if (!CompareAndSwapInt32(&rw->readerCount, 0, -rwmutexMaxReaders)) {
    MutexUnlock(&rw->w);
    return false;
  }
  raceacquire(&rw->readerSem);
  raceacquire(&rw->writerSem);
  return true;
}

// Unlock unlocks rw for writing. It is a run-time error if rw is
// not locked for writing on entry to Unlock.
//
// As with Mutexes, a locked RWMutex is not associated with a particular
// goroutine. One goroutine may RLock (Lock) a RWMutex and then
// arrange for another goroutine to RUnlock (Unlock) it.
void RWMutexUnlock(RWMutex *rw) {
  racerelease(&rw->readerSem);
  // Announce to readers there is no active writer.
  int32 r = AddInt32(&rw->readerCount, rwmutexMaxReaders);
  if (r >= rwmutexMaxReaders)
    fatal("sync: Unlock of unlocked RWMutex");
  // Unblock blocked readers, if any.
  for (int32 i = 0; i < r; i++)
    semrelease(&rw->readerSem);
  // Allow other writers to proceed.
  MutexUnlock(&rw->w);
}

// waitgroup.go

// A WaitGroup waits for a collection of goroutines to finish.
// The main goroutine calls Add to set the number of
// goroutines to wait for. Then each of the goroutines
// runs and calls Done when finished. At the same time,
// Wait can be used to block until all goroutines have finished.
//
// state1 is a 64-bit value: high 32 bits are counter, low 32 bits are
// waiter count. 64-bit atomic operations require 64-bit alignment, but
// 32-bit targets only guarantee that 64-bit fields are 32-bit aligned.
// For this reason on 32 bit architectures we need to check in state()
// if state1 is aligned or not, and dynamically "swap" the field order if
// needed.

// state returns pointers to the state and sema fields stored within
// wg.state*.
static void state(WaitGroup *wg, uint64 volatile **statep,
                  uint32 volatile **semap) {
  if (alignof(WaitGroup) == 8 || (uintptr)wg->state1 % 8 == 0) {
    // state1 is 64-bit aligned: nothing to do.
    *statep = (uint64 volatile *)wg->state1;
    *semap = &wg->state2;
  } else {
    // state1 is 32-bit aligned but not 64-bit aligned: this means that
    // (&state1)+4 is 64-bit aligned.
    uint32 *state = (uint32 *)wg;  // its three words
    *statep = (uint64 volatile *)&state[1];
    *semap = &state[0];
  }
}

// Add adds delta, which may be negative, to the WaitGroup counter.
// If the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
//
// Note that calls with a positive delta that occur when the counter is zero
// must happen before a Wait. Calls with a negative delta, or calls with a
// positive delta that start when the counter is greater than zero, may happen
// at any time.
void WaitGroupAdd(WaitGroup *wg, intgo delta) {
  uint64 volatile *statep;
  uint32 volatile *semap;
  state(wg, &statep, &semap);
  if (delta < 0)
    racereleasemerge(wg);  // Go's: decrements synchronize with Wait
  uint64 state = xadd64(statep, (int64)((uint64)(int64)delta << 32));
  int32 v = (int32)(state >> 32);
  uint32 w = (uint32)state;
  if (v < 0)
    panicstr("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == (int32)delta)
    panicstr("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0)
    return;
  // This goroutine has set counter to 0 when waiters > 0.
  // Now there can't be concurrent mutations of state:
  // - Adds must not happen concurrently with Wait,
  // - Wait does not increment waiters if it sees counter == 0.
  // Still do a cheap sanity check to detect WaitGroup misuse.
  // PORT: Go reads and writes *statep plainly here; a 64-bit atomic is
  // as cheap, and whole on 32-bit targets.
  if (atomicload64(statep) != state)
    panicstr("sync: WaitGroup misuse: Add called concurrently with Wait");
  // Reset waiters count to 0.
  atomicstore64(statep, 0);
  for (; w != 0; w--)
    semrelease(semap);
}

// Done decrements the WaitGroup counter by one.
void WaitGroupDone(WaitGroup *wg) { WaitGroupAdd(wg, -1); }

// Wait blocks until the WaitGroup counter is zero.
void WaitGroupWait(WaitGroup *wg) {
  uint64 volatile *statep;
  uint32 volatile *semap;
  state(wg, &statep, &semap);
  for (;;) {
    uint64 state = atomicload64(statep);
    int32 v = (int32)(state >> 32);
    if (v == 0) {
      // Counter is 0, no need to wait.
      raceacquire(wg);
      return;
    }
    // Increment waiters count.
    if (cas64(statep, state, state + 1)) {
      semacquire(semap);
      if (atomicload64(statep) != 0)
        panicstr("sync: WaitGroup is reused before previous Wait has returned");
      raceacquire(wg);
      return;
    }
  }
}

// once.go

// Once is an object that will perform exactly one action.
//
// done indicates whether the action has been performed.
// It is first in the struct because it is used in the hot path.
// The hot path is inlined at every call site.

static void doSlow(Once *o, GoFuncval const *f);

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. In other words, given
//	var once Once
// if once.Do(f) is called multiple times, only the first call will invoke
// f, even if f has a different value in each invocation. A new instance of
// Once is required for each function to execute.
//
// If f panics, Do considers it to have returned; future calls of Do return
// without calling f.
void OnceDo(Once *o, GoFuncval const *f) {
  // Note: Here is an incorrect implementation of Do:
  //
  //	if atomic.CompareAndSwapUint32(&o.done, 0, 1) {
  //		f()
  //	}
  //
  // Do guarantees that when it returns, f has finished.
  // This implementation would not implement that guarantee:
  // given two simultaneous calls, the winner of the cas would
  // call f, and the second would return immediately, without
  // waiting for the first's call to f to complete.
  // This is why the slow path falls back to a mutex, and why
  // the atomic.StoreUint32 must be delayed until after f returns.

  if (atomicload(&o->done) == 0) {
    // Outlined slow-path to allow inlining of the fast-path.
    doSlow(o, f);
  } else {
    raceacquire(o);  // PORT: Go's atomic load of done synchronizes
  }
}

// Calls the func() value f: its code, with the closure first (docs/ABI.md).
// A nil f panics as a call of a nil func does in Go.
static void callfunc(GoFuncval const *f) {
  if (f == nil)
    panicnilfunc();
  ((void (*)(GoFuncval const *))f->fn)(f);
}

// doSlow's deferred calls; the argument block is the Once's address.
static void onceUnlock(void *p) { MutexUnlock(&(*(Once **)p)->m); }

static void onceDone(void *p) {
  racerelease(*(Once **)p);  // PORT: as Go's atomic store of done
  atomicstore(&(*(Once **)p)->done, 1);
}

// PORT: Go's defers through deferproc and deferreturn, as compiled code
// makes them (docs/ABI.md; sync.cpp is built with frame pointers, which
// tell deferreturn this frame): if f panics, they still mark o done and
// unlock it. deferproc's second return comes only after a deferred call of
// this frame recovered, which these never do.
__attribute__((noinline)) static void doSlow(Once *o, GoFuncval const *f) {
  MutexLock(&o->m);
  if (deferproc(sizeof o, onceUnlock, &o) != 0)  // defer o.m.Unlock()
    goto out;
  if (o->done == 0) {
    // defer atomic.StoreUint32(&o.done, 1)
    if (deferproc(sizeof o, onceDone, &o) != 0)
      goto out;
    callfunc(f);
  }
out:
  deferreturn();
  __asm__ volatile("");  // no tail call: the deferred calls return to it
}

}  // namespace runtime
