// stack.cpp: stack segments (the seed's stackalloc/stackfree, which lived
// in malloc.goc on its FixAlloc and mallocgc).
//
// PORT: segments come from large anonymous mappings, carved into
// power-of-two sizes, each with a guard page just below it, so an overflow
// faults instead of corrupting memory. On Linux 6.13 and later
// MADV_GUARD_INSTALL makes the guard without splitting the mapping, so a
// million goroutines fit in vm.max_map_count. New goroutines' segments
// (the smallest class) are prepared in batches: one process_madvise
// installs the guards of up to BatchMax of them and a second faults their
// pages in (MADV_POPULATE_WRITE), instead of a system call and a page
// fault per goroutine; the batch grows from BatchMin as the program keeps
// asking, so a small program prepares little. qemu-user answers
// MADV_GUARD_INSTALL with success and installs nothing, so the first guard
// is tested before the advice is trusted.
//
// Older kernels (and GORTDEBUG=stackmprotect=1) get an mprotect(PROT_NONE)
// page instead, which splits the mapping: each guarded segment costs two
// mappings, and nothing can lay N guarded segments out in fewer than N.
// Every segment stays guarded; the segments that vm.max_map_count leaves
// room for (splitguardmax) are counted, and the one after them is a fatal
// error that says why, instead of a failing mmap later.
//
// Freed segments are cached for reuse: per m without a lock (the hot path
// of a split and its return: no system call, no lock), then globally under
// stacklock. At each collection (as Go shrinks stacks and frees stack
// spans at collections) the global cache gives the pages of all but
// StackCacheBytes back (MADV_DONTNEED, adjacent segments in one call) and
// keeps only their address ranges; runtime.GC adds the calling m's cache.
// Until then a program that recurses deep again and again reuses its
// segments without faulting their pages in anew.

#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

#include "asan.h"
#include "runtime.h"
#include "stack.h"

namespace runtime {

enum {  // mmap and madvise constants (Linux, all our targets)
  PROT_NONE = 0,
  PROT_RW = 3,
  MAP_PRIVATE_ANON_NORESERVE = 0x02 | 0x20 | 0x4000,
  MADV_DONTNEED = 4,
  MADV_POPULATE_WRITE = 23,
  MADV_GUARD_INSTALL = 102,
  FUTEX_WAIT_PRIVATE = 0 | 128,
  EFAULT = 14,
  SYS_PIDFD_OPEN = 434,  // the same number on amd64, 386 and arm
  SYS_PROCESS_MADVISE = 440,
  BatchMin = 16,    // class-0 segments prepared at once, at first
  BatchMax = 256,   // and at most (1 MB; newproc1 may hold the scheduler's
                    // lock meanwhile; at most IOV_MAX, 1024)
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
  int32 maxsplitguards;    // how many vm.max_map_count allows; 0: unknown
  int32 batch;             // class-0 segments the next carve prepares
  int32 pidfd;             // for process_madvise; -1: none, 0: not yet open
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

// Puts segment v of class k on the global cache. stacks.lock held.
static void warmput(void *v, int32 k) {
  Seg *s = (Seg *)v;
  s->next = stacks.warm[k];
  stacks.warm[k] = s;
  stacks.warmbytes += (uintptr)FixedStack << k;
}

// The mappings the process has now: the lines of /proc/self/maps.
static int32 mapcount() {
  FILE *f = fopen("/proc/self/maps", "r");
  int32 n = 0, c;
  if (f == nil)
    return 0;
  while ((c = getc(f)) != EOF)
    n += c == '\n';
  fclose(f);
  return n;
}

// vm.max_map_count, or GORTDEBUG=maxmapcount=N's N (to test the limit).
static int32 maxmapcount() {
  int32 n = 65530;  // the kernel's default
  if (debug.maxmapcount > 0)
    return debug.maxmapcount;
  if (FILE *f = fopen("/proc/sys/vm/max_map_count", "r")) {
    if (fscanf(f, "%d", &n) != 1)
      n = 65530;
    fclose(f);
  }
  return n;
}

// How many guards mprotect may make: each adds two mappings; a quarter
// of the limit and the mappings there are already stay for the rest of
// the program (the heap's arenas, threads' stacks, libraries), since at
// the limit every mmap and mprotect fails.
static int32 splitguardmax() {
  if (stacks.maxsplitguards == 0) {
    int32 max = maxmapcount();
    int32 n = (max - max / 4 - mapcount()) / 2;
    stacks.maxsplitguards = n > 0 ? n : -1;
  }
  return stacks.maxsplitguards > 0 ? stacks.maxsplitguards : 0;
}

[[noreturn]] static void toomanysplitguards() {
  printf("runtime: cannot create a goroutine or grow a stack: stack segment "
         "%d needs a guard page, made by mprotect (%s), which splits a "
         "mapping; vm.max_map_count (%d) leaves room for %d guarded "
         "segments\n",
         stacks.splitguards + 1,
         debug.stackmprotect ? "GORTDEBUG=stackmprotect=1"
                             : "this kernel has no MADV_GUARD_INSTALL, Linux 6.13",
         maxmapcount(), splitguardmax());
  throw_("too many stack segments for vm.max_map_count");
}

// The fallback: a PROT_NONE page, two more mappings.
static void splitguard(byte *p) {
  if (stacks.splitguards >= splitguardmax())
    toomanysplitguards();
  stacks.splitguards++;
  if (mprotect(p, GuardSize, PROT_NONE) != 0)
    throw_("stackalloc: cannot install guard page");
}

// process_madvise(advice) on the n ranges [p + i*stride, + len): whether
// it took all of them (kernels before 6.13 refuse most advice in it,
// qemu-user the call).
static bool adviseall(byte *p, int32 n, uintptr stride, uintptr len, int32 advice) {
  struct iovec v[BatchMax];
  if (stacks.pidfd == 0) {
    stacks.pidfd = (int32)syscall(SYS_PIDFD_OPEN, (long)getpid(), 0L);
    if (stacks.pidfd <= 0)
      stacks.pidfd = -1;
  }
  if (stacks.pidfd < 0)
    return false;
  for (int32 i = 0; i < n; i++) {
    v[i].iov_base = p + i * stride;
    v[i].iov_len = len;
  }
  return syscall(SYS_PROCESS_MADVISE, (long)stacks.pidfd, v, (long)n,
                 (long)advice, 0L) == (long)(n * len);
}

static bool guardadvice(byte *p, int32 n, uintptr stride) {
  if (adviseall(p, n, stride, GuardSize, MADV_GUARD_INSTALL))
    return true;
  for (int32 i = 0; i < n; i++)
    if (madvise(p + i * stride, GuardSize, MADV_GUARD_INSTALL) != 0)
      return false;
  return true;
}

// Whether guards are (still) tried with MADV_GUARD_INSTALL.
static bool useguardadvice() {
  return !stacks.noguardadvice && !debug.stackmprotect;
}

// Guards the n segments at p, stride bytes apart, each GuardSize below.
static void guard(byte *p, int32 n, uintptr stride) {
  if (useguardadvice() && guardadvice(p, n, stride) &&
      (stacks.guardadviceworks || (stacks.guardadviceworks = faults(p))))
    return;
  stacks.noguardadvice = true;
  for (int32 i = 0; i < n; i++)
    splitguard(p + i * stride);
}

// n segments of size bytes (with their guards) from the arena: fewer if
// the arena's rest holds fewer, at least one.
static byte *arenatake(uintptr size, int32 *n) {
  uintptr need = size + GuardSize;
  if (stacks.arena == nil || (uintptr)(stacks.arenaend - stacks.arena) < need) {
    uintptr len = need > (uintptr)ArenaBytes ? need : (uintptr)ArenaBytes;
    byte *p = (byte *)mmap(nil, len, PROT_RW, MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if ((uintptr)p >= (uintptr)-4096 && len > need)  // the last of the space
      p = (byte *)mmap(nil, len = need, PROT_RW, MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if ((uintptr)p >= (uintptr)-4096) {  // PORT: Go 1.19's words
      printf("runtime: out of memory: cannot allocate %D-byte block (%D in use)\n",
             (uint64)len, (uint64)stackinuse());
      throw_("out of memory");
    }
    stacks.arena = p;
    stacks.arenaend = p + len;
  }
  uintptr room = (uintptr)(stacks.arenaend - stacks.arena) / need;
  if ((uintptr)*n > room)
    *n = (int32)room;
  byte *p = stacks.arena;
  stacks.arena += *n * need;
  return p;
}

// How many segments of class k to prepare at once: class 0 (new
// goroutines) in batches that grow as the program keeps asking.
static int32 batchsize(int32 k) {
  if (k != 0 || !useguardadvice())
    return 1;
  return stacks.batch = stacks.batch == 0 ? BatchMin
                        : stacks.batch < BatchMax ? stacks.batch * 2 : BatchMax;
}

// The n guarded segments of class k from segment s up, stride bytes
// apart, are faulted in by one system call; s is the caller's, the rest go
// on the global cache, resident. stacks.lock held.
static byte *prepare(byte *s, int32 n, uintptr stride, int32 k) {
  if (n > 1)
    adviseall(s, n, stride, (uintptr)FixedStack << k, MADV_POPULATE_WRITE);
  for (int32 i = n - 1; i > 0; i--)
    warmput(s + i * stride, k);
  return s;
}

// A new segment of class k (and n-1 more, prepared). stacks.lock held;
// on g0.
static byte *carve(uintptr size, int32 k) {
  int32 n = batchsize(k);
  uintptr stride = size + GuardSize;
  byte *p = arenatake(size, &n);
  guard(p, n, stride);
  return prepare(p + GuardSize, n, stride, k);
}

// A segment of class k from the cold runs (and more, prepared, as
// carve's). stacks.lock held; on g0.
static byte *coldget(int32 k, uintptr size) {
  ColdSeg *cs = stacks.cold[k];
  uintptr stride = size + GuardSize;
  byte *p = cs->seg;
  int32 n = batchsize(k);
  if (n > cs->n)
    n = cs->n;
  cs->seg += n * stride;
  cs->n -= n;
  if (cs->n == 0) {
    stacks.cold[k] = cs->next;
    free(cs);
  }
  return prepare(p, n, stride, k);
}

// Adds segment p of class k to the cold runs: to the last one when p
// follows it in the arena (trim adds in address order, and a batch's
// segments are neighbours), so a million segments take a few runs.
static void coldput(byte *p, int32 k) {
  uintptr stride = ((uintptr)FixedStack << k) + GuardSize;
  ColdSeg *cs = stacks.cold[k];
  if (cs != nil && cs->seg + cs->n * stride == p) {
    cs->n++;
    return;
  }
  cs = (ColdSeg *)malloc(sizeof(ColdSeg));
  cs->seg = p;
  cs->n = 1;
  cs->next = stacks.cold[k];
  stacks.cold[k] = cs;
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
  } else if (stacks.cold[k] != nil) {
    s = (Seg *)coldget(k, size);
  } else {
    s = (Seg *)carve(size, k);
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
    coldput(p, t[i].k);
  }
  free(t);
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
  gfreestacks();
  lock(&stacks.lock);
  if (stacks.warmbytes > (uintptr)StackCacheBytes)
    trim();
  unlock(&stacks.lock);
}

}  // namespace runtime
