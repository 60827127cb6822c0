// proc.cpp: the port of the seed's proc.c (Go's runtime scheduler, 2011):
// same functions, same order, same invariants and throw messages. Each
// departure is marked PORT and listed in docs/PORTING.md.
// deferproc/deferreturn/panic/recover and the profiler come with the
// language services (panic.cpp) and are not here yet.
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

#include "malloc.h"
#include "runtime.h"
#include "race.h"
#include "stack.h"

namespace runtime {

bool iscgo = true;  // PORT: threads always come from pthreads (cgo_linux.cpp)

void unwindstack(G *, byte *) GO(unwindstack);
static void schedule(G *) GO(schedule);

M m0;
G g0;  // idle goroutine for m0
G *allg;
static G *allgtail;  // allg's last (sched lock)
M *allm;
int32 goidgen;

int32 gcwaiting;
bool singleproc;

// Go scheduler
//
// The go scheduler's job is to match ready-to-run goroutines (`g's)
// with waiting-for-work schedulers (`m's).  If there are ready gs
// and no waiting ms, ready() will start a new m running in a new
// OS thread, so that all ready gs can run simultaneously, up to a limit.
// For now, ms never go away.
//
// By default, Go keeps only one kernel thread (m) running user code
// at a single time; other threads may be blocked in the operating system.
// Setting the environment variable $GOMAXPROCS or calling
// runtime.GOMAXPROCS() will change the number of user threads
// allowed to execute simultaneously.  $GOMAXPROCS is thus an
// approximation of the maximum number of cores to use.
//
// PORT: Go 1.5: gort, as Go 1.5 and later, lets as many kernel threads run
// user code at once as the process may use cpus (its affinity mask,
// osinit's ncpu), unless $GOMAXPROCS (a positive decimal int32) says
// otherwise or runtime.GOMAXPROCS changes it.
//
// Even a program that can run without deadlock in a single process
// might use more ms if given the chance.  For example, the prime
// sieve will use as many ms as there are primes (up to sched.mmax),
// allowing different stages of the pipeline to execute in parallel.
// We could revisit this choice, only kicking off new ms for blocking
// system calls, but that would limit the amount of parallel computation
// that go would try to do.
//
// In general, one could imagine all sorts of refinements to the
// scheduler, but the goal now is just to get something working on
// Linux and OS X.

struct Sched {
  Lock lock;  // PORT: a named member; C++ has no anonymous struct embedding

  G *gfree;  // available gs (status == Gdead)

  G *ghead;     // gs waiting to run
  G *gtail;
  int32 gwait;   // number of gs waiting to run
  int32 gcount;  // number of gs that are alive

  M *mhead;       // ms waiting for work
  int32 mwait;    // number of ms waiting for work
  int32 mcount;   // number of ms that have been created
  int32 mcpu;     // number of ms executing on cpu
  int32 mcpumax;  // max number of ms allowed on cpu
  int32 msyscall; // number of ms in system calls

  // PORT: Go 1.0 removed predawn (see mainstarted).
  int32 profilehz;  // cpu profiling rate

  Note stopped;    // one g can wait here for ms to stop
  int32 waitstop;  // after setting this flag

  // PORT: runnext (see ready).
  int32 nrunnext;     // number of ms holding a runnext g
  int32 nspinning;    // number of ms spinning (runnextwatch)
  uint64 runnextgen;  // runnext puts so far

  // PORT: Go 1.2's sysmon sleeps here while no m runs a goroutine.
  int32 sysmonwait;
  Note sysmonnote;
};

Sched sched GO(sched);
int32 gomaxprocs;
// PORT: Go 1.19's mainStarted: the main goroutine has started; until then
// (the bootstrap on g0) readying a g starts no m.
static bool mainStarted;
static Note sysmonstarted;  // PORT: sysmon's m is set up

// An m that is waiting for notewakeup(&m->havenextg).  This may be
// only be accessed while the scheduler lock is held.  This is used to
// minimize the number of times we call notewakeup while the scheduler
// lock is held, since the m will normally move quickly to lock the
// scheduler itself, producing lock contention.
static M *mwakeup;

// Scheduling helpers.  Sched must be locked.
static void gput(G *) GO(gput);  // put/get on ghead/gtail
static G *gget() GO(gget);
static void mput(M *) GO(mput);  // put/get on mhead
static M *mget(G *) GO(mget);
static void gfput(G *) GO(gfput);  // put/get on gfree
static G *gfget() GO(gfget);
static void matchmg() GO(matchmg);  // match ms to gs
static M *newm(void (*fn)(void)) GO(newm);
static void sysmon() GO(sysmon);
static void retake(int64 now) GO(retake);
static bool preemptone(M *mp) GO(preemptone);
static bool preemptall() GO(preemptall);
static void readylocked(G *) GO(readylocked);  // ready, but sched is locked
static void mnextg(M *, G *) GO(mnextg);

// The bootstrap sequence is:
//
//	call osinit
//	call schedinit
//	make & queue new G
//	call mstart
//
// The new G does:
//
//	call mainstarted
//	call main.init_function
//	call main.main
void schedinit() {
  M *m = getm();
  int32 n;
  byte *p;

  allm = m;
  m->nomemprof++;

  mallocinit();
  // PORT: the runtime's own settings are read by libc's getenv; goenvs,
  // the environment of package syscall, runs at syscall's first call of
  // runtimeEnvs (syscall_linux.cpp), so that a program without it
  // allocates nothing for it.
  goargs();
  alginit();  // maps must not be used before this (Go 1.19's schedinit)
  itabsinit();  // Go 1.19's modulesinit, typelinksinit, itabsinit
  parsedebugvars();

  // PORT: Go 1.5's default, the cpus the process may use; Go 1.19's
  // parse of $GOMAXPROCS (invalid or < 1: ignored).
  gomaxprocs = ncpu;
  p = getenv("GOMAXPROCS");
  if (p != nil && atoi32(cstring(p), &n) && n > 0)
    gomaxprocs = n;
  singleproc = gomaxprocs == 1;
  sched.mcpumax = gomaxprocs;
  sched.mcount = 1;

  m->nomemprof--;
}

// Lock the scheduler.
static void schedlock() { lock(&sched.lock); }

// Unlock the scheduler.
static void schedunlock() {
  M *m;
  bool wakesysmon;

  m = mwakeup;
  mwakeup = nil;
  // PORT: wake sysmon when an m runs a goroutine again (see sysmon).
  wakesysmon = sched.sysmonwait && sched.mcpu > 0;
  if (wakesysmon)
    sched.sysmonwait = 0;
  unlock(&sched.lock);
  if (m != nil)
    notewakeup(&m->havenextg);
  if (wakesysmon)
    notewakeup(&sched.sysmonnote);
}

// PORT: Go 1.0 removed the seed's initdone and predawn: package
// initialisation ran predawn, one goroutine, no other g scheduled until
// initdone. Now the main goroutine, first thing (Go 1.19's runtime.main
// sets mainStarted), lets readying start ms, then runs main.init_function
// with the scheduler running: goroutines it starts run concurrently with
// it and it may block on them. The collector runs from here on (the seed
// enabled it after init).
void mainstarted() {
  mstats.enablegc = 1;
  schedlock();
  mainStarted = true;
  newm(sysmon);  // PORT: Go 1.2's runtime.main starts the monitor first
  matchmg();
  schedunlock();
  // PORT: and here waits until its m is set up (minit's signal stack), so
  // that the program's stacks do not change under it later.
  notesleep(&sysmonstarted);
}

// PORT: the seed's name for it (its initdone ran after init; this before).
void initdone() GO(initdone) __attribute__((alias("runtime.mainstarted")));

// PORT: the seed's goexit. The entry function's return address is
// runtime.goexit in asm_<arch>.S, which marks the bottom of the goroutine's
// stack for unwinders and realigns the stack before calling this.
void goexit1() GO(goexit1);
void goexit1() {
  getg()->status = Gmoribund;
  gosched();
}

// Go 1.0's goroutineheader in Go 1.19's form: the status, or why the g
// waits; how many minutes it has waited, if a collection saw it waiting
// (waitsince); whether it is wired to its thread.
void goroutineheader(G *gp) {
  static const char *const statuses[] = {
      "idle", "runnable", "running", "syscall", "waiting", "moribund", "dead",
  };
  const char *status = "???";
  if (gp->status >= 0 && gp->status < (int32)nelem(statuses))
    status = statuses[gp->status];
  if (gp->status == Gwaiting && gp->waitreason != nil)
    status = gp->waitreason;
  int64 waitfor = 0;
  if ((gp->status == Gwaiting || gp->status == Gsyscall) &&
      gp->waitsince != 0)
    waitfor = (nanotime() - gp->waitsince) / 60000000000LL;
  printf("goroutine %d [%s", gp->goid, status);
  if (waitfor >= 1)
    printf(", %D minutes", waitfor);
  if (gp->lockedm != nil)
    printf(", locked to thread");
  printf("]:\n");
}

// Go 1.19's tracebackothers: this m's running goroutine first, if it is
// not me, then the others in the order they were made (allg); the
// runtime's own only at level 2 (GOTRACEBACK=system, a throw).
void tracebackothers(G *me) {
  M *m = getm();
  int32 level = gotraceback();
  // PORT: m->curg stays set while the m schedules; only a running one is
  // Go's (the others print in their place).
  G *curgp = m->curg;
  if (curgp != nil && (curgp == me || curgp->status != Grunning))
    curgp = nil;
  if (curgp != nil) {
    printf("\n");
    goroutineheader(curgp);
    tracebacksched(curgp);
  }
  for (G *gp = allg; gp != nil; gp = gp->alllink) {
    if (gp == me || gp == curgp || gp->status == Gdead ||
        (isSystemGoroutine(gp) && level < 2))
      continue;
    printf("\n");
    goroutineheader(gp);
    if (gp->status == Grunning && gp->m != m) {
      printf("\tgoroutine running on other thread; stack unavailable\n");
      printcreatedby(gp);
    } else {
      tracebacksched(gp);
    }
  }
}

// Mark this g as m's idle goroutine.
// This functionality might be used in environments where programs
// are limited to a single thread, to simulate a select-driven
// network server.  It is not exposed via the standard runtime API.
void idlegoroutine() GO(idlegoroutine);
void idlegoroutine() {
  G *g = getg();
  if (g->idlem != nil)
    throw_("g is already an idle goroutine");
  g->idlem = getm();
}

// Put on `g' queue.  Sched must be locked.
static void gput(G *g) {
  M *m;

  // If g is wired, hand it off directly.
  if (sched.mcpu < sched.mcpumax && (m = g->lockedm) != nil) {
    mnextg(m, g);
    return;
  }

  // If g is the idle goroutine for an m, hand it off.
  if (g->idlem != nil) {
    if (g->idlem->idleg != nil) {
      printf("m%d idle out of sync: g%d g%d\n", g->idlem->id,
             g->idlem->idleg->goid, g->goid);
      throw_("runtime: double idle");
    }
    g->idlem->idleg = g;
    return;
  }

  g->schedlink = nil;
  if (sched.ghead == nil)
    sched.ghead = g;
  else
    sched.gtail->schedlink = g;
  sched.gtail = g;
  sched.gwait++;
}

// Get from `g' queue.  Sched must be locked.
static G *gget() {
  G *g;
  M *m = getm();

  g = sched.ghead;
  if (g) {
    sched.ghead = g->schedlink;
    if (sched.ghead == nil)
      sched.gtail = nil;
    sched.gwait--;
  } else if (m->idleg != nil) {
    g = m->idleg;
    m->idleg = nil;
  }
  return g;
}

// Put on `m' list.  Sched must be locked.
static void mput(M *m) {
  m->schedlink = sched.mhead;
  sched.mhead = m;
  sched.mwait++;
}

// Get an `m' to run `g'.  Sched must be locked.
static M *mget(G *g) {
  M *m;

  // if g has its own m, use it.
  if ((m = g->lockedm) != nil)
    return m;

  // otherwise use general m pool.
  if ((m = sched.mhead) != nil) {
    sched.mhead = m->schedlink;
    sched.mwait--;
  }
  return m;
}

// PORT: runnext, as Go's scheduler has had since 1.1. The seed queues a g
// that a running goroutine readies at the tail, behind every other, and
// with GOMAXPROCS > 1 hands it to another m at once (matchmg), so a
// channel handoff crossed threads every time. Instead ready keeps it in
// the readying m's runnext, to run when that m's goroutine stops, which it
// usually does next (the other half of a channel handoff): programs run
// in Go's order, and a ring of goroutines passes its token straight along.
// While a cpu is free for it, one m spins (runnextwatch) and takes a g
// that has waited in a runnext a whole look, so a goroutine that goes on
// running does not hold up the one it readied; with no cpu free, it waits
// as it would in the queue. nextgandunlock yields to the queue every
// RunnextFair runs, so handoffs cannot starve it (Go preempts instead).
static bool canrunnext(M *m, G *g) {
  return g->m == nil && g->lockedm == nil &&
         g->idlem == nil && m->lockedg == nil && getg() == m->curg;
}

// Whether a g in a runnext would be watched: no cpu is free for it, or an
// m spins or can be woken to.
static bool runnextwatched() {
  return sched.mcpu >= sched.mcpumax || sched.nspinning > 0 || sched.mhead != nil;
}

static void mspin();

// Puts g in m's runnext; the g there before goes to the queue, as in Go,
// for this m or the spinning one to take (no matchmg: handing it to an
// idle m at once sent a pipeline's stages across threads on every kick).
// Sched is locked.
static void runnextput(M *m, G *g) {
  if (m->runnext != nil) {
    gput(m->runnext);
    m->runnext = nil;
    sched.nrunnext--;
  }
  if (!runnextwatched()) {
    readylocked(g);
    return;
  }
  if (g->status == Grunnable || g->status == Grunning) {
    printf("goroutine %d has status %d\n", g->goid, g->status);
    throw_("bad g->status in ready");
  }
  g->status = Grunnable;
  m->runnext = g;
  m->runnextgen = ++sched.runnextgen;
  sched.nrunnext++;
  mspin();
}

// Mark g ready to run.
void ready(G *g) {
  M *m = getm();

  schedlock();
  if (canrunnext(m, g))
    runnextput(m, g);  // PORT
  else
    readylocked(g);
  schedunlock();
}

// Mark g ready to run.  Sched is already locked.
// G might be running already and about to stop.
// The sched lock protects g->status from changing underfoot.
static void readylocked(G *g) {
  if (g->m) {
    // Running on another machine.
    // Ready it when it stops.
    g->readyonstop = 1;
    return;
  }

  // Mark runnable.
  if (g->status == Grunnable || g->status == Grunning) {
    printf("goroutine %d has status %d\n", g->goid, g->status);
    throw_("bad g->status in ready");
  }
  g->status = Grunnable;

  gput(g);
  if (mainStarted)  // PORT: Go 1.19's newproc (predawn: see mainstarted)
    matchmg();
}

static void nop() GO(nop);
__attribute__((noinline)) static void nop() { __asm__ volatile(""); }

// Same as readylocked but a different symbol so that
// debuggers can set a breakpoint here and catch all
// new goroutines.
static void newprocreadylocked(G *) GO(newprocreadylocked);
__attribute__((noinline)) static void newprocreadylocked(G *g) {
  nop();  // avoid inlining in 6l
  readylocked(g);
}
// PORT: the seed's C name too, so that `break newprocreadylocked` finds
// it in gdb (which reads runtime.newprocreadylocked as one name).
__asm__(".set newprocreadylocked, runtime.newprocreadylocked");

// PORT: mnextg's wakeup, shared with mspin.
static void mwake(M *m) {
  if (m->waitnextg) {
    m->waitnextg = 0;
    if (mwakeup != nil)
      notewakeup(&mwakeup->havenextg);
    mwakeup = m;
  }
}

// Pass g to m for running.
static void mnextg(M *m, G *g) {
  sched.mcpu++;
  m->nextg = g;
  mwake(m);
}

// PORT: runnext's spinning m. Sched is locked.
//
// Wakes an idle m to spin, unless one spins already.
static void mspin() {
  M *mp;

  if (sched.nspinning != 0 || sched.mcpu >= sched.mcpumax || (mp = sched.mhead) == nil)
    return;
  sched.mhead = mp->schedlink;
  sched.mwait--;
  mp->spinning = true;
  sched.nspinning++;
  mwake(mp);  // with no nextg: nextgandunlock looks for work
}

// Gives every m's runnext to the queue.
static void runnextflush() {
  for (M *mp = allm; mp != nil; mp = mp->alllink) {
    if (mp->runnext != nil) {
      gput(mp->runnext);
      mp->runnext = nil;
      sched.nrunnext--;
    }
  }
  matchmg();
}

// While a cpu is free and a g waits in a runnext, an m must watch it: one
// spins, or with none idle, those gs go to the queue (matchmg starts ms).
// Called where the watch may have lapsed: a spinning m found work, or a
// cpu came free outside nextgandunlock (a system call, a wired m's
// goroutine stopping, more procs, the world restarting).
static void runnextwake() {
  if (sched.nrunnext > 0 && sched.nspinning == 0 && sched.mcpu < sched.mcpumax) {
    mspin();
    if (sched.nspinning == 0)
      runnextflush();
  }
}

// m stops spinning, having found a g.
static void spinstop(M *m) {
  if (!m->spinning)
    return;
  m->spinning = false;
  sched.nspinning--;
  runnextwake();
}

enum {
  RunnextFair = 61,  // Go's schedtick interval for the global queue
  StealDelay = 5,  // microseconds between looks (the timer slack adds 50)
  SpinLooks = 4,   // looks without news before a spinning m sleeps
};

// The spinning m's watch. Looks at the runnexts every StealDelay; takes a
// g that has waited in one since the previous look, into m->runnext, and
// returns true (look again from the top) then or when the queue has work
// for a free cpu. False after SpinLooks looks in which nothing was put in
// a runnext: m may sleep. Sched is locked, and is unlocked meanwhile.
static bool runnextwatch(M *m) {
  uint64 seen = sched.runnextgen;

  for (int32 idle = 0; idle < SpinLooks;) {
    schedunlock();
    usleep(StealDelay);
    schedlock();
    if (sched.mcpu < sched.mcpumax) {
      if (sched.gwait != 0)
        return true;
      for (M *mp = allm; mp != nil; mp = mp->alllink) {
        if (mp->runnext != nil && mp->runnextgen <= seen) {
          m->runnext = mp->runnext;
          mp->runnext = nil;
          return true;
        }
      }
    }
    if (sched.runnextgen != seen) {
      seen = sched.runnextgen;
      idle = 0;
    } else {
      idle++;
    }
  }
  return false;
}

// Get the next goroutine that m should run.
// Sched must be locked on entry, is unlocked on exit.
// Makes sure that at most $GOMAXPROCS gs are
// running on cpus (not in system calls) at any given time.
static G *nextgandunlock() GO(nextgandunlock);
static G *nextgandunlock() {
  G *gp;
  M *m = getm();

  if (sched.mcpu < 0)
    throw_("negative sched.mcpu");

top:
  // If there is a g waiting as m->nextg,
  // mnextg took care of the sched.mcpu++.
  if (m->nextg != nil) {
    gp = m->nextg;
    m->nextg = nil;
    spinstop(m);
    schedunlock();
    return gp;
  }

  // PORT: the g m's goroutine readied last (see ready), if a cpu is free
  // for it and m may run it; else, and every RunnextFair handoffs while
  // others wait, it joins the queue (runnext must not starve the queue).
  if ((gp = m->runnext) != nil) {
    m->runnext = nil;
    sched.nrunnext--;
    if (m->lockedg == nil && sched.mcpu < sched.mcpumax &&
        (sched.gwait == 0 || ++m->runnexttick % RunnextFair != 0)) {
      sched.mcpu++;
      spinstop(m);
      schedunlock();
      return gp;
    }
    gput(gp);
  }

  if (m->lockedg != nil) {
    // We can only run one g, and it's not available.
    // Make sure some other cpu is running to handle
    // the ordinary run queue.
    if (sched.gwait != 0)
      matchmg();
    runnextwake();  // PORT
  } else {
    // Look for work on global queue.
    while (sched.mcpu < sched.mcpumax && (gp = gget()) != nil) {
      if (gp->lockedm) {
        mnextg(gp->lockedm, gp);
        continue;
      }
      sched.mcpu++;  // this m will run gp
      spinstop(m);
      schedunlock();
      return gp;
    }
    // PORT: spin while some g waits in a runnext and none spins.
    if (!m->spinning && sched.nrunnext > 0 && sched.nspinning == 0 &&
        sched.mcpu < sched.mcpumax) {
      m->spinning = true;
      sched.nspinning++;
    }
    if (m->spinning && runnextwatch(m))
      goto top;
    if (m->spinning) {
      m->spinning = false;
      sched.nspinning--;
    }
    // Otherwise, wait on global m queue.
    mput(m);
  }
  if (sched.mcpu == 0 && sched.msyscall == 0)
    fatal("all goroutines are asleep - deadlock!");
  m->nextg = nil;
  m->waitnextg = 1;
  noteclear(&m->havenextg);
  if (sched.waitstop && sched.mcpu <= sched.mcpumax) {
    sched.waitstop = 0;
    notewakeup(&sched.stopped);
  }
  schedunlock();

  notesleep(&m->havenextg);
  if (m->nextg == nil && m->spinning) {
    schedlock();  // PORT: woken by mspin to look for work
    goto top;
  }
  if ((gp = m->nextg) == nil)
    throw_("bad m->nextg in nextgoroutine");
  m->nextg = nil;
  return gp;
}

// TODO(rsc): Remove. This is only temporary,
// for the mark and sweep collector.
void stoptheworld() {
  schedlock();
  gcwaiting = 1;
  sched.mcpumax = 1;
  while (sched.mcpu > 1) {
    // It would be unsafe for multiple threads to be using
    // the stopped note at once, but there is only
    // ever one thread doing garbage collection,
    // so this is okay.
    noteclear(&sched.stopped);
    sched.waitstop = 1;
    // PORT: Go 1.2: goroutines that do not stop by themselves are
    // preempted, and asked again every 100us until they are.
    preemptall();
    schedunlock();
    notetsleep(&sched.stopped, 100 * 1000);
    schedlock();
  }
  schedunlock();
}

// TODO(rsc): Remove. This is only temporary,
// for the mark and sweep collector.
void starttheworld() {
  schedlock();
  gcwaiting = 0;
  sched.mcpumax = gomaxprocs;
  matchmg();
  runnextwake();  // PORT
  schedunlock();
}

// Called to start an M.
void mstart() {
  M *m = getm();

  if (getg() != m->g0)
    throw_("bad mstart");
  if (m->mcache == nil)
    m->mcache = allocmcache();

  // Record top of stack for use by mcall.
  // Once we call schedule we're never coming back,
  // so other calls can reuse this stack space.
  gosave(&m->g0->sched);
  m->g0->sched.pc = (byte *)-1;  // make sure it is never used

  minit();
  raceprocstart(m);
  if (m->mstartfn != nil)  // PORT: Go 1.2: sysmon's m runs only it
    m->mstartfn();
  schedule(nil);
}

// When running with cgo, we call libcgo_thread_start
// to start threads for us so that we can play nicely with
// foreign code.
// PORT: defined, not just declared, in cgo_linux.cpp: C++ has no C
// tentative definitions for the two to merge.
extern void (*libcgo_thread_start)(void *);

struct CgoThreadStart {
  M *m;
  G *g;
  void (*fn)(void);
};

// Kick off new ms as needed (up to mcpumax).
// There are already `other' other cpus that will
// start looking for goroutines shortly.
// Sched is locked.
static void matchmg() {
  G *g;
  M *mp = getm();  // PORT: the seed's inner m shadowed the global m

  if (mp->mallocing || mp->gcing)
    return;
  while (sched.mcpu < sched.mcpumax && (g = gget()) != nil) {
    M *m;

    // Find the m that will run g.
    if ((m = mget(g)) == nil)
      m = newm(nil);
    mnextg(m, g);
  }
}

// PORT: Go 1.1's newm, the seed's new-m code from matchmg, so that sysmon
// gets an m too: a new m and its thread, which runs fn (nil: the
// scheduler). Sched is locked.
static M *newm(void (*fn)(void)) {
  M *m;

  m = (M *)malloc(sizeof(M));
  // Add to allm so garbage collector doesn't free m
  // when it is just in a register or thread-local storage.
  m->alllink = allm;
  allm = m;
  m->id = sched.mcount++;
  m->mstartfn = fn;

  if (iscgo) {
    CgoThreadStart ts;

    if (libcgo_thread_start == nil)
      throw_("libcgo_thread_start missing");
    // pthread_create will make us a stack.
    m->g0 = malg(-1);
    ts.m = m;
    ts.g = m->g0;
    ts.fn = mstart;
    asmcgocall(libcgo_thread_start, &ts);
  }
  // PORT: no newosproc path; every m is a pthread.
  return m;
}

// One round of scheduler: find a goroutine and run it.
// The argument is the goroutine that was running before
// schedule was called, or nil if this is the first call.
// Never returns.
static void schedule(G *gp) {
  M *m;
  int32 hz;

  schedlock();
  m = getm();
  raceswitchm(m);  // PORT: off the last goroutine's TSan fiber
  if (gp != nil) {
    // PORT: Go 1.0: init may reschedule (no "init rescheduling" throw).

    // Just finished running gp.
    gp->m = nil;
    sched.mcpu--;

    if (sched.mcpu < 0)
      throw_("sched.mcpu < 0 in scheduler");
    switch (gp->status) {
    case Grunnable:
    case Gdead:
      // Shouldn't have been running!
      throw_("bad gp->status in sched");
    case Grunning:
      gp->status = Grunnable;
      gput(gp);
      break;
    case Gmoribund:
      gp->status = Gdead;
      if (gp->lockedm) {
        gp->lockedm = nil;
        m->lockedg = nil;
      }
      gp->idlem = nil;
      unwindstack(gp, nil);
      racegoend(gp);
      gfput(gp);
      // PORT: Go 1.0 (Go 1.19's checkdead): main.main's return exits, so
      // no goroutine left means main called runtime.Goexit; the seed
      // exited 0.
      if (!isSystemGoroutine(gp) && --sched.gcount == 0)
        fatal("no goroutines (main called runtime.Goexit) - deadlock!");
      break;
    }
    if (gp->readyonstop) {
      gp->readyonstop = 0;
      readylocked(gp);
    }
  }

  // Find (or wait for) g to run.  Unlocks sched.
  gp = nextgandunlock();
  gp->readyonstop = 0;
  gp->status = Grunning;
  gp->waitsince = 0;  // Go 1.19's execute
  gp->waitreason = nil;  // PORT: a reason never outlives its wait
  m->curg = gp;
  gp->m = m;
  // PORT: Go 1.2's execute: a new time slice for sysmon, and any request
  // to preempt gp is answered.
  m->schedtick++;
  gp->preempt = false;

  // Check whether the profiler needs to be turned on or off.
  hz = sched.profilehz;
  if (m->profilehz != hz)
    resetcpuprofiler(hz);

  raceswitch(gp);
  if (gp->sched.pc == (byte *)goexit) {  // kickoff
    gogocall(&gp->sched, (void (*)(void))gp->entry);
  }
  gogo(&gp->sched, 0);
}

// Enter scheduler.  If g->status is Grunning,
// re-queues g and runs everyone else who is waiting
// before running g again.  If g->status is Gmoribund,
// kills off g.
// Cannot split stack because it is called from exitsyscall.
// See comment below.
NOSPLIT void gosched() {
  if (getm()->locks != 0)
    throw_("gosched holding locks");
  if (getg() == getm()->g0)
    throw_("gosched of g0");
  mcall(schedule);
}

// The goroutine g is about to enter a system call.
// Record that it's not using the cpu anymore.
// This is called only from the go syscall library and cgocall,
// not from the low-level system calls used by the runtime.
//
// Entersyscall cannot split the stack: the gosave must
// make g->sched refer to the caller's stack segment, because
// entersyscall is going to return immediately after.
// It's okay to call matchmg and notewakeup even after
// decrementing mcpu, because we haven't released the
// sched lock yet, so the garbage collector cannot be running.
// PORT: entersyscall (asm) first keeps the callee-saved registers in
// g->gcregs for the collector and its caller's sp and pc in g->syscallsp
// and syscallpc for the traceback, then calls this.
void entersyscall1() GO(entersyscall1);
NOSPLIT void entersyscall1() {
  G *g;

  // PORT: Go 1.0: no predawn return (init runs scheduled).
  schedlock();
  g = getg();
  // PORT: syscallsp and syscallpc before the status, for a traceback from
  // a signal on another thread, which takes no lock.
  __atomic_thread_fence(__ATOMIC_RELEASE);
  g->status = Gsyscall;
  sched.mcpu--;
  sched.msyscall++;
  if (getm()->runnext != nil) {  // PORT: not held up by the system call
    gput(getm()->runnext);
    getm()->runnext = nil;
    sched.nrunnext--;
  }
  if (sched.gwait != 0)
    matchmg();
  runnextwake();  // PORT

  if (sched.waitstop && sched.mcpu <= sched.mcpumax) {
    sched.waitstop = 0;
    notewakeup(&sched.stopped);
  }

  // Leave SP around for gc and traceback.
  // Do before schedunlock so that gc
  // never sees Gsyscall with wrong stack.
  gosave(&g->sched);
  g->gcsp = g->sched.sp;
  g->gcstack = g->stackbase;
  g->gcguard = g->stackguard;
  if (g->gcsp < g->gcguard - StackGuard || g->gcstack < g->gcsp) {
    printf("entersyscall inconsistent %p [%p,%p]\n", g->gcsp,
           g->gcguard - StackGuard, g->gcstack);
    throw_("entersyscall");
  }
  schedunlock();
}

// The goroutine g exited its system call.
// Arrange for it to run on a cpu again.
// This is called only from the go syscall library, not
// from the low-level system calls used by the runtime.
void exitsyscall() {
  G *g;

  // PORT: Go 1.0: no predawn return (init runs scheduled).
  schedlock();
  g = getg();
  g->waitsince = 0;  // Go 1.19's exitsyscall
  g->waitreason = nil;  // PORT
  sched.msyscall--;
  sched.mcpu++;
  // Fast path - if there's room for this m, we're done.
  if (getm()->profilehz == sched.profilehz && sched.mcpu <= sched.mcpumax) {
    // There's a cpu for us, so we can run.
    g->status = Grunning;
    // Garbage collector isn't running (since we are),
    // so okay to clear gcstack.
    g->gcstack = nil;
    memclr(g->gcregs, sizeof g->gcregs);  // PORT: keep nothing alive
    schedunlock();
    return;
  }
  // Tell scheduler to put g back on the run queue:
  // mostly equivalent to g->status = Grunning,
  // but keeps the garbage collector from thinking
  // that g is running right now, which it's not.
  g->readyonstop = 1;
  schedunlock();

  // Slow path - all the cpus are taken.
  // The scheduler will ready g and put this m to sleep.
  // When the scheduler takes g away from m,
  // it will undo the sched.mcpu++ above.
  gosched();

  // Gosched returned, so we're allowed to run now.
  // Delete the gcstack information that we left for
  // the garbage collector during the system call.
  // Must wait until now because until gosched returns
  // we don't know for sure that the garbage collector
  // is not running.
  getg()->gcstack = nil;
  memclr(getg()->gcregs, sizeof getg()->gcregs);  // PORT
}

// PORT: where a segment's copied stack arguments start: just below the
// Stktop, rounded down to the C ABI's stack alignment. newstack and
// oldstack must agree on it.
byte *stktopargs(Stktop *top, uint32 argsize) {
  return (byte *)(((uintptr)top - argsize) & ~(uintptr)(StackAlign - 1));
}

// PORT: copies of a Gobuf and a Stktop one word at a time. Their fields
// were just written one word at a time (by __morestack, by newstack); a
// struct copy's wider loads would miss store forwarding and stall on every
// split.
static inline void gobufcopy(Gobuf *to, Gobuf const volatile *fr) {
  to->sp = fr->sp;
  to->pc = fr->pc;
  to->g = fr->g;
}

static inline void stktopcopy(Stktop *to, Stktop const volatile *fr) {
  to->stackguard = fr->stackguard;
  to->stackbase = fr->stackbase;
  gobufcopy(&to->gobuf, &fr->gobuf);
  to->argsize = fr->argsize;
  to->argp = fr->argp;
  to->free = fr->free;
  to->panic = fr->panic;
}

// PORT: not instrumented by AddressSanitizer (the amd64-san runtime):
// gogo does not return, and ASan's __asan_handle_no_return before it
// makes a sigaltstack system call on every return from a segment.
// asanfiber, in gogo, tells ASan of the switch instead.
NOSPLIT NOASAN void oldstack() {
  Stktop *top, old;
  G *g1;
  static int32 goid;
  M *m = getm();

  g1 = m->curg;
  top = (Stktop *)g1->stackbase;
  stktopcopy(&old, top);
  // PORT: the arguments are not copied back (the seed copied argsize
  // bytes to top->argp): on the C ABI results never travel in the argument
  // area, and on ARM the block starts with the caller's r4/r5, which the
  // body's own pushes have overwritten by now.
  goid = old.gobuf.g->goid;  // fault if g is bad, before gogo
  (void)goid;

  if (old.free != 0)  // PORT: kept as m's hot segment (stack.h)
    hotsegput(m, g1->stackguard - StackGuard - StackSystem, old.free);
  g1->stackbase = old.stackbase;
  g1->stackguard = old.stackguard;

  gogo(&old.gobuf, m->cret);
}

// PORT: Go 1.2's preemption check at the top of newstack, made before the
// split: __morestack calls it, on the stack F was called on, when it finds
// the limit word poisoned (StackPreempt); pc is in F and sp is F's stack
// pointer at its check. If the request is for this goroutine and F is
// compiled Go code, the goroutine stops here, between F's caller and F, as
// if it called Gosched (gopreempt_m). Only Go code: the runtime's C++
// keeps m in a register across calls, so it must not move to another m at
// one. Either way the limit word then holds the limit of the stack sp is
// on (a poison meant for another context is cleared), and that limit is
// returned: __morestack enters F's body if F's frame fits above it, and
// splits if not.
// PORT: a runtime function called straight from Go code stops there too,
// as Go's runtime functions do at their prologues (newstack, when the m
// holds no locks: gopreempt_m checks). Only Go code before (Go 1.2), a
// goroutine spinning on select's default, its time in the runtime and its
// Go code too short for a signal to land in, was never stopped: a timer
// under such load fired seconds late. Sp is F's at its check; the return
// address to F's caller is there on amd64 and 386, and below it on arm,
// where F pushed lr before calling __morestack.
static uintptr callerpc(byte *sp) {
#if defined(__arm__)
  return ((uintptr *)sp)[-1];
#else
  return ((uintptr *)sp)[0];
#endif
}

NOSPLIT uintptr morestackpreempt(uintptr pc, byte *sp) {
  G *gp = getg();

  if (gp == getm()->curg && gp->preempt &&
      (isgocode(pc) || isgocode(callerpc(sp))))
    mcall(gopreempt_m);  // resumes here, perhaps on another m

  // g0's stack and the signal stack never split.
  gp = getg();
  uintptr limit = 0;
  uintptr lo = (uintptr)gp->stackguard - StackGuard;  // g0's guard is 0
  if (lo <= (uintptr)sp && sp < gp->stackbase)
    limit = (uintptr)gp->stackguard;
  *getm()->stacklimit = limit;
  return limit;
}

// PORT: returns the stack pointer at which the body must start (its stack
// arguments copied there) instead of ending in gogocall(&label, morepc):
// __morestack restores the argument registers and makes the call itself.
NOSPLIT byte *newstack() {
  int32 framesize, argsize;
  Stktop *top;
  byte *stk, *sp;
  G *g1;
  bool reflectcall;
  uintptr free;
  M *m = getm();

  framesize = m->moreframesize;
  argsize = m->moreargsize;
  g1 = m->curg;

  if (m->morebuf.sp < g1->stackguard - StackGuard) {
    printf("runtime: split stack overflow: %p < %p\n", m->morebuf.sp,
           g1->stackguard - StackGuard);
    throw_("runtime: split stack overflow");
  }
  if (argsize % sizeof(uintptr) != 0) {
    printf("runtime: stack split with misaligned argsize %d\n", argsize);
    throw_("runtime: stack split argsize");
  }

  reflectcall = framesize == 1;
  if (reflectcall)
    framesize = 0;

  if (reflectcall &&
      m->morebuf.sp - sizeof(Stktop) - argsize - 32 > g1->stackguard) {
    // special case: called from reflect.call (framesize==1)
    // to call code with an arbitrary argument size,
    // and we have enough space on the current stack.
    // the new Stktop* is necessary to unwind, but
    // we don't need to create a new segment.
    top = (Stktop *)(((uintptr)m->morebuf.sp - sizeof(*top)) &
                     ~(uintptr)(StackAlign - 1));
    stk = g1->stackguard - StackGuard - StackSystem;
    free = 0;
  } else if (hotsegfits(m, framesize + argsize)) {
    if (splitprofon)  // PORT
      splitprofslow(m);
    // PORT: the segment the last unsplit released (stack.h).
    stk = m->hotseg;
    framesize = m->hotsegsize;
    m->hotseg = nil;
    asansegtake(stk, framesize);
    racestackalloc(stk, framesize, g1);  // PORT: perhaps another g's
    top = (Stktop *)((uintptr)(stk + framesize - sizeof(*top)) &
                     ~(uintptr)(StackAlign - 1));
    free = framesize;
  } else {
    // allocate new segment.
    if (splitprofon)  // PORT
      splitprofslow(m);
    framesize += argsize;
    framesize += StackExtra;  // room for more functions, Stktop.
    // PORT: and the guard margin, which the seed's 256 fit into StackExtra.
    framesize += StackGuard;
    if (framesize < StackMin)
      framesize = StackMin;
    // PORT: segments grow geometrically, twice the current one's size up
    // to StackMaxGrow: a deep recursion takes a few large segments, not
    // thousands of small ones (each one a split, a guard page to install,
    // a Stktop). Never less than the frame needs: from a segment past
    // StackMaxGrow, a frame of more than that got StackMaxGrow and ran
    // below it.
    uintptr cur = g1->stackbase + sizeof(Stktop) -
                  (g1->stackguard - StackGuard - StackSystem);
    uintptr grow = 2 * cur < (uintptr)StackMaxGrow ? 2 * cur : StackMaxGrow;
    if ((uintptr)framesize < grow)
      framesize = grow;
    framesize += StackSystem;
    // PORT: segments come in powers of two; the function gets all of it.
    int32 k = sizeclass(framesize);
    framesize = (uintptr)FixedStack << k;
    stk = (byte *)stackcacheget(m, k, framesize);
    if (stk == nil)
      stk = (byte *)stackalloc(framesize);
    racestackalloc(stk, framesize, g1);  // PORT: perhaps another g's
    // PORT: the Stktop sits aligned below the segment's top.
    top = (Stktop *)((uintptr)(stk + framesize - sizeof(*top)) &
                     ~(uintptr)(StackAlign - 1));
    free = framesize;
  }

  // PORT: Go 1.19's limit on a goroutine's stack (the seed had none),
  // over all its segments, the new one included: an endless recursion
  // ends here, not when memory runs out. (__morestack's hot split reuses a
  // segment without this check; it only counts it.)
  top->total = ((Stktop *)g1->stackbase)->total + free;
  if (top->total > (uintptr)MaxStack) {
    printf("runtime: goroutine stack exceeds %d-byte limit\n", MaxStack);
    printf("runtime: sp=%p stack=[%p, %p]\n", m->morebuf.sp,
           g1->stackguard - StackGuard - StackSystem, g1->stackbase);
    g1->sched = m->morebuf;  // PORT: Go's morestack's, for the traceback
    throw_("stack overflow");
  }
  racecheckdepth(g1, free);  // PORT: TSan's shadow stack, too (race.h)

  top->stackbase = g1->stackbase;
  top->stackguard = g1->stackguard;
  gobufcopy(&top->gobuf, &m->morebuf);
  top->argp = (byte *)m->moreargp;
  top->argsize = argsize;
  top->free = free;

  // copy flag from panic
  top->panic = g1->ispanic;
  g1->ispanic = false;

  g1->stackbase = (byte *)top;
  g1->stackguard = stk + StackGuard + StackSystem;

  sp = (byte *)top;
  if (argsize > 0) {
    sp = stktopargs(top, argsize);
    mcpy(sp, m->moreargp, argsize);
  }

  // Continue as if lessstack had just called m->morepc
  // (the PC that decided to grow the stack).
  return sp;
}

static void mstackalloc(G *gp) GO(mstackalloc);
static void mstackalloc(G *gp) {
  gp->param = stackalloc((uintptr)gp->param);
  gogo(&gp->sched, 0);
}

// Gives newg its first segment, of stacksize bytes.
static void gstackalloc(G *newg, int32 stacksize) {
  G *g = getg();
  byte *stk;

  if (g == getm()->g0) {
    // running on scheduler stack already.
    stk = (byte *)stackalloc(StackSystem + stacksize);
  } else {
    // have to call stackalloc on scheduler stack.
    g->param = (void *)(uintptr)(StackSystem + stacksize);
    mcall(mstackalloc);
    stk = (byte *)g->param;
    g->param = nil;
  }
  newg->stack0 = stk;
  newg->stackguard = stk + StackSystem + StackGuard;
  // PORT: stackbase aligned for the C ABI.
  newg->stackbase = (byte *)((uintptr)(stk + StackSystem + stacksize -
                                       sizeof(Stktop)) &
                             ~(uintptr)(StackAlign - 1));
  memclr(newg->stackbase, sizeof(Stktop));
  ((Stktop *)newg->stackbase)->total = StackSystem + stacksize;
}

G *malg(int32 stacksize) {
  G *newg;

  newg = (G *)malloc(sizeof(G));
  if (stacksize >= 0)
    gstackalloc(newg, stacksize);
  return newg;
}

// PORT: the C ABI passes the argument block by pointer: fn(argp) starts
// the goroutine with a copy of siz bytes from argp on its own stack
// (docs/ABI.md). The seed read them from its own frame after fn.
void newproc(int32 siz, void (*fn)(void *), void *argp) {
  newproc1((byte *)fn, (byte *)argp, siz, 0, __builtin_return_address(0));
}

G *newproc1(byte *fn, byte *argp, int32 narg, int32 nret, void *callerpc) {
  byte *sp;
  G *newg;
  int32 siz;

  siz = narg + nret;
  siz = (siz + StackAlign - 1) & ~(StackAlign - 1);  // PORT: ABI alignment
  if (siz > 1024)
    throw_("runtime.newproc: too many args");

  schedlock();

  if ((newg = gfget()) != nil) {
    newg->status = Gwaiting;
    if (newg->stack0 == nil)  // PORT: a collection took it (gfreestacks)
      gstackalloc(newg, StackMin);
    if (newg->stackguard - StackGuard - StackSystem != newg->stack0)
      throw_("invalid stack in newg");
  } else {
    newg = malg(StackMin);
    newg->status = Gwaiting;
    // PORT: Go 1.19's allgs order, oldest first, as tracebacks print
    // them (the seed pushed onto the front).
    if (allgtail == nil)
      allg = newg;
    else
      allgtail->alllink = newg;
    allgtail = newg;
  }

  sp = newg->stackbase;
  sp -= siz;
  mcpy(sp, argp, narg);
  // PORT: no ARM saved-LR slot; gogocall passes the return address in lr.

  newg->sched.sp = sp;
  newg->sched.pc = (byte *)goexit;
  newg->sched.g = newg;
  newg->entry = fn;
  newg->gopc = (uintptr)callerpc;

  if (!isSystemGoroutine(newg))  // PORT: Go 1.19's gcount leaves them out
    sched.gcount++;
  goidgen++;
  newg->goid = goidgen;
  // PORT: Go's racegostart, and the stack's shadow as if new.
  racegostart(newg, callerpc);
  racestackstart(newg);

  newprocreadylocked(newg);
  schedunlock();

  return newg;
}

// Free stack frames until we hit the last one
// or until we find the one that contains the argp.
void unwindstack(G *gp, byte *sp) {
  Stktop *top;
  byte *stk;

  // Must be called from a different goroutine, usually m->g0.
  if (getg() == gp)
    throw_("unwindstack on self");

  while ((top = (Stktop *)gp->stackbase) != nil && top->stackbase != nil) {
    stk = gp->stackguard - StackGuard;
    if (stk <= sp && sp < gp->stackbase)
      break;
    gp->stackbase = top->stackbase;
    gp->stackguard = top->stackguard;
    if (top->free != 0)
      stackfree(stk, top->free);
  }

  if (sp != nil && (sp < gp->stackguard - StackGuard || gp->stackbase < sp)) {
    printf("recover: %p not in [%p, %p]\n", sp, gp->stackguard - StackGuard,
           gp->stackbase);
    throw_("bad unwindstack");
  }
}

// Put on gfree list.  Sched must be locked.
static void gfput(G *g) {
  if (g->stackguard - StackGuard - StackSystem != g->stack0)
    throw_("invalid stack in gfput");
  asanpoison(g->stack0, g->stackbase - g->stack0);  // PORT: dead, for ASan
  g->schedlink = sched.gfree;
  sched.gfree = g;
}

// PORT: Go 1.19's markrootFreeGStacks: at a collection the dead Gs give
// their segments back, so that a million goroutines that have exited do
// not keep 4 GB of stacks; newproc1 gives such a G a new one. The seed
// kept a dead G's stack for its next goroutine. On g0, the world stopped.
void gfreestacks() {
  schedlock();
  for (G *gp = sched.gfree; gp != nil; gp = gp->schedlink) {
    if (gp->stack0 == nil)
      continue;
    stackfree(gp->stack0, StackSystem + StackMin);  // newproc1's malg
    gp->stack0 = nil;
    gp->stackguard = nil;
    gp->stackbase = nil;
  }
  schedunlock();
}

// Get from gfree list.  Sched must be locked.
static G *gfget() {
  G *g;

  g = sched.gfree;
  if (g) {
    sched.gfree = g->schedlink;
    asanunpoison(g->stack0, g->stackbase - g->stack0);
  }
  return g;
}

// PORT: Go 1.2's preemption on the seed's scheduler (proc.c's sysmon,
// retake, preemptone, preemptall; Go 1.14's gopreempt_m). The system
// monitor is an m of its own, without goroutines, that asks a goroutine
// which has run for ForcePreemptNS without stopping to stop, in two ways:
// it poisons the goroutine's stack limit word, so that its next call of a
// Go function enters __morestack (morestackpreempt), and, for loops
// without calls, signals its thread (Go 1.14: preemptM, doSigPreempt).
// The seed has no Ps to retake from system calls (entersyscall gives the
// cpu back itself), so sysmon only preempts: it looks every
// ForcePreemptNS (Go's shortest sleep, 20us, is for the retaking), and
// sleeps while no m runs a goroutine, so that an idle program is not woken.
enum {
  ForcePreemptNS = 10 * 1000 * 1000,  // Go's forcePreemptNS
};

static void sysmon() {
  setprof(false);  // PORT: sysmon never runs Go code (see setprof)
  notewakeup(&sysmonstarted);  // mainstarted waits for this
  for (;;) {
    usleep(ForcePreemptNS / 1000);
    schedlock();
    if (sched.mcpu == 0) {
      // Nothing runs: sleep until an m runs a goroutine (schedunlock).
      sched.sysmonwait = 1;
      schedunlock();
      notesleep(&sched.sysmonnote);
      noteclear(&sched.sysmonnote);
      continue;
    }
    retake(nanotime());
    schedunlock();
  }
}

// Preempts the goroutines that have run for ForcePreemptNS since their m
// last started one. Sched is locked (but ms set curg, and a g's status to
// Grunning, after leaving it: what sysmon sees may be a moment old, and
// the requests it makes then are dropped by morestackpreempt and
// isAsyncSafePoint).
static void retake(int64 now) {
  for (M *mp = allm; mp != nil; mp = mp->alllink) {
    G *gp = mp->curg;
    if (gp == nil || gp->m != mp || gp->status != Grunning)
      continue;  // no goroutine running there, or one in a system call
    uint32 t = mp->schedtick;
    if (mp->sysmontick != t) {
      mp->sysmontick = t;
      mp->sysmonwhen = now;
    } else if (now - mp->sysmonwhen >= ForcePreemptNS) {
      preemptone(mp);
    }
  }
}

// Tell all goroutines that they have been preempted and they should stop.
// PORT: all but the caller's (Go 1.2's caller had stopped its P first).
// This function is purely best-effort.  It can fail to inform a goroutine if a
// processor just started running it.
// No locks need to be held.
// Returns true if preemption request was issued to at least one goroutine.
static bool preemptall() {
  bool res = false;
  for (M *mp = allm; mp != nil; mp = mp->alllink) {
    G *gp = mp->curg;
    if (mp != getm() && gp != nil && gp->m == mp && gp->status == Grunning &&
        preemptone(mp))
      res = true;
  }
  return res;
}

// Tell the goroutine running on processor P to stop.
// This function is purely best-effort.  It can incorrectly fail to inform the
// goroutine.  It can send inform the wrong goroutine.  Even if it informs the
// correct goroutine, that goroutine might ignore the request if it is
// simultaneously executing runtime·newstack.
// No lock needs to be held.
// PORT: on an m rather than a P; the request is the flag and the poisoned
// limit word of mp's thread (g->stackguard stays the true limit), and,
// since Go 1.14, a signal.
static bool preemptone(M *mp) {
  G *gp = mp->curg;

  if (gp == nil || gp == mp->g0 || mp->stacklimit == nil)
    return false;
  gp->preempt = true;
  // Every call in a goroutine checks for stack overflow by
  // comparing the current stack pointer to the limit word.
  // Setting the limit word to StackPreempt folds preemption
  // into the normal stack overflow check.
  __atomic_store_n(mp->stacklimit, StackPreempt, __ATOMIC_RELAXED);
  if (!debug.asyncpreemptoff)
    preemptM(mp);
  return true;
}

// PORT: Go 1.14's gopreempt_m, with Go 1.2's conditions from newstack:
// runs on g0 (mcall) for a goroutine that stopped at a preemption request
// (morestackpreempt, asyncPreempt2). Be conservative about where we
// preempt: if the m holds a runtime lock, is allocating or collecting, or
// the goroutine is not plainly running, it goes on (sysmon asks again);
// else it yields as Gosched does.
void gopreempt_m(G *gp) {
  M *m = getm();

  if (m->locks != 0 || m->mallocing != 0 || m->gcing != 0 ||
      m->throwing != 0 || gp->status != Grunning)
    gogo(&gp->sched, 0);
  schedule(gp);
}

void Breakpoint() { breakpoint(); }

void Goexit() {
  rundefer();
  goexit();
}

void Gosched() { gosched(); }

// PORT: Go 1.0: wiring during init is allowed (no "cannot wire during
// init"); Go's lock of the main goroutine to the main thread during init
// is not ported.
void LockOSThread() {
  getm()->lockedg = getg();
  getg()->lockedm = getm();
}

// delete when scheduler is stronger
int32 gomaxprocsfunc(int32 n) {
  int32 ret;

  schedlock();
  ret = gomaxprocs;
  if (n <= 0)
    n = ret;
  gomaxprocs = n;
  // PORT: Go 1.0 set it to gomaxprocs == 1; but ms go on running until
  // they reschedule, so one cpu is only sure while it has been 1 from the
  // start (a query, GOMAXPROCS(0), keeps it).
  if (n != 1)
    singleproc = false;
  if (gcwaiting != 0) {
    if (sched.mcpumax != 1)
      throw_("invalid sched.mcpumax during gc");
    schedunlock();
    return ret;
  }
  sched.mcpumax = n;
  // handle fewer procs?
  if (sched.mcpu > sched.mcpumax) {
    schedunlock();
    // just give up the cpu.
    // we'll only get rescheduled once the
    // number has come down.
    gosched();
    return ret;
  }
  // handle more procs
  matchmg();
  runnextwake();  // PORT
  schedunlock();
  return ret;
}

// PORT: runtime.GOMAXPROCS was Go code calling gomaxprocsfunc.
int32 GOMAXPROCS(int32 n) { return gomaxprocsfunc(n); }

void UnlockOSThread() {
  getm()->lockedg = nil;
  getg()->lockedm = nil;
}

bool lockedOSThread() {
  return getg()->lockedm != nil && getm()->lockedg != nil;
}

// for testing of wire, unwire
// PORT: results are C return values, not FLUSHed frame slots.
uint32 mid() { return getm()->id; }

int32 Goroutines() { return sched.gcount; }

// Go 1.19's isSystemGoroutine: the runtime's own goroutines, by their
// entry function. PORT: the timer goroutine is the only one (Go 1.0 had
// no such test: NumGoroutine counted it and tracebacks showed it).
bool isSystemGoroutine(G *gp) { return gp->entry == (byte *)timerproc; }

int32 NumGoroutine() { return sched.gcount; }

// PORT: Go 1's runtime.NumCPU (debug.go): osinit's count.
int32 NumCPU() { return ncpu; }

int32 mcount() { return sched.mcount; }

void badmcall() GO(badmcall);
void badmcall() {  // called from assembly
  throw_("runtime: mcall called on m->g0 stack");
}

void badmcall2() GO(badmcall2);
void badmcall2() {  // called from assembly
  throw_("runtime: mcall function returned");
}

static struct {
  Lock lock;  // PORT: a named member
  void (*fn)(uintptr *, int32);
  int32 hz;
  uintptr pcbuf[100];
} prof;
// PORT: the m in setcpuprofilerate, which holds prof's lock: its own
// sigprof returns (another m's reset may turn the signal back on for it).
static M *volatile profowner;

// PORT: fp too, for the walk's frame pointer (traceback.cpp). A sample
// whose frames cannot be walked keeps its pc (Go 1.19 accounts those to
// a pseudo-function).
void sigprof(uint8 *pc, uint8 *sp, uint8 *lr, uint8 *fp, G *gp) {
  int32 n;

  if (prof.fn == nil || prof.hz == 0 || profowner == getm())
    return;

  lock(&prof.lock);
  if (prof.fn == nil) {
    unlock(&prof.lock);
    return;
  }
  n = gentraceback((uintptr)pc, (uintptr)sp, (uintptr)fp, (uintptr)lr, gp, 0,
                   prof.pcbuf, nelem(prof.pcbuf));
  if (n == 0) {
    prof.pcbuf[0] = (uintptr)pc;
    n = 1;
  }
  if (n > 0)
    prof.fn(prof.pcbuf, n);
  unlock(&prof.lock);
}

void setcpuprofilerate(void (*fn)(uintptr *, int32), int32 hz) {
  // Force sane arguments.
  if (hz < 0)
    hz = 0;
  if (hz == 0)
    fn = nil;
  if (fn == nil)
    hz = 0;

  // Stop profiler on this cpu so that it is safe to lock prof.
  // if a profiling signal came in while we had prof locked,
  // it would deadlock.
  resetcpuprofiler(0);

  profowner = getm();
  lock(&prof.lock);
  prof.fn = fn;
  prof.hz = hz;
  unlock(&prof.lock);
  profowner = nil;
  lock(&sched.lock);
  sched.profilehz = hz;
  unlock(&sched.lock);

  if (hz != 0)
    resetcpuprofiler(hz);
}

// PORT: setcpuprofilerate(nil, 0) for an exit, which may hold the
// scheduler's lock (a deadlock's fatal error): sched.profilehz stays, as
// no m schedules again.
void stopcpuprofiler() {
  resetcpuprofiler(0);
  profowner = getm();
  lock(&prof.lock);
  prof.fn = nil;
  prof.hz = 0;
  unlock(&prof.lock);
  profowner = nil;
}

}  // namespace runtime
