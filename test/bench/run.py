#!/usr/bin/env python3
"""make bench: the runtime benchmarks, side by side with Go 1.19 and gccgo 12.

Each benchmark is a C program against libgort (test/bench/c/NAME.c) and the
same measurement in Go (test/bench/go/bench.go NAME), built by `go build`
and by `gccgo -O2` where installed. Every binary runs REPEAT times in the
same run (channel benchmarks at GOMAXPROCS=1 and 2, the others at 1); the
table shows medians and gort/Go ratios.

Usage: run.py BUILD [NAME...]
  env REPEAT: runs of each binary (default 5)
  env BENCH_TARGET: amd64 (default), 386 or arm. On 386 and arm Go 1.19
  cross-compiles (GOARCH) and gccgo is not run; arm runs under qemu-arm,
  so its figures are information only.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCHES = ["gosched", "spawn", "hotsplit", "idle",
           "roundtrip", "buffered", "selectrt", "ring"]
# The channel benchmarks run at GOMAXPROCS=1 and 2, the rest at 1.
PROCS = {"roundtrip": [1, 2], "buffered": [1, 2], "selectrt": [1, 2],
         "ring": [1, 2]}
REPEAT = int(os.environ.get("REPEAT", "5"))
TARGET = os.environ.get("BENCH_TARGET", "amd64")
GOARCH = {"amd64": "amd64", "386": "386", "arm": "arm"}[TARGET]
QEMU = ["qemu-arm", "-L", "/usr/arm-linux-gnueabihf"] if TARGET == "arm" else []


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
    if shutil.which("go"):
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


def main(argv):
    build_dir = argv[0]
    names = argv[1:] or BENCHES
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
    print(f"{TARGET}: medians of {REPEAT} runs; ratio = gort / Go 1.19")
    print()
    print("| metric | GOMAXPROCS | unit | gort | Go 1.19 | gccgo 12 | gort/Go |")
    print("|---|---|---|---|---|---|---|")
    for metric, procs, unit, med in rows:
        cell = lambda i: f"{med[i]:.1f}" if i in med else "-"
        ratio = (f"{med['gort'] / med['go']:.2f}"
                 if "go" in med and med.get("go") and "gort" in med else "-")
        print(f"| {metric} | {procs} | {unit} | {cell('gort')} | {cell('go')} | {cell('gccgo')} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
