// signal_linux_arm.cpp: the ARM register context, for signal_linux.cpp
// (the seed's signal_linux_arm.c).
#include <ucontext.h>

#include "signal_linux.h"

namespace runtime {

uintptr sigctxtpc(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.arm_pc;
}

void sigctxtcall(void *ctx, uintptr fn) {
  mcontext_t *r = &((ucontext_t *)ctx)->uc_mcontext;

  // If this is a leaf function, we do smash LR,
  // but we're not going back there anyway.
  // Don't bother smashing if r->arm_pc is 0,
  // which is probably a call to a nil func: the
  // old link register is more useful in the stack trace.
  if (r->arm_pc != 0)
    r->arm_lr = r->arm_pc;
  r->arm_pc = fn;
  r->arm_cpsr &= ~(1u << 5);  // fn is A32 code: clear the Thumb bit
}

}  // namespace runtime
