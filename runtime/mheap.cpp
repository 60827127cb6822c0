// mheap.cpp: Go 1.0's mheap.c, the page heap.
//
// See malloc.h for overview.
//
// When a MSpan is in the heap free list, state == MSpanFree
// and heapmap(s->start) == span, heapmap(s->start+s->npages-1) == span.
//
// When a MSpan is allocated, state == MSpanInUse
// and heapmap(i) == span for all s->start <= i < s->start+s->npages.
//
// Every function here that takes h's lock runs on g0 (malloc.h).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

static MSpan *MHeap_AllocLocked(MHeap *, uintptr, int32);
static bool MHeap_Grow(MHeap *, uintptr);
static void MHeap_FreeLocked(MHeap *, MSpan *);
static MSpan *MHeap_AllocLarge(MHeap *, uintptr);
static MSpan *BestFit(MSpan *, uintptr, MSpan *);

static void RecordSpan(void *vh, byte *p) {
  MHeap *h;
  MSpan *s;

  h = (MHeap *)vh;
  s = (MSpan *)p;
  s->allnext = h->allspans;
  h->allspans = s;
}

// Initialize the heap; fetch memory using alloc.
void MHeap_Init(MHeap *h, void *(*alloc)(uintptr)) {
  uint32 i;

  FixAlloc_Init(&h->spanalloc, sizeof(MSpan), alloc, RecordSpan, h);
  FixAlloc_Init(&h->cachealloc, sizeof(MCache), alloc, nil, nil);
  // h->mapcache needs no init
  for (i = 0; i < nelem(h->free); i++)
    MSpanList_Init(&h->free[i]);
  MSpanList_Init(&h->large);
  for (i = 0; i < nelem(h->central); i++)
    MCentral_Init(&h->central[i].mcentral, i);
}

// PORT: the map index of page p: pages count from arena_start on every
// target (Go 1.0 did so on 64-bit only; its 32-bit map covered 4 GB).
static uintptr mapindex(MHeap *h, PageID p) {
  return p - ((uintptr)h->arena_start >> PageShift);
}

// Allocate a new span of npage pages from the heap
// and record its size class in the HeapMap and HeapMapCache.
// PORT: zeroed (Go 1.0's later MHeap_Alloc): clear the span if its first
// word says it needs zeroing (malloc.cpp's "needs zeroing" mark).
MSpan *MHeap_Alloc(MHeap *h, uintptr npage, int32 sizeclass, int32 acct,
                   int32 zeroed) {
  MSpan *s;

  lock(&h->lock);
  purgecachedstats(getm());
  s = MHeap_AllocLocked(h, npage, sizeclass);
  if (s != nil) {
    mstats.heap_inuse += npage << PageShift;
    if (acct) {
      mstats.heap_objects++;
      mstats.heap_alloc += npage << PageShift;
    }
  }
  unlock(&h->lock);
  if (s != nil && *(uintptr *)(s->start << PageShift) != 0 && zeroed)
    memclr((byte *)(s->start << PageShift), s->npages << PageShift);
  return s;
}

static MSpan *MHeap_AllocLocked(MHeap *h, uintptr npage, int32 sizeclass) {
  uintptr n;
  MSpan *s, *t;
  PageID p;

  // Try in fixed-size lists up to max.
  for (n = npage; n < nelem(h->free); n++) {
    if (!MSpanList_IsEmpty(&h->free[n])) {
      s = h->free[n].next;
      goto HaveSpan;
    }
  }

  // Best fit in list of large spans.
  if ((s = MHeap_AllocLarge(h, npage)) == nil) {
    if (!MHeap_Grow(h, npage))
      return nil;
    if ((s = MHeap_AllocLarge(h, npage)) == nil)
      return nil;
  }

HaveSpan:
  // Mark span in use.
  if (s->state != MSpanFree)
    throw_("MHeap_AllocLocked - MSpan not free");
  if (s->npages < npage)
    throw_("MHeap_AllocLocked - bad npages");
  MSpanList_Remove(s);
  s->state = MSpanInUse;
  mstats.heap_idle -= s->npages << PageShift;
  mstats.heap_released -= s->npreleased << PageShift;
  s->npreleased = 0;

  if (s->npages > npage) {
    // Trim extra and put it back in the heap.
    t = (MSpan *)FixAlloc_Alloc(&h->spanalloc);
    mstats.mspan_inuse = h->spanalloc.inuse;
    mstats.mspan_sys = h->spanalloc.sys;
    MSpan_Init(t, s->start + npage, s->npages - npage);
    s->npages = npage;
    p = mapindex(h, t->start);
    if (p > 0)
      h->map[p - 1] = s;
    h->map[p] = t;
    h->map[p + t->npages - 1] = t;
    *(uintptr *)(t->start << PageShift) =
        *(uintptr *)(s->start << PageShift);  // copy "needs zeroing" mark
    t->state = MSpanInUse;
    MHeap_FreeLocked(h, t);
    t->unusedsince = s->unusedsince;  // preserve age
  }
  s->unusedsince = 0;

  // Record span info, because gc needs to be
  // able to map interior pointer to containing span.
  s->sizeclass = sizeclass;
  p = mapindex(h, s->start);
  for (n = 0; n < npage; n++)
    h->map[p + n] = s;
  return s;
}

// Allocate a span of exactly npage pages from the list of large spans.
static MSpan *MHeap_AllocLarge(MHeap *h, uintptr npage) {
  return BestFit(&h->large, npage, nil);
}

// Search list for smallest span with >= npage pages.
// If there are multiple smallest spans, take the one
// with the earliest starting address.
static MSpan *BestFit(MSpan *list, uintptr npage, MSpan *best) {
  MSpan *s;

  for (s = list->next; s != list; s = s->next) {
    if (s->npages < npage)
      continue;
    if (best == nil || s->npages < best->npages ||
        (s->npages == best->npages && s->start < best->start))
      best = s;
  }
  return best;
}

// Try to add at least npage pages of memory to the heap,
// returning whether it worked.
static bool MHeap_Grow(MHeap *h, uintptr npage) {
  uintptr ask;
  void *v;
  MSpan *s;
  PageID p;

  // Ask for a big chunk, to reduce the number of mappings
  // the operating system needs to track; also amortizes
  // the overhead of an operating system mapping.
  // Allocate a multiple of 64kB (8 pages).
  npage = (npage + 7) & ~(uintptr)7;
  ask = npage << PageShift;
  if (ask < HeapAllocChunk)
    ask = HeapAllocChunk;

  v = MHeap_SysAlloc(h, ask);
  if (v == nil) {
    if (ask > (npage << PageShift)) {
      ask = npage << PageShift;
      v = MHeap_SysAlloc(h, ask);
    }
    if (v == nil) {
      printf("runtime: out of memory: cannot allocate %D-byte block (%D in use)\n",
             (uint64)ask, mstats.heap_sys);
      return false;
    }
  }
  mstats.heap_sys += ask;

  // Create a fake "in use" span and free it, so that the
  // right coalescing happens.
  s = (MSpan *)FixAlloc_Alloc(&h->spanalloc);
  mstats.mspan_inuse = h->spanalloc.inuse;
  mstats.mspan_sys = h->spanalloc.sys;
  MSpan_Init(s, (uintptr)v >> PageShift, ask >> PageShift);
  p = mapindex(h, s->start);
  h->map[p] = s;
  h->map[p + s->npages - 1] = s;
  s->state = MSpanInUse;
  MHeap_FreeLocked(h, s);
  return true;
}

// Look up the span at the given address.
// Address is guaranteed to be in map
// and is guaranteed to be start or end of span.
NOSPLIT MSpan *MHeap_Lookup(MHeap *h, void *v) {
  uintptr p;

  p = (uintptr)v;
  p -= (uintptr)h->arena_start;
  return h->map[p >> PageShift];
}

// Look up the span at the given address.
// Address is *not* guaranteed to be in map
// and may be anywhere in the span.
// Map entries for the middle of a span are only
// valid for allocated spans.  Free spans may have
// other garbage in their middles, so we have to
// check for that.
NOSPLIT MSpan *MHeap_LookupMaybe(MHeap *h, void *v) {
  MSpan *s;
  PageID p, q;

  if ((byte *)v < h->arena_start || (byte *)v >= h->arena_used)
    return nil;
  p = (uintptr)v >> PageShift;
  q = mapindex(h, p);
  s = h->map[q];
  if (s == nil || p < s->start || p - s->start >= s->npages)
    return nil;
  if (s->state != MSpanInUse)
    return nil;
  return s;
}

// Free the span back into the heap.
void MHeap_Free(MHeap *h, MSpan *s, int32 acct) {
  lock(&h->lock);
  purgecachedstats(getm());
  mstats.heap_inuse -= s->npages << PageShift;
  if (acct) {
    mstats.heap_alloc -= s->npages << PageShift;
    mstats.heap_objects--;
  }
  MHeap_FreeLocked(h, s);
  unlock(&h->lock);
}

static void MHeap_FreeLocked(MHeap *h, MSpan *s) {
  uintptr *sp, *tp;
  MSpan *t;
  PageID p;

  if (s->state != MSpanInUse || s->ref != 0) {
    printf("MHeap_FreeLocked - span %p ptr %p state %d ref %d\n", s,
           (void *)(s->start << PageShift), s->state, s->ref);
    throw_("MHeap_FreeLocked - invalid free");
  }
  mstats.heap_idle += s->npages << PageShift;
  s->state = MSpanFree;
  s->unusedsince = 0;
  s->npreleased = 0;
  MSpanList_Remove(s);
  sp = (uintptr *)(s->start << PageShift);

  // Coalesce with earlier, later spans.
  p = mapindex(h, s->start);
  if (p > 0 && (t = h->map[p - 1]) != nil && t->state != MSpanInUse) {
    tp = (uintptr *)(t->start << PageShift);
    *tp |= *sp;  // propagate "needs zeroing" mark
    s->start = t->start;
    s->npages += t->npages;
    s->npreleased = t->npreleased;  // absorb released pages
    p -= t->npages;
    h->map[p] = s;
    MSpanList_Remove(t);
    t->state = MSpanDead;
    FixAlloc_Free(&h->spanalloc, t);
    mstats.mspan_inuse = h->spanalloc.inuse;
    mstats.mspan_sys = h->spanalloc.sys;
  }
  // PORT: the map ends with the arena in use (Go 1.0: nelem(h->map)).
  if (((p + s->npages) << PageShift) < (uintptr)(h->arena_used - h->arena_start) &&
      (t = h->map[p + s->npages]) != nil && t->state != MSpanInUse) {
    tp = (uintptr *)(t->start << PageShift);
    sp = (uintptr *)(s->start << PageShift);  // PORT: s may have moved
    *sp |= *tp;  // propagate "needs zeroing" mark
    s->npages += t->npages;
    s->npreleased += t->npreleased;
    h->map[p + s->npages - 1] = s;
    MSpanList_Remove(t);
    t->state = MSpanDead;
    FixAlloc_Free(&h->spanalloc, t);
    mstats.mspan_inuse = h->spanalloc.inuse;
    mstats.mspan_sys = h->spanalloc.sys;
  }

  // Insert s into appropriate list.
  if (s->npages < nelem(h->free))
    MSpanList_Insert(&h->free[s->npages], s);
  else
    MSpanList_Insert(&h->large, s);

  // TODO(rsc): IncrementalScavenge() to return memory to OS.
}

// Gives the pages of the free spans on list back to the operating system.
static uintptr scavengelist(MSpan *list) {
  uintptr released, sumreleased;
  MSpan *s;

  if (MSpanList_IsEmpty(list))
    return 0;

  sumreleased = 0;
  for (s = list->next; s != list; s = s->next) {
    if (s->npreleased != s->npages) {
      released = (s->npages - s->npreleased) << PageShift;
      mstats.heap_released += released;
      sumreleased += released;
      s->npreleased = s->npages;
      SysUnused((void *)(s->start << PageShift), s->npages << PageShift);
    }
  }
  return sumreleased;
}

// PORT: Go 1.0's scavenger goroutine (MHeap_Scavenger) gave back spans
// unused for five minutes; here runtime.GC gives back every free span at
// once (as Go 1.1's debug.FreeOSMemory did) and returns the bytes. The
// released pages read as zero, so their "needs zeroing" mark is clear too.
uintptr MHeap_Scavenge(MHeap *h) {
  uintptr sumreleased;
  uint32 i;

  lock(&h->lock);
  sumreleased = 0;
  for (i = 0; i < nelem(h->free); i++)
    sumreleased += scavengelist(&h->free[i]);
  sumreleased += scavengelist(&h->large);
  unlock(&h->lock);
  return sumreleased;
}

// Initialize a new span with the given start and npages.
void MSpan_Init(MSpan *span, PageID start, uintptr npages) {
  span->next = nil;
  span->prev = nil;
  span->start = start;
  span->npages = npages;
  span->freelist = nil;
  span->ref = 0;
  span->sizeclass = 0;
  span->state = 0;
  span->unusedsince = 0;
  span->npreleased = 0;
  span->limit = nil;
}

// Initialize an empty doubly-linked list.
void MSpanList_Init(MSpan *list) {
  list->state = MSpanListHead;
  list->next = list;
  list->prev = list;
}

void MSpanList_Remove(MSpan *span) {
  if (span->prev == nil && span->next == nil)
    return;
  span->prev->next = span->next;
  span->next->prev = span->prev;
  span->prev = nil;
  span->next = nil;
}

bool MSpanList_IsEmpty(MSpan *list) { return list->next == list; }

void MSpanList_Insert(MSpan *list, MSpan *span) {
  if (span->next != nil || span->prev != nil) {
    printf("failed MSpanList_Insert %p %p %p\n", span, span->next,
           span->prev);
    throw_("MSpanList_Insert");
  }
  span->next = list->next;
  span->prev = list;
  span->next->prev = span;
  span->prev->next = span;
}

}  // namespace runtime
