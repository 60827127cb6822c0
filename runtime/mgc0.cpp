// mgc0.cpp: Go 1.0's mgc0.c, the garbage collector: conservative mark and
// sweep with the world stopped (proc.cpp's stoptheworld), a bitmap of four
// bits per heap word below the arena.
//
// PORT: no finalizers and no memory profiling (bitSpecial is never set);
// gc runs its phases on g0 (Go 1.1's mcall(mgc)); $GOGCTRACE's times are
// microseconds; runtime.GC collects under GOGC=off too (Go 1.19).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

enum {
  Debug = 0,
  PtrSize = sizeof(void *),

  // Four bits per word (see #defines below).
  wordsPerBitmapWord = sizeof(void *) * 8 / 4,
  bitShift = sizeof(void *) * 8 / 4,
};

// Bits in per-word bitmap.
//
// Each word in the bitmap describes wordsPerBitmapWord words
// of heap memory.  There are 4 bitmap bits dedicated to each heap word,
// so on a 64-bit system there is one bitmap word per 16 heap words.
// The bits in the word are packed together by type first, then by
// heap location, so each 64-bit bitmap word consists of, from top to bottom,
// the 16 bitSpecial bits for the corresponding heap words, then the 16 bitMarked bits,
// then the 16 bitNoPointers/bitBlockBoundary bits, then the 16 bitAllocated bits.
// This layout makes it easier to iterate over the bits of a given type.
//
// The bitmap starts at mheap.arena_start and extends *backward* from
// there.  On a 64-bit system the off'th word in the arena is tracked by
// the off/16+1'th word before mheap.arena_start.  (On a 32-bit system,
// the only difference is that the divisor is 8.)  (PORT: it ends at
// mheap.bitmap: arena_start on 64-bit, the end of a reservation of its
// own on 32-bit.)
//
// To pull out the bits corresponding to a given pointer p, we use:
//
//	off = p - (uintptr*)mheap.arena_start;  // word offset
//	b = (uintptr*)mheap.arena_start - off/wordsPerBitmapWord - 1;
//	shift = off % wordsPerBitmapWord
//	bits = *b >> shift;
//	/* then test bits & bitAllocated, bits & bitMarked, etc. */
//
static constexpr uintptr bitAllocated = (uintptr)1 << (bitShift * 0);
static constexpr uintptr bitNoPointers = (uintptr)1 << (bitShift * 1);  // when bitAllocated is set
static constexpr uintptr bitMarked = (uintptr)1 << (bitShift * 2);  // when bitAllocated is set
static constexpr uintptr bitSpecial = (uintptr)1 << (bitShift * 3);  // when bitAllocated is set - has finalizer or being profiled
static constexpr uintptr bitBlockBoundary = (uintptr)1 << (bitShift * 1);  // when bitAllocated is NOT set

static constexpr uintptr bitMask =
    bitBlockBoundary | bitAllocated | bitMarked | bitSpecial;

// PORT: the bitmap word and shift of the heap word at p, which Go 1.0
// computes inline at each use.
static inline uintptr *bitword(void *p, uintptr *shift) {
  uintptr off = (uintptr *)p - (uintptr *)mheap.arena_start;  // word offset
  *shift = off % wordsPerBitmapWord;
  return (uintptr *)mheap.bitmap - off / wordsPerBitmapWord - 1;
}

static uint64 nlookup;
static uint64 nsizelookup;
static uint64 naddrlookup;
static int32 gctrace;

struct Workbuf {
  Workbuf *next;
  uintptr nw;
  byte *w[2048 - 2];
};

extern "C" byte __data_start[];  // the C library's start of the data
extern "C" byte end[];           // the linker's end of the bss

static Workbuf *getempty(Workbuf *);
static Workbuf *getfull(Workbuf *);

// The span that holds heap address k's page, if in use.
// (Manually inlined copy of MHeap_LookupMaybe.)
static inline MSpan *spanof(byte *obj) {
  PageID k = (uintptr)obj >> PageShift;
  // PORT: the map is indexed from arena_start on every target.
  MSpan *s = mheap.map[k - ((uintptr)mheap.arena_start >> PageShift)];
  if (s == nil || k < s->start || k - s->start >= s->npages ||
      s->state != MSpanInUse)
    return nil;
  return s;
}

// scanblock scans a block of n bytes starting at pointer b for references
// to other objects, scanning any it finds recursively until there are no
// unscanned objects left.  Instead of using an explicit recursion, it keeps
// a work list in the Workbuf* structures and loops in the main function
// body.  Keeping an explicit work list is easier on the stack allocator and
// more efficient.
NOASAN static void scanblock(byte *b, int64 n) {
  byte *obj, *arena_start, *p;
  void **vp;
  uintptr size, *bitp, bits, shift, i, j, xbits;
  MSpan *s;
  void **bw, **w, **ew;
  Workbuf *wbuf;

  if ((int64)(uintptr)n != n || n < 0) {
    printf("scanblock %p %D\n", b, n);
    throw_("scanblock");
  }

  // Memory arena parameters.
  arena_start = mheap.arena_start;

  wbuf = nil;  // current work buffer
  ew = nil;    // end of work buffer
  bw = nil;    // beginning of work buffer
  w = nil;     // current pointer into work buffer

  // Align b to a word boundary.
  uintptr off = (uintptr)b & (PtrSize - 1);
  if (off != 0) {
    b += PtrSize - off;
    n -= PtrSize - off;
  }

  for (;;) {
    // Each iteration scans the block b of length n, queueing pointers in
    // the work buffer.
    if (Debug > 1)
      printf("scanblock %p %D\n", b, n);

    vp = (void **)b;
    n /= PtrSize;
    for (i = 0; i < (uintptr)n; i++) {
      obj = (byte *)vp[i];

      // Words outside the arena cannot be pointers.
      if (obj < arena_start || obj >= mheap.arena_used)
        continue;

      // obj may be a pointer to a live object.
      // Try to find the beginning of the object.

      // Round down to word boundary.
      obj = (byte *)((uintptr)obj & ~((uintptr)PtrSize - 1));

      // Find bits for this word.
      bitp = bitword(obj, &shift);
      xbits = *bitp;
      bits = xbits >> shift;

      // Pointing at the beginning of a block?
      if ((bits & (bitAllocated | bitBlockBoundary)) != 0)
        goto found;

      // Pointing just past the beginning?
      // Scan backward a little to find a block boundary.
      for (j = shift; j-- > 0;) {
        if (((xbits >> j) & (bitAllocated | bitBlockBoundary)) != 0) {
          obj = obj - (shift - j) * PtrSize;
          shift = j;
          bits = xbits >> shift;
          goto found;
        }
      }

      // Otherwise consult span table to find beginning.
      nlookup++;
      naddrlookup++;
      s = spanof(obj);
      if (s == nil)
        continue;
      p = (byte *)((uintptr)s->start << PageShift);
      if (s->sizeclass == 0) {
        obj = p;
      } else {
        if (obj >= s->limit)
          continue;
        size = class_to_size[s->sizeclass];
        obj = p + (uintptr)(obj - p) / size * size;
      }

      // Now that we know the object header, reload bits.
      bitp = bitword(obj, &shift);
      xbits = *bitp;
      bits = xbits >> shift;

    found:
      // Now we have bits, bitp, and shift correct for
      // obj pointing at the base of the object.
      // If not allocated or already marked, done.
      if ((bits & bitAllocated) == 0 || (bits & bitMarked) != 0)
        continue;
      *bitp |= bitMarked << shift;

      // If object has no pointers, don't need to scan further.
      if ((bits & bitNoPointers) != 0)
        continue;

      // If buffer is full, get a new one.
      if (w >= ew) {
        wbuf = getempty(wbuf);
        bw = (void **)wbuf->w;
        w = bw;
        ew = bw + nelem(wbuf->w);
      }
      *w++ = obj;
    }

    // Done scanning [b, b+n).  Prepare for the next iteration of
    // the loop by setting b and n to the parameters for the next block.

    // Fetch b from the work buffers.
    if (w <= bw) {
      // Emptied our buffer: refill.
      wbuf = getfull(wbuf);
      if (wbuf == nil)
        break;
      bw = (void **)wbuf->w;
      ew = (void **)wbuf->w + nelem(wbuf->w);
      w = bw + wbuf->nw;
    }
    b = (byte *)*--w;

    // Figure out n = size of b.  Start by loading bits for b.
    bitp = bitword(b, &shift);
    xbits = *bitp;
    bits = xbits >> shift;

    // Might be small; look for nearby block boundary.
    // A block boundary is marked by either bitBlockBoundary
    // or bitAllocated being set (see notes near their definition).
    static constexpr uintptr boundary = bitBlockBoundary | bitAllocated;
    // Look for a block boundary both after and before b
    // in the same bitmap word.
    //
    // A block boundary j words after b is indicated by
    //	bits>>j & boundary
    // assuming shift+j < bitShift.  (If shift+j >= bitShift then
    // we'll be bleeding other bit types like bitMarked into our test.)
    // Instead of inserting the conditional shift+j < bitShift into the loop,
    // we can let j range from 1 to bitShift as long as we first
    // apply a mask to keep only the bits corresponding
    // to shift+j < bitShift aka j < bitShift-shift.
    bits &= (boundary << (bitShift - shift)) - boundary;

    // A block boundary j words before b is indicated by
    //	xbits>>(shift-j) & boundary
    // (assuming shift >= j).  There is no cleverness here
    // avoid the test, because when j gets too large the shift
    // turns negative, which is undefined in C.
    for (j = 1; j < bitShift; j++) {
      if (((bits >> j) & boundary) != 0 ||
          (shift >= j && ((xbits >> (shift - j)) & boundary) != 0)) {
        n = j * PtrSize;
        goto scan;
      }
    }

    // Fall back to asking span about size class.
    // (Manually inlined copy of MHeap_Lookup.)
    nlookup++;
    nsizelookup++;
    s = mheap.map[((uintptr)b >> PageShift) -
                  ((uintptr)arena_start >> PageShift)];
    if (s->sizeclass == 0)
      n = s->npages << PageShift;
    else
      n = class_to_size[s->sizeclass];
  scan:;
  }
}

static struct {
  Workbuf *full;
  Workbuf *empty;
  byte *chunk;
  uintptr nchunk;
} work;

// Get an empty work buffer off the work.empty list,
// allocating new buffers as needed.
static Workbuf *getempty(Workbuf *b) {
  if (b != nil) {
    b->nw = nelem(b->w);
    b->next = work.full;
    work.full = b;
  }
  b = work.empty;
  if (b != nil) {
    work.empty = b->next;
    return b;
  }

  if (work.nchunk < sizeof *b) {
    work.nchunk = 1 << 20;
    work.chunk = (byte *)SysAlloc(work.nchunk);
    if (work.chunk == nil)
      throw_("runtime: cannot allocate memory");
  }
  b = (Workbuf *)work.chunk;
  work.chunk += sizeof *b;
  work.nchunk -= sizeof *b;
  return b;
}

// Get a full work buffer off the work.full list, or return nil.
static Workbuf *getfull(Workbuf *b) {
  if (b != nil) {
    b->nw = 0;
    b->next = work.empty;
    work.empty = b;
  }
  b = work.full;
  if (b != nil)
    work.full = b->next;
  return b;
}

// Scanstack calls scanblock on each of gp's stack segments.
// PORT: every goroutine is parked (gc runs on g0), so the scan starts at
// sched.sp, below which mcall pushed the callee-saved registers.
static void scanstack(G *gp) {
  int32 n;
  Stktop *stk;
  byte *sp, *guard;

  stk = (Stktop *)gp->stackbase;
  guard = gp->stackguard;
  sp = gp->sched.sp;

  // The exception is that if the goroutine is about to enter or might
  // have just exited a system call, it may be executing code such
  // as schedlock and may have needed to start a new stack segment.
  // Use the stack segment and stack pointer at the time of
  // the system call instead, since that won't change underfoot.
  // PORT: unless it is parked (exitsyscall's gosched) on that segment:
  // sched.sp is then lower, below the registers mcall pushed.
  if (gp->gcstack != nil &&
      (gp->status == Gsyscall || gp->gcstack != gp->stackbase)) {
    stk = (Stktop *)gp->gcstack;
    sp = gp->gcsp;
    guard = gp->gcguard;
  }

  if (Debug > 1)
    printf("scanstack %d %p\n", gp->goid, sp);
  n = 0;
  while (stk) {
    if (sp < guard - StackGuard || (byte *)stk < sp) {
      printf("scanstack inconsistent: g%d#%d sp=%p not in [%p,%p]\n",
             gp->goid, n, sp, guard - StackGuard, stk);
      throw_("scanstack");
    }
    scanblock(sp, (byte *)stk - sp);
    sp = stk->gobuf.sp;
    guard = stk->stackguard;
    stk = (Stktop *)stk->stackbase;
    n++;
  }
}

// scanroots scans data+bss, [b, e), but for mheap, which has no
// interesting pointers and is mostly zeroed and would not otherwise be
// paged in, mstats and the pc table.
// PORT: mstats is skipped too: its clocks and pause times are numbers a
// 32-bit arena's addresses include, and kept whole lists of garbage
// alive at random. So is the pc table (section gort_pclntab, writable
// data so that link 2 keeps the code in place): it has no pointers, and
// its names and numbers kept 32-bit garbage alive too.
static void scanroots(byte *b, byte *e) {
  struct Range { byte *lo, *hi; } skip[3] = {
      {(byte *)&mheap, (byte *)(&mheap + 1)},
      {(byte *)&mstats, (byte *)(&mstats + 1)},
      {(byte *)pclntabstart(), (byte *)pclntabstart() + pclntabsize()}};
  for (int i = 1; i < 3; i++)  // by address
    for (int j = i; j > 0 && skip[j].lo < skip[j - 1].lo; j--) {
      Range t = skip[j];
      skip[j] = skip[j - 1];
      skip[j - 1] = t;
    }
  for (auto r : skip) {
    if (r.lo > b)
      scanblock(b, r.lo - b);
    if (r.hi > b)
      b = r.hi;
  }
  if (e > b)
    scanblock(b, e - b);
}

// Mark. tstart: when the collection began, Go 1.19's work.tstart.
static void mark(int64 tstart) {
  G *gp;

  // mark data+bss.
  scanroots(__data_start, end);

  // mark stacks
  for (gp = allg; gp != nil; gp = gp->alllink) {
    switch (gp->status) {
    default:
      printf("unexpected G.status %d\n", gp->status);
      throw_("mark - bad status");
    case Gidle:  // PORT: newproc's, not yet started (no frames)
    case Gmoribund:  // PORT: exiting, its frames gone
    case Gdead:
      break;
    case Grunning:
      throw_("mark - world not stopped");
    case Grunnable:
    case Gsyscall:
    case Gwaiting:
      // Go 1.19's markroot: when the g was first seen blocked, for the
      // tracebacks' ", N minutes".
      if (gp->status != Grunnable && gp->waitsince == 0)
        gp->waitsince = tstart;
      scanstack(gp);
      break;
    }
  }
}

// Sweep frees blocks not marked in the mark phase.
// It clears the mark bits in preparation for the next GC round.
// PORT: Go 1.1's sweepspan: a span's freed small objects go back to its
// free list in one MCentral_FreeSpan, not one by one through the cache.
static void sweepspan(MSpan *s) {
  int32 cl, n, npages;
  uintptr size, nfree;
  byte *p;
  MCache *c;
  MLink head, *end;

  p = (byte *)(s->start << PageShift);
  cl = s->sizeclass;
  if (cl == 0) {
    size = s->npages << PageShift;
    n = 1;
  } else {
    // Chunk full of small blocks.
    size = class_to_size[cl];
    npages = class_to_allocnpages[cl];
    n = (npages << PageShift) / size;
  }
  nfree = 0;
  end = &head;
  c = getm()->mcache;

  // sweep through n objects of given size starting at p.
  for (; n > 0; n--, p += size) {
    uintptr *bitp, shift, bits;

    bitp = bitword(p, &shift);
    bits = *bitp >> shift;

    if ((bits & bitAllocated) == 0)
      continue;

    if ((bits & bitMarked) != 0) {
      *bitp &= ~(bitMarked << shift);
      continue;
    }

    // Clear mark, scan, and special bits.
    *bitp = (*bitp & ~(bitMask << shift)) | (bitBlockBoundary << shift);

    if (debug.clobberfree)
      clobberfree(p, size);
    if (cl == 0) {
      // Free large span.
      unmarkspan(p, 1 << PageShift);
      *(uintptr *)p = 1;  // needs zeroing
      MHeap_Free(&mheap, s, 1);
      c->local_alloc -= size;
      c->local_nfree++;
    } else {
      // Free small object.
      if (size > sizeof(uintptr))
        ((uintptr *)p)[1] = 1;  // mark as "needs to be zeroed"
      end->next = (MLink *)p;
      end = (MLink *)p;
      nfree++;
    }
  }

  if (nfree) {
    c->local_nfree += nfree;
    c->local_alloc -= nfree * size;
    c->local_cachealloc -= nfree * size;
    c->local_objects -= nfree;
    MCentral_FreeSpan(&mheap.central[cl].mcentral, s, nfree, head.next, end);
  }
}

static void sweep() {
  for (MSpan *s = mheap.allspans; s != nil; s = s->allnext)
    if (s->state == MSpanInUse)
      sweepspan(s);
}

// Semaphore, not Lock, so that the goroutine
// reschedules when there is contention rather
// than spinning.
static uint32 gcsema = 1;

// Initialized from $GOGC.  GOGC=off means no gc.
//
// Next gc is after we've allocated an extra amount of
// memory proportional to the amount already in use.
// If gcpercent=100 and we're using 4M, we'll gc again
// when we get to 8M.  This keeps the gc cost in linear
// proportion to the allocation cost.  Adjusting gcpercent
// just changes the linear constant (and also the amount of
// extra memory used).
static int32 gcpercent;

static void stealcache() {
  for (M *m = allm; m; m = m->alllink)
    if (m->mcache != nil)  // PORT: sysmon's m may have none
      MCache_ReleaseAll(m->mcache);
}

static void cachestats() {
  for (M *m = allm; m; m = m->alllink)
    purgecachedstats(m);
}

// PORT: Go 1.19's minimum heap: no collection before the heap reaches
// 4 MB (scaled by $GOGC), so that a small program does not collect at
// every few allocations.
static uint64 heapminimum() { return ((uint64)4 << 20) * gcpercent / 100; }

// PORT: Go 1.19's parseByteCount (string.go): decimal digits, then
// nothing, "B", or "KiB", "MiB", "GiB" or "TiB"; a count that fits an
// int64, or false.
static bool parsebytecount(String s, int64 *n) {
  static char const units[] = "KMGT";
  intgo l = s.len;
  uint64 mul = 1;
  byte last = l > 0 ? s.str[l - 1] : 0;

  if (l == 0)
    return false;
  if (last < '0' || last > '9') {
    if (last != 'B' || l < 2)
      return false;
    l--;
    byte c = s.str[l - 1];
    if (c == 'i') {
      if (l < 3)
        return false;
      int32 power = 0;
      while (power < 4 && units[power] != s.str[l - 2])
        power++;
      if (power == 4)
        return false;
      for (int32 i = 0; i <= power; i++)
        mul *= 1024;
      l -= 2;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  int64 v;
  if (!atoi64(String{s.str, l}, &v) || v < 0 ||
      (uint64)v > (~(uint64)0 >> 1) / mul)
    return false;
  *n = (int64)((uint64)v * mul);
  return true;
}

// PORT: Go 1.19's readGOMEMLIMIT, for its check only: gort has no soft
// memory limit, so a valid $GOMEMLIMIT changes nothing, but a malformed
// one is the fatal error Go's is.
static void readmemlimit() {
  byte *p = getenv("GOMEMLIMIT");
  int64 n;
  if (p == nil || *p == 0 || __builtin_strcmp((const char *)p, "off") == 0)
    return;
  if (!parsebytecount(cstring(p), &n)) {
    printf("GOMEMLIMIT=%s\n", p);
    throw_("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
  }
}

// PORT: $GOGC and $GOGCTRACE are read by mallocinit (Go 1.0: at the first
// collection), which sets the first goal. $GOGC as Go 1.19's readGOGC and
// setGCPercent: "off" or a negative int32 turns the collector off, any
// other int32 (0 too) is the percent, anything else (empty, "abc", "+3",
// " 2", "1e3", too big) is 100; the seed's atoi took "abc" as 0 and "-1"
// as 0. $GOGCTRACE is Go 1.0's (Go 1.19 has GODEBUG=gctrace): a value
// atoi32 refuses, or a negative one, is 0. $GOMEMLIMIT: readmemlimit.
void gcinit() {
  byte *p = getenv("GOGC");
  gcpercent = 100;
  if (p != nil && __builtin_strcmp((const char *)p, "off") == 0)
    gcpercent = -1;
  else if (p != nil)
    atoi32(cstring(p), &gcpercent);
  if (gcpercent < 0)
    gcpercent = -1;

  gctrace = 0;
  p = getenv("GOGCTRACE");
  if (p != nil && atoi32(cstring(p), &gctrace) && gctrace < 0)
    gctrace = 0;
  readmemlimit();
  mstats.next_gc = gcpercent < 0 ? ~(uint64)0 : heapminimum();
}

struct GcArgs {  // gc's figures, from the goroutine to mgc on g0
  int64 t0;
  int32 force;
};

// PORT: Go 1.1's split of gc: the phases run on g0 (mcall), where the
// collecting goroutine is parked like the others and its stack is still.
static void gc1(GcArgs *a) {
  int64 t1, t2, t3;
  uint64 heap0, heap1, obj0, obj1;

  nlookup = 0;
  nsizelookup = 0;
  naddrlookup = 0;

  if (mheap.lock.key != 0)
    throw_("mheap locked during gc");

  cachestats();
  heap0 = mstats.heap_alloc;
  obj0 = mstats.nmalloc - mstats.nfree;

  mark(a->t0);
  t1 = nanotime();
  sweep();
  t2 = nanotime();
  stackgc();  // PORT: Go 1.19 frees stack memory at collections too
  stealcache();
  cachestats();

  mstats.next_gc = mstats.heap_alloc + mstats.heap_alloc * gcpercent / 100;
  if (mstats.next_gc < heapminimum())
    mstats.next_gc = heapminimum();
  if (gcpercent < 0)  // PORT: runtime.GC under GOGC=off
    mstats.next_gc = ~(uint64)0;

  heap1 = mstats.heap_alloc;
  obj1 = mstats.nmalloc - mstats.nfree;

  t3 = nanotime();
  mstats.pause_ns[mstats.numgc % nelem(mstats.pause_ns)] = t3 - a->t0;
  mstats.pause_total_ns += t3 - a->t0;
  mstats.numgc++;
  if (a->force)
    mstats.numforcedgc++;
  if (mstats.debuggc)
    printf("pause %D\n", t3 - a->t0);

  if (gctrace) {
    printf("gc%d: %D+%D+%D us %D -> %D MB %D -> %D (%D-%D) objects %D "
           "pointer lookups (%D size, %D addr)\n",
           mstats.numgc, (t1 - a->t0) / 1000, (t2 - t1) / 1000,
           (t3 - t2) / 1000, heap0 >> 20, heap1 >> 20, obj0, obj1,
           mstats.nmalloc, mstats.nfree, nlookup, nsizelookup, naddrlookup);
  }
}

static void mgc(G *gp) {
  gc1((GcArgs *)gp->param);
  gp->param = nil;
  gp->status = Grunning;
  gogo(&gp->sched, 0);
}

void gc(int32 force) {
  G *g = getg();

  // The gc is turned off (via enablegc) until
  // the bootstrap has completed.
  // Also, malloc gets called in the guts
  // of a number of libraries that might be
  // holding locks.  To avoid priority inversion
  // problems, don't bother trying to run gc
  // while holding a lock.  The next mallocgc
  // without a lock will do the gc instead.
  // PORT: nor on g0 (Go 1.1), which cannot mcall.
  if (!mstats.enablegc || g == getm()->g0 || getm()->locks > 0 ||
      panicking)
    return;

  if (gcpercent < 0 && !force)
    return;

  semacquire(&gcsema);
  if (!force && mstats.heap_alloc < mstats.next_gc) {
    semrelease(&gcsema);
    return;
  }

  GcArgs a = {nanotime(), force};
  getm()->gcing = 1;
  stoptheworld();

  g->param = &a;
  g->status = Gwaiting;
  g->waitreason = "garbage collection";
  mcall(mgc);  // resumes on the same m: the world is stopped
  getm()->gcing = 0;

  semrelease(&gcsema);
  starttheworld();

  if (gctrace > 1 && !force)
    gc(1);
}

// PORT: Go 1.19's runtime.ReadMemStats, Go 1.0's UpdateMemStats: have
// to acquire gcsema to stop the world, because stoptheworld can only be
// used by one goroutine at a time, and there might be a pending garbage
// collection already calling it.
void ReadMemStats(GoMemStats *st) {
  semacquire(&gcsema);
  getm()->gcing = 1;
  stoptheworld();
  cachestats();
  st->Alloc = mstats.alloc;
  st->TotalAlloc = mstats.total_alloc;
  st->Sys = mstats.sys;
  st->Lookups = mstats.nlookup;
  st->Mallocs = mstats.nmalloc;
  st->Frees = mstats.nfree;
  st->HeapAlloc = mstats.heap_alloc;
  st->HeapSys = mstats.heap_sys;
  st->HeapIdle = mstats.heap_idle;
  st->HeapInuse = mstats.heap_inuse;
  st->HeapReleased = mstats.heap_released;
  st->HeapObjects = mstats.heap_objects;
  st->StackInuse = stackinuse();
  st->MSpanInuse = mstats.mspan_inuse;
  st->MSpanSys = mstats.mspan_sys;
  st->MCacheInuse = mstats.mcache_inuse;
  st->MCacheSys = mstats.mcache_sys;
  st->NextGC = mstats.next_gc;
  st->PauseTotalNs = mstats.pause_total_ns;
  for (uint32 i = 0; i < nelem(mstats.pause_ns); i++)
    st->PauseNs[i] = mstats.pause_ns[i];
  st->NumGC = mstats.numgc;
  st->NumForcedGC = mstats.numforcedgc;
  st->EnableGC = true;  // Go 1.19's: always
  st->DebugGC = mstats.debuggc;
  getm()->gcing = 0;
  semrelease(&gcsema);
  starttheworld();
}

// mark the block at v of size n as allocated.
// If noptr is true, mark it as having no pointers.
// NOSPLIT: mallocgc calls it with m->mallocing set.
NOSPLIT void markallocated(void *v, uintptr n, bool noptr) {
  uintptr *b, obits, bits, shift;

  if ((byte *)v + n > mheap.arena_used || (byte *)v < mheap.arena_start)
    throw_("markallocated: bad pointer");

  b = bitword(v, &shift);
  obits = *b;
  for (;;) {
    bits = (obits & ~(bitMask << shift)) | (bitAllocated << shift);
    if (noptr)
      bits |= bitNoPointers << shift;
    if (singleproc) {
      *b = bits;
      break;
    } else {
      // more than one goroutine is potentially running: use atomic op
      if (__atomic_compare_exchange_n(b, &obits, bits, false,
                                      __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        break;
    }
  }
}

// mark the block at v of size n as freed.
NOSPLIT void markfreed(void *v, uintptr n) {
  uintptr *b, obits, bits, shift;

  if ((byte *)v + n > mheap.arena_used || (byte *)v < mheap.arena_start)
    throw_("markallocated: bad pointer");

  b = bitword(v, &shift);
  obits = *b;
  for (;;) {
    bits = (obits & ~(bitMask << shift)) | (bitBlockBoundary << shift);
    if (singleproc) {
      *b = bits;
      break;
    } else {
      // more than one goroutine is potentially running: use atomic op
      if (__atomic_compare_exchange_n(b, &obits, bits, false,
                                      __ATOMIC_RELAXED, __ATOMIC_RELAXED))
        break;
    }
  }
}

// mark the span of memory at v as having n blocks of the given size.
// if leftover is true, there is left over space at the end of the span.
void markspan(void *v, uintptr size, uintptr n, bool leftover) {
  uintptr *b, shift;
  byte *p;

  if ((byte *)v + size * n > mheap.arena_used || (byte *)v < mheap.arena_start)
    throw_("markspan: bad pointer");

  p = (byte *)v;
  if (leftover)  // mark a boundary just past end of last block too
    n++;
  for (; n-- > 0; p += size) {
    // Okay to use non-atomic ops here, because we control
    // the entire span, and each bitmap word has bits for only
    // one span, so no other goroutines are changing these
    // bitmap words.
    b = bitword(p, &shift);
    *b = (*b & ~(bitMask << shift)) | (bitBlockBoundary << shift);
  }
}

// unmark the span of memory at v of length n bytes.
void unmarkspan(void *v, uintptr n) {
  uintptr *p, *b, off;

  if ((byte *)v + n > mheap.arena_used || (byte *)v < mheap.arena_start)
    throw_("markspan: bad pointer");

  p = (uintptr *)v;
  off = p - (uintptr *)mheap.arena_start;  // word offset
  if (off % wordsPerBitmapWord != 0)
    throw_("markspan: unaligned pointer");
  b = (uintptr *)mheap.bitmap - off / wordsPerBitmapWord - 1;
  n /= PtrSize;
  if (n % wordsPerBitmapWord != 0)
    throw_("unmarkspan: unaligned length");
  // Okay to use non-atomic ops here, because we control
  // the entire span, and each bitmap word has bits for only
  // one span, so no other goroutines are changing these
  // bitmap words.
  n /= wordsPerBitmapWord;
  while (n-- > 0)
    *b-- = 0;
}

void MHeap_MapBits(MHeap *h) {
  // Caller has added extra mappings to the arena.
  // Add extra mappings of bitmap words as needed.
  // We allocate extra bitmap pieces in chunks of bitmapChunk.
  enum { bitmapChunk = 8192 };
  uintptr n;

  n = (h->arena_used - h->arena_start) / wordsPerBitmapWord;
  n = (n + bitmapChunk - 1) & ~(uintptr)(bitmapChunk - 1);
  if (h->bitmap_mapped >= n)
    return;

  SysMap(h->bitmap - n, n - h->bitmap_mapped);
  h->bitmap_mapped = n;
}

}  // namespace runtime
