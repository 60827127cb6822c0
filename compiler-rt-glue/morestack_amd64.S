// morestack_amd64.S: __morestack for LLVM's split-stack prologues on
// x86-64 Linux, mapped onto the seed's morestack/newstack and
// lessstack/oldstack (see ../shared/docs/split-stacks.md and docs/ABI.md).
//
// A split-stack function F, called by C, whose frame does not fit above the
// limit word %fs:TLS_STACKLIMIT, runs
//     mov $framesize, %r10; mov $argsize, %r11; call __morestack; ret
// and its body starts right after that ret. __morestack:
//   1. saves F's argument registers on the old stack and records the split
//      in m (morepc, moreargp, moreframesize, moreargsize, morebuf);
//   2. on m->g0's stack, runtime.newstack makes a segment, copies F's stack
//      arguments there and returns where they start;
//   3. restores the argument registers and calls F's body on the new
//      segment, so that it returns to lessstack.
// When the body returns, lessstack saves the results and C's callee-saved
// registers in the same save area, and runtime.oldstack (on g0) frees the
// segment and resumes morebuf: .Lmorestack_return restores them and
// returns through F's ret to C.
//
// The frame on the old stack, addressed through rbp while the body runs
// (the body preserves rbp, so unwinders and lessstack find it):
//
//   rbp+24  F's stack arguments
//   rbp+16  F's return address into C
//   rbp+8   return address into F (F's body starts 1 byte later)
//   rbp+0   C's rbp
//   rbp-MORE_SAVE  the save area (layout in asm_amd64.h)

#include "asm_amd64.h"

// The rest of F's argument registers, after rdi rsi rdx rcx: into the
// save area at rsp.
.macro SAVE_REST
	movdqa	%xmm0, more_xmm0+0x00(%rsp)
	movdqa	%xmm1, more_xmm0+0x10(%rsp)
	movdqa	%xmm2, more_xmm0+0x20(%rsp)
	movdqa	%xmm3, more_xmm0+0x30(%rsp)
	movdqa	%xmm4, more_xmm0+0x40(%rsp)
	movdqa	%xmm5, more_xmm0+0x50(%rsp)
	movdqa	%xmm6, more_xmm0+0x60(%rsp)
	movdqa	%xmm7, more_xmm0+0x70(%rsp)
	movq	%r8, more_r8(%rsp)
	movq	%r9, more_r9(%rsp)
	movq	%rax, more_rax(%rsp)
.endm
// All of F's argument registers, from the save area at base.
.macro LOAD_ARGS base
	movdqa	more_xmm0+0x00(\base), %xmm0
	movdqa	more_xmm0+0x10(\base), %xmm1
	movdqa	more_xmm0+0x20(\base), %xmm2
	movdqa	more_xmm0+0x30(\base), %xmm3
	movdqa	more_xmm0+0x40(\base), %xmm4
	movdqa	more_xmm0+0x50(\base), %xmm5
	movdqa	more_xmm0+0x60(\base), %xmm6
	movdqa	more_xmm0+0x70(\base), %xmm7
	movq	more_rdi(\base), %rdi
	movq	more_rsi(\base), %rsi
	movq	more_rdx(\base), %rdx
	movq	more_rcx(\base), %rcx
	movq	more_r8(\base), %r8
	movq	more_r9(\base), %r9
	movq	more_rax(\base), %rax
.endm

#define GET_G(reg) movq runtime.g@gottpoff(%rip), reg; movq %fs:(reg), reg
#define GET_M(reg) movq runtime.m@gottpoff(%rip), reg; movq %fs:(reg), reg
#define SET_G(greg, tmp) \
	movq runtime.g@gottpoff(%rip), tmp; movq greg, %fs:(tmp); \
	movq g_stackguard(greg), tmp; movq tmp, %fs:TLS_STACKLIMIT

	.text
	.globl __morestack
	.type __morestack, @function
	.globl runtime.lessstack
	.type runtime.lessstack, @function
	.p2align 4
// void __morestack(void): r10 = frame size, r11 = stack-argument bytes.
__morestack:
	.cfi_startproc
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	.cfi_remember_state
	subq	$MORE_SAVE, %rsp		// 16-aligned save area

	// The hot split: m's hot segment fits F's frame and arguments, and
	// no panic is starting. Stay on the goroutine and do newstack's work
	// here: only r10 and r11 are free, so rdi rsi rdx rcx go to the save
	// area meanwhile.
	movq	%rdi, more_rdi(%rsp)
	movq	%rsi, more_rsi(%rsp)
	movq	%rdx, more_rdx(%rsp)
	movq	%rcx, more_rcx(%rsp)
	cmpq	$STACK_PREEMPT, %fs:TLS_STACKLIMIT
	je	.Lpreempt			// sysmon's request, or stale
.Lsplit:
	cmpb	$0, runtime.splitprofon(%rip)
	jne	.Lsplitprof			// GORTDEBUG=splitprof=1
.Lhot:
#ifdef GORT_SLOWSPLIT
	jmp	.Lslow			// every switch through C++, which tells ASan
#endif
	testq	$7, %r11
	jnz	.Lslow			// newstack throws
	GET_M(%rdi)
	movq	m_hotseg(%rdi), %rsi
	testq	%rsi, %rsi
	jz	.Lslow
	leaq	SPLIT_EXTRA(%r10,%r11), %rdx
	cmpq	m_hotsegsize(%rdi), %rdx
	ja	.Lslow
	movq	m_curg(%rdi), %rcx		// g
	cmpb	$0, g_ispanic(%rcx)
	jne	.Lslow			// newstack marks a panic's Stktop
	movq	g_stackguard(%rcx), %rdx
	subq	$STACK_GUARD, %rdx
	cmpq	%rdx, %rsp
	jb	.Lslow			// newstack throws
	// Take the segment: rsi = its base, r10 = its Stktop.
	movq	$0, m_hotseg(%rdi)
	movq	m_hotsegsize(%rdi), %rdi
	leaq	-STKTOP_SIZE(%rsi,%rdi), %r10
	andq	$-STACK_ALIGN, %r10
	movq	%rdi, stktop_free(%r10)
	movq	g_stackguard(%rcx), %rdx
	movq	%rdx, stktop_stackguard(%r10)
	movq	g_stackbase(%rcx), %rdx
	movq	%rdx, stktop_stackbase(%r10)
	movq	stktop_total(%rdx), %rdx	// the g's stack in use, with it
	addq	%rdi, %rdx
	movq	%rdx, stktop_total(%r10)
	movq	%rsp, stktop_gobuf+gobuf_sp(%r10)
	leaq	.Lmorestack_return(%rip), %rdx
	movq	%rdx, stktop_gobuf+gobuf_pc(%r10)
	movq	%rcx, stktop_gobuf+gobuf_g(%r10)
	movl	%r11d, stktop_argsize(%r10)
	leaq	24(%rbp), %rdx
	movq	%rdx, stktop_argp(%r10)
	movb	$0, stktop_panic(%r10)
	movq	%r10, g_stackbase(%rcx)
	addq	$STACK_GUARD, %rsi		// + StackGuard (StackSystem is 0)
	movq	%rsi, g_stackguard(%rcx)
	movq	%rsi, %fs:TLS_STACKLIMIT
	// F's stack arguments (r11 bytes at rdx) go below the Stktop, where
	// the body's sp starts (stktopargs).
	subq	%r11, %r10
	andq	$-STACK_ALIGN, %r10
	movq	%r11, %rcx
	shrq	$3, %rcx
	jz	1f
	movq	%rdx, %rsi
	movq	%r10, %rdi
	rep movsq
1:
	movq	more_rdi(%rsp), %rdi
	movq	more_rsi(%rsp), %rsi
	movq	more_rdx(%rsp), %rdx
	movq	more_rcx(%rsp), %rcx
	movq	%r10, %rsp
	movq	8(%rbp), %r11
	incq	%r11				// F's body: after its ret
	jmp	.Lcallbody

// The limit word holds sysmon's poison, StackPreempt: morestackpreempt
// stops the goroutine there if it may (F is Go code) and clears the poison.
// Then F's body runs on this stack if its frame fits, else F splits, on
// the hot segment if it can (a preemption must not cost a newstack).
.Lpreempt:
	SAVE_REST
	movq	%r10, more_r10(%rsp)
	movq	%r11, more_r11(%rsp)
	movq	8(%rbp), %rdi			// a pc in F
	leaq	16(%rbp), %rsi			// F's sp
	call	runtime.morestackpreempt	// rax = the limit
	leaq	16(%rbp), %rdx
	subq	more_r10(%rsp), %rdx
	jb	.Lpreemptsplit
	cmpq	%rax, %rdx
	jbe	.Lpreemptsplit
	// F's frame fits: its body, here
	LOAD_ARGS %rsp
	movq	8(%rbp), %r11
	incq	%r11				// F's body: after its ret
	movq	%rbp, %rsp
	.cfi_remember_state
	.cfi_def_cfa_register rsp
	popq	%rbp
	.cfi_def_cfa_offset 8
	.cfi_restore rbp
	addq	$8, %rsp			// F's sp
	jmp	*%r11
	.cfi_restore_state
.Lpreemptsplit:
	LOAD_ARGS %rsp
	movq	more_r10(%rsp), %r10
	movq	more_r11(%rsp), %r11
	jmp	.Lsplit

// The split report counts the split: F and the call site that called it.
.Lsplitprof:
	SAVE_REST
	movq	%r10, more_r10(%rsp)
	movq	%r11, more_r11(%rsp)
	movq	8(%rbp), %rdi			// a pc in F
	movq	16(%rbp), %rsi			// F's return address
	call	runtime.splitprofadd
	LOAD_ARGS %rsp
	movq	more_r10(%rsp), %r10
	movq	more_r11(%rsp), %r11
	jmp	.Lhot

.Lslow:
	SAVE_REST

	// Record the split in m, as the seed's morestack did.
.Lrecord:
	GET_M(%rdi)
	movq	8(%rbp), %rsi
	incq	%rsi				// F's body: after its ret
	movq	%rsi, m_morepc(%rdi)
	leaq	24(%rbp), %rsi
	movq	%rsi, m_moreargp(%rdi)		// F's stack arguments
	movl	%r10d, m_moreframesize(%rdi)
	movl	%r11d, m_moreargsize(%rdi)
	movq	%rsp, m_morebuf+gobuf_sp(%rdi)	// lessstack resumes here
	leaq	.Lmorestack_return(%rip), %rsi
	movq	%rsi, m_morebuf+gobuf_pc(%rdi)
	GET_G(%rsi)
	movq	%rsi, m_morebuf+gobuf_g(%rdi)

	// newstack on m->g0's stack
.Lnewstack:
	movq	m_g0(%rdi), %rsi
	SET_G(%rsi, %rcx)
	movq	g_sched+gobuf_sp(%rsi), %rsp
	ASAN_FIBER %rsi
	call	runtime.newstack		// rax = the new segment's sp
#ifdef GORT_ASAN
	GET_M(%r10)
	movq	m_curg(%r10), %r10
	ASAN_FIBER %r10
#endif

	// F's body on the new segment, called from here so that its ret is
	// predicted: it returns to .Llessstack, the seed's lessstack.
	movq	%rax, %rsp
	GET_M(%r10)
	movq	m_curg(%r10), %rax
	SET_G(%rax, %rcx)
	leaq	-MORE_SAVE(%rbp), %r11
	LOAD_ARGS %r11
	movq	m_morepc(%r10), %r11
.Lcallbody:
	call	*%r11
	.globl runtime.lessstackpc
runtime.lessstackpc:			// where every split body returns

// lessstack: where the body returns (runtime.lessstack below is the same
// code under the seed's name). It lies inside __morestack's symbol, the one
// name gdb lets a backtrace cross stacks through.
// The body's results are in rax rdx rcx, xmm0 xmm1 and x87's st0 st1 (as
// many as LLVM returns in registers; more go through a hidden sret
// pointer, returned in rax); rbp is __morestack's frame.
.Llessstack:
#ifdef GORT_SLOWSPLIT
	jmp	.Lslowless
#endif
	// The hot unsplit: m's hot-segment slot is empty. Keep the segment
	// there and restore g's bounds from the Stktop, as oldstack would,
	// without leaving the goroutine: the results stay in their registers,
	// and only rsi rdi r9 r10 r11, which hold none, change.
	GET_M(%r10)
	cmpq	$0, m_hotseg(%r10)
	jne	.Lslowless
	movq	m_curg(%r10), %rsi		// g
	movq	g_stackbase(%rsi), %rdi		// the Stktop
	movq	stktop_free(%rdi), %r11
	testq	%r11, %r11
	jz	.Lslowless			// no segment of its own
	movq	g_stackguard(%rsi), %r9
	subq	$STACK_GUARD, %r9		// the segment's base
	movq	%r9, m_hotseg(%r10)
	movq	%r11, m_hotsegsize(%r10)
	movq	stktop_stackbase(%rdi), %r9
	movq	%r9, g_stackbase(%rsi)
	movq	stktop_stackguard(%rdi), %r9
	movq	%r9, g_stackguard(%rsi)
	movq	%r9, %fs:TLS_STACKLIMIT
	movq	%rbp, %rsp
	.cfi_remember_state
	popq	%rbp				// C's rbp
	.cfi_def_cfa rsp, 8
	.cfi_restore rbp
	ret					// to F's ret, and on to C
	.cfi_restore_state
.Lslowless:
	leaq	-MORE_SAVE(%rbp), %rsi
	movq	%rdx, more_rdx(%rsi)		// results
	movq	%rcx, more_rcx(%rsi)
	movdqa	%xmm0, more_xmm0+0x00(%rsi)
	movdqa	%xmm1, more_xmm0+0x10(%rsi)
	movq	%rbx, more_rbx(%rsi)		// C's callee-saved registers
	movq	%r12, more_r12(%rsi)
	movq	%r13, more_r13(%rsi)
	movq	%r14, more_r14(%rsi)
	movq	%r15, more_r15(%rsi)
	GET_M(%rcx)
	movq	%rax, m_cret(%rcx)		// the first result, as the seed kept it
	// x87 results: oldstack and C run with the x87 stack empty, as the
	// ABI has it at a call. fxam finds st0 empty when C3 and C0 are set.
	movl	$0, more_nst(%rsi)
	fxam
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax
	je	1f
	fstpt	more_st0(%rsi)
	incl	more_nst(%rsi)
	fxam
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax
	je	1f
	fstpt	more_st1(%rsi)
	incl	more_nst(%rsi)
1:
	movq	m_g0(%rcx), %rsi
	SET_G(%rsi, %rdx)
	movq	g_sched+gobuf_sp(%rsi), %rsp
	ASAN_FIBER %rsi
	// oldstack ends in gogo(&top->gobuf, m->cret). Jump, not call: the
	// return stack stays balanced, so the rets below are predicted.
	leaq	.Lnoreturn(%rip), %rcx
	pushq	%rcx
	jmp	runtime.oldstack
.Lnoreturn:
	ud2

// oldstack resumes here: rsp = the save area, rax = m->cret.
.Lmorestack_return:
	.cfi_def_cfa rsp, MORE_SAVE+16
	movq	more_rdx(%rsp), %rdx
	movq	more_rcx(%rsp), %rcx
	movdqa	more_xmm0+0x00(%rsp), %xmm0
	movdqa	more_xmm0+0x10(%rsp), %xmm1
	cmpl	$1, more_nst(%rsp)		// st1 first, so that st0 is on top
	jb	1f
	je	2f
	fldt	more_st1(%rsp)
2:	fldt	more_st0(%rsp)
1:
	movq	more_rbx(%rsp), %rbx
	movq	more_r12(%rsp), %r12
	movq	more_r13(%rsp), %r13
	movq	more_r14(%rsp), %r14
	movq	more_r15(%rsp), %r15
	addq	$MORE_SAVE, %rsp
	.cfi_def_cfa_offset 16
	popq	%rbp				// C's rbp
	.cfi_def_cfa_offset 8
	.cfi_restore rbp
	ret					// to F's ret, and on to C
	.size __morestack, .-__morestack
// void lessstack(void): the seed's name for where a body on a new segment
// returns (.Llessstack, the address __morestack's call pushes).
runtime.lessstack:
	.cfi_restore_state
	jmp	.Llessstack
	.cfi_endproc
	.size runtime.lessstack, .-runtime.lessstack

// void reflectcall(void (*fn)(void *), void *args): rdi rsi. The seed's
// reflect.call as panic and Goexit use it: calls fn(args) past a new
// Stktop (on the same segment when there is room), so that recover can
// tell a deferred call that panic made (Stktop.panic) from any other.
// The frame is __morestack's: it runs the same newstack/lessstack path,
// entered the way a split-stack prologue enters it (call, then ret).
	.globl runtime.reflectcall
	.type runtime.reflectcall, @function
	.p2align 4
runtime.reflectcall:
	.cfi_startproc
	call	1f
	ret
1:
	.cfi_adjust_cfa_offset 8
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	subq	$MORE_SAVE, %rsp
	movq	%rsi, more_rdi(%rsp)		// fn's argument
	GET_M(%rsi)
	movq	%rdi, m_morepc(%rsi)		// fn
	leaq	24(%rbp), %rdi
	movq	%rdi, m_moreargp(%rsi)
	movl	$1, m_moreframesize(%rsi)	// 1: reflect.call's mark
	movl	$0, m_moreargsize(%rsi)
	movq	%rsp, m_morebuf+gobuf_sp(%rsi)
	leaq	.Lmorestack_return(%rip), %rdi
	movq	%rdi, m_morebuf+gobuf_pc(%rsi)
	GET_G(%rdi)
	movq	%rdi, m_morebuf+gobuf_g(%rsi)
	movq	%rsi, %rdi			// m, as .Lnewstack wants it
	jmp	.Lnewstack
	.cfi_endproc
	.size runtime.reflectcall, .-runtime.reflectcall

// void reflectcallstk(void (*fn)(), void *args, uint64 siz): rdi rsi rdx.
// Calls fn with the siz-byte block at args as its argument area (the
// seed's reflect.call proper): its first six words go in rdi rsi rdx rcx
// r8 r9, the rest (siz - 48 bytes) are copied as fn's stack arguments,
// past a new Stktop, like reflectcall. siz >= 48.
	.globl runtime.reflectcallstk
	.type runtime.reflectcallstk, @function
	.p2align 4
runtime.reflectcallstk:
	.cfi_startproc
	call	1f
	ret
1:
	.cfi_adjust_cfa_offset 8
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	subq	$MORE_SAVE, %rsp
	movq	0(%rsi), %rax			// the register words
	movq	%rax, more_rdi(%rsp)
	movq	8(%rsi), %rax
	movq	%rax, more_rsi(%rsp)
	movq	16(%rsi), %rax
	movq	%rax, more_rdx(%rsp)
	movq	24(%rsi), %rax
	movq	%rax, more_rcx(%rsp)
	movq	32(%rsi), %rax
	movq	%rax, more_r8(%rsp)
	movq	40(%rsi), %rax
	movq	%rax, more_r9(%rsp)
	GET_M(%rax)
	movq	%rdi, m_morepc(%rax)		// fn
	leaq	48(%rsi), %rcx
	movq	%rcx, m_moreargp(%rax)		// the stack words
	movl	$1, m_moreframesize(%rax)	// 1: reflect.call's mark
	subq	$48, %rdx
	movl	%edx, m_moreargsize(%rax)
	movq	%rsp, m_morebuf+gobuf_sp(%rax)
	leaq	.Lmorestack_return(%rip), %rcx
	movq	%rcx, m_morebuf+gobuf_pc(%rax)
	GET_G(%rcx)
	movq	%rcx, m_morebuf+gobuf_g(%rax)
	movq	%rax, %rdi			// m, as .Lnewstack wants it
	jmp	.Lnewstack
	.cfi_endproc
	.size runtime.reflectcallstk, .-runtime.reflectcallstk

// void morestack(void): the seed's name for __morestack.
	.globl runtime.morestack
	.type runtime.morestack, @function
runtime.morestack:
	.cfi_startproc
	jmp	__morestack
	.cfi_endproc
	.size runtime.morestack, .-runtime.morestack

	.section .note.GNU-stack,"",@progbits
