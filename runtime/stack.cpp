// stack.cpp: stack segments (the seed's stackalloc/stackfree, which lived
// in malloc.goc on its FixAlloc and mallocgc).
//
// PORT: segments come from large anonymous mappings, carved into
// power-of-two sizes, each with a guard page just below it, so an overflow
// faults instead of corrupting memory. On Linux 6.13 and later
// MADV_GUARD_INSTALL makes the guard without splitting the mapping, so a
// million goroutines fit in vm.max_map_count; older kernels get an
// mprotect(PROT_NONE) page, one mapping split per segment, for the first
// 16,384 segments (then no guard: the kernel limits mappings). qemu-user
// answers MADV_GUARD_INSTALL with success and installs nothing, so the first
// guard is tested before the advice is trusted.
//
// Freed segments are cached for reuse: per m without a lock (the hot path
// of a split and its return: no system call, no lock), then globally under
// stacklock. At each collection (as Go shrinks stacks and frees stack
// spans at collections) the global cache gives the pages of all but
// StackCacheBytes back (MADV_DONTNEED, adjacent segments in one call) and
// keeps only their address ranges; runtime.GC adds the calling m's cache.
// Until then a program that recurses deep again and again reuses its
// segments without faulting their pages in anew.

#include <stdlib.h>

#include "asan.h"
#include "runtime.h"
#include "stack.h"

namespace runtime {

enum {  // mmap and madvise constants (Linux, all our targets)
  PROT_NONE = 0,
  PROT_RW = 3,
  MAP_PRIVATE_ANON_NORESERVE = 0x02 | 0x20 | 0x4000,
  MADV_DONTNEED = 4,
  MADV_GUARD_INSTALL = 102,
  FUTEX_WAIT_PRIVATE = 0 | 128,
  MaxSplitGuards = 16384,
  EFAULT = 14,
};

static struct {
  Lock lock;
  Seg *warm[NClass];  // resident
  ColdSeg *cold[NClass];  // pages given back
  uintptr warmbytes;
  byte *arena, *arenaend;  // uncarved rest of the current mapping
  bool noguardadvice;      // MADV_GUARD_INSTALL unsupported: mprotect
  bool guardadviceworks;   // a guard it made was seen to fault
  int32 splitguards;       // guards made by mprotect
} stacks;

// Bytes of segments handed out: the sum over the ms' counts, which are
// kept without atomics on the hot path (a racy read is good enough).
uintptr stackinuse() {
  intptr_t n = 0;
  for (M *m = allm; m != nil; m = m->alllink)
    if (m->stackcache != nil)
      n += ((StackCache *)m->stackcache)->inuse - (intptr_t)m->hotsegsize *
           (m->hotseg != nil);
  return (uintptr)n;
}

// Whether the guard page at p faults: FUTEX_WAIT reads the word at p and,
// finding 0 where it expects 1, returns at once; a guard makes the read
// fail with EFAULT instead. No signal, nothing written.
static bool faults(byte *p) {
  return futex((uint32 *)p, FUTEX_WAIT_PRIVATE, 1, nil, nil, 0) == -EFAULT;
}

static void guard(byte *p) {
  if (!stacks.noguardadvice && madvise(p, GuardSize, MADV_GUARD_INSTALL) == 0 &&
      (stacks.guardadviceworks || (stacks.guardadviceworks = faults(p))))
    return;
  stacks.noguardadvice = true;
  // Each such guard adds two mappings. Past MaxSplitGuards the segment goes
  // without one (split code still checks its limit), leaving the rest of
  // vm.max_map_count (65530 by default) to the program's other mappings:
  // at the limit, mprotect and every later mmap would fail.
  if (stacks.splitguards >= MaxSplitGuards)
    return;
  stacks.splitguards++;
  if (mprotect(p, GuardSize, PROT_NONE) != 0)
    throw_("stackalloc: cannot install guard page");
}

// A new segment of size bytes from the arena. stacks.lock held.
static byte *carve(uintptr size) {
  uintptr need = size + GuardSize;
  if (stacks.arena == nil || (uintptr)(stacks.arenaend - stacks.arena) < need) {
    uintptr n = need > (uintptr)ArenaBytes ? need : (uintptr)ArenaBytes;
    byte *p = (byte *)mmap(nil, n, PROT_RW, MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if ((uintptr)p >= (uintptr)-4096 && n > need)  // the last of the space
      p = (byte *)mmap(nil, n = need, PROT_RW, MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if ((uintptr)p >= (uintptr)-4096) {  // PORT: Go 1.19's words
      printf("runtime: out of memory: cannot allocate %D-byte block (%D in use)\n",
             (uint64)n, (uint64)stackinuse());
      throw_("out of memory");
    }
    stacks.arena = p;
    stacks.arenaend = p + n;
  }
  byte *p = stacks.arena;
  stacks.arena += need;
  guard(p);
  return p + GuardSize;
}

static StackCache *mcache(M *m) {
  if (m->stackcache == nil)
    m->stackcache = mal(sizeof(StackCache));
  return (StackCache *)m->stackcache;
}

// Stackalloc must be called on scheduler stack, so that we
// never try to grow the stack during the code that stackalloc runs.
// Doing so would cause a deadlock (issue 1547).
NOSPLIT void *stackalloc(uint32 n) {
  M *m = getm();
  if (getg() != m->g0)
    throw_("stackalloc not on scheduler stack");
  int32 k = sizeclass(n);
  uintptr size = (uintptr)FixedStack << k;

  StackCache *c = mcache(m);
  c->inuse += size;
  Seg *s = c->free[k];
  if (s != nil) {
    c->free[k] = s->next;
    c->n[k]--;
    asansegtake(s, size);
    return s;
  }
  lock(&stacks.lock);
  if ((s = stacks.warm[k]) != nil) {
    stacks.warm[k] = s->next;
    stacks.warmbytes -= size;
  } else if (ColdSeg *cs = stacks.cold[k]) {
    stacks.cold[k] = cs->next;
    s = (Seg *)cs->seg;
    free(cs);
  } else {
    s = (Seg *)carve(size);
  }
  unlock(&stacks.lock);
  asansegtake(s, size);
  return s;
}

struct Trim {  // a segment whose pages go back
  byte *p;
  int32 k;
};

static int trimcmp(const void *a, const void *b) {
  byte *x = ((const Trim *)a)->p, *y = ((const Trim *)b)->p;
  return x < y ? -1 : x > y;
}

// Gives back the pages of warm segments until StackCacheBytes remain, in
// as few madvise calls as adjacency allows: a run may span the guard pages
// between segments, which MADV_DONTNEED leaves guarded. stacks.lock held;
// on g0 (libc's qsort).
static void trim() {
  int32 n = 0, max = (int32)((stacks.warmbytes - StackCacheBytes) / FixedStack) + NClass;
  Trim *t = (Trim *)malloc(max * sizeof(Trim));
  for (int32 k = NClass - 1; k >= 0 && stacks.warmbytes > (uintptr)StackCacheBytes; k--) {
    while (stacks.warm[k] != nil && stacks.warmbytes > (uintptr)StackCacheBytes) {
      Seg *s = stacks.warm[k];
      stacks.warm[k] = s->next;
      stacks.warmbytes -= (uintptr)FixedStack << k;
      t[n].p = (byte *)s;
      t[n++].k = k;
    }
  }
  ::qsort(t, n, sizeof(Trim), trimcmp);
  byte *start = nil, *end = nil;
  for (int32 i = 0; i <= n; i++) {
    byte *p = i < n ? t[i].p : nil;
    if (start != nil && (p == nil || (p != end && p != end + GuardSize))) {
      madvise(start, end - start, MADV_DONTNEED);
      start = nil;
    }
    if (p == nil)
      break;
    if (start == nil)
      start = p;
    end = p + ((uintptr)FixedStack << t[i].k);
    ColdSeg *cs = (ColdSeg *)malloc(sizeof(ColdSeg));
    cs->seg = p;
    cs->next = stacks.cold[t[i].k];
    stacks.cold[t[i].k] = cs;
  }
  free(t);
}

// Puts segment v of class k on the global cache. stacks.lock held.
static void warmput(void *v, int32 k) {
  Seg *s = (Seg *)v;
  s->next = stacks.warm[k];
  stacks.warm[k] = s;
  stacks.warmbytes += (uintptr)FixedStack << k;
}

// Gives every m's cached segments to the global cache, then the pages of
// all but StackCacheBytes back. On g0.
static void scavenge(void *) {
  lock(&stacks.lock);
  for (M *mp = allm; mp != nil; mp = mp->alllink) {
    StackCache *c = (StackCache *)mp->stackcache;
    if (c == nil || mp != getm())
      continue;  // another m's cache is its own, unlocked
    if (mp->hotseg != nil) {
      c->inuse -= mp->hotsegsize;
      warmput(mp->hotseg, sizeclass(mp->hotsegsize));
      mp->hotseg = nil;
    }
    for (int32 k = 0; k < NClass; k++) {
      while (Seg *s = c->free[k]) {
        c->free[k] = s->next;
        c->n[k]--;
        warmput(s, k);
      }
    }
  }
  if (stacks.warmbytes > (uintptr)StackCacheBytes)
    trim();
  unlock(&stacks.lock);
}

// runtime.GC: a collection, then (PORT) the stack memory and the free
// heap pages (malloc.cpp's freeosmemory) the program no longer uses go
// back to the operating system.
void GC() {
  gc(1);
  asmcgocall(scavenge, nil);
  asmcgocall(freeosmemory, nil);
}

NOSPLIT void stackfree(void *v, uintptr n) {
  int32 k = sizeclass(n);
  uintptr size = (uintptr)FixedStack << k;

  Seg *s = (Seg *)v;
  StackCache *c = mcache(getm());
  c->inuse -= size;
  asansegfree(v, size);
  if (c->n[k] < MCacheMax) {
    s->next = c->free[k];
    c->free[k] = s;
    c->n[k]++;
    return;
  }
  lock(&stacks.lock);
  warmput(s, k);
  unlock(&stacks.lock);
}

// The collector's part (mgc0.cpp's gc1, on g0, the world stopped): the
// global cache keeps StackCacheBytes resident.
void stackgc() {
  lock(&stacks.lock);
  if (stacks.warmbytes > (uintptr)StackCacheBytes)
    trim();
  unlock(&stacks.lock);
}

}  // namespace runtime
