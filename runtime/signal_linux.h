// signal_linux.h: what signal_linux.cpp asks of each architecture's
// register context (signal_linux_<arch>.cpp).
#ifndef GORT_SIGNAL_LINUX_H
#define GORT_SIGNAL_LINUX_H

#include "runtime.h"

namespace runtime {

// The interrupted pc.
uintptr sigctxtpc(void *ctx) GO(sigctxtpc);
// Makes the interrupted code look as if it had called fn at the faulting
// instruction, so fn runs on the goroutine's stack when the handler
// returns.
void sigctxtcall(void *ctx, uintptr fn) GO(sigctxtcall);
// The interrupted stack pointer.
uintptr sigctxtsp(void *ctx) GO(sigctxtsp);
// PORT: the interrupted frame pointer and link register (0 where there is
// none), for tracebacktrap's CFI walk.
uintptr sigctxtfp(void *ctx) GO(sigctxtfp);
uintptr sigctxtlr(void *ctx) GO(sigctxtlr);
// PORT: Go 1.14's pushCall(asyncPreempt): makes the interrupted code call
// asyncPreempt, which returns to the interrupted instruction with every
// register as it was. False where the context cannot be resumed that way
// (ARM: inside a Thumb-2 IT block).
bool sigctxtpreempt(void *ctx) GO(sigctxtpreempt);
// PORT: called last before the handler returns to ctx (386: see
// signal_linux_386.cpp; nothing elsewhere).
void sigctxtreturn(void *ctx) GO(sigctxtreturn);
// Go 1.19's dumpregs: the interrupted registers, one a line.
void dumpregs(void *ctx) GO(dumpregs);

}  // namespace runtime

#endif
