#!/usr/bin/env python3
"""The debugger tests' gdb, on every target: `%gdb-run PROGRAM GDB-ARGS...`.

Natively: gdb -batch -nx GDB-ARGS PROGRAM. With --qemu=EMULATOR (arm, and
386 where the kernel refuses 32-bit programs; EMULATOR is the command that
runs the target's programs, as tools/gort-exec decides): starts
`EMULATOR -g PORT PROGRAM` on a free local port and runs gdb-multiarch
attached to it; the program is already started there, so each `run` (in
-ex arguments or -x scripts) becomes `continue`. With --qemu and a core
file (-c CORE, one qemu wrote for its guest): gdb-multiarch on it, no stub.
"""
import os
import shlex
import subprocess
import sys
import tempfile
import time


def listening(port):
    """Whether something listens on the port, found without connecting:
    qemu's stub takes one connection only."""
    hexport = f":{port:04X}"
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            fields = line.split()
            if fields[1].endswith(hexport) and fields[3] == "0A":
                return True
    return False


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Natively, gdb 13 (Debian 12) may fail to read the registers of a thread
# that is exiting while the process ends (the runtime's monitor thread,
# say), and then exits 1 although every command did its work; FileCheck
# judges the output, so that one error alone does not fail a test. (Under
# qemu gdb's output must interleave with the program's as it comes.)
EXIT_RACE = "Couldn't get registers: No such process."


def rungdb(cmd):
    """Runs gdb, copying its output (stderr into stdout) and returning its
    status, 0 when the exit race above was its only error."""
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, errors="replace", timeout=120)
    sys.stdout.write(r.stdout)
    sys.stdout.flush()
    if r.returncode == 1 and EXIT_RACE in r.stdout:
        return 0
    return r.returncode


def continue_for_run(args, tmp):
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "-ex" and args[i + 1] == "run":
            out += ["-ex", "continue"]
            i += 2
        elif a == "-x":
            lines = open(args[i + 1]).read().splitlines()
            script = os.path.join(tmp, f"script{i}.gdb")
            with open(script, "w") as f:
                f.write("\n".join("continue" if l.strip() == "run" else l
                                  for l in lines) + "\n")
            out += ["-x", script]
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def main(argv):
    qemu = None
    if argv[0].startswith("--qemu="):
        qemu = shlex.split(argv[0][len("--qemu="):])
        argv = argv[1:]
    prog, gdbargs = argv[0], argv[1:]
    if not qemu:
        return rungdb(["gdb", "-batch", "-nx", *gdbargs, prog])
    if "-c" in gdbargs:
        # a core file (qemu's of its guest, test/tools/crash-core.py): no
        # stub, gdb-multiarch with the libraries qemu's -L gave the guest
        sysroot = qemu[qemu.index("-L") + 1] if "-L" in qemu else ""
        return rungdb(["gdb-multiarch", "-batch", "-nx",
                       "-iex", "set sysroot " + sysroot, *gdbargs, prog])
    port = free_port()
    stub = subprocess.Popen([*qemu, "-g", str(port), prog])
    try:
        for _ in range(200):
            if listening(port):
                break
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as tmp:
            cmd = ["gdb-multiarch", "-batch", "-nx", "-ex", "set pagination off",
                   "-ex", f"target remote :{port}",
                   *continue_for_run(gdbargs, tmp),
                   # gdb's output before qemu's farewell when gdb kills it
                   "-ex", "python gdb.flush()", prog]
            return subprocess.call(cmd, timeout=120)
    finally:
        stub.kill()
        stub.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
