// sys_linux_arm.S: raw Linux system calls for the runtime (the seed era's
// sys_linux_arm.s), EABI. No libc: these run on any stack. Each returns the
// kernel's result in r0 (-errno on failure).
//
// C ABI in: r0-r3, arguments 5 and 6 at [sp] and [sp+4]. Kernel ABI: svc #0,
// number in r7, arguments r0-r5. r4-r7 are callee-saved, so they are saved
// around the trap; after the push, arguments 5 and 6 are at [sp+16], [sp+20].

	.syntax unified
	.arm

.macro SYSCALL name, nr
	.text
	.globl \name
	.type \name, %function
	.p2align 2
\name:
	.cfi_startproc
	push	{r4-r7}
	.cfi_adjust_cfa_offset 16
	ldr	r4, [sp, #16]		// argument 5
	ldr	r5, [sp, #20]		// argument 6
	ldr	r7, =\nr
	svc	#0
	pop	{r4-r7}
	.cfi_adjust_cfa_offset -16
	bx	lr
	.cfi_endproc
	.ltorg
	.size \name, .-\name
.endm

// int32 write(int32 fd, const void *p, int32 n)
SYSCALL runtime.write, 4
// void exit(int32 code): exit_group, every thread
SYSCALL runtime.exit, 248
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
SYSCALL runtime.madvise, 220
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
SYSCALL runtime.statx, 397

	.section .note.GNU-stack,"",%progbits
