#!/usr/bin/env python3
"""Checks a legacy CPU profile ($GORTCPUPROFILE's file) strictly.

Usage: profcheck.py [options] PROFILE

The format (runtime/cpuprof.cpp, Go 1.0's cpuprof.c): words of the
target's size and byte order; a header {0, 3, 0, period in us, 0};
records {count, depth, pc...}, the leaf first; a trailer {0, 1, 0}
exactly at the end, and nothing after it. Every record has count >= 1 and
1 <= depth <= the walk's limit (64, the runtime's ProfMaxStack), and no pc
is 0. Samples the writer could not take are a record whose single pc is
runtime.LostProfileData (its address from the binary's symbol table).

Options:
  --binary BIN    the program that wrote it: the word size and byte order
                  come from its ELF header, LostProfileData from its
                  symbols, and every caller's pc must lie in one of its
                  executable segments (the leaf may be in the vdso)
  --word-size N   4 or 8, little-endian (without --binary)
  --hz N          the header's period must be 1000000/N us
  --max-depth N   the depth limit (default 64)
  --min-samples N at least N samples (a cpu-bound run's profile is not
                  empty); default 0
  --max-lost N    at most N lost samples (default: any)
  --pprof         also run `go tool pprof -raw BIN PROFILE` (needs
                  --binary): it must succeed and count the same samples
  --expect-func F with --pprof: function F must appear among pprof's
                  symbolized locations (repeatable)

On success prints one line, for FileCheck:
  profcheck: ok: N samples, M records, L lost, W-bit, period P us[, pprof ok]
On failure prints `profcheck: FAIL: why` and exits 1.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys

GO = "/usr/lib/go-1.19/bin/go"


class Bad(Exception):
    pass


def elf_info(path):
    """(word size, byte order, executable segments [(lo, hi)]) of an ELF
    file, from its header and program headers."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        raise Bad(f"{path}: not an ELF file")
    cls, enc = data[4], data[5]
    if cls not in (1, 2) or enc not in (1, 2):
        raise Bad(f"{path}: bad ELF class {cls} or encoding {enc}")
    size = 4 if cls == 1 else 8
    order = "<" if enc == 1 else ">"
    if size == 8:
        phoff, = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
    else:
        phoff, = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
    segs = []
    for i in range(phnum):
        off = phoff + i * phentsize
        if size == 8:
            typ, flags, _, vaddr, _, _, memsz, _ = struct.unpack_from(
                order + "IIQQQQQQ", data, off)
        else:
            typ, _, vaddr, _, _, memsz, flags, _ = struct.unpack_from(
                order + "IIIIIIII", data, off)
        if typ == 1 and flags & 1:  # PT_LOAD, PF_X
            segs.append((vaddr, vaddr + memsz))
    return size, order, segs


def elf_pie(path):
    with open(path, "rb") as f:
        hdr = f.read(20)
    order = "<" if hdr[5] == 1 else ">"
    etype, = struct.unpack_from(order + "H", hdr, 16)
    return etype == 3  # ET_DYN


def symbol(path, name):
    """The address of symbol name in path (llvm-nm or nm), or None."""
    nm = shutil.which("llvm-nm") or shutil.which("llvm-nm-19") or \
        shutil.which("nm")
    if not nm:
        return None
    r = subprocess.run([nm, path], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == name:
            return int(parts[0], 16)
    return None


def parse(data, size, order, max_depth):
    """(period, records [(count, [pc...])]) of a profile, or raises Bad."""
    if len(data) % size:
        raise Bad(f"{len(data)} bytes: not a whole number of {size}-byte "
                  "words")
    n = len(data) // size
    w = struct.unpack(order + ("I" if size == 4 else "Q") * n, data)
    if n < 8:
        raise Bad(f"{n} words: shorter than a header and a trailer")
    if w[0] != 0 or w[1] != 3 or w[2] != 0 or w[3] == 0 or w[4] != 0:
        raise Bad(f"bad header {list(w[:5])} (want [0, 3, 0, period, 0])")
    period = w[3]
    if list(w[n - 3:]) != [0, 1, 0]:
        raise Bad(f"bad trailer {list(w[n - 3:])} (want [0, 1, 0])")
    records = []
    i, end = 5, n - 3
    while i < end:
        if i + 2 > end:
            raise Bad(f"word {i}: a record's header runs into the trailer")
        count, depth = w[i], w[i + 1]
        if count < 1:
            raise Bad(f"word {i}: record count {count} (a trailer before "
                      "the end?)")
        if not 1 <= depth <= max_depth:
            raise Bad(f"word {i}: record depth {depth} outside 1..{max_depth}")
        if i + 2 + depth > end:
            raise Bad(f"word {i}: record of depth {depth} runs into the "
                      "trailer")
        pcs = list(w[i + 2:i + 2 + depth])
        if 0 in pcs:
            raise Bad(f"word {i}: a pc of 0 in {[hex(p) for p in pcs]}")
        records.append((count, pcs))
        i += 2 + depth
    return period, records


def pprof_raw(binary, prof):
    """Runs go tool pprof -raw; returns its total sample count and the
    function names of its locations."""
    env = dict(os.environ)
    env.setdefault("HOME", "/tmp")
    env["PPROF_TMPDIR"] = env.get("TMPDIR", "/tmp")
    r = subprocess.run([GO, "tool", "pprof", "-raw", binary, prof],
                       capture_output=True, text=True, env=env, timeout=120)
    if r.returncode != 0:
        raise Bad(f"go tool pprof exit {r.returncode}: "
                  + (r.stderr.strip().splitlines() or ["no output"])[-1])
    lines = r.stdout.splitlines()
    try:
        start = lines.index("Samples:") + 2
    except ValueError:
        raise Bad("go tool pprof -raw printed no Samples: section")
    total = 0
    sample = re.compile(r"^\s+(\d+)\s+\d+:")
    for line in lines[start:]:
        m = sample.match(line)
        if not m:
            if line.startswith("Locations"):
                break
            continue
        total += int(m.group(1))
    funcs = set()
    loc = re.compile(r"^\s+\d+: 0x[0-9a-f]+ M=\d+ (\S+)|^\s+(\S+) \S*:\d+")
    in_locs = False
    for line in lines:
        if line.startswith("Locations"):
            in_locs = True
            continue
        if line.startswith("Mappings"):
            break
        if in_locs:
            m = loc.match(line)
            if m:
                funcs.add(m.group(1) or m.group(2))
    return total, funcs


def main(argv):
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("profile")
    ap.add_argument("--binary")
    ap.add_argument("--word-size", type=int, choices=(4, 8))
    ap.add_argument("--hz", type=int)
    ap.add_argument("--max-depth", type=int, default=64)
    ap.add_argument("--min-samples", type=int, default=0)
    ap.add_argument("--max-lost", type=int)
    ap.add_argument("--pprof", action="store_true")
    ap.add_argument("--expect-func", action="append", default=[])
    a = ap.parse_args(argv)
    try:
        size, order, segs, lost_pc = a.word_size or 8, "<", None, None
        if a.binary:
            size, order, segs = elf_info(a.binary)
            if a.word_size and a.word_size != size:
                raise Bad(f"--word-size {a.word_size}, but {a.binary} has "
                          f"{size}-byte words")
            lost_pc = symbol(a.binary, "runtime.LostProfileData")
            if elf_pie(a.binary):
                segs = None  # addresses are relocated: not checkable here
        elif not a.word_size:
            raise Bad("need --binary or --word-size")
        with open(a.profile, "rb") as f:
            data = f.read()
        period, records = parse(data, size, order, a.max_depth)
        if a.hz and period != 1000000 // a.hz:
            raise Bad(f"period {period} us, want {1000000 // a.hz} "
                      f"(--hz {a.hz})")
        lost = 0
        for count, pcs in records:
            if lost_pc is not None and pcs == [lost_pc]:
                lost += count
                continue
            if segs:
                # The leaf may be outside (the vdso's clock_gettime).
                for pc in pcs[1:]:
                    if not any(lo <= pc <= hi for lo, hi in segs):
                        raise Bad(f"pc {pc:#x} outside the binary's "
                                  f"executable segments in "
                                  f"{[hex(p) for p in pcs]}")
        samples = sum(c for c, _ in records)
        if samples < a.min_samples:
            raise Bad(f"{samples} samples, want at least {a.min_samples}")
        if a.max_lost is not None and lost > a.max_lost:
            raise Bad(f"{lost} lost samples, want at most {a.max_lost}")
        tail = ""
        if a.pprof:
            if not a.binary:
                raise Bad("--pprof needs --binary")
            total, funcs = pprof_raw(a.binary, a.profile)
            if total != samples:
                raise Bad(f"go tool pprof counts {total} samples, the file "
                          f"{samples}")
            missing = [f for f in a.expect_func if f not in funcs]
            if missing:
                raise Bad(f"go tool pprof found no {', '.join(missing)} "
                          f"among {len(funcs)} functions")
            tail = ", pprof ok"
    except (Bad, OSError, subprocess.TimeoutExpired) as e:
        print(f"profcheck: FAIL: {a.profile}: {e}")
        return 1
    print(f"profcheck: ok: {samples} samples, {len(records)} records, "
          f"{lost} lost, {size * 8}-bit, period {period} us{tail}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
