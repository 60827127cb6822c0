#!/usr/bin/env python3
"""make bench: the runtime and the compiler, side by side with Go 1.19 and gccgo 12.

Two tables, both from the same run:

1. The runtime. Each benchmark is a C program against libgort
   (test/bench/c/NAME.c) and the same measurement in Go
   (test/bench/go/bench.go NAME), built by `go build` and by `gccgo -O2`
   where installed. Channel benchmarks run at GOMAXPROCS=1 and 2, the
   others at 1; each program reports its own figures.

2. The compiler. Each Go program in test/bench/programs/NAME.go is built by
   `gort build -O2`, by `go build` (GO111MODULE=off) and by `gccgo-12 -O2`,
   and run at GOMAXPROCS=1 and 2 (idle, a million goroutines at once, at
   1 only, and not by gccgo, whose million would take 11 GB). The time is the wall clock of the whole
   process, measured here (process start-up is included for all three
   alike), and beside it the process's peak resident set size (ru_maxrss
   from wait4, taken by the small helper maxrss.c; under an emulator, the
   emulator's). Every program prints a line `checksum ...`; the three must
   agree on every run, and a time is never reported for a wrong answer: a
   mismatch, a crash or a timeout makes the row fail and run.py exit 1. A
   program gort cannot compile is reported as a failed row with gort's
   first error, and does not by itself change the exit status.

   A program with a C twin (test/bench/programs/c/NAME.c, the same
   statements without Go's semantics: no bounds checks, no split stacks)
   is also built by `clang-19 -O3 -ffp-contract=off` on amd64: what LLVM
   makes of the same algorithm, a ceiling for gort's time. Its checksum
   must agree too.

   The programs of the issue "Memory" (binary-trees, churn, wordfreq,
   strbuild) also show each implementation's longest garbage-collection
   pause, taken from one extra run per row with the collector's trace on
   (never from the timed runs, which run untraced):
   - gort: env GOGCTRACE=1; its runtime prints Go 1.0's line per
     collection, in microseconds: `gc%d: %D+%D+%D us %D -> %D MB ...`.
     The world is stopped for all three phases (mark, sweep, finish), so
     a pause is their sum; the heap is the "before" figure.
   - Go 1.19: env GODEBUG=gctrace=1; its line is `gc N @Ts P%: A+B+C ms
     clock, ... X->Y->Z MB, ...`. A (sweep termination) and C (mark
     termination) stop the world, B (marking) is concurrent, so a pause is
     A+C (each as Go rounds it: two digits, at most three decimals); the
     heap is the largest of X, Y and Z.
   The cell is the longest pause in ms, the number of collections and the
   largest heap in MB; "-" for the other programs, for gccgo, and for an
   implementation that printed no trace line (gort's runtime before its
   collector). The traced run's checksum must agree too, and its crash or
   timeout fails the row like a timed run's.

3. The profiler's cost. The programs of PROFILED_PROGRAMS (fib: calls;
   pingpong: channels, the scheduler) also run, with the same gort binary,
   under env GORTCPUPROFILE=FILE at the default 100 Hz, interleaved with
   the other runs; a third table shows the gort-profiled and unprofiled
   medians and their ratio (no Go column: Go's profiler is started by the
   program itself). Every profiled run's file must pass
   test/tools/profcheck.py and its checksum agree, or the row fails. The
   same programs run once more under env GORTDEBUG=splitprof=1 (the
   split-stack report, printed at exit): its cost is the table's last
   ratio.

Every binary runs REPEAT times, the implementations interleaved; the tables
show medians and gort/Go ratios. binarytrees20 runs at GOMAXPROCS=1 only,
and on 386 and arm only when named (see PROGRAMS_64BIT).

Usage: run.py BUILD [--runtime | --programs] [NAME...]
  --runtime: only the runtime table; --programs: only the program table.
  NAME... selects benchmarks and programs by name (default: all).
  env REPEAT: runs of each binary (default 5)
  env BENCH_TARGET: amd64 (default), 386 or arm. On 386 and arm Go 1.19
  cross-compiles (GOARCH) and gccgo is not run; arm runs under qemu-arm,
  and 386 under qemu-i386 where the kernel cannot execute 32-bit programs
  (tools/gort-exec decides): figures under qemu are information only.
"""
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCHES = ["gosched", "spawn", "hotsplit", "idle", "wakeups",
           "roundtrip", "buffered", "selectrt", "ring"]
# The channel benchmarks run at GOMAXPROCS=1 and 2, the rest at 1.
PROCS = {"roundtrip": [1, 2], "buffered": [1, 2], "selectrt": [1, 2],
         "ring": [1, 2]}
# The compiler's programs (test/bench/programs/NAME.go), all at both.
PROGRAMS = ["fib", "sieve", "pingpong", "spawn", "ring", "deep",
            # Tier 2: data (arrays, slices, strings, maps, structs, floats).
            "nbody", "spectralnorm", "fannkuch", "wordfreq", "strbuild",
            "structs",
            # The issue "Memory": allocation and the collector.
            "binarytrees18", "binarytrees20", "churn",
            # Tier 3: interfaces.
            "dispatch", "typeswitch", "assert",
            # The library: fmt and strconv, sort, os and bufio.
            "fmtformat", "sortints", "wordcount",
            # The issue "Scale": a million goroutines alive at once.
            "idle"]
PROGRAM_PROCS = [1, 2]
# Programs that read an input file run.py writes: its path is their
# argument (the functions are defined below).
PROGRAM_INPUTS = {"wordcount": lambda tmp: words_file(tmp)}
# binarytrees20 runs at GOMAXPROCS=1 only, the row its issue measures: a
# row of it takes about 8 minutes at REPEAT=5 (binarytrees18 has both).
PROGRAM_PROCS_OF = {"binarytrees20": [1], "idle": [1]}
# Left out on 32-bit targets unless named: under qemu it runs for more
# than a minute per run (with the collector it fits: about 130 MB).
PROGRAMS_64BIT = {"binarytrees20", "idle"}
# Not built by gccgo: its million goroutines would take 11 GB (the runtime
# table's idle measures it with 200,000).
PROGRAMS_NO_GCCGO = {"idle"}
# The programs whose garbage-collection pauses are shown (issue "Memory"),
# and how each implementation is told to trace its collections.
GC_PROGRAMS = {"binarytrees18", "binarytrees20", "churn", "wordfreq",
               "strbuild"}
GC_TRACE_ENV = {"gort": {"GOGCTRACE": "1"}, "go": {"GODEBUG": "gctrace=1"}}
# The programs also run with gort's cpu profiler on ($GORTCPUPROFILE, at
# its default 100 Hz): implementation "gort-prof", the same binary.
PROFILED_PROGRAMS = {"fib", "pingpong"}
PROFCHECK = os.path.join(ROOT, "test", "tools", "profcheck.py")
GORT_GC_LINE = re.compile(
    r"^gc(\d+): (\d+)\+(\d+)\+(\d+) us (\d+) -> (\d+) MB")
GO_GC_LINE = re.compile(
    r"^gc (\d+) @[\d.]+s \d+%: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock, "
    r".* (\d+)->(\d+)->(\d+) MB, ")
PROGRAM_TIMEOUT = 300  # seconds per run
REPEAT = int(os.environ.get("REPEAT", "5"))
TARGET = os.environ.get("BENCH_TARGET", "amd64")
GOARCH = {"amd64": "amd64", "386": "386", "arm": "arm"}[TARGET]
sys.path.insert(0, os.path.join(ROOT, "tools"))
import gort_exec  # noqa: E402
QEMU = gort_exec.emulator(TARGET)
HOW = (f"under {QEMU[0]}: figures are information only" if QEMU
       else "natively")


# A program of goroutines, channels and a panic recovered: Go 1.19's run
# time on TARGET, checked once under the emulator before Go is timed there.
GO_PROBE = """package main

func main() {
	c := make(chan int)
	for i := 0; i < 100; i++ {
		go func(i int) { c <- i }(i)
	}
	s := 0
	for i := 0; i < 100; i++ {
		s += <-c
	}
	defer func() { println("probe", s, recover() != nil) }()
	panic(s)
}
"""
_go_runs = None


def go_runs_here():
    """Whether Go 1.19's binaries for TARGET run here. Natively they do;
    under qemu-i386 Go 1.19's 386 run time crashes (qemu-user 7.2 gets its
    thread-local g wrong: "fatal: morestack on g0", "bad g in signal
    handler"), so there is then no Go column, and the note says why."""
    global _go_runs
    if _go_runs is None:
        _go_runs = bool(shutil.which("go"))
        if _go_runs and QEMU:
            with tempfile.TemporaryDirectory() as tmp:
                src, out = os.path.join(tmp, "probe.go"), os.path.join(tmp, "probe")
                with open(src, "w") as f:
                    f.write(GO_PROBE)
                subprocess.check_call(["go", "build", "-o", out, src], cwd=tmp,
                                      env=dict(os.environ, GO111MODULE="off",
                                               GOARCH=GOARCH, GOARM="7"))
                runs = [subprocess.run(QEMU + [out], capture_output=True,
                                       text=True, timeout=60)
                        for _ in range(3)]
                _go_runs = all(r.returncode == 0 and
                               r.stderr.strip() == "probe 4950 true"
                               for r in runs)
            if not _go_runs:
                print(f"note: Go 1.19's {TARGET} binaries crash under "
                      f"{QEMU[0]} on this machine; no Go column\n")
    return _go_runs


def build(build_dir, tmp):
    bins = {}
    for b in BENCHES:
        out = os.path.join(tmp, "gort-" + b)
        subprocess.check_call([os.path.join(ROOT, "tools", "gort-cc"),
                               "--build=" + build_dir, "--target=" + TARGET,
                               "-O2",
                               os.path.join(HERE, "c", b + ".c"), "-o", out])
        bins[("gort", b)] = QEMU + [out]
    src = os.path.join(HERE, "go", "bench.go")
    if go_runs_here():
        out = os.path.join(tmp, "go-bench")
        subprocess.check_call(["go", "build", "-o", out, src],
                              env=dict(os.environ, GO111MODULE="off",
                                       GOARCH=GOARCH, GOARM="7"))
        for b in BENCHES:
            if b != "hotsplit":
                bins[("go", b)] = QEMU + [out, b]
    gccgo = shutil.which("gccgo-12") or shutil.which("gccgo")
    if gccgo and TARGET == "amd64":
        out = os.path.join(tmp, "gccgo-bench")
        subprocess.check_call([gccgo, "-O2", "-o", out, src])
        for b in BENCHES:
            if b != "hotsplit":
                bins[("gccgo", b)] = [out, b]
    return bins


def run(cmd, impl, bench, procs):
    env = dict(os.environ, GOMAXPROCS=str(procs))
    if impl == "gccgo" and bench == "idle":
        env["BENCH_N"] = "200000"  # 11 KB each: a million would take 11 GB
    if TARGET != "amd64" and bench == "idle":
        env["BENCH_N"] = "100000"  # 32-bit: a million segments exceed 4 GB
    p = subprocess.run(cmd, env=env, capture_output=True, text=True,
                       timeout=600)
    out = p.stdout + p.stderr  # the C programs print with the runtime's printf
    res = {}
    for line in out.splitlines():
        name, value, unit = line.split()
        res[name] = (float(value), unit)
    return res


def runtime_table(build_dir, names):
    with tempfile.TemporaryDirectory() as tmp:
        bins = build(build_dir, tmp)
        rows = []
        for b in names:
          for procs in PROCS.get(b, [1]):
            samples = {}
            for _ in range(REPEAT if b != "idle" else max(1, REPEAT // 2)):
                for impl in ("gort", "go", "gccgo"):
                    if (impl, b) in bins:
                        for k, v in run(bins[(impl, b)], impl, b, procs).items():
                            samples.setdefault((k, v[1]), {}).setdefault(impl, []).append(v[0])
            for (metric, unit), per in samples.items():
                med = {i: statistics.median(v) for i, v in per.items()}
                rows.append((metric, procs, unit, med))
    print(f"{TARGET} ({HOW}): medians of {REPEAT} runs; "
          "ratio = gort / Go 1.19")
    print()
    print("| metric | GOMAXPROCS | unit | gort | Go 1.19 | gccgo 12 | gort/Go |")
    print("|---|---|---|---|---|---|---|")
    for metric, procs, unit, med in rows:
        cell = lambda i: f"{med[i]:.1f}" if i in med else "-"
        ratio = (f"{med['gort'] / med['go']:.2f}"
                 if "go" in med and med.get("go") and "gort" in med else "-")
        print(f"| {metric} | {procs} | {unit} | {cell('gort')} | {cell('go')} | {cell('gccgo')} | {ratio} |")


def first_line(text):
    """The first non-empty line of a tool's output, for a failed row."""
    for line in text.splitlines():
        if line.strip():
            return line.strip().replace("|", "/")
    return "no output"


def build_programs(build_dir, names, tmp):
    """Build every program with each implementation present for TARGET.

    Returns (bins, failed): bins maps (impl, name) to a command line;
    failed maps (impl, name) to why it did not build. A program Go 1.19 or
    gccgo rejects is a broken benchmark, not a finding: that raises."""
    bins, failed = {}, {}
    gort = os.path.join(os.path.abspath(build_dir), "bin", "gort")
    gccgo = shutil.which("gccgo-12") or shutil.which("gccgo")
    for p in names:
        src = os.path.join(HERE, "programs", p + ".go")
        out = os.path.join(tmp, "gort-" + p)
        r = subprocess.run([gort, "build", "-O2", "--target=" + TARGET,
                            "-o", out, src], capture_output=True, text=True)
        if r.returncode == 0:
            bins[("gort", p)] = QEMU + [out]
            if p in PROFILED_PROGRAMS:
                bins[("gort-prof", p)] = QEMU + [out]
                bins[("gort-split", p)] = QEMU + [out]
        else:
            failed[("gort", p)] = (f"gort build exit {r.returncode}: "
                                   + first_line(r.stderr + r.stdout))
        if go_runs_here():
            out = os.path.join(tmp, "go-" + p)
            subprocess.check_call(["go", "build", "-o", out, src], cwd=tmp,
                                  env=dict(os.environ, GO111MODULE="off",
                                           GOARCH=GOARCH, GOARM="7"))
            bins[("go", p)] = QEMU + [out]
        if gccgo and TARGET == "amd64" and p not in PROGRAMS_NO_GCCGO:
            out = os.path.join(tmp, "gccgo-" + p)
            subprocess.check_call([gccgo, "-O2", "-o", out, src])
            bins[("gccgo", p)] = [out]
        csrc = os.path.join(HERE, "programs", "c", p + ".c")
        if os.path.exists(csrc) and TARGET == "amd64":
            out = os.path.join(tmp, "clang-" + p)
            subprocess.check_call(["clang-19", "-O3", "-ffp-contract=off",
                                   "-o", out, csrc])
            bins[("clang", p)] = [out]
        if p in PROGRAM_INPUTS:
            path = PROGRAM_INPUTS[p](tmp)
            for key in bins:
                if key[1] == p:
                    bins[key] = bins[key] + [path]
    return bins, failed


def words_file(tmp):
    """wordcount's input: 100 MB of lines of pseudo-random words (a fixed
    xorshift stream), mostly lower-case ASCII with some UTF-8, written
    once per run of make bench."""
    path = os.path.join(tmp, "words.txt")
    alphabet = "abcdefghijklmnopqrstuvwxyzé世"
    x = 88172645463325252
    lines = []
    for _ in range(20000):
        words = []
        for _ in range(1 + x % 13):
            x ^= (x << 13) & (2**64 - 1)
            x ^= x >> 7
            x ^= (x << 17) & (2**64 - 1)
            n = 1 + x % 9
            words.append("".join(alphabet[(x >> (5 * i)) % len(alphabet)]
                                 for i in range(n)))
        lines.append(" ".join(words) + ("\t" if x % 7 == 0 else ""))
    chunk = ("\n".join(lines) + "\n").encode()
    with open(path, "wb") as f:
        for _ in range(100 * 2**20 // len(chunk) + 1):
            f.write(chunk)
    return path


def build_maxrss(tmp):
    """test/bench/maxrss.c, the helper that reports a run's peak RSS."""
    out = os.path.join(tmp, "maxrss")
    subprocess.check_call(["clang-19", "-O2", "-static", "-fuse-ld=lld",
                           os.path.join(HERE, "maxrss.c"), "-o", out])
    return out


def run_program(cmd, procs, maxrss, extra_env=None):
    """One run: (seconds, peak RSS in bytes, checksum) or (None, None, why
    it is not an answer).

    The peak RSS is the process's maximum resident set size as the kernel
    reports it to wait4 (ru_maxrss; under an emulator, the emulator's),
    taken by the helper maxrss (see maxrss.c for why not here)."""
    env = dict(os.environ, GOMAXPROCS=str(procs), **(extra_env or {}))
    with tempfile.TemporaryDirectory() as tmp:
        rssfile = os.path.join(tmp, "rss")
        start = time.perf_counter()
        # Its own session, so that a timeout kills the helper's child too.
        p = subprocess.Popen([maxrss, rssfile] + cmd, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
        try:
            out, err = p.communicate(timeout=PROGRAM_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            return None, None, f"timed out after {PROGRAM_TIMEOUT} s"
        elapsed = time.perf_counter() - start
        rss = None
        if os.path.exists(rssfile):
            with open(rssfile) as f:
                rss = int(f.read()) * 1024  # Linux reports kilobytes
    # println writes to standard error.
    sums = [l.strip() for l in (out + err).splitlines()
            if l.startswith("checksum")]
    if p.returncode != 0:
        return None, None, f"exit {p.returncode}: " + first_line(err + out)
    if len(sums) != 1:
        return None, None, f"{len(sums)} checksum lines"
    return elapsed, rss, sums[0][len("checksum"):].strip()


def gc_pause(impl, line):
    """(pause in ms, heap in MB) from one line of impl's GC trace, or None
    if the line is not one."""
    if impl == "gort":
        m = GORT_GC_LINE.match(line)
        if m:
            mark, sweep, finish, before = (int(m.group(i))
                                           for i in (2, 3, 4, 5))
            return (mark + sweep + finish) / 1000, before
    elif impl == "go":
        m = GO_GC_LINE.match(line)
        if m:
            stw = float(m.group(2)) + float(m.group(4))
            return stw, max(int(m.group(i)) for i in (5, 6, 7))
    return None


def gc_summary(impl, text):
    """(collections, longest pause in ms, largest heap in MB) from impl's
    GC trace in text, or None if it holds no trace line."""
    gcs = [g for g in (gc_pause(impl, l.strip()) for l in text.splitlines())
           if g]
    if not gcs:
        return None
    return len(gcs), max(p for p, _ in gcs), max(h for _, h in gcs)


def traced_run(cmd, impl, procs):
    """The extra run with impl's GC trace on: (checksum, gc_summary) or
    (None, why it is not an answer)."""
    env = dict(os.environ, GOMAXPROCS=str(procs), **GC_TRACE_ENV[impl])
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True,
                           timeout=PROGRAM_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"traced run timed out after {PROGRAM_TIMEOUT} s"
    out = p.stdout + p.stderr
    sums = [l.strip() for l in out.splitlines() if l.startswith("checksum")]
    if p.returncode != 0:
        return None, f"traced run exit {p.returncode}: " + first_line(out)
    if len(sums) != 1:
        return None, f"traced run: {len(sums)} checksum lines"
    return sums[0][len("checksum"):].strip(), gc_summary(impl, p.stderr)


def pause_cell(gc):
    """A max-pause cell: "-" for no trace."""
    if gc is None:
        return "-"
    n, pause, heap = gc
    return f"{pause:.3f} ({n} GCs, {heap} MB)"


def program_table(build_dir, names):
    """The compiler's table; returns False if any answer was wrong."""
    impls = ("gort", "go", "gccgo", "clang", "gort-prof", "gort-split")
    ok = True
    rows = []
    prof_rows = []
    with tempfile.TemporaryDirectory() as tmp:
        bins, failed = build_programs(build_dir, names, tmp)
        maxrss = build_maxrss(tmp)
        for p in names:
          for procs in PROGRAM_PROCS_OF.get(p, PROGRAM_PROCS):
            times = {}
            rss = {}
            gcs = {}    # impl -> gc_summary of its traced run
            sums = {}   # checksum -> the implementations that printed it
            errors = dict((i, why) for (i, q), why in failed.items() if q == p)
            for _ in range(REPEAT):
                for impl in impls:
                    if (impl, p) not in bins or impl in errors:
                        continue
                    extra = None
                    if impl == "gort-prof":
                        prof = os.path.join(tmp, p + ".prof")
                        extra = {"GORTCPUPROFILE": prof}
                    elif impl == "gort-split":
                        extra = {"GORTDEBUG": "splitprof=1"}
                    t, peak, res = run_program(bins[(impl, p)], procs,
                                                 maxrss, extra)
                    if t is None:
                        errors[impl] = res
                        ok = False
                        continue
                    if impl == "gort-prof":
                        why = check_profile(bins[(impl, p)][len(QEMU)], prof)
                        if why:
                            errors[impl] = why
                            ok = False
                            continue
                    times.setdefault(impl, []).append(t)
                    rss.setdefault(impl, []).append(peak)
                    sums.setdefault(res, set()).add(impl)
            traced = GC_TRACE_ENV if p in GC_PROGRAMS else {}
            for impl in traced:
                if (impl, p) not in bins or impl in errors:
                    continue
                res, gc = traced_run(bins[(impl, p)], impl, procs)
                if res is None:
                    errors[impl] = gc
                    ok = False
                    continue
                gcs[impl] = gc
                sums.setdefault(res, set()).add(impl)
            if len(sums) > 1:
                ok = False
                by = "; ".join(f"{'+'.join(sorted(v))}: {k}"
                               for k, v in sorted(sums.items()))
                rows.append((p, procs, {}, {}, {}, f"NO ({by})"))
                continue
            med = dict((i, statistics.median(v)) for i, v in times.items()
                       if i not in errors)
            if ("gort-prof", p) in bins:
                bad = [f"{i}: {errors[i]}" for i in
                       ("gort", "gort-prof", "gort-split") if i in errors]
                prof_rows.append((p, procs, med.get("gort"),
                                  med.get("gort-prof"), med.get("gort-split"),
                                  "FAILED: " + "; ".join(bad) if bad
                                  else "yes"))
            for i in ("gort-prof", "gort-split"):
                times.pop(i, None)
                rss.pop(i, None)
                errors.pop(i, None)
            mem = dict((i, statistics.median(v)) for i, v in rss.items()
                       if i not in errors)
            agree = ("FAILED: " + "; ".join(f"{i}: {why}"
                                            for i, why in errors.items())
                     if errors else "yes" if len(times) > 1
                     else "(nothing to compare with)")
            rows.append((p, procs, med, mem, gcs, agree))
    print(f"{TARGET} ({HOW}): Go programs, wall clock and peak resident "
          f"set size (RSS) of the whole process, medians of {REPEAT} runs; "
          "ratios = gort / Go 1.19; max pause: the longest stop-the-world "
          "pause of one traced run (collections, largest heap); C: the "
          "program's C twin by clang 19 -O3, where there is one")
    print()
    print("| program | GOMAXPROCS | gort (s) | Go 1.19 (s) | gccgo 12 (s) "
          "| C, clang -O3 (s) | gort/Go | C/Go "
          "| gort RSS (MB) | Go 1.19 RSS (MB) | gccgo 12 RSS (MB) "
          "| gort/Go RSS | gort max pause (ms) | Go 1.19 max pause (ms) "
          "| checksums agree |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for p, procs, med, mem, gcs, agree in rows:
        cell = lambda i: f"{med[i]:.3f}" if i in med else "-"
        mb = lambda i: f"{mem[i] / 1e6:.1f}" if i in mem else "-"
        over_go = lambda i: (f"{med[i] / med['go']:.2f}"
                             if med.get("go") and i in med else "-")
        rss_ratio = (f"{mem['gort'] / mem['go']:.2f}"
                     if mem.get("go") and "gort" in mem else "-")
        print(f"| {p} | {procs} | {cell('gort')} | {cell('go')} "
              f"| {cell('gccgo')} | {cell('clang')} | {over_go('gort')} "
              f"| {over_go('clang')} | {mb('gort')} | {mb('go')} "
              f"| {mb('gccgo')} | {rss_ratio} | {pause_cell(gcs.get('gort'))} "
              f"| {pause_cell(gcs.get('go'))} | {agree} |")
    if prof_rows:
        profile_table(prof_rows)
    return ok


def check_profile(binary, prof):
    """Why a profiled run's file is not a valid profile (profcheck.py's
    line), or None."""
    r = subprocess.run([sys.executable, PROFCHECK, "--binary", binary,
                        "--hz", "100", prof], capture_output=True, text=True)
    if r.returncode:
        return first_line(r.stdout + r.stderr)
    return None


def profile_table(rows):
    """The profiler's cost: gort-profiled / gort-unprofiled medians."""
    print()
    print(f"{TARGET} ({HOW}): the cpu profiler's and the split report's "
          f"cost, the same gort binary with and without env "
          f"GORTCPUPROFILE=FILE (100 Hz) or GORTDEBUG=splitprof=1, medians "
          f"of {REPEAT} interleaved runs; each profile checked by "
          f"profcheck.py")
    print()
    print("| program | GOMAXPROCS | gort (s) | gort profiled (s) "
          "| profiled/unprofiled | gort splitprof (s) | splitprof/unprofiled "
          "| checksums agree, profiles valid |")
    print("|---|---|---|---|---|---|---|---|")
    for p, procs, plain, profd, split, agree in rows:
        cell = lambda v: f"{v:.3f}" if v is not None else "-"
        ratio = lambda v: f"{v / plain:.3f}" if plain and v else "-"
        print(f"| {p} | {procs} | {cell(plain)} | {cell(profd)} "
              f"| {ratio(profd)} | {cell(split)} | {ratio(split)} "
              f"| {agree} |")


def default_programs():
    """The programs run when none is named: all of them, less
    PROGRAMS_64BIT on a 32-bit target."""
    if TARGET == "amd64":
        return PROGRAMS
    return [p for p in PROGRAMS if p not in PROGRAMS_64BIT]


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    build_dir = argv[0]
    args = argv[1:]
    which = {"--runtime": "runtime", "--programs": "programs"}
    tables = {which[a] for a in args if a in which} or {"runtime", "programs"}
    names = [a for a in args if a not in which]
    unknown = [n for n in names if n not in BENCHES and n not in PROGRAMS]
    if unknown:
        print(f"run.py: unknown benchmark or program: {' '.join(unknown)}",
              file=sys.stderr)
        return 2
    benches = [n for n in names if n in BENCHES] if names else BENCHES
    programs = ([n for n in names if n in PROGRAMS] if names
                else default_programs())
    ok = True
    if "runtime" in tables and benches:
        runtime_table(build_dir, benches)
    if "programs" in tables and programs:
        if "runtime" in tables and benches:
            print()
        if not names and TARGET != "amd64":
            print(f"note: {', '.join(sorted(PROGRAMS_64BIT))} not run on "
                  f"{TARGET} unless named\n")
        ok = program_table(build_dir, programs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
