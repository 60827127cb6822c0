#!/usr/bin/env python3
"""Runs `GORT run --target=TARGET PROGRAM` with TMPDIR set to a fresh TMPDIR,
waits for the program's first line on standard error, sends SIGTERM to gort
(to gort only, as kill(1) does) and prints, for FileCheck: that line, the
rest of the output, 'exit status N' (gort's) and 'tmpdir: ...' (what is
left in TMPDIR, 'empty' when nothing).

Usage: run-signal.py GORT TARGET PROGRAM.go TMPDIR

gort and the program run in a session of their own, killed with SIGKILL if
gort is still there 60 s after the SIGTERM (printed) or the whole run takes
over 240 s: a lost signal fails the test instead of hanging it.
"""
import os
import shutil
import signal
import subprocess
import sys

gort, target, prog, tmp = sys.argv[1:5]
shutil.rmtree(tmp, ignore_errors=True)
os.makedirs(tmp)
p = subprocess.Popen([gort, "run", "--target=" + target, prog],
                     env=dict(os.environ, TMPDIR=tmp),
                     stderr=subprocess.PIPE, start_new_session=True)


def give_up(*_):
    os.killpg(p.pid, signal.SIGKILL)
    print("timed out")
    sys.exit(1)


signal.signal(signal.SIGALRM, give_up)
signal.alarm(240)
print(p.stderr.readline().decode(), end="", flush=True)
p.send_signal(signal.SIGTERM)
try:
    rc = p.wait(timeout=60)
except subprocess.TimeoutExpired:
    print("gort still running 60 s after SIGTERM")
    os.killpg(p.pid, signal.SIGKILL)
    rc = p.wait()
print(p.stderr.read().decode(), end="")
print(f"exit status {rc}")
print("tmpdir:", " ".join(sorted(os.listdir(tmp))) or "empty")
