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
// Results come back in eax, edx and x87 st0; lessstack keeps st0 only
// when it holds a value (fxam), so the x87 stack stays balanced.

#include "asm_386.h"

#define GET_G(reg) movl %gs:runtime.g@ntpoff, reg
#define GET_M(reg) movl %gs:runtime.m@ntpoff, reg
#define SET_G(greg, tmp) \
	movl greg, %gs:runtime.g@ntpoff; \
	movl g_stackguard(greg), tmp; movl tmp, %gs:TLS_STACKLIMIT

	.text
	.globl __morestack
	.type __morestack, @function
	.globl runtime.lessstack
	.type runtime.lessstack, @function
	.p2align 4
__morestack:
	.cfi_startproc
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

	// Record the split in m, as the seed's morestack did.
	GET_M(%edx)
	movl	4(%ebp), %eax
	incl	%eax				// F's body: after its ret
	movl	%eax, m_morepc(%edx)
	movl	%eax, more_pc(%esp)
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
	movl	-MORE_SAVE+more_eax(%ebp), %eax
	movl	-MORE_SAVE+more_ecx(%ebp), %ecx
	movl	-MORE_SAVE+more_edx(%ebp), %edx
	call	*-MORE_SAVE+more_pc(%ebp)
	.globl runtime.lessstackpc
runtime.lessstackpc:			// where every split body returns
	leal	-MORE_SAVE(%ebp), %ecx
	movl	%eax, more_eax(%ecx)		// results
	movl	%edx, more_edx(%ecx)
	movl	%ebx, more_ebx(%ecx)		// C's callee-saved registers
	movl	%esi, more_esi(%ecx)
	movl	%edi, more_edi(%ecx)
	movl	$0, more_st0ok(%ecx)
	fxam					// st0 empty: C3 and C0 set
	fnstsw	%ax
	andw	$0x4500, %ax
	cmpw	$0x4100, %ax
	je	1f
	fstpt	more_st0(%ecx)
	movl	$1, more_st0ok(%ecx)
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

// oldstack resumes here: esp = the save area, eax = m->cret.
.Lmorestack_return:
	.cfi_def_cfa esp, MORE_SAVE+8
	movl	more_edx(%esp), %edx
	movl	more_ebx(%esp), %ebx
	movl	more_esi(%esp), %esi
	movl	more_edi(%esp), %edi
	cmpl	$0, more_st0ok(%esp)
	je	1f
	fldt	more_st0(%esp)
1:
	addl	$MORE_SAVE, %esp
	.cfi_def_cfa_offset 8
	popl	%ebp				// C's ebp
	.cfi_def_cfa_offset 4
	.cfi_restore ebp
	ret	$8				// to F's ret, and on to C
	.size __morestack, .-__morestack

// void lessstack(void): the seed's name for where a body on a new segment
// returns (lessstackpc, the address __morestack's call pushes).
runtime.lessstack:
	.cfi_restore_state
	jmp	runtime.lessstackpc
	.cfi_endproc
	.size runtime.lessstack, .-runtime.lessstack

// void reflectcall(void (*fn)(void *), void *args): calls fn(args) past a
// new Stktop marked by the running panic (see morestack_amd64.S). Enters
// __morestack's path the way a prologue does; fn's one stack argument, the
// word args, is copied as a split's stack arguments are.
	.globl runtime.reflectcall
	.type runtime.reflectcall, @function
	.p2align 4
runtime.reflectcall:
	.cfi_startproc
	pushl	$4				// argument bytes: args
	.cfi_adjust_cfa_offset 4
	pushl	$1				// frame size 1: reflect.call's mark
	.cfi_adjust_cfa_offset 4
	call	1f
	ret			// after the continuation's ret $8 popped the two
1:
	.cfi_adjust_cfa_offset 4
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
	leal	24(%ebp), %eax			// the word args
	movl	%eax, m_moreargp(%edx)
	movl	$1, m_moreframesize(%edx)
	movl	$4, m_moreargsize(%edx)
	movl	%esp, m_morebuf+gobuf_sp(%edx)
	movl	$.Lmorestack_return, m_morebuf+gobuf_pc(%edx)
	GET_G(%eax)
	movl	%eax, m_morebuf+gobuf_g(%edx)
	jmp	.Lnewstack
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
	pushl	12(%esp)			// argument bytes: siz
	.cfi_adjust_cfa_offset 4
	pushl	$1				// frame size 1: reflect.call's mark
	.cfi_adjust_cfa_offset 4
	call	1f
	ret			// after the continuation's ret $8 popped the two
1:
	.cfi_adjust_cfa_offset 4
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
	movl	24(%ebp), %eax			// args
	movl	%eax, m_moreargp(%edx)
	movl	$1, m_moreframesize(%edx)
	movl	28(%ebp), %eax			// siz
	movl	%eax, m_moreargsize(%edx)
	movl	%esp, m_morebuf+gobuf_sp(%edx)
	movl	$.Lmorestack_return, m_morebuf+gobuf_pc(%edx)
	GET_G(%eax)
	movl	%eax, m_morebuf+gobuf_g(%edx)
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
