// sys_linux_386.S: raw Linux system calls for the runtime (the seed era's
// sys_linux_386.s). No libc: these run on any stack. Each returns the
// kernel's result in %eax (-errno on failure).
//
// C ABI in: arguments on the stack, [esp+4] first. Kernel ABI: int $0x80,
// number in eax, arguments in ebx ecx edx esi edi ebp. ebx esi edi ebp are
// callee-saved in the C ABI, so they are saved around the trap.
//
// Frame after the four pushes:
//   esp+0  saved ebp    esp+16 return address
//   esp+4  saved edi    esp+20 argument 1, +24 argument 2, ... +40 argument 6
//   esp+8  saved esi
//   esp+12 saved ebx

.macro SYSCALL name, nr
	.text
	.globl \name
	.type \name, @function
	.p2align 4
\name:
	.cfi_startproc
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	pushl	%edi
	.cfi_adjust_cfa_offset 4
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	movl	20(%esp), %ebx		// argument 1
	movl	24(%esp), %ecx		// argument 2
	movl	28(%esp), %edx		// argument 3
	movl	32(%esp), %esi		// argument 4
	movl	36(%esp), %edi		// argument 5
	movl	40(%esp), %ebp		// argument 6
	movl	$\nr, %eax
	int	$0x80
	popl	%ebp
	.cfi_adjust_cfa_offset -4
	popl	%edi
	.cfi_adjust_cfa_offset -4
	popl	%esi
	.cfi_adjust_cfa_offset -4
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
	.size \name, .-\name
.endm

// int32 write(int32 fd, const void *p, int32 n)
SYSCALL runtime.write, 4
// void exit(int32 code): exit_group, every thread
SYSCALL runtime.exit, 252
// void exit1(int32 code): this thread only
SYSCALL runtime.exit1, 1
// int32 futex(uint32 *addr, int32 op, uint32 val, Timespec *ts, uint32 *addr2, uint32 val3)
SYSCALL runtime.futex, 240
// void *mmap(void *addr, uintptr n, int32 prot, int32 flags, int32 fd, uint32 off):
// mmap2, whose offset counts pages; the runtime passes 0.
SYSCALL runtime.mmap, 192
// int32 munmap(void *addr, uintptr n)
SYSCALL runtime.munmap, 91
// int32 madvise(void *addr, uintptr n, int32 advice)
SYSCALL runtime.madvise, 219
// int32 mprotect(void *addr, uintptr n, int32 prot)
SYSCALL runtime.mprotect, 125
// int32 sched_getaffinity(int32 pid, uintptr len, void *buf)
SYSCALL runtime.sched_getaffinity, 242
// int32 osyield(void): sched_yield
SYSCALL runtime.osyield, 158
// int32 nanosleep(Timespec *req, Timespec *rem)
SYSCALL runtime.nanosleep, 162
// int32 gettid(void)
SYSCALL runtime.gettid, 224

// Package syscall's (runtime/syscall_linux.cpp):
// int32 read(int32 fd, void *p, int32 n)
SYSCALL runtime.read, 3
// int32 open(const char *path, int32 flags, uint32 mode)
SYSCALL runtime.open, 5
// int32 closefd(int32 fd): close
SYSCALL runtime.closefd, 6
// int32 mkdir(const char *path, uint32 mode)
SYSCALL runtime.mkdir, 39
// int32 rmdir(const char *path)
SYSCALL runtime.rmdir, 40
// int32 unlink(const char *path)
SYSCALL runtime.unlink, 10
// int32 getpid(void)
SYSCALL runtime.getpid, 20
// int32 statx(int32 dirfd, const char *path, int32 flags, uint32 mask, void *buf)
SYSCALL runtime.statx, 383

	.section .note.GNU-stack,"",@progbits
