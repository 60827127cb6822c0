#!/usr/bin/env python3
"""gort-exec: run a program built for a target on this machine.

Usage: tools/gort-exec --target=amd64|386|arm PROGRAM [ARGS...]
       tools/gort-exec --target=T --how    prints how T's programs run here

amd64 runs natively and arm under qemu-arm. 386 runs natively where this
machine executes 32-bit x86 programs and under qemu-i386 where it does not
(a kernel built without IA32 emulation, or booted with ia32_emulation=0).
That is decided by running a tiny static i386 program, never from the
kernel's version or configuration. lit (test/lit.cfg.py), test/check.py and
make bench import this module for the same decision; the gort driver makes
it by falling back to qemu-i386 when exec fails with ENOEXEC.
"""
import os
import subprocess
import sys
import tempfile

QEMU_ARM = ["qemu-arm", "-L", "/usr/arm-linux-gnueabihf"]
QEMU_386 = ["qemu-i386"]

# exit(0) through int $0x80: no libc, so the probe needs no multilib.
PROBE_386 = "void _start(void) { __asm__ volatile(\"int $0x80\" :: \"a\"(1), \"b\"(0)); }\n"


def runs_i386_natively():
    """Whether this machine executes a static i386 program directly."""
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = os.path.join(tmp, "probe.c"), os.path.join(tmp, "probe")
        with open(src, "w") as f:
            f.write(PROBE_386)
        subprocess.check_call(["clang-19", "--target=i386-linux-gnu", "-static",
                               "-nostdlib", "-fuse-ld=lld", "-O1", src, "-o", exe])
        try:
            return subprocess.run([exe], timeout=30).returncode == 0
        except OSError:  # ENOEXEC: the kernel refuses 32-bit programs
            return False


_cache = {}


def emulator(target):
    """The command prefix that runs a program for target here ([] if none)."""
    if target not in _cache:
        if target == "arm":
            _cache[target] = QEMU_ARM
        elif target == "386":
            _cache[target] = [] if runs_i386_natively() else QEMU_386
        elif target == "amd64":
            _cache[target] = []
        else:
            raise ValueError(f"unknown target '{target}' (amd64, 386, arm)")
    return _cache[target]


def how(target):
    prefix = emulator(target)
    return f"under {prefix[0]}" if prefix else "natively"


def main(argv):
    if not argv or not argv[0].startswith("--target="):
        sys.stderr.write(__doc__)
        return 2
    target = argv[0][len("--target="):]
    try:
        prefix = emulator(target)
    except ValueError as e:
        sys.stderr.write(f"gort-exec: {e}\n")
        return 2
    if argv[1:] == ["--how"]:
        print(f"{target}: programs run {how(target)}")
        return 0
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    cmd = prefix + argv[1:]
    try:
        os.execvp(cmd[0], cmd)
    except OSError as e:
        sys.stderr.write(f"gort-exec: {cmd[0]}: {e.strerror}\n")
        return 127


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
