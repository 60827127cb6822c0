#!/usr/bin/env python3
"""Runs a command, passes its output through, then prints 'exit status N'.

For tests of programs that must fail a particular way (Go exits 2 on a
fatal error): `%exitcode %run %t 2>&1 | FileCheck %s` with
`CHECK: exit status 2`. A signal shows as 'exit status -SIGNAL'; no core
file is written (GOTRACEBACK=crash aborts).

`%exitcode --as=BYTES CMD...` runs CMD with its address space limited
(RLIMIT_AS, the shell's `ulimit -v`), so that a program runs out of
memory quickly and without touching much of it (test/e2e/badenv).
"""
import resource
import subprocess
import sys

args = sys.argv[1:]
limit = None
if args and args[0].startswith("--as="):
    limit = int(args.pop(0)[len("--as="):], 0)


def limits():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


rc = subprocess.call(args, preexec_fn=limits)
sys.stdout.flush()
print(f"exit status {rc}")
