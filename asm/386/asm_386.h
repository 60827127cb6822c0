/* asm_386.h: the numbers 386 assembly and C++ share. Included by the .S
 * files and by runtime.h; runtime/asmoffsets.cpp static_asserts every
 * offset against the C++ structs. No literal offset appears in a .S file. */
#ifndef GORT_ASM_386_H
#define GORT_ASM_386_H

#define PTRSIZE 4
#define STACK_ALIGN 16
/* Distance of the limit word above a segment's end (see asm_amd64.h). */
#define STACK_GUARD 1024

/* LLVM's split-stack prologue compares sp with this thread-local word:
 * glibc tcbhead_t.__private_ss, %gs:0x30. */
#define TLS_STACKLIMIT 0x30

/* Go's StackPreempt (uintptrMask & -1314): sysmon's poison for the limit
 * word, above every stack pointer. */
#define STACK_PREEMPT (-1314)

/* The most stack asyncPreempt and what it calls use below the interrupted
 * esp: the return address, flags and 7 registers (36), alignment (12),
 * fxsave's 512 bytes, asyncPreempt2's call and frame and mcall's saves
 * (under 100). No red zone on i386. */
#define ASYNC_PREEMPT_FRAME 704

/* struct G */
#define g_stackguard 0
#define g_stackbase 4
#define g_sched 16
#define g_gcregs 112
#define g_syscallsp 144
#define g_syscallpc 148
#define g_ispanic 73
/* struct Gobuf */
#define gobuf_sp 0
#define gobuf_pc 4
#define gobuf_g 8
/* struct M */
#define m_g0 0
#define m_morepc 4
#define m_moreargp 8
#define m_morebuf 12
#define m_moreframesize 24
#define m_moreargsize 28
#define m_cret 32
#define m_curg 48
#define m_hotseg 124
#define m_hotsegsize 128
/* struct Defer */
#define defer_fn 16
#define defer_args 48
#define DEFER_NREGS 4
/* struct Stktop */
#define stktop_stackguard 0
#define stktop_stackbase 4
#define stktop_gobuf 8
#define stktop_argsize 20
#define stktop_argp 24
#define stktop_free 28
#define stktop_panic 32
#define stktop_total 36
#define STKTOP_SIZE 40
/* What a split adds to the frame: StackExtra + StackGuard + StackSystem */
#define SPLIT_EXTRA (1024 + STACK_GUARD)

/* __morestack's save area on the old stack (below the saved ebp): eax ecx
 * edx on the way in (ebx esi edi too while the hot split borrows them);
 * the results and the callee-saved registers on the way out through
 * lessstack. LLVM returns results in eax edx ecx and x87's st0 st1
 * (RetCC_X86_32_C); more go through a hidden sret pointer, which the body
 * pops (`ret $4`). LLVM's fastcc (which it gives internal functions)
 * also passes the first three float arguments in xmm0-2: the slow split
 * and the preemption path keep those too. 124 = 12 mod 16 keeps esp
 * 16-aligned below it. */
#define MORE_SAVE 124
#define more_eax 0      /* in and out (the first result, then also m->cret) */
#define more_ecx 4      /* in and out */
#define more_edx 8      /* in and out */
#define more_ebx 12     /* out; in while the hot split borrows it */
#define more_esi 16
#define more_edi 20
#define more_st0 24     /* out: x87 st0, 10 bytes */
#define more_st1 36     /* out: x87 st1, 10 bytes */
#define more_nst 48     /* out: how many of st0 st1 held results */
#define more_pc 52      /* the body to call (m->morepc) */
#define more_callsp 56  /* esp at the body's call */
#define more_xmm0 64    /* in: xmm0-2, 48 bytes (16-aligned) */
#define more_pop 60     /* out: bytes of its arguments the body popped */
/* The slots of each way, (offset, bytes), which asmoffsets.cpp checks lie
 * inside the area without overlapping. */
#define MORE_SLOTS_IN(X) X(more_eax, 4) X(more_ecx, 4) X(more_edx, 4) \
  X(more_ebx, 4) X(more_esi, 4) X(more_edi, 4) X(more_pc, 4) \
  X(more_callsp, 4) X(more_xmm0, 48)
#define MORE_SLOTS_OUT(X) X(more_eax, 4) X(more_ecx, 4) X(more_edx, 4) \
  X(more_ebx, 4) X(more_esi, 4) X(more_edi, 4) X(more_st0, 10) \
  X(more_st1, 10) X(more_nst, 4) X(more_callsp, 4) X(more_pop, 4)

#endif
