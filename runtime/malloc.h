// malloc.h: the memory allocator's shared declarations (Go 1.0's
// malloc.h). Included by malloc.cpp, mheap.cpp, mcentral.cpp, mcache.cpp,
// mfixalloc.cpp, mem_linux.cpp and msize.cpp.
//
// Memory allocator, based on tcmalloc.
// http://goog-perftools.sourceforge.net/doc/tcmalloc.html
//
// The main allocator works in runs of pages.
// Small allocation sizes (up to and including 32 kB) are
// rounded to one of about 100 size classes, each of which
// has its own free list of objects of exactly that size.
// Any free page of memory can be split into a set of objects
// of one size class, which are then managed using free list
// allocators.
//
// The allocator's data structures are:
//
//	FixAlloc: a free-list allocator for fixed-size objects,
//		used to manage storage used by the allocator.
//	MHeap: the malloc heap, managed at page (8192-byte) granularity.
//	MSpan: a run of pages managed by the MHeap.
//	MCentral: a shared free list for a given size class.
//	MCache: a per-thread (in Go, per-M) cache for small objects.
//	MStats: allocation statistics.
//
// Allocating a small object proceeds up a hierarchy of caches:
//
//	1. Round the size up to one of the small size classes
//	   and look in the corresponding MCache free list.
//	   If the list is not empty, allocate an object from it.
//	   This can all be done without acquiring a lock.
//
//	2. If the MCache free list is empty, replenish it by
//	   taking a bunch of objects from the MCentral free list.
//	   Moving a bunch amortizes the cost of acquiring the MCentral lock.
//
//	3. If the MCentral free list is empty, replenish it by
//	   allocating a run of pages from the MHeap and then
//	   chopping that memory into a objects of the given size.
//	   Allocating many objects amortizes the cost of locking
//	   the heap.
//
//	4. If the MHeap is empty or has no page runs large enough,
//	   allocate a new group of pages (at least 1MB) from the
//	   operating system.  Allocating a large run of pages
//	   amortizes the cost of talking to the operating system.
//
// Freeing a small object proceeds up the same hierarchy:
//
//	1. Look up the size class for the object and add it to
//	   the MCache free list.
//
//	2. If the MCache free list is too long or the MCache has
//	   too much memory, return some to the MCentral free lists.
//
//	3. If all the objects in a given span have returned to
//	   the MCentral list, return that span to the page heap.
//
//	4. If the heap has too much memory, return some to the
//	   operating system.
//
// Allocating and freeing a large object uses the page heap
// directly, bypassing the MCache and MCentral free lists.
//
// PORT: the slow paths (MCentral, MHeap, the system) run on m->g0,
// reached through asmcgocall as gort's C library calls are: they take
// locks and may use much stack. The MCache fast paths are NOSPLIT and run
// on the goroutine's stack (docs/PORTING.md).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#ifndef GORT_MALLOC_H
#define GORT_MALLOC_H

#include "runtime.h"

namespace runtime {

struct MCentral;
struct MHeap;
struct MSpan;
struct MStats;
struct MLink;

typedef uintptr PageID;  // address >> PageShift

enum {
  // PORT: Go 1.19's page size (8 KB) and size classes (sizeclasses.cpp),
  // not Go 1.0's 4 KB pages and 61 classes: roundupsize (msize.cpp), which
  // growslice reports as a slice's capacity, must agree with what mallocgc
  // gives, and Go 1.19's class_to_allocnpages counts 8 KB pages.
  PageShift = _PageShift,
  PageSize = 1 << PageShift,
  PageMask = PageSize - 1,
};

enum {
  // Computed constant.  The definition of MaxSmallSize and the
  // algorithm in msize.c produce some number of different allocation
  // size classes.  NumSizeClasses is that number.  It's needed here
  // because there are static arrays of this length; when msize runs its
  // size choosing algorithm it double-checks that NumSizeClasses agrees.
  NumSizeClasses = _NumSizeClasses,

  // Tunable constants.
  MaxSmallSize = _MaxSmallSize,

  FixAllocChunk = 128 << 10,     // Chunk size for FixAlloc
  MaxMCacheListLen = 256,        // Maximum objects on MCacheList
  MaxMCacheSize = 2 << 20,       // Maximum bytes in one MCache
  MaxMHeapList = 1 << (20 - PageShift),  // Maximum page length for fixed-size list in MHeap.
  HeapAllocChunk = 1 << 20,      // Chunk size for heap growth
  CacheLineSize = 64,
};

// PORT: the arena. On 64-bit, one reservation of 16 GB as Go 1.0's (at
// an address the kernel picks, PROT_NONE: not 0x00f8<<32 unmapped). On
// 32-bit, 512 MB reserved to begin with and grown toward MaxArena32 as Go
// 1.0's 386 did. The spans map covers the largest arena either can have.
static constexpr uintptr MaxArena32 = (uintptr)2 << 30;
static constexpr uintptr MaxArena =
    sizeof(void *) == 8 ? (uintptr)16 << 30 : MaxArena32;
static constexpr uintptr InitialArena =
    sizeof(void *) == 8 ? MaxArena : (uintptr)512 << 20;

// A generic linked list of blocks.  (Typically the block is bigger than
// sizeof(MLink).)
struct MLink {
  MLink *next;
};

// SysAlloc obtains a large chunk of zeroed memory from the
// operating system, typically on the order of a hundred kilobytes
// or a megabyte.  If the pointer argument is non-nil, the caller
// wants a mapping there or nowhere.
//
// SysUnused notifies the operating system that the contents
// of the memory region are no longer needed and can be reused
// for other purposes.  The program reserves the right to start
// accessing those pages in the future.
//
// SysFree returns it unconditionally; this is only used if
// an out-of-memory error has been detected midway through
// an allocation.  It is okay if SysFree is a no-op.
//
// SysReserve reserves address space without allocating memory.
// If the pointer passed to it is non-nil, the caller wants the
// reservation there, but SysReserve can still choose another
// location if that one is unavailable.
//
// SysMap maps previously reserved address space for use.
// (mem_linux.cpp; all on g0.)
void *SysAlloc(uintptr nbytes) GO(SysAlloc);
void SysFree(void *v, uintptr nbytes) GO(SysFree);
void SysUnused(void *v, uintptr nbytes) GO(SysUnused);
void *SysReserve(void *v, uintptr nbytes) GO(SysReserve);
void SysMap(void *v, uintptr nbytes) GO(SysMap);
uintptr memlimit() GO(memlimit);

// Zeroed memory outside the heap, never freed (Go 1.19's
// persistentalloc): the collector neither frees nor scans it. align 0
// means 8. Any stack.
void *persistentalloc(uintptr size, uintptr align) GO(persistentalloc);

// FixAlloc is a simple free-list allocator for fixed size objects.
// Malloc uses a FixAlloc wrapped around SysAlloc to manages its
// MCache and MSpan objects.
//
// Memory returned by FixAlloc_Alloc is not zeroed.
// The caller is responsible for locking around FixAlloc calls.
// Callers can keep state in the object but the first word is
// smashed by freeing and reallocating.
struct FixAlloc {
  uintptr size;
  void *(*alloc)(uintptr);
  void (*first)(void *arg, byte *p);  // called first time p is returned
  void *arg;
  MLink *list;
  byte *chunk;
  uint32 nchunk;
  uintptr inuse;  // in-use bytes now
  uintptr sys;    // bytes obtained from system
};

void FixAlloc_Init(FixAlloc *f, uintptr size, void *(*alloc)(uintptr),
                   void (*first)(void *, byte *), void *arg)
    GO(FixAlloc_Init);
void *FixAlloc_Alloc(FixAlloc *f) GO(FixAlloc_Alloc);
void FixAlloc_Free(FixAlloc *f, void *p) GO(FixAlloc_Free);

// Statistics.
// PORT: no by_size, buckhash_sys or last_gc (nothing reads them).
struct MStats {
  // General statistics.  No locking; approximate.
  uint64 alloc;        // bytes allocated and still in use
  uint64 total_alloc;  // bytes allocated (even if freed)
  uint64 sys;          // bytes obtained from system (should be sum of xxx_sys below)
  uint64 nlookup;      // number of pointer lookups
  uint64 nmalloc;      // number of mallocs
  uint64 nfree;        // number of frees

  // Statistics about malloc heap.
  // protected by mheap.Lock
  uint64 heap_alloc;     // bytes allocated and still in use
  uint64 heap_sys;       // bytes obtained from system
  uint64 heap_idle;      // bytes in idle spans
  uint64 heap_inuse;     // bytes in non-idle spans
  uint64 heap_released;  // bytes released to the OS
  uint64 heap_objects;   // total number of allocated objects

  // Statistics about allocation of low-level fixed-size structures.
  // Protected by mheap.Lock.
  uint64 mspan_inuse;  // MSpan structures
  uint64 mspan_sys;
  uint64 mcache_inuse;  // MCache structures
  uint64 mcache_sys;

  // Statistics about garbage collector.
  // Protected by stopping the world during GC.
  uint64 next_gc;  // next GC (in heap_alloc time)
  uint64 pause_total_ns;
  uint64 pause_ns[256];
  uint32 numgc;
  uint32 numforcedgc;  // PORT: Go 1.19's: collections runtime.GC asked for
  bool enablegc;
  bool debuggc;
};

extern MStats mstats GO(mstats);

// Size classes.  Computed and initialized by InitSizes.
//
// SizeToClass(0 <= n <= MaxSmallSize) returns the size class,
//	1 <= sizeclass < NumSizeClasses, for n.
//	Size class 0 is reserved to mean "not small".
//
// class_to_size[i] = largest size in class i
// class_to_allocnpages[i] = number of pages to allocate when
//	making new objects in class i
// class_to_transfercount[i] = number of objects to move when
//	taking a bunch of objects out of the central lists
//	and putting them in the thread free list.
int32 SizeToClass(int32 size) GO(SizeToClass);
extern uint8 const class_to_allocnpages[NumSizeClasses] GO(class_to_allocnpages);
extern int32 class_to_transfercount[NumSizeClasses] GO(class_to_transfercount);
void InitSizes() GO(InitSizes);

// Per-thread (in Go, per-M) cache for small objects.
// No locking needed because it is per-thread (per-M).
struct MCacheList {
  MLink *list;
  uint32 nlist;
  uint32 nlistmin;
};

struct MCache {
  MCacheList list[NumSizeClasses];
  uint64 size;
  int64 local_cachealloc;  // bytes allocated (or freed) from cache since last lock of heap
  int64 local_objects;     // objects allocated (or freed) from cache since last lock of heap
  int64 local_alloc;       // bytes allocated (or freed) since last lock of heap
  int64 local_total_alloc; // bytes allocated (even if freed) since last lock of heap
  int64 local_nmalloc;     // number of mallocs since last lock of heap
  int64 local_nfree;       // number of frees since last lock of heap
  int64 local_nlookup;     // number of pointer lookups since last lock of heap
};

void *MCache_Alloc(MCache *c, int32 sizeclass, uintptr size, int32 zeroed)
    GO(MCache_Alloc);
void MCache_Free(MCache *c, void *p, int32 sizeclass, uintptr size)
    GO(MCache_Free);
void MCache_ReleaseAll(MCache *c) GO(MCache_ReleaseAll);

// An MSpan is a run of pages.
enum {
  MSpanInUse = 0,
  MSpanFree,
  MSpanListHead,
  MSpanDead,
};
struct MSpan {
  MSpan *next;        // in a span linked list
  MSpan *prev;        // in a span linked list
  MSpan *allnext;     // in the list of all spans
  PageID start;       // starting page number
  uintptr npages;     // number of pages in span
  MLink *freelist;    // list of free objects
  uint32 ref;         // number of allocated objects in this span
  uint32 sizeclass;   // size class
  uint32 state;       // MSpanInUse etc
  int64 unusedsince;  // First time spotted by GC in MSpanFree state
  uintptr npreleased; // number of pages released to the OS
  byte *limit;        // end of data in span
};

void MSpan_Init(MSpan *span, PageID start, uintptr npages) GO(MSpan_Init);

// Every MSpan is in one doubly-linked list,
// either one of the MHeap's free lists or one of the
// MCentral's span lists.  We use empty MSpan structures as list heads.
void MSpanList_Init(MSpan *list) GO(MSpanList_Init);
bool MSpanList_IsEmpty(MSpan *list) GO(MSpanList_IsEmpty);
void MSpanList_Insert(MSpan *list, MSpan *span) GO(MSpanList_Insert);
void MSpanList_Remove(MSpan *span) GO(MSpanList_Remove);  // from whatever list it is in

// Central list of free objects of a given size.
struct MCentral {
  Lock lock;  // PORT: a named member (C++ has no anonymous embedding)
  int32 sizeclass;
  MSpan nonempty;
  MSpan empty;
  int32 nfree;
};

void MCentral_Init(MCentral *c, int32 sizeclass) GO(MCentral_Init);
int32 MCentral_AllocList(MCentral *c, int32 n, MLink **first)
    GO(MCentral_AllocList);
void MCentral_FreeList(MCentral *c, int32 n, MLink *first)
    GO(MCentral_FreeList);
void MCentral_FreeSpan(MCentral *c, MSpan *s, int32 n, MLink *start,
                       MLink *end) GO(MCentral_FreeSpan);

// Main malloc heap.
// The heap itself is the "free[]" and "large" arrays,
// but all the other global data is here too.
struct MHeap {
  Lock lock;  // PORT: a named member
  MSpan free[MaxMHeapList];  // free lists of given length
  MSpan large;               // free lists length >= MaxMHeapList
  MSpan *allspans;

  // span lookup
  // PORT: mapped in mallocinit (as Go 1.1's spans), not a static array:
  // one entry per page of the largest arena, indexed from arena_start.
  MSpan **map;

  // range of addresses we might see in the heap
  byte *bitmap;  // PORT: the bitmap's end, from which it extends backward
  uintptr bitmap_mapped;
  byte *arena_start;
  byte *arena_used;
  byte *arena_end;

  // central free lists for small size classes.
  // the padding makes sure that the MCentrals are
  // spaced CacheLineSize bytes apart, so that each MCentral.Lock
  // gets its own cache line.
  struct alignas(CacheLineSize) {
    MCentral mcentral;  // PORT: a named member
  } central[NumSizeClasses];

  FixAlloc spanalloc;   // allocator for Span*
  FixAlloc cachealloc;  // allocator for MCache*
};
extern MHeap mheap GO(mheap);

void MHeap_Init(MHeap *h, void *(*allocator)(uintptr)) GO(MHeap_Init);
MSpan *MHeap_Alloc(MHeap *h, uintptr npage, int32 sizeclass, int32 acct,
                   int32 zeroed) GO(MHeap_Alloc);
void MHeap_Free(MHeap *h, MSpan *s, int32 acct) GO(MHeap_Free);
MSpan *MHeap_Lookup(MHeap *h, void *v) GO(MHeap_Lookup);
MSpan *MHeap_LookupMaybe(MHeap *h, void *v) GO(MHeap_LookupMaybe);
void *MHeap_SysAlloc(MHeap *h, uintptr n) GO(MHeap_SysAlloc);
uintptr MHeap_Scavenge(MHeap *h) GO(MHeap_Scavenge);

void MGetSizeClassInfo(int32 sizeclass, uintptr *size, int32 *npages,
                       int32 *nobj) GO(MGetSizeClassInfo);
void MHeap_MapBits(MHeap *h) GO(MHeap_MapBits);
void clobberfree(void *v, uintptr size) GO(clobberfree);
void checkclobbered(void *v, uintptr size) GO(checkclobbered);
void purgecachedstats(M *m) GO(purgecachedstats);

// mgc0.cpp
void gcinit() GO(gcinit);
void markallocated(void *v, uintptr n, bool noptr) GO(markallocated);
void markfreed(void *v, uintptr n) GO(markfreed);
void markspan(void *v, uintptr size, uintptr n, bool leftover) GO(markspan);
void unmarkspan(void *v, uintptr size) GO(unmarkspan);

enum {
  // flags to malloc
  FlagNoPointers = GORT_FLAG_NOPOINTERS,  // no pointers here
  FlagNoProfiling = 1 << 1,               // must not profile
  FlagNoGC = 1 << 2,                      // must not free or scan for pointers
  // PORT: Go 1.3's FlagNoZero: the caller overwrites the whole object (or
  // clears what it does not), so mallocgc need not clear it. Only for
  // FlagNoPointers objects: the collector never reads their words.
  FlagNoZero = 1 << 3,
};

}  // namespace runtime

#endif
