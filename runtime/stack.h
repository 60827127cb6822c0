// stack.h: the per-m segment cache's layout and its fast paths, inlined
// into newstack and oldstack: a split and its return touch only this.
#ifndef GORT_STACK_H
#define GORT_STACK_H

#include "asan.h"
#include "runtime.h"

namespace runtime {

enum {
  GuardSize = 4096,        // an OS page: a segment's guard
  NClass = 20,             // segment sizes FixedStack << 0 .. << 19
  MCacheMax = 32,          // per-m cached segments of one size
  StackCacheBytes = 8 << 20,  // resident bytes the global cache keeps
  ArenaBytes = sizeof(void *) == 8 ? 64 << 20 : 16 << 20,
};

// A free segment; the link lives in its first word.
struct Seg {
  Seg *next;
};

// A run of segments of one class whose pages were given back, n of them
// from seg up, their size and a guard page apart; the link must not touch
// them.
struct ColdSeg {
  byte *seg;
  int32 n;
  ColdSeg *next;
};

struct StackCache {  // per m, owned by that m's g0
  Seg *free[NClass];
  int32 n[NClass];
  intptr_t inuse;  // bytes allocated minus freed on this m
};

static inline int32 sizeclass(uintptr n) {
  if (n <= (uintptr)FixedStack)
    return 0;
  int32 k = (int32)(sizeof(long) * 8) - __builtin_clzl(n - 1) - 12;
  if (k >= NClass)
    throw_("stackalloc: segment too large");
  return k;
}
static_assert(FixedStack == 1 << 12, "sizeclass counts from 4096");

// A cached segment of class k, or nil: the caller falls back to
// stackalloc. Runs on g0.
static inline void *stackcacheget(M *m, int32 k, uintptr size) {
  StackCache *c = (StackCache *)m->stackcache;
  Seg *s;
  if (c == nil || (s = c->free[k]) == nil)
    return nil;
  c->free[k] = s->next;
  c->n[k]--;
  c->inuse += size;
  asansegtake(s, size);
  return s;
}

// Caches v (class k) on m if there is room; false: call stackfree.
static inline bool stackcacheput(M *m, int32 k, uintptr size, void *v) {
  StackCache *c = (StackCache *)m->stackcache;
  if (c == nil || c->n[k] >= MCacheMax)
    return false;
  Seg *s = (Seg *)v;
  s->next = c->free[k];
  c->free[k] = s;
  c->n[k]++;
  c->inuse -= size;
  asansegfree(v, size);
  return true;
}

// PORT: the hot segment (M.hotseg), the split fast path's whole cache:
// __morestack takes it when the frame and its stack arguments fit (and no
// panic is starting), without a g0 switch, and lessstack puts it back when
// the slot is empty; newstack and oldstack do the same on the slow path.
// It stays counted in the cache's inuse; stackinuse leaves it out.
static inline bool hotsegfits(M *m, uintptr frame) {
  return m->hotseg != nil && frame + SplitExtra <= m->hotsegsize;
}

// Keeps the released segment v as m's hot segment; the one it displaces
// goes to the caches. Runs on g0.
static inline void hotsegput(M *m, byte *v, uintptr size) {
  byte *old = m->hotseg;
  uintptr oldsize = m->hotsegsize;
  m->hotseg = v;
  m->hotsegsize = size;
  asansegfree(v, size);
  if (old != nil && !stackcacheput(m, sizeclass(oldsize), oldsize, old))
    stackfree(old, oldsize);
}

}  // namespace runtime

#endif
