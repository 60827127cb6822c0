#!/usr/bin/env python3
"""Checks a CPU profile as Go 1.19's `go tool pprof` reads it.

Usage: pprof-check.py [--go=GO] BINARY PROFILE CHECK...

Runs `GO tool pprof -raw BINARY PROFILE` (GO defaults to Go 1.19's go),
turns each sample into its stack of function names, leaf first (an
inlined call is a frame of its own; a frame pprof cannot name is '?'),
prints a summary and checks, each a share of the samples, counted by
their count, never an exact number of them:

  --named-leaf            a leaf in the signal machinery (the assembly
                          runtime.asyncPreempt, where sysmon's preemption
                          signal had just stopped the function below it;
                          386's runtime.sigreturntls, the way back from a
                          signal handler) or one pprof cannot name is
                          dropped, so that the sample counts to the
                          function it interrupted
  --exclude=FUNC          samples with FUNC on their stack are not
                          counted at all (runtime.sysmon: see below)

  --min-samples=N         at least N samples in all
  --flat=FUNC:MIN         FUNC is the leaf of at least MIN (0..1) of them
  --cum=FUNC:MIN          FUNC is on the stack of at least MIN of them
  --reach=FUNC:ROOT:MIN   of the samples with FUNC on their stack, at least
                          MIN reach ROOT through FUNC alone: from FUNC's
                          leafmost frame on, FUNC's frames and then ROOT
  --depth=FUNC:N          some stack holds at least N frames of FUNC

Exits 1, naming the failed checks, if any fails; 2 if pprof fails.

Why sysmon's samples may be left out: ITIMER_PROF is the process's, and
the kernel sends its SIGPROF to a thread that does not block it. When it
expires just as the running thread enters a signal handler (sysmon's
preemption signal, SIGURG, comes on the same clock tick), or under qemu,
which blocks the host's signals at times, it goes to sysmon's sleeping
thread instead: those samples stand for the busy thread's CPU time.
"""
import argparse
import re
import subprocess
import sys

GO = "/usr/lib/go-1.19/bin/go"


def run_pprof(go, binary, profile):
    """pprof's -raw text of the profile, or exits 2."""
    r = subprocess.run([go, "tool", "pprof", "-raw", binary, profile],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit(2)
    return r.stdout


def parse(raw):
    """[(count, [function, ...leaf first])] of the -raw text."""
    samples, locs, section, last = [], {}, None, None
    for line in raw.splitlines():
        if line in ("Samples:", "Locations", "Mappings"):
            section = line
            continue
        if section == "Samples:":
            m = re.match(r"^\s*(\d+)\s+\d+: ([\d ]+)$", line)
            if m:
                samples.append((int(m.group(1)), m.group(2).split()))
        elif section == "Locations":
            # "    ID: 0xADDR M=1 FUNC FILE:LINE s=N", an inlined caller's
            # line indented under it; no FUNC (an empty one) if unnamed.
            m = re.match(r"^\s*(\d+): 0x[0-9a-f]+ (?:M=\d+ )?(.*)$", line)
            if m:
                last = m.group(1)
                locs[last] = [name(m.group(2))]
            elif last and line.startswith(" " * 13):
                locs[last].append(name(line.strip()))
    return [(n, [f for i in ids for f in locs.get(i, ["?"])])
            for n, ids in samples]


def name(line):
    """The function of a location's line: its first word, '?' if none."""
    words = line.split(" ")
    return words[0] if words[0] and ":" not in words[0] else "?"


# Leaves that stand for the function they interrupted (--named-leaf).
SIGNAL_LEAVES = {"?", "runtime.asyncPreempt", "runtime.sigreturntls"}


def named(stack):
    """stack without its signal-machinery leaf frames, unless all are."""
    i = 0
    while i < len(stack) - 1 and stack[i] in SIGNAL_LEAVES:
        i += 1
    return stack[i:]


def reaches(stack, func, root):
    """Whether stack goes from its leafmost func through func to root."""
    if func not in stack:
        return False
    i = stack.index(func)
    while i < len(stack) and stack[i] == func:
        i += 1
    return i < len(stack) and stack[i] == root


def split(spec, n):
    parts = spec.rsplit(":", n - 1)
    if len(parts) != n:
        sys.exit(f"pprof-check: malformed check '{spec}'")
    return parts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go", default=GO)
    ap.add_argument("--min-samples", type=int, default=1)
    ap.add_argument("--named-leaf", action="store_true")
    ap.add_argument("--exclude", action="append", default=[])
    for opt in ("--flat", "--cum", "--reach", "--depth"):
        ap.add_argument(opt, action="append", default=[])
    ap.add_argument("binary")
    ap.add_argument("profile")
    a = ap.parse_args()
    samples = parse(run_pprof(a.go, a.binary, a.profile))
    samples = [(n, s) for n, s in samples
               if not any(f in s for f in a.exclude)]
    if a.named_leaf:
        samples = [(n, named(s)) for n, s in samples]
    total = sum(n for n, _ in samples)
    failed = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failed.append(what)

    def share(pred):
        return sum(n for n, s in samples if pred(s)) / total if total else 0.0

    check(total >= a.min_samples, f"{total} samples, at least {a.min_samples}")
    for spec in a.flat:
        func, low = split(spec, 2)
        got = share(lambda s: s[:1] == [func])
        check(got >= float(low), f"flat {func} {got:.2f} >= {low}")
    for spec in a.cum:
        func, low = split(spec, 2)
        got = share(lambda s: func in s)
        check(got >= float(low), f"cum {func} {got:.2f} >= {low}")
    for spec in a.reach:
        func, root, low = split(spec, 3)
        with_func = sum(n for n, s in samples if func in s)
        reached = sum(n for n, s in samples if reaches(s, func, root))
        got = reached / with_func if with_func else 0.0
        check(got >= float(low),
              f"reach {func} -> {root} {got:.2f} of {with_func} >= {low}")
    for spec in a.depth:
        func, low = split(spec, 2)
        deepest = max((s.count(func) for _, s in samples), default=0)
        check(deepest >= int(low), f"depth {func} {deepest} >= {low}")
    if failed:
        stacks = {}
        for n, s in samples:
            stacks[" < ".join(s)] = stacks.get(" < ".join(s), 0) + n
        print("stacks, leaf first:")
        for s, n in sorted(stacks.items(), key=lambda x: -x[1])[:20]:
            print(f"{n:6d} {s}")
        sys.exit(1)


if __name__ == "__main__":
    main()
