// mcentral.cpp: Go 1.0's mcentral.c, the central free lists.
//
// See malloc.h for an overview.
//
// The MCentral doesn't actually contain the list of free objects; the
// MSpan does. Each MCentral is two lists of MSpans: those with free
// objects (c->nonempty) and those that are completely allocated
// (c->empty).
//
// TODO(rsc): tcmalloc uses a "transfer cache" to split the list
// into sections of class_to_transfercount[sizeclass] objects
// so that it is faster to move those lists between MCaches and MCentrals.
//
// Runs on g0 (malloc.h).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

static bool MCentral_Grow(MCentral *c);
static void *MCentral_Alloc(MCentral *c);
static void MCentral_Free(MCentral *c, void *v);

// Initialize a single central free list.
void MCentral_Init(MCentral *c, int32 sizeclass) {
  c->sizeclass = sizeclass;
  MSpanList_Init(&c->nonempty);
  MSpanList_Init(&c->empty);
}

// Allocate up to n objects from the central free list.
// Return the number of objects allocated.
// The objects are linked together by their first words.
// On return, *pstart points at the first object.
int32 MCentral_AllocList(MCentral *c, int32 n, MLink **pfirst) {
  MLink *first, *last, *v;
  int32 i;

  lock(&c->lock);
  // Replenish central list if empty.
  if (MSpanList_IsEmpty(&c->nonempty)) {
    if (!MCentral_Grow(c)) {
      unlock(&c->lock);
      *pfirst = nil;
      return 0;
    }
  }

  // Copy from list, up to n.
  // First one is guaranteed to work, because we just grew the list.
  first = (MLink *)MCentral_Alloc(c);
  last = first;
  for (i = 1; i < n && (v = (MLink *)MCentral_Alloc(c)) != nil; i++) {
    last->next = v;
    last = v;
  }
  last->next = nil;
  c->nfree -= i;

  unlock(&c->lock);
  *pfirst = first;
  return i;
}

// Helper: allocate one object from the central free list.
static void *MCentral_Alloc(MCentral *c) {
  MSpan *s;
  MLink *v;

  if (MSpanList_IsEmpty(&c->nonempty))
    return nil;
  s = c->nonempty.next;
  s->ref++;
  v = s->freelist;
  s->freelist = v->next;
  if (s->freelist == nil) {
    MSpanList_Remove(s);
    MSpanList_Insert(&c->empty, s);
  }
  return v;
}

// Free n objects back into the central free list.
// The objects are linked together by their first words;
// the list ends at a nil link.
void MCentral_FreeList(MCentral *c, int32 n, MLink *start) {
  MLink *v, *next;

  // Assume next == nil marks end of list.
  // n and end would be useful if we implemented
  // the transfer cache optimization in the TODO above.
  (void)n;

  lock(&c->lock);
  for (v = start; v; v = next) {
    next = v->next;
    MCentral_Free(c, v);
  }
  unlock(&c->lock);
}

// Helper: free one object back into the central free list.
static void MCentral_Free(MCentral *c, void *v) {
  MSpan *s;
  MLink *p;
  int32 size;

  // Find span for v.
  s = MHeap_Lookup(&mheap, v);
  if (s == nil || s->ref == 0)
    throw_("invalid free");

  // Move to nonempty if necessary.
  if (s->freelist == nil) {
    MSpanList_Remove(s);
    MSpanList_Insert(&c->nonempty, s);
  }

  // Add v back to s's free list.
  p = (MLink *)v;
  p->next = s->freelist;
  s->freelist = p;
  c->nfree++;

  // If s is completely freed, return it to the heap.
  if (--s->ref == 0) {
    size = class_to_size[c->sizeclass];
    MSpanList_Remove(s);
    unmarkspan((byte *)(s->start << PageShift), s->npages << PageShift);
    *(uintptr *)(s->start << PageShift) = 1;  // needs zeroing
    s->freelist = nil;
    c->nfree -= (s->npages << PageShift) / size;
    unlock(&c->lock);
    MHeap_Free(&mheap, s, 0);
    lock(&c->lock);
  }
}

// PORT: Go 1.1's: free n objects of span s back into the central free
// list (the collector's sweep). On g0.
void MCentral_FreeSpan(MCentral *c, MSpan *s, int32 n, MLink *start,
                       MLink *end) {
  int32 size;

  lock(&c->lock);

  // Move to nonempty if necessary.
  if (s->freelist == nil) {
    MSpanList_Remove(s);
    MSpanList_Insert(&c->nonempty, s);
  }

  // Add the objects back to s's free list.
  end->next = s->freelist;
  s->freelist = start;
  s->ref -= n;
  c->nfree += n;

  if (s->ref != 0) {
    unlock(&c->lock);
    return;
  }

  // s is completely freed, return it to the heap.
  size = class_to_size[c->sizeclass];
  MSpanList_Remove(s);
  *(uintptr *)(s->start << PageShift) = 1;  // needs zeroing
  s->freelist = nil;
  c->nfree -= (s->npages << PageShift) / size;
  unlock(&c->lock);
  unmarkspan((byte *)(s->start << PageShift), s->npages << PageShift);
  MHeap_Free(&mheap, s, 0);
}

void MGetSizeClassInfo(int32 sizeclass, uintptr *sizep, int32 *npagesp,
                       int32 *nobj) {
  int32 size;
  int32 npages;

  npages = class_to_allocnpages[sizeclass];
  size = class_to_size[sizeclass];
  *npagesp = npages;
  *sizep = size;
  *nobj = (npages << PageShift) / size;
}

// Fetch a new span from the heap and
// carve into objects for the free list.
static bool MCentral_Grow(MCentral *c) {
  int32 i, n, npages;
  uintptr size;
  MLink **tailp, *v;
  byte *p;
  MSpan *s;

  unlock(&c->lock);
  MGetSizeClassInfo(c->sizeclass, &size, &npages, &n);
  s = MHeap_Alloc(&mheap, npages, c->sizeclass, 0, 1);
  if (s == nil) {
    // TODO(rsc): Log out of memory
    lock(&c->lock);
    return false;
  }

  // Carve span into sequence of blocks.
  tailp = &s->freelist;
  p = (byte *)(s->start << PageShift);
  s->limit = p + size * n;
  for (i = 0; i < n; i++) {
    v = (MLink *)p;
    *tailp = v;
    tailp = &v->next;
    p += size;
  }
  *tailp = nil;
  markspan((byte *)(s->start << PageShift), size, n,
           size * n < (s->npages << PageShift));

  lock(&c->lock);
  c->nfree += n;
  MSpanList_Insert(&c->nonempty, s);
  return true;
}

}  // namespace runtime
