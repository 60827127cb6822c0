#!/usr/bin/env python3
"""Fuzz-style robustness test for the gort lexer, parser and Sema.

Usage: fuzz.py GORT GO1DIR [--budget SECONDS] [--seed N] [--rounds N]

For every .go file under GO1DIR/test (sorted, so runs are reproducible)
this makes a few variants with a fixed random seed: truncations at random
points, random byte flips, insertions of bracket and quote characters,
deletions, and a deeply nested expression. It runs
`GORT build -emit=types -o /dev/null VARIANT` on each under a timeout
(and, when Sema accepts the variant, `GORT build -emit=obj -O0` too, so the
code generator meets every valid program the mutations make, including
ones using features it lacks) and fails if gort crashes, hangs, exits with a status other than 0 or 1, or
exits with 1 without every stderr line being a `file:line:col: error: msg`
diagnostic. The variant count is bounded so the test takes well under a
minute; --budget stops early (still passing) if the machine is slow.
--seed and --rounds (variants per file = 6 * rounds) allow longer manual
runs; the lit test uses the defaults.
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import time

SEED = 20240601
VARIANTS_PER_FILE = 6
TIMEOUT = 10
# The deep inputs go through the checker too when they are within the
# parser's limit, and the checker's scope lookups grow with the depth.
DEEP_TIMEOUT = 60
DIAG = re.compile(rb"^[^:\n]+:\d+(:\d+)?: error: \S.*$")  # no column after a //line without one
NOISE = [b"(", b")", b"{", b"}", b"[", b"]", b"\"", b"'", b"`", b"/*", b"\n",
         b";", b":=", b"...", b"<-", b"func", b"case", b"type", b".(", b"\x00",
         b"\xff", b"0x", b"1e", b"\\", b"\xe2\x82",
         # tier 2's syntax: types, selectors, slicing, literals, floats
         b"[]", b"[:", b":]", b"*", b"&", b".", b"map[", b"struct{", b"{}",
         b"[...]", b"0x1p-2", b"1.5", b"-0.0", b"new(", b"append(", b"range ",
         # tier 3's: interfaces, assertions, type switches, error
         b"interface{", b"interface{ M() }", b".(type)", b"switch x := ",
         b"case nil", b"error", b".Error()"]


def variants(rng, data):
    n = len(data)
    yield data[: rng.randrange(n + 1)]  # truncation
    yield data[: rng.randrange(n + 1)] + rng.choice(NOISE)
    b = bytearray(data)  # byte flips
    for _ in range(rng.randint(1, 8)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    yield bytes(b)
    b = bytearray(data)  # insertions of syntax characters
    for _ in range(rng.randint(1, 4)):
        p = rng.randrange(len(b) + 1)
        b[p:p] = rng.choice(NOISE)
    yield bytes(b)
    if n:  # deletion of a span
        p = rng.randrange(n)
        yield data[:p] + data[p + rng.randint(1, 40):]
    yield data  # the original must be accepted or rejected cleanly, too


def deep_inputs():
    yield b"package main\nvar x = " + b"(" * 100000 + b"\n"
    yield b"package main\nvar x = " + b"1+" * 100000 + b"1\n"
    yield b"package main\nvar x = a" + b".b" * 100000 + b"\n"
    yield b"package main\nvar x = " + b"[]" * 100000 + b"int{}\n"
    yield b"package main\nfunc f() {" + b"{" * 100000 + b"\n"
    yield b"package main\nfunc f() {" + b"if x {} else " * 50000 + b"{}}\n"
    yield b"package main\nvar x = " + b"-" * 100000 + b"1\n"
    yield b"package main\nvar x = " + b"f()" + b"()" * 100000 + b"\n"
    yield b"package main\nvar x " + b"*" * 100000 + b"int\n"
    yield b"package main\nvar x " + b"map[int]" * 50000 + b"int\n"
    yield b"package main\nvar x " + b"struct{a " * 50000 + b"int" + b"}" * 50000 + b"\n"
    yield b"package main\nvar x = a" + b"[0]" * 100000 + b"\n"
    yield b"package main\nvar x = " + b"[]interface{}{" * 50000 + b"}" * 50000 + b"\n"
    yield b"package main\nvar x = " + b"&" * 100000 + b"y\n"


def check(gort, path, label, timeout=TIMEOUT, emit="types"):
    """Returns an error string, or None if gort behaved. Checks code
    generation too when Sema accepts the input."""
    try:
        p = subprocess.run([gort, "build", "-emit=" + emit, "-O0", "-o",
                            os.devnull, path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return "%s: timed out" % label
    if p.returncode not in (0, 1):
        return "%s: exit status %d\n%s" % (label, p.returncode,
                                            p.stderr.decode(errors="replace"))
    if p.returncode == 1:
        lines = p.stderr.splitlines()
        # gc's continuation lines (have/want, previous case) follow an error
        bad = [l for i, l in enumerate(lines)
               if not DIAG.match(l) and not (i and l.startswith(b"\t"))]
        if not lines or bad:
            return "%s: malformed diagnostics: %r" % (label, (bad or lines)[:3])
    if p.returncode == 0 and emit == "types":
        return check(gort, path, label + " (codegen)", timeout, "obj")
    return None


def main():
    args = sys.argv[1:]
    opts = {"--budget": 50.0, "--seed": SEED, "--rounds": 1}
    for name in list(opts):
        if name in args:
            i = args.index(name)
            opts[name] = type(opts[name])(args[i + 1])
            del args[i:i + 2]
    budget = opts["--budget"]
    if len(args) != 2:
        sys.exit(__doc__)
    gort, go1dir = args
    files = []
    for root, _, names in os.walk(os.path.join(go1dir, "test")):
        files += [os.path.join(root, n) for n in names if n.endswith(".go")]
    files.sort()
    if not files:
        sys.exit("fuzz.py: no .go files under %s/test" % go1dir)

    rng = random.Random(opts["--seed"])
    start = time.monotonic()
    failures, runs = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fuzz.go")
        cases = [("deep%d" % i, d) for i, d in enumerate(deep_inputs())]
        for f in files:
            with open(f, "rb") as fh:
                data = fh.read()
            for r in range(opts["--rounds"]):
                for i, v in enumerate(variants(rng, data)):
                    cases.append(("%s#%d.%d" % (os.path.relpath(f, go1dir),
                                                r, i), v))
        for label, data in cases:
            if time.monotonic() - start > budget:
                print("fuzz.py: time budget reached after %d runs" % runs)
                break
            with open(path, "wb") as fh:
                fh.write(data)
            err = check(gort, path, label,
                        DEEP_TIMEOUT if label.startswith("deep") else TIMEOUT)
            runs += 1
            if err:
                failures.append(err)
                # Keep the failing input for debugging.
                keep = os.path.join(tempfile.gettempdir(),
                                    "gort-fuzz-fail-%d.go" % len(failures))
                with open(keep, "wb") as fh:
                    fh.write(data)
                print("FAIL " + err + " (input saved as %s)" % keep)
    print("fuzz.py: %d runs, %d failures" % (runs, len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
