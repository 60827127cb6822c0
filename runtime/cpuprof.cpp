// cpuprof.cpp: CPU profiling, the seed era's cpuprof.c, and gort's ways
// to turn it on for any program ($GORTCPUPROFILE).
//
// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
//
// Based on algorithms and data structures used in
// http://code.google.com/p/google-perftools/.
//
// The signal handler for the profiling clock tick adds a new stack trace
// to a hash table tracking counts for recent traces. Most clock ticks
// hit in the cache. In the event of a cache miss, an entry must be
// evicted from the hash table, copied to a log that will eventually be
// written as profile data. The handler cannot write the log itself (the
// writer might block, or need system calls or locks that are not safe in
// a signal handler), so the log is split into two halves: the signal
// handler fills one half while a goroutine writes out the other. When the
// handler fills its half, it offers to swap with the goroutine. If the
// writer is not done with its half, the stack trace for this clock tick
// is lost (and the loss recorded). The goroutine calls getprofile() to get
// the next log piece to write, implicitly handing back the last one.
//
// The state of this dance is p->handoff. If handoff == 0, the goroutine
// is not using either log half and is waiting (or will soon be waiting)
// for a new piece in notesleep(&p->wait). If the signal handler changes
// handoff from 0 to non-zero, it must notewakeup(&p->wait). The value is
// the number of entries in the log half handed off. The goroutine leaves
// it until it has written that half, then flips it back to zero. The high
// bit means that profiling is over, and the goroutine is now in charge of
// flushing the hash table to the log and returning that data. handoff is
// changed atomically so that the closer can set the high bit while the
// goroutine owns the field.
//
// The log is the legacy CPU-profile format that `go tool pprof` reads:
// words of the native size and order; a header {0, 3, 0, period in us,
// 0}; records {count, depth, pc...}, the leaf first; a trailer {0, 1, 0}.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>

#include "malloc.h"
#include "runtime.h"

namespace runtime {

enum {
  HashSize = 1 << 10,
  LogSize = 1 << 17,
  Assoc = 4,
  ProfMaxStack = 64,  // PORT: MaxStack is the goroutine stack limit
};

struct Entry {
  uintptr count;
  uintptr depth;
  uintptr stack[ProfMaxStack];
};

struct Bucket {
  Entry entry[Assoc];
};

struct Profile {
  bool on;            // profiling is on
  Note wait;          // goroutine waits here
  uintptr count;      // tick count
  uintptr evicts;     // eviction count
  uintptr lost;       // lost ticks that need to be logged
  uintptr totallost;  // total lost ticks

  // Active recent stack traces.
  Bucket hash[HashSize];
  // PORT: the buckets add has filled, so that the flush reads only those
  // (the 2 MB table's untouched pages cost ms of page faults at exit).
  uint32 used[HashSize / 32];

  // Log of traces evicted from hash.
  // Signal handler has filled log[toggle][:nlog].
  // Goroutine is writing log[1-toggle][:handoff].
  uintptr log[2][LogSize / 2];
  uintptr nlog;
  int32 toggle;
  uint32 handoff;

  // Writer state.
  // Writer maintains its own toggle to avoid races
  // looking at signal handler's toggle.
  uint32 wtoggle;
  bool wholding;  // holding & need to release a log half
  bool flushing;  // flushing hash table - profile is over
  bool eod_sent;  // special end-of-data record sent; => flushing
};

static Lock lk;
static Profile *prof;

static void tick(uintptr *, int32);
static void add(Profile *, uintptr *, int32);
static bool evict(Profile *, Entry *);
static bool flushlog(Profile *);
static void profoff(bool exiting);

static uintptr eod[3] = {0, 1, 0};

// LostProfileData is a no-op function used in profiles
// to mark the number of profiling stack traces that were
// discarded due to slow data writers.
void LostProfileData() GO(LostProfileData);
__attribute__((noinline)) void LostProfileData() { __asm__ volatile(""); }

// SetCPUProfileRate sets the CPU profiling rate (Go's runtime.
// SetCPUProfileRate): hz samples a second of cpu time, 0 to stop.
// PORT: no findfunc(0) first: gort's pc table is built by the compiler,
// not on first use.
void SetCPUProfileRate(int32 hz) {
  uintptr *p;

  // Clamp hz to something reasonable.
  if (hz < 0)
    hz = 0;
  if (hz > 1000000)
    hz = 1000000;

  lock(&lk);
  if (hz > 0) {
    if (prof == nil) {
      prof = (Profile *)SysAlloc(sizeof *prof);
      if (prof == nil) {
        printf("runtime: cpu profiling cannot allocate memory\n");
        unlock(&lk);
        return;
      }
    }
    if (prof->on || prof->handoff != 0) {
      printf("runtime: cannot set cpu profile rate until previous profile "
             "has finished.\n");
      unlock(&lk);
      return;
    }

    prof->on = true;
    p = prof->log[0];
    // pprof binary header format.
    // http://code.google.com/p/google-perftools/source/browse/trunk/src/profiledata.cc#117
    *p++ = 0;             // count for header
    *p++ = 3;             // depth for header
    *p++ = 0;             // version number
    *p++ = 1000000 / hz;  // period (microseconds)
    *p++ = 0;
    prof->nlog = p - prof->log[0];
    prof->toggle = 0;
    prof->wholding = false;
    prof->wtoggle = 0;
    prof->flushing = false;
    prof->eod_sent = false;
    noteclear(&prof->wait);

    setcpuprofilerate(tick, hz);
  } else if (prof != nil && prof->on) {
    profoff(false);
  }
  unlock(&lk);
}

// Profiling off: the log is getprofile's. PORT: exiting, without the
// scheduler's lock, which the exit may hold (stopcpuprofiler).
static void profoff(bool exiting) {
  uint32 n;
  if (exiting)
    stopcpuprofiler();
  else
    setcpuprofilerate(nil, 0);
  prof->on = false;
  // Now add is not running anymore, and getprofile owns the entire log.
  // Set the high bit in prof->handoff to tell getprofile.
  for (;;) {
    n = prof->handoff;
    if (n & 0x80000000)
      printf("runtime: setcpuprofile(off) twice");
    if (cas(&prof->handoff, n, n | 0x80000000))
      break;
  }
  if (n == 0) {
    // we did the transition from 0 -> nonzero so we wake getprofile
    notewakeup(&prof->wait);
  }
}

static void tick(uintptr *pc, int32 n) { add(prof, pc, n); }

// add adds the stack trace to the profile.
// It is called from signal handlers and other limited environments
// and cannot allocate memory or acquire locks that might be
// held at the time of the signal, nor can it use substantial amounts
// of stack. It is allowed to call evict.
static void add(Profile *p, uintptr *pc, int32 n) {
  int32 i, j;
  uintptr h, x;
  Bucket *b;
  Entry *e;

  if (n > ProfMaxStack)
    n = ProfMaxStack;

  // Compute hash.
  h = 0;
  for (i = 0; i < n; i++) {
    h = h << 8 | (h >> (8 * (sizeof(h) - 1)));
    x = pc[i];
    h += x * 31 + x * 7 + x * 3;
  }
  p->count++;

  // Add to entry count if already present in table.
  b = &p->hash[h % HashSize];
  for (i = 0; i < Assoc; i++) {
    e = &b->entry[i];
    if (e->depth != (uintptr)n)
      continue;
    for (j = 0; j < n; j++)
      if (e->stack[j] != pc[j])
        goto ContinueAssoc;
    e->count++;
    return;
  ContinueAssoc:;
  }

  // Evict entry with smallest count.
  e = &b->entry[0];
  for (i = 1; i < Assoc; i++)
    if (b->entry[i].count < e->count)
      e = &b->entry[i];
  if (e->count > 0) {
    if (!evict(p, e)) {
      // Could not evict entry. Record lost stack.
      p->lost++;
      p->totallost++;
      return;
    }
    p->evicts++;
  }

  // Reuse the newly evicted entry.
  p->used[(h % HashSize) / 32] |= 1u << ((h % HashSize) % 32);  // PORT
  e->depth = n;
  e->count = 1;
  for (i = 0; i < n; i++)
    e->stack[i] = pc[i];
}

// evict copies the given entry's data into the log, so that
// the entry can be reused. evict is called from add, which
// is called from the profiling signal handler, so it must not
// allocate memory or block. It is safe to call flushlog.
// evict returns true if the entry was copied to the log,
// false if there was no room available.
static bool evict(Profile *p, Entry *e) {
  int32 i, d, nslot;
  uintptr *log, *q;

  d = e->depth;
  nslot = d + 2;
  log = p->log[p->toggle];
  if (p->nlog + nslot > nelem(p->log[0])) {
    if (!flushlog(p))
      return false;
    log = p->log[p->toggle];
  }

  q = log + p->nlog;
  *q++ = e->count;
  *q++ = d;
  for (i = 0; i < d; i++)
    *q++ = e->stack[i];
  p->nlog = q - log;
  e->count = 0;
  return true;
}

// flushlog tries to flush the current log and switch to the other one.
// flushlog is called from evict, called from add, called from the signal
// handler, so it cannot allocate memory or block. It can try to swap logs
// with the writing goroutine, as explained in the comment at the top of
// this file.
static bool flushlog(Profile *p) {
  uintptr *log, *q;

  if (!cas(&p->handoff, 0, p->nlog))
    return false;
  notewakeup(&p->wait);

  p->toggle = 1 - p->toggle;
  log = p->log[p->toggle];
  q = log;
  if (p->lost > 0) {
    *q++ = p->lost;
    *q++ = 1;
    *q++ = (uintptr)LostProfileData;
    p->lost = 0;  // PORT: Go 1.0 logged the same losses again each flush
  }
  p->nlog = q - log;
  return true;
}

// PORT: notesleep between entersyscall and exitsyscall on an m; the
// $GORTCPUPROFILE writer is a thread of its own (no m), which just sleeps.
static void profsleep(Note *n) {
  bool onm = getm() != nil;
  if (onm)
    entersyscall();
  notesleep(n);
  if (onm)
    exitsyscall();
}

// getprofile blocks until the next block of profiling data is available
// and returns it as a []byte. It is called from the writing goroutine.
static GoSlice getprofile(Profile *p) {
  uint32 i, j, n;
  GoSlice ret;
  Bucket *b;
  Entry *e;

  ret.array = nil;
  ret.len = 0;
  ret.cap = 0;

  if (p == nil)
    return ret;

  if (p->wholding) {
    // Release previous log to signal handling side.
    // Loop because we are racing against setprofile(off).
    for (;;) {
      n = p->handoff;
      if (n == 0) {
        printf("runtime: phase error during cpu profile handoff\n");
        return ret;
      }
      if (n & 0x80000000) {
        p->wtoggle = 1 - p->wtoggle;
        p->wholding = false;
        p->flushing = true;
        goto flush;
      }
      if (cas(&p->handoff, n, 0))
        break;
    }
    p->wtoggle = 1 - p->wtoggle;
    p->wholding = false;
  }

  if (p->flushing)
    goto flush;

  if (!p->on && p->handoff == 0)
    return ret;

  // Wait for new log.
  profsleep(&p->wait);
  noteclear(&p->wait);

  n = p->handoff;
  if (n == 0) {
    printf("runtime: phase error during cpu profile wait\n");
    return ret;
  }
  if (n == 0x80000000) {
    p->flushing = true;
    goto flush;
  }
  n &= ~0x80000000;

  // Return new log to caller.
  p->wholding = true;

  ret.array = p->log[p->wtoggle];
  ret.len = n * sizeof(uintptr);
  ret.cap = ret.len;
  return ret;

flush:
  // In flush mode.
  // Add is no longer being called. We own the log.
  // Also, p->handoff is non-zero, so flushlog will return false.
  // Evict the hash table into the log and return it.
  for (i = 0; i < HashSize; i++) {
    if (!(p->used[i / 32] & (1u << (i % 32))))  // PORT
      continue;
    b = &p->hash[i];
    for (j = 0; j < Assoc; j++) {
      e = &b->entry[j];
      if (e->count > 0 && !evict(p, e)) {
        // Filled the log. Stop the loop and return what we've got.
        goto breakflush;
      }
    }
    p->used[i / 32] &= ~(1u << (i % 32));
  }
breakflush:

  // Return pending log data.
  if (p->nlog > 0) {
    // Note that we're using toggle now, not wtoggle,
    // because we're working on the log directly.
    ret.array = p->log[p->toggle];
    ret.len = p->nlog * sizeof(uintptr);
    ret.cap = ret.len;
    p->nlog = 0;
    return ret;
  }

  // Made it through the table without finding anything to log.
  if (!p->eod_sent) {
    // We may not have space to append this to the partial log buf,
    // so we always return a new slice for the end-of-data marker.
    p->eod_sent = true;
    ret.array = eod;
    ret.len = sizeof eod;
    ret.cap = ret.len;
    return ret;
  }

  // Finally done. Clean up and return nil.
  p->flushing = false;
  if (!cas(&p->handoff, p->handoff, 0))
    printf("runtime: profile flush racing with something\n");
  return ret;  // set to nil at top of function
}

// CPUProfile returns the next cpu profile block as a []byte (Go 1.0's
// runtime.CPUProfile). PORT: into *ret; runtime/pprof's readProfile.
void CPUProfile(GoSlice *ret) GO(CPUProfile);
void CPUProfile(GoSlice *ret) { *ret = getprofile(prof); }
void pprof_readProfile(GoSlice *ret) __asm__("runtime/pprof.readProfile");
void pprof_readProfile(GoSlice *ret) { *ret = getprofile(prof); }

// PORT: $GORTCPUPROFILE=FILE profiles the whole run of any program into
// FILE, at $GORTCPUPROFILERATE samples a second (100 if unset): a thread
// of its own writes the log as it fills, and the exit (cpuprofexit)
// flushes the rest.
static int32 proffd = -1;
static Note profdone;
static uint32 profwriting;

static void *profwriter(void *) {
  for (;;) {
    GoSlice b = getprofile(prof);
    if (b.len == 0)
      break;
    for (byte *q = (byte *)b.array, *end = q + b.len; q < end;) {
      int32 w = write(proffd, q, (int32)(end - q));
      if (w <= 0)
        break;  // a full disk: the rest is lost
      q += w;
    }
  }
  notewakeup(&profdone);
  return nil;
}

static void cstartwriter(void *) {
  sigset_t all, old;
  pthread_t t;
  sigfillset(&all);  // no signal of the runtime's lands on the writer
  pthread_sigmask(SIG_SETMASK, &all, &old);
  if (pthread_create(&t, nil, profwriter, nil) != 0) {
    printf("runtime: cannot start the cpu profile writer\n");
    exit(2);
  }
  pthread_detach(t);
  pthread_sigmask(SIG_SETMASK, &old, nil);
}

// On g0, after schedinit (rt0).
void cpuprofinit() {
  const char *file = (const char *)getenv("GORTCPUPROFILE");
  if (file == nil || *file == 0)
    return;
  int32 hz = 100;
  const char *rate = (const char *)getenv("GORTCPUPROFILERATE");
  if (rate != nil && *rate != 0 &&
      (!atoi32(cstring((const byte *)rate), &hz) || hz <= 0)) {
    // PORT: a malformed setting as Go 1.19's $GOMEMLIMIT: the value, then
    // a fatal error (before main, status 2).
    printf("GORTCPUPROFILERATE=%s\n", rate);
    throw_("malformed GORTCPUPROFILERATE; want a positive number of samples a second");
  }
  proffd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (proffd < 0) {
    printf("runtime: GORTCPUPROFILE=%s: cannot create it (errno %d)\n", file,
           -proffd);
    exit(2);
  }
  noteclear(&profdone);
  SetCPUProfileRate(hz);
  profwriting = 1;
  asmcgocall(cstartwriter, nil);
}

// Before the program exits normally (main returns, os.Exit) or of a panic:
// the rest of $GORTCPUPROFILE's profile, written within a second. The
// first exit stops the profile; every exit waits for the writer (another
// exiting goroutine must not end the process before it is done).
void cpuprofexit() {
  if (proffd < 0)
    return;
  if (cas(&profwriting, 1, 0)) {
    lock(&lk);
    if (prof->on)
      profoff(true);
    unlock(&lk);
  }
  notetsleep(&profdone, 1000000000);
}

}  // namespace runtime
