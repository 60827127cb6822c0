/* asm_amd64.h: the numbers amd64 assembly and C++ share. Included by the
 * .S files and by runtime.h; runtime/asmoffsets.cpp static_asserts every
 * offset against the C++ structs. No literal offset appears in a .S file. */
#ifndef GORT_ASM_AMD64_H
#define GORT_ASM_AMD64_H

#define PTRSIZE 8
#define STACK_ALIGN 16
/* Distance of the limit word above a segment's end: LLVM's direct compare
 * for frames under 256 bytes, __morestack's register saves (200 bytes), the
 * red zone (128) and non-split runtime leaves. Under AddressSanitizer and
 * ThreadSanitizer (the amd64-race runtime) the sanitizers' own calls, which
 * do not split, run there too, and their reports: a margin as large as a
 * thread's signal stack. Every split then goes through C++ (GORT_SLOWSPLIT),
 * which tells the sanitizer of the segment. */
#if defined(GORT_ASAN) || defined(GORT_RACE)
#define STACK_GUARD 32768
#define GORT_SLOWSPLIT 1
#else
#define STACK_GUARD 1024
#endif

/* LLVM's split-stack prologue compares sp with this thread-local word
 * (glibc's tcbhead_t.__private_ss). */
#define TLS_STACKLIMIT 0x70

/* Go's StackPreempt (uintptrMask & -1314): sysmon's poison for the limit
 * word, above every stack pointer. A sign-extended 32-bit immediate. */
#define STACK_PREEMPT (-1314)

/* asyncPreempt: the red zone it leaves alone below the interrupted rsp,
 * and the most stack it and what it calls use below that rsp: the red
 * zone, the return address, flags and 15 registers, alignment, fxsave's
 * 512 bytes, the call of asyncPreempt2 and mcall's 7 words. */
#define ASYNC_PREEMPT_REDZONE 128
#define ASYNC_PREEMPT_FRAME 896

/* struct G */
#define g_stackguard 0
#define g_stackbase 8
#define g_sched 32
#define g_gcregs 216
#define g_syscallsp 280
#define g_syscallpc 288
#define g_ispanic 137
/* struct Gobuf */
#define gobuf_sp 0
#define gobuf_pc 8
#define gobuf_g 16
/* struct M */
#define m_g0 0
#define m_morepc 8
#define m_moreargp 16
#define m_morebuf 24
#define m_moreframesize 48
#define m_moreargsize 52
#define m_cret 56
#define m_curg 80
#define m_hotseg 192
#define m_hotsegsize 200
/* struct Defer */
#define defer_fn 32
#define defer_args 112
#define DEFER_NREGS 6   /* rbx rbp r12-r15, as mcall saves them */
/* struct Stktop */
#define stktop_stackguard 0
#define stktop_stackbase 8
#define stktop_gobuf 16
#define stktop_argsize 40
#define stktop_argp 48
#define stktop_free 56
#define stktop_panic 64
#define stktop_total 72
#define STKTOP_SIZE 80
/* What a split adds to the frame: StackExtra + StackGuard + StackSystem */
#define SPLIT_EXTRA (1024 + STACK_GUARD)

/* __morestack's save area on the old stack (below the saved rbp):
 * argument registers on the way in, results and callee-saved registers on
 * the way out through lessstack. 200 = 8 mod 16 keeps it 16-aligned.
 * LLVM returns results in rax rdx rcx, xmm0 xmm1 and x87's st0 st1
 * (RetCC_X86_64_C: four float64s come back in xmm0 xmm1 st0 st1); rax
 * goes to m->cret, the others here. */
#define MORE_SAVE 200
#define more_xmm0 0     /* xmm0-7 in, xmm0 xmm1 out */
#define more_st0 32     /* out: x87 st0, 10 bytes (over xmm2 in) */
#define more_st1 48     /* out: x87 st1, 10 bytes (over xmm3 in) */
#define more_nst 64     /* out: how many of st0 st1 held results (int32) */
#define more_rdi 128    /* in */
#define more_rsi 136    /* in */
#define more_rdx 144    /* in and out */
#define more_rcx 152    /* in and out */
#define more_r8 160     /* in */
#define more_r9 168     /* in */
#define more_rax 176    /* in (the nest register) */
#define more_r10 184    /* in: frame size (a preemption request's path) */
#define more_r11 192    /* in: stack-argument bytes (the same) */
#define more_rbx 128    /* out: callee-saved, over the dead argument slots */
#define more_r12 136
#define more_r13 160
#define more_r14 168
#define more_r15 176
/* The slots of each way, (offset, bytes), which asmoffsets.cpp checks lie
 * inside the area without overlapping. */
#define MORE_SLOTS_IN(X) X(more_xmm0, 128) X(more_rdi, 8) X(more_rsi, 8) \
  X(more_rdx, 8) X(more_rcx, 8) X(more_r8, 8) X(more_r9, 8) X(more_rax, 8) \
  X(more_r10, 8) X(more_r11, 8)
#define MORE_SLOTS_OUT(X) X(more_xmm0, 32) X(more_st0, 10) X(more_st1, 10) \
  X(more_nst, 4) X(more_rdx, 8) X(more_rcx, 8) X(more_rbx, 8) \
  X(more_r12, 8) X(more_r13, 8) X(more_r14, 8) X(more_r15, 8)

#if defined(__ASSEMBLER__) && defined(GORT_ASAN)
/* ASAN_FIBER reg: tells ASan that the thread now runs on the stack of the
 * G in reg (not rbp): runtime.asanfiber (asan.cpp), every caller-saved
 * register kept. Used at each switch of stacks, on g0's side of it. */
.macro ASAN_FIBER greg
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	movq	\greg, %rdi
	subq	$8, %rsp
	call	runtime.asanfiber
	addq	$8, %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	movq	%rbp, %rsp
	popq	%rbp
.endm
#elif defined(__ASSEMBLER__)
.macro ASAN_FIBER greg
.endm
#endif

#endif
