#!/usr/bin/env python3
"""Runs a command, passes its output through, then prints 'exit status N'.

For tests of programs that must fail a particular way (Go exits 2 on a
fatal error): `%exitcode %run %t 2>&1 | FileCheck %s` with
`CHECK: exit status 2`. A signal shows as 'exit status -SIGNAL'; no core
file is written (GOTRACEBACK=crash aborts).
"""
import resource
import subprocess
import sys


def nocore():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


rc = subprocess.call(sys.argv[1:], preexec_fn=nocore)
sys.stdout.flush()
print(f"exit status {rc}")
