#!/usr/bin/env python3
"""Runs a command, sends it SIGQUIT once it has printed a marker line, then
prints 'exit status N' after its output (as exitcode.py).

Usage: sigquit.py [--times=N] [--idle-m] MARKER COMMAND...  (stdout and
stderr together). The signal goes to the process 0.5s after the marker,
so that the program's goroutines have parked; with --times=N the command
runs N times, the signal going at a random moment 0.05s to 0.4s after the
marker, wherever the program then is. With --idle-m it goes instead to an
idle m's thread: one waiting on a private futex without a timeout (an
m's notesleep; /proc/PID/task/TID/syscall says), so that a goroutine in a
system call (a timed wait, a sleep) is printed from another thread. Each
run is bounded by 60s (then SIGKILL, and the status says so). A signal
shows as 'exit status -SIGNAL'.
"""
import ctypes
import os
import random
import signal
import subprocess
import sys
import threading
import time


FUTEX_WAIT_PRIVATE = 0x80


def descendants(pid):
    """pid and its descendants (the program runs under timeout, qemu)."""
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(d))
    found, queue = [], [pid]
    while queue:
        found.append(queue.pop())
        queue += children.get(found[-1], [])
    return found


def idle_thread(pid):
    """(process, thread) of a thread of pid or a descendant in an untimed
    private futex wait (under qemu the host's thread of a guest's: qemu's
    own threads wait on shared futexes), or exit 1."""
    for proc in descendants(pid):
        for tid in sorted(int(t) for t in os.listdir(f"/proc/{proc}/task")):
            with open(f"/proc/{proc}/task/{tid}/syscall") as f:
                words = f.read().split()
            # nr, then the arguments: uaddr, op, val, timeout, ...
            if (len(words) > 4 and int(words[2], 16) == FUTEX_WAIT_PRIVATE
                    and int(words[4], 16) == 0):
                return proc, tid
    sys.exit("sigquit.py: no thread waits as an idle m")


def signal_it(p, idle):
    if not idle:
        p.send_signal(signal.SIGQUIT)
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.tgkill(*idle_thread(p.pid), signal.SIGQUIT) != 0:
        sys.exit(f"sigquit.py: tgkill: {os.strerror(ctypes.get_errno())}")


def run(marker, cmd, delay, idle):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    timer = threading.Timer(60, p.kill)
    timer.start()
    for line in iter(p.stdout.readline, b""):
        sys.stdout.buffer.write(line)
        sys.stdout.flush()
        if line.rstrip(b"\n") == marker:
            time.sleep(delay())
            signal_it(p, idle)
    sys.stdout.flush()
    rc = p.wait()
    timer.cancel()
    print(f"exit status {rc}", flush=True)


args = sys.argv[1:]
times, delay, idle = 1, lambda: 0.5, False
while args[0].startswith("--"):
    opt = args.pop(0)
    if opt.startswith("--times="):
        times = int(opt[len("--times="):])
        delay = lambda: random.uniform(0.05, 0.4)
    elif opt == "--idle-m":
        idle = True
    else:
        sys.exit(f"sigquit.py: unknown option {opt}")
for _ in range(times):
    run(args[0].encode(), args[1:], delay, idle)
