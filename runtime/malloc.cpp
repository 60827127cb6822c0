// malloc.cpp: Go 1.0's malloc.goc: mallocgc, malloc, mal, free, mlookup,
// mallocinit, allocmcache and MHeap_SysAlloc; and Go 1.19's
// persistentalloc (malloc.go).
//
// See malloc.h for overview.
//
// TODO(rsc): double-check stats.
//
// PORT: mallocgc and free keep the goroutine's stack for the MCache fast
// paths (NOSPLIT, with m->mallocing set, so that neither a split nor a
// preemption happens inside); the central lists, the page heap and the
// system are reached on g0 through asmcgocall (docs/PORTING.md).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"
#include "race.h"

namespace runtime {

MHeap mheap;
MStats mstats;

// Go's base address for all 0-byte allocations. PORT: Go's mallocgc
// returns it for size 0; here only the slice and string code does
// (mallocgc(0) allocates a byte, as Go 1.0's did: the runtime frees what
// it mallocs).
uintptr zerobase;

// Go 1.0's MemProfileRate (malloc.goc's runtime·MemProfileRate), which Go
// code sets as runtime.MemProfileRate. PORT: gort keeps no memory profile
// (the seed's mprof.goc is not ported), so mallocgc never reads it; it
// starts at 0, as in a Go 1.19 program that cannot read a profile (the
// linker's disableMemoryProfiling).
intgo MemProfileRate __asm__("runtime.MemProfileRate") = 0;

static void initmcache(void *) {
  if (mheap.arena_start == nil)
    mallocinit();
  else
    getm()->mcache = allocmcache();
}

struct LargeAlloc {  // mallocgc's large-object path, on g0
  uintptr npages;
  int32 zeroed;
  MSpan *s;
};

static void largealloc(void *a) {
  LargeAlloc *l = (LargeAlloc *)a;
  l->s = MHeap_Alloc(&mheap, l->npages, 0, 1, l->zeroed);
}

// Allocate an object of at least size bytes.
// Small objects are allocated from the per-thread cache's free lists.
// Large objects (> 32 kB) are allocated straight from the heap.
// PORT: zeroed unless flag has FlagNoZero (Go 1.3's form of Go 1.0's
// zeroed argument), and a collection may follow (no dogc); no memory
// profiling.
void *mallocgc(uintptr size, uint32 flag) {
  int32 sizeclass;
  MCache *c;
  uintptr npages;
  MSpan *s;
  void *v;
  M *m = getm();
  int32 zeroed = (flag & FlagNoZero) == 0;

  if (m->mallocing)
    throw_("malloc/free - deadlock");
  // PORT: an m without a cache (one that allocates before schedinit's
  // mallocinit or outside mstart) gets one here.
  if (m->mcache == nil)
    asmcgocall(initmcache, nil);
  m->mallocing = 1;
  if (size == 0)
    size = 1;

  c = m->mcache;
  c->local_nmalloc++;
  if (size <= MaxSmallSize) {
    // Allocate from mcache free lists.
    sizeclass = SizeToClass(size);
    size = class_to_size[sizeclass];
    v = MCache_Alloc(c, sizeclass, size, zeroed);
    if (v == nil)
      throw_("out of memory");
    c->local_alloc += size;
    c->local_total_alloc += size;
  } else {
    // Allocate directly from heap.
    npages = size >> PageShift;
    if ((size & PageMask) != 0)
      npages++;
    if (npages < size >> PageShift)  // PORT: size near 2^64 overflows
      throw_("out of memory");
    LargeAlloc l = {npages, zeroed, nil};
    asmcgocall(largealloc, &l);
    s = l.s;
    if (s == nil)
      throw_("out of memory");
    size = npages << PageShift;
    c->local_alloc += size;
    c->local_total_alloc += size;
    v = (void *)(s->start << PageShift);

    // setup for mark sweep
    markspan(v, 0, 0, true);
  }
  if (!(flag & FlagNoGC))
    markallocated(v, size, (flag & FlagNoPointers) != 0);

  m->mallocing = 0;
  racemalloc(v, size);  // Go 1.1's: forget the block's last life

  if (mstats.heap_alloc >= mstats.next_gc)
    gc(0);
  return v;
}

void *malloc(uintptr size) { return mallocgc(size, 0); }

void *mal(uintptr n) { return mallocgc(n, 0); }

struct LargeFree {  // free's large-object path, on g0
  MSpan *s;
};

static void largefree(void *a) { MHeap_Free(&mheap, ((LargeFree *)a)->s, 1); }

// Free the object whose base pointer is v.
void free(void *v) {
  int32 sizeclass;
  MSpan *s;
  MCache *c;
  uintptr size;
  M *m = getm();

  if (v == nil)
    return;

  if (m->mallocing)
    throw_("malloc/free - deadlock");
  if (m->mcache == nil)  // PORT: as in mallocgc
    asmcgocall(initmcache, nil);
  m->mallocing = 1;

  if (!mlookup(v, nil, nil, &s)) {
    printf("free %p: not an allocated block\n", v);
    throw_("free mlookup");
  }

  // Find size class for v.
  sizeclass = s->sizeclass;
  c = m->mcache;
  if (sizeclass == 0) {
    // Large object.
    size = s->npages << PageShift;
    *(uintptr *)(s->start << PageShift) = 1;  // mark as "needs to be zeroed"
    // Must mark v freed before calling unmarkspan and MHeap_Free:
    // they might coalesce v into other spans and change the bitmap further.
    markfreed(v, size);
    unmarkspan(v, 1 << PageShift);
    if (debug.clobberfree)
      clobberfree(v, size);
    LargeFree l = {s};
    asmcgocall(largefree, &l);
  } else {
    // Small object.
    size = class_to_size[sizeclass];
    if (size > sizeof(uintptr))
      ((uintptr *)v)[1] = 1;  // mark as "needs to be zeroed"
    // Must mark v freed before calling MCache_Free:
    // it might coalesce v and other blocks into a bigger span
    // and change the bitmap further.
    markfreed(v, size);
    if (debug.clobberfree)
      clobberfree(v, size);
    MCache_Free(c, v, sizeclass, size);
  }
  c->local_nfree++;
  c->local_alloc -= size;
  m->mallocing = 0;
}

// Whether v points into an allocated object; if so, *base is its start,
// *size its size and *sp its span (each only if not nil).
// NOSPLIT: free calls it with m->mallocing set.
NOSPLIT int32 mlookup(void *v, byte **base, uintptr *size, MSpan **sp) {
  uintptr n, i;
  byte *p;
  MSpan *s;
  MCache *c = getm()->mcache;

  if (c != nil)  // PORT: an m may have no cache yet
    c->local_nlookup++;
  s = MHeap_LookupMaybe(&mheap, v);
  if (sp)
    *sp = s;
  if (s == nil) {
    if (base)
      *base = nil;
    if (size)
      *size = 0;
    return 0;
  }

  p = (byte *)((uintptr)s->start << PageShift);
  if (s->sizeclass == 0) {
    // Large object.
    if (base)
      *base = p;
    if (size)
      *size = s->npages << PageShift;
    return 1;
  }

  if ((byte *)v >= s->limit) {
    // pointers past the last block do not count as pointers.
    // PORT: *base and *size say so too (Go 1.0 left them unset).
    if (base)
      *base = nil;
    if (size)
      *size = 0;
    return 0;
  }

  n = class_to_size[s->sizeclass];
  i = ((byte *)v - p) / n;
  if (base)
    *base = p + i * n;
  if (size)
    *size = n;

  return 1;
}

// PORT: Go 1.19's GODEBUG=clobberfree=1 fills a freed object with
// 0xdeadbeef; gort also checks, when it is allocated again, that nothing
// wrote into it meanwhile (a collector that freed a live object). Word 0,
// the free list's link, is left alone; word 1, non-zero, marks the object
// as needing zeroing.
static constexpr uintptr Clobber = (uintptr)0xdeadbeefdeadbeefULL;

NOSPLIT void clobberfree(void *v, uintptr size) {
  for (uintptr i = 1; i < size / sizeof(uintptr); i++)
    ((uintptr *)v)[i] = Clobber;
}

// A small object from a cache's list: clobbered when freed, unchanged
// since. NOSPLIT: MCache_Alloc calls it with m->mallocing set.
NOSPLIT void checkclobbered(void *v, uintptr size) {
  uintptr n = size / sizeof(uintptr);
  if (n < 2 || ((uintptr *)v)[1] != Clobber)
    return;  // never freed
  for (uintptr i = 2; i < n; i++)
    if (((uintptr *)v)[i] != Clobber) {
      printf("runtime: freed object %p (size %D) written at +%D: %p\n", v,
             (int64)size, (int64)(i * sizeof(uintptr)), ((uintptr *)v)[i]);
      throw_("clobberfree: write to a freed object");
    }
}

// On g0.
MCache *allocmcache() {
  MCache *c;

  lock(&mheap.lock);
  c = (MCache *)FixAlloc_Alloc(&mheap.cachealloc);
  mstats.mcache_inuse = mheap.cachealloc.inuse;
  mstats.mcache_sys = mheap.cachealloc.sys;
  unlock(&mheap.lock);
  // PORT: FixAlloc memory is not zeroed once reused; a cache must start
  // empty (Go 1.0 never freed one, so its were always fresh).
  memclr(c, sizeof *c);
  return c;
}

// Protected by the heap lock.
void purgecachedstats(M *m) {
  MCache *c;

  c = m->mcache;
  if (c == nil)  // PORT: allocmcache's m, before it has one
    return;
  mstats.heap_alloc += c->local_cachealloc;
  c->local_cachealloc = 0;
  mstats.heap_objects += c->local_objects;
  c->local_objects = 0;
  mstats.nmalloc += c->local_nmalloc;
  c->local_nmalloc = 0;
  mstats.nfree += c->local_nfree;
  c->local_nfree = 0;
  mstats.nlookup += c->local_nlookup;
  c->local_nlookup = 0;
  mstats.alloc += c->local_alloc;
  c->local_alloc = 0;
  mstats.total_alloc += c->local_total_alloc;
  c->local_total_alloc = 0;
}

extern "C" byte end[];  // the linker's end of the data and bss segments

// PORT: where a 32-bit arena can start and grow: the first of want and
// the addresses 64 MB apart above it where the arena and, past its
// largest size, the bitmap are both free. A kernel that runs 32-bit
// programs natively puts the brk heap within 32 MB past the bss (Go 1.0
// took whatever mmap gave instead, high up, with no room to grow: 800 MB
// of objects ran out at 512); under qemu-i386 want itself is free.
static byte *reserve32(byte *want, uintptr bitmap_size, uintptr arena_size) {
  for (int32 i = 0; i < 8; i++) {
    byte *v = want + ((uintptr)i << 26);
    byte *a = (byte *)SysReserve(v, arena_size);
    byte *b = a == v ? (byte *)SysReserve(v + MaxArena32, bitmap_size) : nil;
    if (a != nil)
      munmap(a, arena_size);
    if (b != nil)
      munmap(b, bitmap_size);
    if (a == v && b == v + MaxArena32)
      return v;
  }
  return want;
}

// On g0 (schedinit, or the first mallocgc of the process).
// PORT: the spans map is mapped here, one word per page of the largest
// arena; on 32-bit the bitmap is a reservation of its own, past where
// the arena can grow to, so that the arena keeps the space past the bss
// (under qemu-i386 the libraries sit near 1 GB); a second call does
// nothing.
void mallocinit() {
  byte *p, *want;
  uintptr arena_size, bitmap_size, map_size, limit;

  if (mheap.arena_start != nil)
    return;
  InitSizes();

  // Set up the allocation arena, a contiguous area of memory where
  // allocated data will be found.
  arena_size = InitialArena;
  bitmap_size = MaxArena / (sizeof(void *) * 8 / 4);
  map_size = MaxArena / PageSize * sizeof(mheap.map[0]);
  // PORT: Go 1.0's fit to RLIMIT_AS (memlimit), which else makes the
  // reservation fail: the arena and its bitmap share what the limit
  // leaves, and running out of it is "out of memory". On 32-bit only the
  // first arena shrinks; the bitmap keeps covering MaxArena32.
  limit = memlimit();
  if (limit > 0 && sizeof(void *) == 8 && arena_size + bitmap_size > limit) {
    bitmap_size = (limit / 17) & ~(uintptr)PageMask;
    arena_size = bitmap_size * 16;
  } else if (limit > 0 && arena_size + bitmap_size > limit &&
             limit > bitmap_size + ((uintptr)16 << 20)) {
    arena_size = (limit - bitmap_size) & ~(uintptr)PageMask;
  }
  if (sizeof(void *) == 8) {
    // On a 64-bit machine, allocate from a single contiguous reservation.
    // 16 GB should be big enough for now.
    want = (byte *)(0x00f8ULL << 32);
  } else {
    // On a 32-bit machine, we can't typically get away
    // with a giant virtual address space reservation.
    // Instead we reserve 512 MB just past the data and bss segments,
    // where the space above is likely free to grow into.
    // Adjust it upward a little bit ourselves: 1/4 MB to get
    // away from the running binary image and then round up
    // to a MB boundary.
    want = (byte *)(((uintptr)end + (1 << 18) + (1 << 20) - 1) & ~(uintptr)((1 << 20) - 1));
    // PORT: and no lower than 64 MB. Go's 386 programs load at 128 MB;
    // lld's load at 4 MB (arm's at 64 KB), which put the arena where
    // sizes, counts and the words of short strings point, and the
    // conservative collector kept whatever they hit (64-bit's 0x00f8
    // prefix is chosen for the same reason).
    if ((uintptr)want < ((uintptr)64 << 20))
      want = (byte *)((uintptr)64 << 20);
  }
  if (sizeof(void *) == 4)
    want = reserve32(want, bitmap_size, arena_size);
  if (sizeof(void *) == 4) {  // past the largest arena, if it may
    mheap.bitmap = (byte *)SysReserve(want + MaxArena32, bitmap_size);
    if (mheap.bitmap == nil)
      throw_("runtime: cannot reserve arena virtual address space");
    mheap.bitmap += bitmap_size;
    bitmap_size = 0;
  }
  p = (byte *)SysReserve(want, bitmap_size + arena_size);
  if (p == nil)
    throw_("runtime: cannot reserve arena virtual address space");
  if ((uintptr)p & PageMask) {
    // PORT: 8 KB pages: trim a 4 KB-aligned reservation to a page.
    p += PageSize - ((uintptr)p & PageMask);
    arena_size -= PageSize;
  }
  mheap.map = (MSpan **)SysAlloc(map_size);
  if (mheap.map == nil)
    throw_("runtime: cannot allocate the spans map");

  mheap.arena_start = p + bitmap_size;
  if (sizeof(void *) == 8)
    mheap.bitmap = mheap.arena_start;
  mheap.arena_used = mheap.arena_start;
  mheap.arena_end = mheap.arena_start + arena_size;

  // Initialize the rest of the allocator.
  MHeap_Init(&mheap, SysAlloc);
  gcinit();
  getm()->mcache = allocmcache();

  // See if it works.
  free(malloc(1));
}

// On g0, heap locked.
void *MHeap_SysAlloc(MHeap *h, uintptr n) {
  byte *p;

  if (n > (uintptr)(h->arena_end - h->arena_used)) {
    // We are in 32-bit mode, maybe we didn't use all possible address space yet.
    // Reserve some more space.
    byte *new_end;
    uintptr needed;

    needed = (uintptr)h->arena_used + n - (uintptr)h->arena_end;
    // Round wanted arena size to a multiple of 256MB.
    needed = (needed + (256 << 20) - 1) & ~(uintptr)((256 << 20) - 1);
    new_end = h->arena_end + needed;
    if (new_end > h->arena_end && new_end <= h->arena_start + MaxArena32) {
      p = (byte *)SysReserve(h->arena_end, new_end - h->arena_end);
      if (p == h->arena_end)
        h->arena_end = new_end;
      else if (p != nil)  // PORT: Go 1.0 left the stray reservation
        munmap(p, new_end - h->arena_end);
    }
  }
  if (n <= (uintptr)(h->arena_end - h->arena_used)) {
    // Keep taking from our reservation.
    p = h->arena_used;
    SysMap(p, n);
    h->arena_used += n;
    MHeap_MapBits(h);
    return p;
  }

  // On 64-bit, our reservation is all we have.
  if (sizeof(void *) == 8)
    return nil;

  // On 32-bit, once the reservation is gone we can
  // try to get memory at a location chosen by the OS
  // and hope that it is in the range we allocated bitmap for.
  p = (byte *)SysAlloc(n);
  if (p == nil)
    return nil;

  // PORT: without Go 1.0's message (memory allocated by OS not in usable
  // range): what follows is Go 1.19's out of memory (MHeap_Grow).
  if (p < h->arena_start || (uintptr)(p + n - h->arena_start) >= MaxArena32) {
    SysFree(p, n);
    return nil;
  }

  if (p + n > h->arena_used) {
    h->arena_used = p + n;
    if (h->arena_used > h->arena_end)
      h->arena_end = h->arena_used;
    MHeap_MapBits(h);
  }

  return p;
}

// PORT: runtime.GC's last part (Go 1.0's runtime/debug.FreeOSMemory;
// stack.cpp's GC calls it after the collection): this m's cached objects
// go back to the central lists, and the pages of every free span back to
// the operating system. On g0.
void freeosmemory(void *) {
  M *m = getm();

  if (m->mcache != nil)
    MCache_ReleaseAll(m->mcache);
  MHeap_Scavenge(&mheap);
}

// Go 1.19's persistentalloc: memory for the runtime's own objects that
// live as long as the process (itabs, the itab table). Not in the heap:
// the collector neither frees nor scans it, so what it holds must not be
// the only reference to a heap object. PORT: one global chunk under a
// lock (Go keeps one per P as well); no memstats category of its own
// (SysAlloc counts it in mstats.sys).
enum : uintptr {
  persistentChunkSize = 256 << 10,
  maxBlock = 64 << 10,  // VM reservation granularity is 64K on windows
};

static struct {
  Lock mutex;
  byte *base;
  uintptr off;
} globalAlloc;

struct PersistentAlloc {
  uintptr size, align;
  void *p;
};

static uintptr alignUp(uintptr n, uintptr a) { return (n + a - 1) & ~(a - 1); }

// On g0.
static void persistentalloc1(void *v) {
  PersistentAlloc *a = (PersistentAlloc *)v;
  uintptr size = a->size, align = a->align;

  if (size == 0)
    throw_("persistentalloc: size == 0");
  if (align != 0) {
    if ((align & (align - 1)) != 0)
      throw_("persistentalloc: align is not a power of 2");
    if (align > _PageSize)
      throw_("persistentalloc: align is too large");
  } else {
    align = 8;
  }
  if (size >= maxBlock) {
    a->p = SysAlloc(size);
    if (a->p == nil)
      throw_("runtime: cannot allocate memory");
    return;
  }
  lock(&globalAlloc.mutex);
  globalAlloc.off = alignUp(globalAlloc.off, align);
  if (globalAlloc.off + size > persistentChunkSize ||
      globalAlloc.base == nil) {
    globalAlloc.base = (byte *)SysAlloc(persistentChunkSize);
    if (globalAlloc.base == nil) {
      unlock(&globalAlloc.mutex);
      throw_("runtime: cannot allocate memory");
    }
    globalAlloc.off = alignUp(sizeof(void *), align);
  }
  a->p = globalAlloc.base + globalAlloc.off;
  globalAlloc.off += size;
  unlock(&globalAlloc.mutex);
}

void *persistentalloc(uintptr size, uintptr align) {
  PersistentAlloc a = {size, align, nil};
  asmcgocall(persistentalloc1, &a);
  return a.p;
}

}  // namespace runtime
