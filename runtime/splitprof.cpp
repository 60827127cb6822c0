// splitprof.cpp: gort's split-stack report, GORTDEBUG=splitprof=1 (no
// upstream file: Go's stacks stopped splitting in 1.3). A function whose
// frame does not fit above its goroutine's limit splits the stack; called
// in a loop at a segment's end, it splits on every call (the hot split),
// which costs far more than the call. With the report on, __morestack
// counts each split by the function that split and the call site that
// called it, on its m's own table, and the exit prints the sites that
// split most, so that a user can find a hot split and move it (a bigger
// frame up the stack, the loop into the callee).
#include "malloc.h"
#include "runtime.h"

namespace runtime {

// __morestack calls splitprofadd while it is set (GORTDEBUG=splitprof=1).
uint8 splitprofon GO(splitprofon);

struct SplitSite {
  uintptr fn;      // a pc in the function that split (its call of __morestack)
  uintptr caller;  // the return address into its caller
  uint64 count;
};

enum { SplitSites = 1024, SplitProbe = 8, SplitTop = 20 };

struct SplitProf {
  uint64 total;  // splits counted
  uint64 slow;   // of them, through newstack (not the hot segment)
  uint64 lost;   // splits whose site found no room in the table
  SplitSite site[SplitSites];
};

// NOSPLIT, as splitprofadd, which calls them below its stack's limit.
NOSPLIT static uintptr sitehash(uintptr fn, uintptr caller) {
  uintptr h = fn * 0x9e3779b1u ^ caller;
  return h ^ (h >> 15);
}

// Where (fn, caller) is counted in a table of n sites (a power of 2): its
// slot, a free one, or nil when the probe finds neither.
NOSPLIT static SplitSite *sitefor(SplitSite *t, uintptr n, uintptr fn,
                                  uintptr caller) {
  uintptr h = sitehash(fn, caller);
  for (uintptr i = 0; i < SplitProbe; i++) {
    SplitSite *s = &t[(h + i) & (n - 1)];
    if ((s->fn == fn && s->caller == caller) || s->fn == 0)
      return s;
  }
  return nil;
}

// minit: the m's table. On g0.
void splitprofinit(M *mp) {
  if (splitprofon && mp->splitprof == nil)
    mp->splitprof = (SplitProf *)SysAlloc(sizeof(SplitProf));
}

// Called by __morestack before each split, on the stack of the function
// that splits, below its limit: a small frame and no call that splits.
NOSPLIT void splitprofadd(uintptr fn, uintptr caller) {
  SplitProf *p = getm()->splitprof;
  if (p == nil)
    return;
  p->total++;
  SplitSite *s = sitefor(p->site, SplitSites, fn, caller);
  if (s == nil) {
    p->lost++;
    return;
  }
  s->fn = fn;
  s->caller = caller;
  s->count++;
}

// newstack: a split that found no hot segment (not reflectcall's).
void splitprofslow(M *mp) {
  if (mp->splitprof != nil)
    mp->splitprof->slow++;
}

// The name of the function at pc, and with line its file:line there (pc
// a return address: the call's).
static void printpc(uintptr pc, bool line) {
  uintptr look = line && pc > 0 ? pc - 1 : pc;
  Func const *f = findfunc(look);
  const char *name = funcname(f);
  if (name == nil) {
    printf("%p", (void *)pc);
    return;
  }
  printf("%s", name);
  if (line) {
    const char *file;
    int32 n = funcline(f, look, &file);
    printf(" %s:%d", file, n);
  }
}

// At exit: every m's sites merged, the most frequent first.
void splitprofreport() {
  if (!splitprofon)
    return;
  splitprofon = 0;
  uint64 total = 0, slow = 0, lost = 0;
  uintptr n = 1, nm = 0;
  for (M *mp = allm; mp != nil; mp = mp->alllink)
    nm += mp->splitprof != nil;
  while (n < 2 * SplitSites * nm)
    n <<= 1;
  SplitSite *all = (SplitSite *)SysAlloc(n * sizeof(SplitSite));
  if (all == nil)
    return;
  for (M *mp = allm; mp != nil; mp = mp->alllink) {
    SplitProf *p = mp->splitprof;
    if (p == nil)
      continue;
    total += p->total;
    slow += p->slow;
    lost += p->lost;
    for (SplitSite const &s : p->site) {
      if (s.count == 0)
        continue;
      SplitSite *d = sitefor(all, n, s.fn, s.caller);
      if (d == nil) {
        lost += s.count;
        continue;
      }
      d->fn = s.fn;
      d->caller = s.caller;
      d->count += s.count;
    }
  }
  printf("splitprof: %D stack splits, %D of them through newstack "
         "(the rest on the hot segment)\n",
         (int64)total, (int64)slow);
  if (lost > 0)
    printf("splitprof: %D splits at sites the report had no room for\n",
           (int64)lost);
  printf("splitprof: the calls that split most: count, the function that "
         "split, its caller\n");
  for (int32 k = 0; k < SplitTop; k++) {
    SplitSite *best = nil;
    for (uintptr i = 0; i < n; i++)
      if (all[i].count > 0 && (best == nil || all[i].count > best->count))
        best = &all[i];
    if (best == nil)
      break;
    printf("%D\t", (int64)best->count);
    printpc(best->fn, false);
    printf("\tcalled from ");
    printpc(best->caller, true);
    printf("\n");
    best->count = 0;
  }
}

}  // namespace runtime
