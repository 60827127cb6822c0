// morestack_386.S: __morestack for LLVM's split-stack prologues on i386
// Linux, mapped onto the seed's morestack/newstack and lessstack/oldstack
// like morestack_amd64.S (read that first; split-stacks.md has the facts).
//
// F's prologue: push $argsize; push $framesize; call __morestack; ret.
// At entry: [esp] return into F (its body starts 1 byte later), [esp+4]
// frame size, [esp+8] argument bytes, [esp+12] F's return address into C,
// [esp+16] F's stack arguments. eax ecx edx may carry arguments (regparm,
// nest). __morestack returns with ret $8, through F's ret, to C.
//
// The frame on the old stack, addressed through ebp while the body runs:
//
//   ebp+20  F's stack arguments
//   ebp+16  F's return address into C
//   ebp+12  argument bytes
//   ebp+8   frame size
//   ebp+4   return address into F
//   ebp+0   C's ebp
//   ebp-MORE_SAVE  the save area (asm_386.h)   <-- m->morebuf.sp
//
// Results come back in eax, edx, ecx and x87 st0, st1 (RetCC_X86_32_C);
// lessstack's slow path saves as many of st0 st1 as hold a value (fxam),
// so the x87 stack stays balanced. Results that do not fit go through
// LLVM's hidden sret pointer, which the body pops (`ret $4`) but F's ret
// after __morestack does not: lessstack pops it for F.

#include "asm_386.h"

#define GET_G(reg) movl %gs:runtime.g@ntpoff, reg
#define GET_M(reg) movl %gs:runtime.m@ntpoff, reg
#define SET_G(greg, tmp) \
	movl greg, %gs:runtime.g@ntpoff; \
	movl g_stackguard(greg), tmp; movl tmp, %gs:TLS_STACKLIMIT

// fastcc's float argument registers, into the save area at esp and back,
// on the paths that call C.
.macro SAVE_XMM
	movdqa	%xmm0, more_xmm0+0x00(%esp)
	movdqa	%xmm1, more_xmm0+0x10(%esp)
	movdqa	%xmm2, more_xmm0+0x20(%esp)
.endm
.macro LOAD_XMM
	movdqa	more_xmm0+0x00(%esp), %xmm0
	movdqa	more_xmm0+0x10(%esp), %xmm1
	movdqa	more_xmm0+0x20(%esp), %xmm2
.endm

	.text
	.globl __morestack
	.type __morestack, @function
	.globl runtime.lessstack
	.type runtime.lessstack, @function
	.p2align 4
__morestack:
	.cfi_startproc
	// The caller's sp, once ret $8 has run, is above F's two pushes: say
	// so, or unwinders take the frame size for F's return address.
	.cfi_def_cfa_offset 12
	.cfi_offset eip, -12
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register ebp
	.cfi_remember_state
	subl	$MORE_SAVE, %esp
	movl	%eax, more_eax(%esp)		// F's register arguments
	movl	%ecx, more_ecx(%esp)
	movl	%edx, more_edx(%esp)
	movl	4(%ebp), %eax
	incl	%eax				// F's body: after its ret
	movl	%eax, more_pc(%esp)
	cmpl	$STACK_PREEMPT, %gs:TLS_STACKLIMIT
	je	.Lpreempt			// sysmon's request, or stale
.Lsplit:
	cmpb	$0, runtime.splitprofon
	jne	.Lsplitprof			// GORTDEBUG=splitprof=1
.Lhot:

	// The hot split (see morestack_amd64.S). eax ecx edx are saved;
	// ebx esi edi are borrowed.
	testl	$3, 12(%ebp)
	jnz	.Lslow				// newstack throws
	GET_M(%edx)
	movl	m_hotseg(%edx), %ecx
	testl	%ecx, %ecx
	jz	.Lslow
	movl	8(%ebp), %eax
	addl	12(%ebp), %eax
	addl	$SPLIT_EXTRA, %eax
	cmpl	m_hotsegsize(%edx), %eax
	ja	.Lslow
	movl	m_curg(%edx), %eax		// g
	cmpb	$0, g_ispanic(%eax)
	jne	.Lslow				// newstack marks a panic's Stktop
	movl	%ebx, more_ebx(%esp)
	movl	g_stackguard(%eax), %ebx
	subl	$STACK_GUARD, %ebx
	cmpl	%ebx, %esp
	jb	.Lslowebx			// newstack throws
	// Take the segment: ecx = its base, ebx = its Stktop.
	movl	%esi, more_esi(%esp)
	movl	%edi, more_edi(%esp)
	movl	$0, m_hotseg(%edx)
	movl	m_hotsegsize(%edx), %edx
	leal	-STKTOP_SIZE(%ecx,%edx), %ebx
	andl	$-STACK_ALIGN, %ebx
	movl	%edx, stktop_free(%ebx)
	movl	g_stackbase(%eax), %esi		// the g's stack in use, with it
	addl	stktop_total(%esi), %edx
	movl	%edx, stktop_total(%ebx)
	movl	g_stackguard(%eax), %edx
	movl	%edx, stktop_stackguard(%ebx)
	movl	g_stackbase(%eax), %edx
	movl	%edx, stktop_stackbase(%ebx)
	movl	%esp, stktop_gobuf+gobuf_sp(%ebx)
	movl	$.Lmorestack_return, stktop_gobuf+gobuf_pc(%ebx)
	movl	%eax, stktop_gobuf+gobuf_g(%ebx)
	movl	12(%ebp), %edx
	movl	%edx, stktop_argsize(%ebx)
	leal	20(%ebp), %esi
	movl	%esi, stktop_argp(%ebx)
	movb	$0, stktop_panic(%ebx)
	movl	%ebx, g_stackbase(%eax)
	addl	$STACK_GUARD, %ecx		// + StackGuard (StackSystem is 0)
	movl	%ecx, g_stackguard(%eax)
	movl	%ecx, %gs:TLS_STACKLIMIT
	// F's stack arguments (edx bytes at esi) go below the Stktop, where
	// the body's esp starts (stktopargs).
	subl	%edx, %ebx
	andl	$-STACK_ALIGN, %ebx
	movl	%edx, %ecx
	shrl	$2, %ecx
	jz	1f
	movl	%ebx, %edi
	rep movsl
1:
	movl	%ebx, %esp
	movl	-MORE_SAVE+more_ebx(%ebp), %ebx
	movl	-MORE_SAVE+more_esi(%ebp), %esi
	movl	-MORE_SAVE+more_edi(%ebp), %edi
	jmp	.Lcallbody

// The limit word holds sysmon's poison, StackPreempt (see
// morestack_amd64.S): morestackpreempt may stop the goroutine and clears
// the poison; then F's body runs here if its frame fits, else F splits.
.Lpreempt:
	SAVE_XMM
	leal	16(%ebp), %eax			// F's sp
	subl	$8, %esp			// 16-aligned at the call
	pushl	%eax
	pushl	4(%ebp)				// a pc in F
	call	runtime.morestackpreempt	// eax = the limit
	addl	$16, %esp
	LOAD_XMM
	leal	16(%ebp), %edx
	subl	8(%ebp), %edx			// less F's frame
	jb	.Lsplit				// split, on the hot segment if it can
	cmpl	%eax, %edx
	jbe	.Lsplit
	// F's frame fits: return to its body, popping the two words F pushed
	incl	4(%ebp)
	movl	more_eax(%esp), %eax
	movl	more_ecx(%esp), %ecx
	movl	more_edx(%esp), %edx
	movl	%ebp, %esp
	.cfi_remember_state
	.cfi_def_cfa_register esp
	popl	%ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore ebp
	ret	$8
	.cfi_restore_state

// The split report counts the split: F and the call site that called it.
.Lsplitprof:
	SAVE_XMM
	subl	$8, %esp			// 16-aligned at the call
	pushl	16(%ebp)			// F's return address
	pushl	4(%ebp)				// a pc in F
	call	runtime.splitprofadd
	addl	$16, %esp
	LOAD_XMM
	jmp	.Lhot

.Lslowebx:
	movl	more_ebx(%esp), %ebx
.Lslow:
	SAVE_XMM
	// Record the split in m, as the seed's morestack did.
	GET_M(%edx)
	movl	more_pc(%esp), %eax
	movl	%eax, m_morepc(%edx)
	leal	20(%ebp), %eax
	movl	%eax, m_moreargp(%edx)		// F's stack arguments
	movl	8(%ebp), %eax
	movl	%eax, m_moreframesize(%edx)
	movl	12(%ebp), %eax
	movl	%eax, m_moreargsize(%edx)
	movl	%esp, m_morebuf+gobuf_sp(%edx)	// lessstack resumes here
	movl	$.Lmorestack_return, m_morebuf+gobuf_pc(%edx)
	GET_G(%eax)
	movl	%eax, m_morebuf+gobuf_g(%edx)

	// newstack on m->g0's stack (16-aligned there)
.Lnewstack:
	movl	m_g0(%edx), %ecx
	SET_G(%ecx, %eax)
	movl	g_sched+gobuf_sp(%ecx), %esp
	call	runtime.newstack		// eax = the new segment's sp

	// F's body on the new segment, called from here so that its ret is
	// predicted; it returns to lessstack.
	movl	%eax, %esp
	GET_M(%edx)
	movl	m_curg(%edx), %ecx
	SET_G(%ecx, %eax)
	movdqa	-MORE_SAVE+more_xmm0+0x00(%ebp), %xmm0
	movdqa	-MORE_SAVE+more_xmm0+0x10(%ebp), %xmm1
	movdqa	-MORE_SAVE+more_xmm0+0x20(%ebp), %xmm2
.Lcallbody:
	movl	-MORE_SAVE+more_eax(%ebp), %eax
	movl	-MORE_SAVE+more_ecx(%ebp), %ecx
	movl	-MORE_SAVE+more_edx(%ebp), %edx
	movl	%esp, -MORE_SAVE+more_callsp(%ebp)
	call	*-MORE_SAVE+more_pc(%ebp)
	.globl runtime.lessstackpc
runtime.lessstackpc:			// where every split body returns
	// The results are in eax edx ecx and st0 st1: eax edx ecx go to the
	// save area, so that lessstack can work with them.
	movl	%eax, -MORE_SAVE+more_eax(%ebp)
	movl	%edx, -MORE_SAVE+more_edx(%ebp)
	movl	%ecx, -MORE_SAVE+more_ecx(%ebp)
	// What the body's ret popped of its arguments (4 for LLVM's hidden
	// sret pointer: `ret $4`), which F's caller expects popped too.
	// reflectcall (frame size 1, its mark) leaves its C caller none.
	movl	%esp, %eax
	subl	-MORE_SAVE+more_callsp(%ebp), %eax
	cmpl	$1, 8(%ebp)
	jne	1f
	xorl	%eax, %eax
1:	movl	%eax, -MORE_SAVE+more_pop(%ebp)
	// The hot unsplit (see morestack_amd64.S): m's hot-segment slot is
	// empty. The x87 results stay in place.
	GET_M(%ecx)
	cmpl	$0, m_hotseg(%ecx)
	jne	.Lslowless
	movl	m_curg(%ecx), %edx		// g
	movl	g_stackbase(%edx), %eax		// the Stktop
	cmpl	$0, stktop_free(%eax)
	je	.Lslowless			// no segment of its own
	pushl	stktop_free(%eax)
	popl	m_hotsegsize(%ecx)
	pushl	g_stackguard(%edx)
	popl	m_hotseg(%ecx)
	subl	$STACK_GUARD, m_hotseg(%ecx)	// the segment's base
	movl	stktop_stackguard(%eax), %ecx
	movl	%ecx, g_stackguard(%edx)
	movl	%ecx, %gs:TLS_STACKLIMIT
	movl	stktop_stackbase(%eax), %ecx
	movl	%ecx, g_stackbase(%edx)
// Both ways end here, with the frame as at entry, C's ebx esi edi and the
// x87 results in place, and the other results in the save area.
.Lunsplit:
	cmpl	$0, -MORE_SAVE+more_pop(%ebp)
	jne	.Lpopargs
	movl	-MORE_SAVE+more_eax(%ebp), %eax
	movl	-MORE_SAVE+more_edx(%ebp), %edx
	movl	-MORE_SAVE+more_ecx(%ebp), %ecx
	movl	%ebp, %esp
	.cfi_remember_state
	popl	%ebp				// C's ebp
	.cfi_def_cfa esp, 12
	.cfi_restore ebp
	ret	$8				// to F's ret, and on to C
	.cfi_restore_state
.Lpopargs:
	// F's ret after the call of __morestack is a plain ret (LLVM emits
	// no `ret $4` there): move the top of this frame (F's return into C,
	// the return into F, C's ebp) up by the bytes the body popped, so
	// that ret $8 and F's ret leave esp where C expects it. Top down:
	// no copy overwrites a word still to be read.
	movl	-MORE_SAVE+more_pop(%ebp), %eax
	movl	16(%ebp), %ecx
	movl	%ecx, 16(%ebp,%eax)
	movl	4(%ebp), %ecx
	movl	%ecx, 4(%ebp,%eax)
	movl	(%ebp), %ecx
	movl	%ecx, (%ebp,%eax)
	leal	(%ebp,%eax), %esp
	movl	-MORE_SAVE+more_eax(%ebp), %eax
	movl	-MORE_SAVE+more_edx(%ebp), %edx
	movl	-MORE_SAVE+more_ecx(%ebp), %ecx
	.cfi_remember_state
	popl	%ebp				// C's ebp, moved
	.cfi_def_cfa esp, 12
	.cfi_restore ebp
	ret	$8				// to F's ret, and on to C
	.cfi_restore_state
.Lslowless:
	leal	-MORE_SAVE(%ebp), %ecx		// the results are saved above
	movl	%ebx, more_ebx(%ecx)		// C's callee-saved registers
	movl	%esi, more_esi(%ecx)
	movl	%edi, more_edi(%ecx)
	// x87 results: oldstack and C run with the x87 stack empty, as the
	// ABI has it at a call. fxam finds st0 empty when C3 and C0 are set.
	movl	$0, more_nst(%ecx)
	fxam
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax
	je	1f
	fstpt	more_st0(%ecx)
	incl	more_nst(%ecx)
	fxam
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax
	je	1f
	fstpt	more_st1(%ecx)
	incl	more_nst(%ecx)
1:
	GET_M(%edx)
	movl	more_eax(%ecx), %eax
	movl	%eax, m_cret(%edx)		// the first result, as the seed kept it
	movl	m_g0(%edx), %esi
	SET_G(%esi, %eax)
	movl	g_sched+gobuf_sp(%esi), %esp
	// oldstack ends in gogo(&top->gobuf, m->cret). Jump, not call: the
	// return stack stays balanced, so the rets below are predicted.
	pushl	$.Lnoreturn
	jmp	runtime.oldstack
.Lnoreturn:
	ud2

// oldstack resumes here: esp = the save area, eax = m->cret. ebp comes
// back as the frame pointer; .Lunsplit restores the results.
.Lmorestack_return:
	.cfi_def_cfa esp, MORE_SAVE+16
	leal	MORE_SAVE(%esp), %ebp
	.cfi_def_cfa ebp, 16
	movl	%eax, more_eax(%esp)
	movl	more_ebx(%esp), %ebx
	movl	more_esi(%esp), %esi
	movl	more_edi(%esp), %edi
	cmpl	$1, more_nst(%esp)		// st1 first, so that st0 is on top
	jb	.Lunsplit
	je	1f
	fldt	more_st1(%esp)
1:	fldt	more_st0(%esp)
	jmp	.Lunsplit
	.size __morestack, .-__morestack

// void lessstack(void): the seed's name for where a body on a new segment
// returns (lessstackpc, the address __morestack's call pushes).
runtime.lessstack:
	.cfi_restore_state
	jmp	runtime.lessstackpc
	.cfi_endproc
	.size runtime.lessstack, .-runtime.lessstack

// reflectcall's and reflectcallstk's entry, as a prologue enters
// __morestack: pushes the argument bytes and frame size 1 (reflect.call's
// mark), calls into a __morestack frame, and records fn (their first
// argument, at 20(%ebp) there) as the body to call. Leaves edx = m.
.macro REFLECT_ENTER argbytes
	pushl	\argbytes
	.cfi_adjust_cfa_offset 4
	pushl	$1
	.cfi_adjust_cfa_offset 4
	// At the call, as __morestack's CFI has it: the caller's sp is the
	// one after ret $8 (so unwinders leaving __morestack land right).
	.cfi_adjust_cfa_offset -8
	call	1f
	// after the continuation's ret $8 popped the two. fn's x87 results
	// (a deferred function value's float), which reflectcall's C caller
	// does not take, come off the x87 stack: it must be empty here.
2:	fxam
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax			// st0 empty: C3 and C0 set
	je	3f
	fstp	%st(0)
	jmp	2b
3:	ret
1:
	.cfi_adjust_cfa_offset 12
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register ebp
	subl	$MORE_SAVE, %esp
	GET_M(%edx)
	movl	20(%ebp), %eax			// fn
	movl	%eax, m_morepc(%edx)
	movl	%eax, more_pc(%esp)
.endm

// The rest of the split's record in m (edx), then newstack's path.
.macro REFLECT_SPLIT
	movl	$1, m_moreframesize(%edx)
	movl	%esp, m_morebuf+gobuf_sp(%edx)
	movl	$.Lmorestack_return, m_morebuf+gobuf_pc(%edx)
	GET_G(%eax)
	movl	%eax, m_morebuf+gobuf_g(%edx)
	jmp	.Lnewstack
.endm

// void reflectcall(void (*fn)(void *), void *args): calls fn(args) past a
// new Stktop marked by the running panic (see morestack_amd64.S). Enters
// __morestack's path the way a prologue does; fn's one stack argument, the
// word args, is copied as a split's stack arguments are.
	.globl runtime.reflectcall
	.type runtime.reflectcall, @function
	.p2align 4
runtime.reflectcall:
	.cfi_startproc
	REFLECT_ENTER $4			// argument bytes: the word args
	leal	24(%ebp), %eax			// the word args
	movl	%eax, m_moreargp(%edx)
	movl	$4, m_moreargsize(%edx)
	REFLECT_SPLIT
	.cfi_endproc
	.size runtime.reflectcall, .-runtime.reflectcall

// void reflectcallstk(void (*fn)(), void *args, uint32 siz): calls fn
// with a copy of the siz-byte block at args as its stack arguments (the
// seed's reflect.call proper), past a new Stktop, like reflectcall.
	.globl runtime.reflectcallstk
	.type runtime.reflectcallstk, @function
	.p2align 4
runtime.reflectcallstk:
	.cfi_startproc
	REFLECT_ENTER 12(%esp)			// argument bytes: siz
	movl	24(%ebp), %eax			// args
	movl	%eax, m_moreargp(%edx)
	movl	28(%ebp), %eax			// siz
	movl	%eax, m_moreargsize(%edx)
	REFLECT_SPLIT
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
