#!/usr/bin/env python3
"""Runs a program that crashes and keeps its core file:
`%crash-core CORE [EMULATOR...] PROGRAM`.

Runs PROGRAM (under EMULATOR, qemu-user, if given) in CORE's directory
with GOTRACEBACK=crash and an unlimited core size, bounded by a timeout,
passes its output through and prints 'exit status N' (as exitcode.py).
Then moves the core it left to CORE: the kernel's (core_pattern `core`,
or `core.PID` with core_uses_pid) natively; under qemu-user, the guest's
core qemu itself writes, qemu_PROG_DATE-TIME_PID.core. A core of qemu
itself is not wanted (qemu 7.2 aborts after writing the guest's and the
kernel would write a gigabyte for it, the same core size limit allowing
both): a directory named `core` in the way stops the kernel's, and any
that does appear (core_uses_pid) is deleted.
"""
import glob
import os
import resource
import subprocess
import sys


def cores(d):
    return set(glob.glob(os.path.join(d, "core")) +
               glob.glob(os.path.join(d, "core.[0-9]*")) +
               glob.glob(os.path.join(d, "qemu_*.core")))


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: crash-core.py CORE [EMULATOR...] PROGRAM")
    core, cmd = os.path.abspath(argv[0]), argv[1:]
    d = os.path.dirname(core)
    before = cores(d)
    emulated = len(cmd) > 1
    env = dict(os.environ, GOTRACEBACK="crash")

    def unlimited():
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY,
                                                  resource.RLIM_INFINITY))

    block = os.path.join(d, "core")
    if emulated and not os.path.exists(block):
        os.mkdir(block)
    try:
        rc = subprocess.call(cmd, cwd=d, env=env, preexec_fn=unlimited,
                             timeout=120)
    finally:
        if emulated and os.path.isdir(block):
            os.rmdir(block)
    sys.stdout.flush()
    print(f"exit status {rc}")
    new = cores(d) - before
    guest = [c for c in new if os.path.basename(c).startswith("qemu_")]
    host = [c for c in new if c not in guest]
    keep = guest if emulated else host
    for c in new:
        if c not in keep[:1]:
            os.remove(c)
    if not keep:
        print("crash-core: no core file in " + d)
        return 1
    os.replace(keep[0], core)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
