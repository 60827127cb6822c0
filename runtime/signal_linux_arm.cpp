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

uintptr sigctxtsp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.arm_sp;
}

uintptr sigctxtfp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.arm_fp;
}

uintptr sigctxtlr(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.arm_lr;
}

// PORT: Go 1.14's pushCall on ARM, with the interrupted pc on the stack too
// rather than in lr, so that asyncPreempt can restore lr: below the
// interrupted sp (ARM has no red zone) go its lr and pc, 8 bytes to keep
// sp's alignment; pc | 1 from Thumb-2 code, for asyncPreempt's
// interworking return. asyncPreempt is A32 code. A Thumb-2 instruction
// inside an IT block cannot resume that way (the IT state is in cpsr).
enum {
  CpsrThumb = 1u << 5,
  CpsrIT = 0x3fu << 10 | 3u << 25,  // IT[7:2] and IT[1:0]
};

// PORT: it refuses too while a split-stack prologue holds the thread
// pointer in r4: from `mrc p15, 0, r4, c13, c0, 3` to the `ldr r4,
// [r4, #4]` of the limit word (a `mov r5, sp` may come between).
// Resumed on another m, the prologue would compare sp with that m's
// limit (x86's prologues read the limit in one instruction; Go's
// compilers mark such sequences unsafe points).
// The compiled Go code is A32 (Backend.cpp: -thumb-mode).
static bool inprologuetls(uintptr pc) {
  const uint32 MrcTP4 = 0xee1d4f70;  // mrc p15, 0, r4, c13, c0, 3
  const uint32 *p = (const uint32 *)pc;
  return (isgocode(pc - 4) && p[-1] == MrcTP4) ||
         (isgocode(pc - 8) && p[-2] == MrcTP4);
}

bool sigctxtpreempt(void *ctx) {
  mcontext_t *r = &((ucontext_t *)ctx)->uc_mcontext;
  uintptr pc = r->arm_pc;

  if (r->arm_cpsr & CpsrThumb) {
    if (r->arm_cpsr & CpsrIT)
      return false;
    pc |= 1;
  } else if (inprologuetls(pc)) {
    return false;
  }
  uintptr *sp = (uintptr *)(r->arm_sp - 8);
  sp[0] = r->arm_lr;
  sp[1] = pc;
  r->arm_sp = (uintptr)sp;
  r->arm_pc = (uintptr)asyncPreempt;
  r->arm_cpsr &= ~CpsrThumb;
  return true;
}

void sigctxtreturn(void *) {}

// Go 1.19's dumpregs (signal_arm.go).
void dumpregs(void *ctx) {
  mcontext_t *r = &((ucontext_t *)ctx)->uc_mcontext;
  const struct { const char *name; unsigned long val; } regs[] = {
      {"trap    ", r->trap_no}, {"error   ", r->error_code},
      {"oldmask ", r->oldmask}, {"r0      ", r->arm_r0},
      {"r1      ", r->arm_r1},  {"r2      ", r->arm_r2},
      {"r3      ", r->arm_r3},  {"r4      ", r->arm_r4},
      {"r5      ", r->arm_r5},  {"r6      ", r->arm_r6},
      {"r7      ", r->arm_r7},  {"r8      ", r->arm_r8},
      {"r9      ", r->arm_r9},  {"r10     ", r->arm_r10},
      {"fp      ", r->arm_fp},  {"ip      ", r->arm_ip},
      {"sp      ", r->arm_sp},  {"lr      ", r->arm_lr},
      {"pc      ", r->arm_pc},  {"cpsr    ", r->arm_cpsr},
      {"fault   ", r->fault_address}};
  for (auto &x : regs)
    printf("%s%X\n", x.name, (uint64)x.val);
}

}  // namespace runtime
