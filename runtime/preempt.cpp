// preempt.cpp: asynchronous preemption, the port of Go 1.14's preempt.go
// (the parts that apply to a runtime without a precise collector): a
// goroutine in a loop without calls never reaches __morestack, so sysmon
// also signals its thread (preemptM); the handler (doSigPreempt) checks
// that the goroutine may stop where it is and makes it call asyncPreempt
// (asm_<arch>.S), which saves every register on the goroutine's stack,
// calls asyncPreempt2 and, once the goroutine runs again, restores them
// and returns to the interrupted instruction.
//
// Copyright 2019 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"

// The bounds of the compiled Go code: gort puts every function it
// generates in the section gotext (CGDecl.cpp's setGoAttrs), and the linker
// defines these for it. Weak: a C program against libgort has none.
extern "C" runtime::byte __start_gotext[] __attribute__((weak));
extern "C" runtime::byte __stop_gotext[] __attribute__((weak));

namespace runtime {

// PORT: whether pc is in compiled Go code, where a goroutine may stop at
// any instruction: it holds no runtime lock and no copy of g or m there.
// (Go tells its own functions by their pclntab and unsafe-point maps.)
// Nosplit: __morestack asks it on the goroutine's stack.
NOSPLIT bool isgocode(uintptr pc) {
  return (uintptr)__start_gotext <= pc && pc < (uintptr)__stop_gotext;
}

// asyncPreempt2: called by asyncPreempt on the goroutine's stack, below
// the registers it saved; returns when the goroutine runs again (or at
// once, if gopreempt_m lets it go on).
NOSPLIT void asyncPreempt2() { mcall(gopreempt_m); }

// wantAsyncPreempt returns whether an asynchronous preemption is
// queued for gp.
bool wantAsyncPreempt(G *gp) {
  // PORT: no preemptStop (Go 1.14's collector stops goroutines one at a
  // time to scan their stacks; the seed's stops the world instead).
  return gp->preempt && gp->status == Grunning;
}

// isAsyncSafePoint reports whether gp at instruction PC is an
// asynchronous safe point. This indicates that:
//
// 1. It's safe to suspend gp and conservatively scan its stack and
// registers. There are no potentially hidden pointer values and it's
// not in the middle of an atomic sequence like a write barrier.
//
// 2. gp has enough stack space to inject the asyncPreempt call.
//
// 3. It's generally safe to interact with the runtime, even if we're
// in a signal handler stopped here. For example, there are no runtime
// locks held, so acquiring a runtime lock won't self-deadlock.
//
// PORT: the runtime's code is C++, never a safe point (see isgocode), and
// neither is __morestack, lessstack, gogo, mcall or a system call (none of
// them is Go code); "enough stack space" is AsyncPreemptFrame bytes above
// the end of gp's segment.
bool isAsyncSafePoint(G *gp, uintptr pc, uintptr sp) {
  M *mp = gp->m;

  // Only user Go code is preemptible.
  if (mp == nil || mp != getm() || mp->curg != gp || gp == mp->g0)
    return false;
  if (mp->locks != 0 || mp->mallocing != 0 || mp->gcing != 0 ||
      mp->throwing != 0 || mp->dying != 0)
    return false;
  if (!isgocode(pc))
    return false;

  // Check stack space.
  uintptr lo = (uintptr)gp->stackguard - StackGuard;
  return sp >= lo + AsyncPreemptFrame && sp <= (uintptr)gp->stackbase;
}

}  // namespace runtime
