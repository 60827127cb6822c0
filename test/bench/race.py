#!/usr/bin/env python3
"""The cost of the race detector: Go 1.19's `-race` slowdown, and gort's.

Each program of PROGRAMS (every test/bench/programs/*.go but idle.go,
whose million goroutines would need tens of GB under the race detector's
shadow memory) and of E2E (the test/e2e programs that run for more than
50 ms under Go 1.19 and need no input, arguments or environment) is built
by `go build` and `go build -race` (GO111MODULE=off), and with --gort
BUILD also by `BUILD/bin/gort build -O2` and `gort build -O2 -race`. Each
binary runs REPEAT times, the builds interleaved, at the machine's default
GOMAXPROCS; a cell is the median wall clock of the whole process.

The table: program | Go (s) | Go -race (s) | Go slowdown, and with --gort
also gort (s) | gort -race (s) | gort slowdown | gort slowdown / Go's,
then the medians and ranges of the slowdowns and of their ratio.
Every run's output must be Go's (its `checksum` lines where it prints
some, else all of it) and its exit status 0: a race found in a program
(exit 66), another exit status, a wrong output, a timeout or a failed
build makes a failed cell (its reason in a note under the table), never
a crash of this script, and a slowdown of a failed cell is "-".

Usage: race.py [--gort BUILD] [--repeat N] [--timeout S] [NAME...]
  NAME... selects programs by name (default: all).
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = sorted(os.path.basename(p)[:-3]
                  for p in glob.glob(os.path.join(HERE, "programs", "*.go"))
                  if os.path.basename(p) != "idle.go")
# Only these two of test/e2e run for more than 50 ms under Go 1.19 on a
# quiet machine (about 0.5 s and 0.1 s; the next, results-split.go and
# slices-reused-memory.go, about 30 ms): the rest would measure start-up.
E2E = ["many-goroutines", "memstats-garbage"]
GO = ("/usr/lib/go-1.19/bin/go" if os.path.exists("/usr/lib/go-1.19/bin/go")
      else "go")
IMPLS = ["go", "go-race", "gort", "gort-race"]


def source(name):
    if name in E2E:
        return os.path.join(ROOT, "test", "e2e", name + ".go")
    return os.path.join(HERE, "programs", name + ".go")


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:100]
    return "(no output)"


def build(impl, name, gort, tmp):
    """The command line running impl's binary of name, or a failure
    reason (a string starting with "FAIL")."""
    out = os.path.join(tmp, f"{impl}-{name}")
    race = ["-race"] if impl.endswith("-race") else []
    if impl in ("go", "go-race"):
        cmd = [GO, "build"] + race + ["-o", out, source(name)]
        env = dict(os.environ, GO111MODULE="off")
    else:
        cmd = [gort, "build", "-O2"] + race + ["-o", out, source(name)]
        env = dict(os.environ)
    try:
        r = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True,
                           text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return "FAIL build timed out"
    if r.returncode != 0:
        return (f"FAIL build exit {r.returncode}: "
                + first_line(r.stderr + r.stdout))
    return [out]


def answer(text):
    """What must agree between runs: the checksum lines, else all."""
    sums = [l for l in text.splitlines() if l.startswith("checksum")]
    return sums or text


def run(cmd, timeout):
    """One run: (seconds, output) or (None, why it failed)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    elapsed = time.perf_counter() - start
    out = p.stdout + p.stderr
    if p.returncode == 66 and "WARNING: DATA RACE" in out:
        return None, "exit 66: a data race reported"
    if p.returncode != 0:
        return None, f"exit {p.returncode}: " + first_line(out)
    return elapsed, out


def measure(name, impls, gort, repeat, timeout, tmp, extra_args):
    """{impl: median seconds or "FAIL ..."} for one program."""
    cmds = {i: build(i, name, gort, tmp) for i in impls}
    times = {i: [] for i in impls}
    result = {i: c for i, c in cmds.items() if isinstance(c, str)}
    want = None
    for _ in range(repeat):
        for i in impls:
            if i in result:
                continue
            t, out = run(cmds[i] + extra_args, timeout)
            if t is None:
                result[i] = "FAIL " + out
                continue
            if want is None:  # Go's first answer, or the first there is
                want = answer(out)
            if answer(out) != want:
                result[i] = "FAIL wrong output: " + first_line(out)
                continue
            times[i].append(t)
    for i in impls:
        if i not in result:
            result[i] = statistics.median(times[i])
    return result


def cell(v):
    return "FAIL" if isinstance(v, str) else f"{v:.3f}"


def ratio(a, b):
    if isinstance(a, str) or isinstance(b, str) or not b:
        return None
    return a / b


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}x"


def main(argv):
    gort, repeat, timeout, names = None, 3, 120, []
    it = iter(argv)
    for a in it:
        if a == "--gort":
            gort = os.path.join(os.path.abspath(next(it)), "bin", "gort")
        elif a == "--repeat":
            repeat = int(next(it))
        elif a == "--timeout":
            timeout = float(next(it))
        elif a.startswith("-"):
            print(__doc__.strip(), file=sys.stderr)
            return 2
        else:
            names.append(a)
    everything = PROGRAMS + E2E
    unknown = [n for n in names if n not in everything]
    if unknown:
        print(f"race.py: unknown program: {' '.join(unknown)}",
              file=sys.stderr)
        return 2
    impls = IMPLS if gort else IMPLS[:2]
    head = "| program | Go (s) | Go -race (s) | Go slowdown |"
    if gort:
        head += (" gort (s) | gort -race (s) | gort slowdown "
                 "| gort slowdown / Go's |")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    sys.stdout.flush()
    notes, slowdowns, relative, faster = [], [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or everything:
            extra = []
            if name == "wordcount":  # reads the file run.py writes
                sys.path.insert(0, HERE)
                import run as bench_run
                extra = [bench_run.words_file(tmp)]
            r = measure(name, impls, gort, repeat, timeout, tmp, extra)
            go_s = ratio(r["go-race"], r["go"])
            if go_s is not None:
                slowdowns.append(go_s)
            row = (f"| {name} | {cell(r['go'])} | {cell(r['go-race'])} "
                   f"| {fmt_ratio(go_s)} |")
            if gort:
                gort_s = ratio(r["gort-race"], r["gort"])
                if gort_s and go_s:
                    relative.append(gort_s / go_s)
                    faster += r["gort-race"] < r["go-race"]
                row += (f" {cell(r['gort'])} | {cell(r['gort-race'])} "
                        f"| {fmt_ratio(gort_s)} "
                        f"| {fmt_ratio(ratio(gort_s, go_s) if gort_s else None)} |")
            print(row)
            sys.stdout.flush()
            notes += [f"- {name}, {i}: {v}" for i, v in r.items()
                      if isinstance(v, str)]
    if slowdowns:
        print(f"\nGo's slowdown: median {statistics.median(slowdowns):.2f}x, "
              f"range {min(slowdowns):.2f}x to {max(slowdowns):.2f}x "
              f"({len(slowdowns)} programs)")
    if relative:
        print(f"gort's slowdown / Go's: median "
              f"{statistics.median(relative):.2f}x, range "
              f"{min(relative):.2f}x to {max(relative):.2f}x; gort -race "
              f"faster than Go -race on {faster} of {len(relative)}")
    if notes:
        print("\nFailed cells:")
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
