// race.h: what the runtime tells ThreadSanitizer (gort build -race, the
// amd64-race runtime; docs/RACE.md). Go's runtime/race.go has the same
// role, over Go's own build of TSan; here it is clang-19's, through its
// C interface. The program's Go code is instrumented (its loads and
// stores call TSan); the runtime is not, so its own locks make no
// happens-before edges: only these calls do, where Go's memory model
// puts them. Each goroutine is a TSan fiber. In other builds these are
// nothing.
#ifndef GORT_RACE_H
#define GORT_RACE_H

#include "runtime.h"

namespace runtime {

#ifdef GORT_RACE
enum { raceenabled = 1 };
void raceinit();
void raceprocstart(M *m);
void racegostart(G *newg, void *callerpc);
void racegoend(G *gp);
void raceswitch(G *gp);
void raceswitchm(M *m);
void racemalloc(void *p, uintptr n);
void racestackalloc(byte *stk, uintptr n, G *gp);
void racestackstart(G *gp);
void raceacquire(void *addr);
void racerelease(void *addr);
void racereleasemerge(void *addr);
void racereleaseacquire(void *addr);
int32 racefini(int32 code);
uintptr racedepth();
void raceunwind(uintptr depth);
void racecheckdepth(G *gp, uintptr n);
#else
enum { raceenabled = 0 };
static inline void raceinit() {}
static inline void raceprocstart(M *) {}
static inline void racegostart(G *, void *) {}
static inline void racegoend(G *) {}
static inline void raceswitch(G *) {}
static inline void raceswitchm(M *) {}
static inline void racemalloc(void *, uintptr) {}
static inline void racestackalloc(byte *, uintptr, G *) {}
static inline void racestackstart(G *) {}
static inline void raceacquire(void *) {}
static inline void racerelease(void *) {}
static inline void racereleasemerge(void *) {}
static inline void racereleaseacquire(void *) {}
static inline int32 racefini(int32 code) { return code; }
static inline void racecheckdepth(G *, uintptr) {}
#endif

}  // namespace runtime

#endif
