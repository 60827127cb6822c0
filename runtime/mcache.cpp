// mcache.cpp: Go 1.0's mcache.c, the per-M cache for small objects.
//
// See malloc.h for an overview.
//
// PORT: MCache_Alloc and MCache_Free are NOSPLIT: they run on the
// goroutine's stack with m->mallocing set, where a split must not happen.
// What they need of the central lists (MCentral_AllocList, ReleaseN) runs
// on g0 through asmcgocall.
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

struct Refill {  // MCache_Alloc's call of MCentral_AllocList, on g0
  int32 sizeclass;
  int32 n;
  MLink *first;
};

static void refill(void *a) {
  Refill *r = (Refill *)a;
  r->n = MCentral_AllocList(&mheap.central[r->sizeclass].mcentral,
                            class_to_transfercount[r->sizeclass], &r->first);
}

NOSPLIT void *MCache_Alloc(MCache *c, int32 sizeclass, uintptr size,
                           int32 zeroed) {
  MCacheList *l;
  MLink *v;

  // Allocate from list.
  l = &c->list[sizeclass];
  if (l->list == nil) {
    // Replenish using central lists.
    Refill r = {sizeclass, 0, nil};
    asmcgocall(refill, &r);
    if (r.n == 0)
      throw_("out of memory");
    l->list = r.first;
    l->nlist = r.n;
    c->size += r.n * size;
  }
  v = l->list;
  l->list = v->next;
  l->nlist--;
  if (l->nlist < l->nlistmin)
    l->nlistmin = l->nlist;
  c->size -= size;

  // v is zeroed except for the link pointer
  // that we used above; zero that.
  v->next = nil;
  if (debug.clobberfree)
    checkclobbered(v, size);
  if (zeroed) {
    // block is zeroed iff second word is zero ...
    if (size > sizeof(uintptr) && ((uintptr *)v)[1] != 0)
      __builtin_memset(v, 0, size);  // PORT: memset, a leaf: no split
  }
  c->local_cachealloc += size;
  c->local_objects++;
  return v;
}

struct Release {  // ReleaseN's arguments, on g0
  MCache *c;
  MCacheList *l;
  int32 n;
  int32 sizeclass;
};

// Take n elements off l and return them to the central free list.
static void ReleaseN(MCache *c, MCacheList *l, int32 n, int32 sizeclass) {
  MLink *first, **lp;
  int32 i;

  // Cut off first n elements.
  first = l->list;
  lp = &l->list;
  for (i = 0; i < n; i++)
    lp = &(*lp)->next;
  l->list = *lp;
  *lp = nil;
  l->nlist -= n;
  if (l->nlist < l->nlistmin)
    l->nlistmin = l->nlist;
  c->size -= n * class_to_size[sizeclass];

  // Return them to central free list.
  MCentral_FreeList(&mheap.central[sizeclass].mcentral, n, first);
}

static void releasen(void *a) {
  Release *r = (Release *)a;
  ReleaseN(r->c, r->l, r->n, r->sizeclass);
}

// The scavenge of MCache_Free, on g0.
static void scavenge(void *a) {
  MCache *c = (MCache *)a;
  MCacheList *l;
  int32 i, n;

  for (i = 0; i < NumSizeClasses; i++) {
    l = &c->list[i];
    n = l->nlistmin;

    // n is the minimum number of elements we've seen on
    // the list since the last scavenge.  If n > 0, it means that
    // we could have gotten by with n fewer elements
    // without needing to consult the central free list.
    // Move toward that situation by releasing n/2 of them.
    if (n > 0) {
      if (n > 1)
        n /= 2;
      ReleaseN(c, l, n, i);
    }
    l->nlistmin = l->nlist;
  }
}

NOSPLIT void MCache_Free(MCache *c, void *v, int32 sizeclass, uintptr size) {
  MCacheList *l;
  MLink *p;

  // Put back on list.
  l = &c->list[sizeclass];
  p = (MLink *)v;
  p->next = l->list;
  l->list = p;
  l->nlist++;
  c->size += size;
  c->local_cachealloc -= size;
  c->local_objects--;

  if (l->nlist >= MaxMCacheListLen) {
    // Release a chunk back.
    Release r = {c, l, class_to_transfercount[sizeclass], sizeclass};
    asmcgocall(releasen, &r);
  }

  if (c->size >= MaxMCacheSize) {
    // Scavenge.
    asmcgocall(scavenge, c);
  }
}

// On g0.
void MCache_ReleaseAll(MCache *c) {
  int32 i;
  MCacheList *l;

  for (i = 0; i < NumSizeClasses; i++) {
    l = &c->list[i];
    ReleaseN(c, l, l->nlist, i);
    l->nlistmin = 0;
  }
}

}  // namespace runtime
