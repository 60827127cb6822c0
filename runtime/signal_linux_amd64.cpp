// signal_linux_amd64.cpp: the amd64 register context, for
// signal_linux.cpp (the seed's signal_linux_amd64.c).
#include <ucontext.h>

#include "signal_linux.h"

namespace runtime {

uintptr sigctxtpc(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP];
}

void sigctxtcall(void *ctx, uintptr fn) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;

  // Only push the call if r->rip != 0.
  // If r->rip == 0, probably panicked because of a
  // call to a nil func.  Not pushing that onto sp will
  // make the trace look like a call to sigpanic instead.
  // (Otherwise the trace will end at sigpanic and we
  // won't get to see who faulted.)
  uintptr *sp = (uintptr *)r[REG_RSP];
  if (r[REG_RIP] != 0)
    *--sp = r[REG_RIP];
  r[REG_RSP] = (greg_t)sp;
  r[REG_RIP] = (greg_t)fn;
}

uintptr sigctxtsp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RSP];
}

uintptr sigctxtfp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RBP];
}

uintptr sigctxtlr(void *ctx) {
  (void)ctx;
  return 0;
}

// The interrupted code may keep data in the 128-byte red zone below rsp
// (LLVM's leaf functions do), so the return address goes below it, and
// asyncPreempt returns with `ret $128` (ASYNC_PREEMPT_REDZONE).
bool sigctxtpreempt(void *ctx) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  uintptr sp = r[REG_RSP] - ASYNC_PREEMPT_REDZONE - sizeof(uintptr);

  // rsp may be 4 mod 8 (a leaf's frame at -O0: subq $4, %rsp)
  __builtin_memcpy((void *)sp, &r[REG_RIP], sizeof(uintptr));
  r[REG_RSP] = (greg_t)sp;
  r[REG_RIP] = (greg_t)asyncPreempt;
  return true;
}

void sigctxtreturn(void *) {}

// Go 1.19's dumpregs (signal_amd64.go).
void dumpregs(void *ctx) {
  static const struct { const char *name; int reg; } regs[] = {
      {"rax    ", REG_RAX}, {"rbx    ", REG_RBX}, {"rcx    ", REG_RCX},
      {"rdx    ", REG_RDX}, {"rdi    ", REG_RDI}, {"rsi    ", REG_RSI},
      {"rbp    ", REG_RBP}, {"rsp    ", REG_RSP}, {"r8     ", REG_R8},
      {"r9     ", REG_R9},  {"r10    ", REG_R10}, {"r11    ", REG_R11},
      {"r12    ", REG_R12}, {"r13    ", REG_R13}, {"r14    ", REG_R14},
      {"r15    ", REG_R15}, {"rip    ", REG_RIP}, {"rflags ", REG_EFL}};
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  for (auto &x : regs)
    printf("%s%X\n", x.name, (uint64)r[x.reg]);
  // The kernel's sigcontext keeps cs, gs and fs in one word, in that order.
  uint64 csgsfs = r[REG_CSGSFS];
  printf("cs     %X\nfs     %X\ngs     %X\n", csgsfs & 0xffff,
         (csgsfs >> 32) & 0xffff, (csgsfs >> 16) & 0xffff);
}

}  // namespace runtime
