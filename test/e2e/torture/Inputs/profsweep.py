#!/usr/bin/env python3
"""Runs existing e2e programs plain and under $GORTCPUPROFILE at 1000 Hz:
the profiled run's output and exit status must be the plain run's, its
output must pass the program's own CHECK lines (Go 1.19's output), and
its profile must pass profcheck.py and go tool pprof.

Usage: profsweep.py --src SRC --gort GORT --target T --out DIR PROG...
(PROG: a file name in test/e2e, then optionally `:` and the FileCheck
prefixes its own RUN lines use, e.g. math.go:CHECK,T-386). Prints a line per program and a last
line `profsweep: N of M ok`; exits 1 if any failed.
"""
import argparse
import os
import resource
import subprocess
import sys
import time


def nocore():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(cmd, env, timeout=120):
    """(exit status, output) of a run; a timeout is status 'timeout'."""
    try:
        p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout,
                           preexec_fn=nocore)
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b""
    return p.returncode, p.stdout


def check(a, spec, emulator):
    prog, _, prefixes = spec.partition(":")
    src = os.path.join(a.src, "test", "e2e", prog)
    base = os.path.join(a.out, os.path.splitext(prog)[0].replace("/", "-"))
    binary, prof = base, base + ".prof"
    r = subprocess.run([a.gort, "build", "--target=" + a.target, "-O2",
                        "-o", binary, src], capture_output=True, text=True)
    if r.returncode:
        return "build failed: " + (r.stderr.strip().splitlines() or ["?"])[0]
    env = dict(os.environ, GOMAXPROCS="2")
    env.pop("GORTCPUPROFILE", None)
    st0, out0 = run(emulator + [binary], env)
    penv = dict(env, GORTCPUPROFILE=prof, GORTCPUPROFILERATE="1000")
    st1, out1 = run(emulator + [binary], penv)
    if st1 != st0:
        return f"exit status {st1}, plain {st0}: " + \
            out1.decode(errors="replace")[-300:]
    if out1 != out0:
        with open(base + ".plain", "wb") as f:
            f.write(out0)
        with open(base + ".out", "wb") as f:
            f.write(out1)
        return f"output differs from the plain run's ({base}.plain, .out)"
    fc = subprocess.run(["FileCheck", src] + (
        ["--allow-unused-prefixes", "--check-prefixes=" + prefixes]
        if prefixes else []), input=out1, capture_output=True)
    if fc.returncode:
        return "FileCheck: " + fc.stderr.decode(errors="replace")[:300]
    pc = subprocess.run([sys.executable, os.path.join(
        a.src, "test", "tools", "profcheck.py"), "--binary", binary,
        "--hz", "1000", "--pprof", prof], capture_output=True, text=True)
    if pc.returncode:
        return pc.stdout.strip()
    return "ok: " + pc.stdout.strip().split(": ", 2)[2]


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--gort", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("progs", nargs="+")
    a = ap.parse_args(argv)
    sys.path.insert(0, os.path.join(a.src, "tools"))
    import gort_exec
    emulator = gort_exec.emulator(a.target)
    os.makedirs(a.out, exist_ok=True)
    ok = 0
    for prog in a.progs:
        start = time.time()
        res = check(a, prog, emulator)
        ok += res.startswith("ok")
        print(f"{prog}: {res} ({time.time() - start:.1f} s)", flush=True)
    print(f"profsweep: {ok} of {len(a.progs)} ok")
    return 0 if ok == len(a.progs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
