// signal_linux_386.cpp: the 386 register context, for
// signal_linux.cpp (the seed's signal_linux_386.c).
#include <ucontext.h>

#include "signal_linux.h"

namespace runtime {

uintptr sigctxtpc(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_EIP];
}

void sigctxtcall(void *ctx, uintptr fn) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;

  // Only push the call if r->eip != 0.
  // If r->eip == 0, probably panicked because of a
  // call to a nil func.  Not pushing that onto sp will
  // make the trace look like a call to sigpanic instead.
  // (Otherwise the trace will end at sigpanic and we
  // won't get to see who faulted.)
  uintptr *sp = (uintptr *)r[REG_ESP];
  if (r[REG_EIP] != 0)
    *--sp = r[REG_EIP];
  r[REG_ESP] = (greg_t)sp;
  r[REG_EIP] = (greg_t)fn;
}

}  // namespace runtime
