// mfixalloc.cpp: Go 1.0's mfixalloc.c, the fixed-size object allocator
// that holds the allocator's own MSpan and MCache structures. Returned
// memory is not zeroed. See malloc.h for overview.
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

// Initialize f to allocate objects of the given size,
// using the allocator to obtain chunks of memory.
void FixAlloc_Init(FixAlloc *f, uintptr size, void *(*alloc)(uintptr),
                   void (*first)(void *, byte *), void *arg) {
  f->size = size;
  f->alloc = alloc;
  f->first = first;
  f->arg = arg;
  f->list = nil;
  f->chunk = nil;
  f->nchunk = 0;
  f->inuse = 0;
  f->sys = 0;
}

void *FixAlloc_Alloc(FixAlloc *f) {
  void *v;

  if (f->list) {
    v = f->list;
    f->list = *(MLink **)f->list;
    f->inuse += f->size;
    return v;
  }
  if (f->nchunk < f->size) {
    f->sys += FixAllocChunk;
    f->chunk = (byte *)f->alloc(FixAllocChunk);
    if (f->chunk == nil)  // PORT: Go 1.19's words (persistentalloc's)
      throw_("runtime: cannot allocate memory");
    f->nchunk = FixAllocChunk;
  }
  v = f->chunk;
  if (f->first)
    f->first(f->arg, (byte *)v);
  f->chunk += f->size;
  f->nchunk -= f->size;
  f->inuse += f->size;
  return v;
}

void FixAlloc_Free(FixAlloc *f, void *p) {
  f->inuse -= f->size;
  *(MLink **)p = f->list;
  f->list = (MLink *)p;
}

}  // namespace runtime
