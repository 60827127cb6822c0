# gort-gdb.py: gdb support for gort programs (docs/DEBUGGING.md), after
# Go's runtime-gdb.py. The runtime library embeds this file in every
# program's .debug_gdb_scripts section (runtime/gdb/gdbscripts.S), so gdb
# loads it from the program or a core file of it once the program's
# directory is on the auto-load safe path.
#
#   info goroutines            one line per goroutine
#   goroutine N bt             goroutine N's backtrace (N: an id or "all")
#   goroutine N frame K [CMD]  show frame K of its backtrace, or run CMD there
#   goroutine N CMD            CMD in its innermost Go frame
#
# and pretty-printers for strings, slices, maps, channels and interface
# values, keyed on the type names the compiler's DWARF gives them
# (tools/gort/CGDebugInfo.cpp).
#
# A goroutine that is not running was switched out by mcall
# (asm/<arch>/asm_<arch>.S): g->sched.sp points at the callee-saved
# registers mcall pushed, above them the return address into mcall's
# caller. Its frames come from a gdb.unwinder that claims the selected
# thread's innermost frame while a goroutine command runs and unwinds it
# to that caller; that frame is not shown. (Setting $pc and $sp, as
# runtime-gdb.py does, cannot work on a core file.) A running goroutine's
# frames are its thread's (m->procid is the thread id); but when that
# thread is in C on g0's stack through asmcgocall (the runtime's crash
# with GOTRACEBACK=crash, in a core file), where gdb's unwinding stops, the
# same unwinder goes on from asmcgocall's caller on the goroutine's stack.

import struct

import gdb
import gdb.printing
import gdb.unwinder

STATUS = ["idle", "runnable", "running", "syscall", "waiting", "moribund",
          "dead"]
GRUNNING, GSYSCALL, GWAITING, GDEAD = 2, 3, 4, 6

# How mcall's caller resumes, from g->sched.sp (the layout comment at the
# top of asm/<arch>/asm_<arch>.S): (gdb register, word index from sched.sp,
# LOAD: the register's value is that word; ADDR: its address, the caller's
# sp). Keyed on gdb's architecture name prefix.
LOAD, ADDR = 0, 1
MCALL_FRAMES = {
    "i386:x86-64": [("rip", 6, LOAD), ("rsp", 7, ADDR), ("rbp", 5, LOAD),
                    ("rbx", 4, LOAD), ("r12", 3, LOAD), ("r13", 2, LOAD),
                    ("r14", 1, LOAD), ("r15", 0, LOAD)],
    "i386": [("eip", 4, LOAD), ("esp", 5, ADDR), ("ebp", 3, LOAD),
             ("ebx", 2, LOAD), ("esi", 1, LOAD), ("edi", 0, LOAD)],
    # d8-d15 in words 0-15 are left out: only float locals would need them.
    "arm": [("pc", 24, LOAD), ("sp", 25, ADDR)] +
           [("r%d" % (4 + i), 16 + i, LOAD) for i in range(8)],
}
PC_SP = {"i386:x86-64": ("rip", "rsp"), "i386": ("eip", "esp"),
         "arm": ("pc", "sp")}


def arch_key():
    name = gdb.selected_inferior().architecture().name()
    for key in ("i386:x86-64", "i386", "arm"):
        if name.startswith(key):
            return key
    raise gdb.GdbError("gort: unsupported architecture " + name)


def ptrsize():
    return gdb.lookup_type("void").pointer().sizeof


def readword(addr):
    n = ptrsize()
    mem = gdb.selected_inferior().read_memory(addr, n)
    return struct.unpack("<Q" if n == 8 else "<I", bytes(mem))[0]


def runtime_var(name):
    """A runtime global (C++ namespace runtime)."""
    for n in ("runtime::" + name, "'runtime." + name + "'"):
        try:
            return gdb.parse_and_eval(n)
        except gdb.error:
            pass
    raise gdb.GdbError("gort: no runtime variable " + name)


def mcallresume():
    return int(gdb.parse_and_eval("&'runtime.mcallresume'"))


def goroutines():
    """The gs on allg, not dead ones, in the order of their ids."""
    out = []
    gp = runtime_var("allg")
    while int(gp) != 0:
        if int(gp["status"]) != GDEAD:
            out.append(gp)
        gp = gp["alllink"]
    return sorted(out, key=lambda g: int(g["goid"]))


def find_g(goid):
    for gp in goroutines():
        if int(gp["goid"]) == goid:
            return gp
    raise gdb.GdbError("gort: no goroutine %d" % goid)


def g_thread(gp):
    """The gdb thread running gp, or None if gp is not running."""
    if int(gp["status"]) not in (GRUNNING, GSYSCALL) or int(gp["m"]) == 0:
        return None
    tid = int(gp["m"]["procid"])
    for t in gdb.selected_inferior().threads():
        if tid in (t.ptid[1], t.ptid[2]):
            return t
    raise gdb.GdbError("gort: goroutine %d's thread %d not found"
                       % (int(gp["goid"]), tid))


# --- the goroutine unwinder ------------------------------------------------

class FrameId(object):
    def __init__(self, sp, pc):
        self.sp = sp
        self.pc = pc


class GoroutineUnwinder(gdb.unwinder.Unwinder):
    """While regs is set ({register: value} of a goroutine's frame, and sp
    that frame's sp), claims the innermost frame of the selected thread and
    unwinds it to that frame."""

    def __init__(self):
        super(GoroutineUnwinder, self).__init__("gort-goroutine")
        self.regs = None
        self.sp = None

    def __call__(self, pending):
        if self.regs is None or pending.level() != 0:
            return None
        pcreg, spreg = PC_SP[arch_key()]
        sp = pending.read_register(spreg)
        pc = pending.read_register(pcreg)
        # The id's sp is the g's: gdb checks each frame is outer to the last.
        info = pending.create_unwind_info(
            FrameId(gdb.Value(self.sp).cast(sp.type), pc))
        for reg, v in self.regs.items():
            info.add_saved_register(
                reg, gdb.Value(v).cast(pending.read_register(reg).type))
        return info


UNWINDER = GoroutineUnwinder()
gdb.unwinder.register_unwinder(None, UNWINDER, replace=True)


def parked_regs(sched_sp):
    """mcall's caller's registers, from a parked g's sched.sp."""
    key = arch_key()
    n = ptrsize()
    regs = {}
    for reg, word, how in MCALL_FRAMES[key]:
        addr = sched_sp + n * word
        regs[reg] = addr if how == ADDR else readword(addr)
    if key == "arm":
        regs["pc"] &= ~1  # a Thumb caller's lr: the bit is not the pc's
    return regs


# A running g whose thread is in C through asmcgocall (asm/<arch>/
# asm_<arch>.S; the runtime's crash, for one) is on g0's stack, and gdb
# will not unwind from there to the g's own stack (only __morestack may
# switch stacks). asmcgocall leaves on g0's stack the caller's g and its
# sp, after what asmcgocall pushed on the g's stack:
#   ASMCGOCALL_G0[key] = (word index of g, of the caller's sp) from the sp
#     of asmcgocall's frame (its callee's CFA);
#   ASMCGOCALL_PUSHED[key] = (registers pushed on the g's stack, from that
#     sp up, then the return address), the other callee-saved registers
#     being asmcgocall's frame's own.
ASMCGOCALL_G0 = {"i386:x86-64": (0, 1), "i386": (1, 2), "arm": (1, 0)}
ASMCGOCALL_PUSHED = {"i386:x86-64": [],
                     "i386": ["edi", "esi", "ebx"],
                     "arm": ["r4", "r5", "r6"]}
CALLEE_SAVED = {"i386:x86-64": ["rbx", "rbp", "r12", "r13", "r14", "r15"],
                "i386": ["ebx", "ebp", "esi", "edi"],
                "arm": ["r%d" % i for i in range(4, 12)]}


def symbol_at(pc):
    """The name of the (minimal) symbol at pc, as `info symbol` says it;
    gdb shows the assembly's runtime.NAME as runtime[NAME]."""
    out = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    name = out.split(" + ")[0].split(" in section")[0].strip()
    if name.endswith("]") and "[" in name:
        name = name[:-1].replace("[", ".", 1)
    return name


def asmcgocall_frame():
    """The selected thread's asmcgocall frame that called C, if any (not
    the innermost one: there the switch to g0 may not be done)."""
    f = gdb.newest_frame().older()
    for _ in range(64):
        if f is None:
            return None
        if symbol_at(f.pc()) == "runtime.asmcgocall":
            return f
        f = f.older()
    return None


def asmcgocall_regs(gp):
    """(registers, sp) of the frame that called asmcgocall, when the
    selected thread is inside asmcgocall's call for gp; else None."""
    key = arch_key()
    pcreg, spreg = PC_SP[key]
    n = ptrsize()
    try:
        f = asmcgocall_frame()
        if f is None:
            return None
        sp = int(f.read_register(spreg))
        gword, spword = ASMCGOCALL_G0[key]
        if readword(sp + n * gword) != int(gp):
            return None  # called on g0 already: no stack switch
        csp = readword(sp + n * spword)
        regs = {r: int(f.read_register(r)) for r in CALLEE_SAVED[key]}
        pushed = ASMCGOCALL_PUSHED[key]
        for i, r in enumerate(pushed):
            regs[r] = readword(csp + n * i)
        regs[pcreg] = readword(csp + n * len(pushed))
    except (gdb.error, gdb.MemoryError):
        return None
    if key == "arm":
        regs[pcreg] &= ~1
    regs[spreg] = csp + n * (len(pushed) + 1)
    return regs, regs[spreg]


class OnGoroutine(object):
    """A context manager: inside it gdb's frames are goroutine gp's, but
    for the first skip of them (None: gp has none). Restores the thread
    and frame after."""

    def __init__(self, gp):
        self.gp = gp
        self.skip = 0

    def __enter__(self):
        self.thread = gdb.selected_thread()
        try:
            self.frame = gdb.selected_frame()
        except gdb.error:
            self.frame = None
        t = g_thread(self.gp)
        if t is not None:
            t.switch()
            found = asmcgocall_regs(self.gp)
            if found is not None:
                self.unwind(*found)
            return self
        sched = self.gp["sched"]
        if int(sched["pc"]) != mcallresume():
            self.skip = None  # never ran: no frames
            return self
        self.unwind(parked_regs(int(sched["sp"])), int(sched["sp"]))
        return self

    def unwind(self, regs, sp):
        """gp's frames start at the registers regs, after the thread's
        innermost frame (not shown)."""
        UNWINDER.regs, UNWINDER.sp = regs, sp
        gdb.invalidate_cached_frames()
        self.skip = 1

    def __exit__(self, *exc):
        if UNWINDER.regs is not None:
            UNWINDER.regs = UNWINDER.sp = None
            gdb.invalidate_cached_frames()
        if self.thread is not None and self.thread.is_valid():
            self.thread.switch()
        if self.frame is not None and self.frame.is_valid():
            self.frame.select()
        return False

    def frames(self):
        """The g's frames, innermost first."""
        out = []
        if self.skip is None:
            return out
        f = gdb.newest_frame()
        for _ in range(self.skip):
            f = f.older() if f is not None else None
        while f is not None and len(out) < 1000:
            out.append(f)
            try:
                f = f.older()
            except gdb.error:
                break
        return out


def is_user(frame):
    sal = frame.find_sal()
    return sal.symtab is not None and sal.symtab.filename.endswith(".go")


def describe(frame):
    """"function at file:line", or where the pc is."""
    sal = frame.find_sal()
    name = frame.name() or "??"
    if sal.symtab is None:
        return "0x%x in %s ()" % (frame.pc(), name)
    return "%s at %s:%d" % (name, sal.symtab.filename, sal.line)


def describe_pc(pc):
    sal = gdb.find_pc_line(pc)
    block = gdb.block_for_pc(pc)
    name = block.function.print_name if block and block.function else "??"
    if sal.symtab is None:
        return "0x%x in %s ()" % (pc, name)
    return "%s at %s:%d" % (name, sal.symtab.filename, sal.line)


def user_frame(on):
    for f in on.frames():
        if is_user(f):
            return f
    return None


def status_of(gp):
    """Go 1.19's wait reason of a waiting g (or one in a system call, as
    a sleeping one is), else the status's name."""
    st = int(gp["status"])
    reason = gp["waitreason"]
    if st in (GWAITING, GSYSCALL) and int(reason) != 0:
        return reason.string()
    return STATUS[st] if 0 <= st < len(STATUS) else "status %d" % st


# --- commands --------------------------------------------------------------

class InfoGoroutines(gdb.Command):
    """info goroutines: one line per goroutine: * if running, its id, why it
waits (or its status), the m running it, and its innermost Go frame."""

    def __init__(self):
        super(InfoGoroutines, self).__init__("info goroutines",
                                             gdb.COMMAND_STACK,
                                             gdb.COMPLETE_NONE)

    def invoke(self, arg, from_tty):
        for gp in goroutines():
            running = int(gp["status"]) in (GRUNNING, GSYSCALL)
            m = "m%d" % int(gp["m"]["id"]) if int(gp["m"]) != 0 else "-"
            try:
                with OnGoroutine(gp) as on:
                    f = user_frame(on)
                    where = describe(f) if f is not None else \
                        describe_pc(int(gp["entry"]))
            except (gdb.error, gdb.MemoryError) as e:
                where = "?? (%s)" % e
            gdb.write("%s %4d %-16s %-4s %s\n" % (
                "*" if running else " ", int(gp["goid"]), status_of(gp), m,
                where))


class Goroutine(gdb.Command):
    """goroutine N CMD: CMD on goroutine N (an id, or "all" for each one).
  goroutine N bt              its backtrace
  goroutine N frame K [CMD]   shows frame K of that backtrace (or runs CMD there)
  goroutine N CMD             runs CMD in its innermost Go frame
The thread and frame selected before are selected again after."""

    def __init__(self):
        super(Goroutine, self).__init__("goroutine", gdb.COMMAND_STACK,
                                        gdb.COMPLETE_NONE)

    def invoke(self, arg, from_tty):
        words = arg.split(None, 1)
        if len(words) < 2:
            raise gdb.GdbError("usage: goroutine <id>|all <command>")
        which, cmd = words
        if which == "all":
            for gp in goroutines():
                gdb.write("\ngoroutine %d:\n" % int(gp["goid"]))
                try:
                    self.run(gp, cmd)
                except gdb.GdbError as e:  # on to the next one
                    gdb.write("%s\n" % e)
            return
        try:
            goid = int(which)
        except ValueError:
            raise gdb.GdbError("gort: goroutine id expected, not " + which)
        self.run(find_g(goid), cmd)

    def run(self, gp, cmd):
        words = cmd.split()
        with OnGoroutine(gp) as on:
            frames = on.frames()
            if words[0] in ("bt", "backtrace", "where"):
                self.backtrace(gp, frames)
                return
            if words[0] == "frame" and len(words) >= 2:
                k = int(words[1])
                if not 0 <= k < len(frames):
                    raise gdb.GdbError("gort: goroutine %d has no frame %d"
                                       % (int(gp["goid"]), k))
                frames[k].select()
                rest = cmd.split(None, 2)[2:] if len(words) > 2 else []
                if not rest:
                    gdb.write("#%-3d %s\n" % (k, describe(frames[k])))
                    return
                cmd = rest[0]
            else:
                f = next((f for f in frames if is_user(f)), None)
                if f is None:
                    raise gdb.GdbError("gort: goroutine %d has no Go frame"
                                       % int(gp["goid"]))
                f.select()
            gdb.execute(cmd, from_tty=False)

    def backtrace(self, gp, frames):
        if not frames:
            gdb.write("(not started) %s\n" % describe_pc(int(gp["entry"])))
        for k, f in enumerate(frames):
            gdb.write("#%-3d %s\n" % (k, describe(f)))


class GortGcore(gdb.Command):
    """gort-gcore FILE: gcore FILE, then the memory gcore could not read.
Stack guard pages (MADV_GUARD_INSTALL, Linux 6.13 and later: runtime/
stack.cpp) fail gdb's reads of the mapping they are in, and gcore leaves
the rest of that mapping out (zeros): the goroutines' stacks. This copies
each writable segment of the core anew, page by page where a read fails."""

    CHUNK, PAGE = 1 << 20, 4096

    def __init__(self):
        super(GortGcore, self).__init__("gort-gcore", gdb.COMMAND_FILES,
                                        gdb.COMPLETE_FILENAME)

    def invoke(self, arg, from_tty):
        path = arg.strip() or "core.%d" % gdb.selected_inferior().pid
        gdb.execute("gcore " + path, from_tty=False)
        with open(path, "r+b") as f:
            for vaddr, offset, size in self.segments(f):
                self.copy(f, vaddr, offset, size)

    @staticmethod
    def segments(f):
        """(vaddr, file offset, size) of the core's writable PT_LOADs."""
        hdr = f.read(64)
        if hdr[4] == 2:
            phoff, = struct.unpack_from("<Q", hdr, 32)
            phentsize, phnum = struct.unpack_from("<HH", hdr, 54)
        else:
            phoff, = struct.unpack_from("<I", hdr, 28)
            phentsize, phnum = struct.unpack_from("<HH", hdr, 42)
        for i in range(phnum):
            f.seek(phoff + i * phentsize)
            ph = f.read(phentsize)
            if hdr[4] == 2:
                ptype, flags, offset, vaddr, _, size = \
                    struct.unpack_from("<IIQQQQ", ph)
            else:
                ptype, offset, vaddr, _, size, _, flags = \
                    struct.unpack_from("<IIIIIII", ph)
            if ptype == 1 and flags & 2 and size > 0:  # PT_LOAD, PF_W
                yield vaddr, offset, size

    def copy(self, f, vaddr, offset, size):
        inf = gdb.selected_inferior()
        for at in range(0, size, self.CHUNK):
            n = min(self.CHUNK, size - at)
            try:
                pieces = [(at, inf.read_memory(vaddr + at, n))]
            except gdb.MemoryError:
                pieces = []
                for page in range(at, at + n, self.PAGE):
                    try:
                        pieces.append((page, inf.read_memory(
                            vaddr + page, min(self.PAGE, at + n - page))))
                    except gdb.MemoryError:
                        pass  # a guard page: zeros
            for where, mem in pieces:
                f.seek(offset + where)
                f.write(bytes(mem))


InfoGoroutines()
Goroutine()
GortGcore()


# --- pretty-printers -------------------------------------------------------

def type_name(val):
    t = val.type
    return t.name or t.strip_typedefs().name or ""


class StringPrinter(object):
    def __init__(self, val):
        self.val = val

    def to_string(self):
        n = int(self.val["len"])
        if n == 0:
            return ""
        return self.val["str"].lazy_string(length=n)

    def display_hint(self):
        return "string"


class SlicePrinter(object):
    def __init__(self, val):
        self.val = val

    def to_string(self):
        return "%s len %d cap %d" % (type_name(self.val),
                                     int(self.val["len"]),
                                     int(self.val["cap"]))

    def children(self):
        p = self.val["array"]
        for i in range(int(self.val["len"])):
            yield "[%d]" % i, (p + i).dereference()

    def display_hint(self):
        return "array"


def split_map_name(name):
    """"map[K]V" -> (K, V), brackets in K balanced."""
    depth = 0
    for i, c in enumerate(name):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return name[4:i], name[i + 1:]
    return None


def go_block():
    """The static block of the program's Go code: there "int" is Go's."""
    sym = gdb.lookup_global_symbol("main.main")
    return sym.symtab.static_block() if sym is not None else None


def go_type(name):
    """The gdb type of a Go type name, where the DWARF has one."""
    if name.startswith("*"):
        return go_type(name[1:]).pointer()
    block = go_block()
    for n in (name, "struct " + name):
        try:
            return gdb.lookup_type(n, block) if block else gdb.lookup_type(n)
        except gdb.error:
            pass
    raise gdb.error("no type " + name)


class MapPrinter(object):
    """map[K]V len N, and its entries (hashmap.cpp's buckets) unless the
    map is growing or the DWARF lacks K or V."""

    BUCKET = 8

    def __init__(self, val):
        self.val = val
        self.hmap = val.cast(gdb.lookup_type("Hmap").pointer())

    def to_string(self):
        if int(self.hmap) == 0:
            return "%s nil" % type_name(self.val)
        return "%s len %d" % (type_name(self.val), int(self.hmap["count"]))

    def children(self):
        if int(self.hmap) == 0 or int(self.hmap["oldbuckets"]) != 0:
            return
        kv = split_map_name(type_name(self.val))
        try:
            kt, vt = go_type(kv[0]), go_type(kv[1])
        except (gdb.error, TypeError):
            return
        t = self.hmap["t"]
        ks, es = int(t["keysize"]), int(t["elemsize"])
        size = int(t["bucketsize"])
        n = ptrsize()
        ovf = -(-(self.BUCKET + self.BUCKET * (ks + es)) // n) * n
        byte = gdb.lookup_type("unsigned char").pointer()
        base = self.hmap["buckets"].cast(byte)
        inf = gdb.selected_inferior()
        k = 0
        for b in range(1 << int(self.hmap["B"])):
            bucket = base + b * size
            while int(bucket) != 0:
                top = bytes(inf.read_memory(int(bucket), self.BUCKET))
                for i in range(self.BUCKET):
                    if top[i] <= 4:  # empty or evacuated
                        continue
                    key = (bucket + self.BUCKET + i * ks).cast(kt.pointer())
                    elem = (bucket + self.BUCKET + self.BUCKET * ks +
                            i * es).cast(vt.pointer())
                    if bool(t["indirectkey"]):
                        key = key.cast(kt.pointer().pointer()).dereference()
                    if bool(t["indirectelem"]):
                        elem = elem.cast(vt.pointer().pointer()).dereference()
                    yield "[%d]" % k, key.dereference()
                    yield "[%d]" % (k + 1), elem.dereference()
                    k += 2
                bucket = gdb.Value(readword(int(bucket) + ovf)).cast(byte)

    def display_hint(self):
        return "map"


def waitq_goids(q):
    out = []
    sg = q["first"]
    while int(sg) != 0 and len(out) < 100:
        out.append(int(sg["g"]["goid"]))
        sg = sg["link"]
    return out


class ChanPrinter(object):
    """chan T len N cap M, and the goroutines waiting to receive and send."""

    def __init__(self, val):
        self.val = val
        self.c = val.cast(gdb.lookup_type("Hchan").pointer())

    def to_string(self):
        if int(self.c) == 0:
            return "%s nil" % type_name(self.val)
        s = "%s len %d cap %d" % (type_name(self.val), int(self.c["qcount"]),
                                  int(self.c["dataqsiz"]))
        if bool(self.c["closed"]):
            s += " closed"
        for what, q in (("receivers", "recvq"), ("senders", "sendq")):
            ids = waitq_goids(self.c[q])
            if ids:
                s += " %s %s" % (what, " ".join("%d" % i for i in ids))
        return s


def gostring_at(p, n):
    if n == 0:
        return ""
    mem = gdb.selected_inferior().read_memory(p, n)
    return bytes(mem).decode("utf-8", "replace")


def gostring(v):
    """A GoString's text."""
    return gostring_at(int(v["str"]), int(v["len"]))


class IfacePrinter(object):
    """interface values: the dynamic type and the value, where the DWARF
    knows the type."""

    def __init__(self, val):
        self.val = val

    def dyntype(self):
        gotype = gdb.lookup_type("GoType").pointer()
        fields = [f.name for f in self.val.type.strip_typedefs().fields()]
        if "tab" in fields:
            tab = self.val["tab"]
            if int(tab) == 0:
                return None
            return tab.cast(gdb.lookup_type("GoItab").pointer())["type"]
        t = self.val["_type"]
        return None if int(t) == 0 else t.cast(gotype)

    def to_string(self):
        t = self.dyntype()
        if t is None:
            return "nil"
        name = gostring(t["name"])
        data = self.val["data"]
        n, size = ptrsize(), int(t["size"])
        word = int(data.cast(gdb.lookup_type("unsigned char").pointer()))
        if size <= n:  # stored in the data word itself, from its first byte
            raw = struct.pack("<Q" if n == 8 else "<I", word)[:size]
        else:
            raw = bytes(gdb.selected_inferior().read_memory(word, size))
        try:
            return "(%s) %s" % (name, gdb.Value(raw, go_type(name)))
        except gdb.error:
            # no DWARF for the type (only converted to an interface): the
            # runtime's descriptor says what the bytes are
            return "(%s) %s" % (name, from_descriptor(raw, t, 0))


# Kinds (gort.h's GORT_KIND_*) decoded from a value's bytes: struct format
# and whether the value is a float.
INTS = {1: "?", 3: "b", 4: "h", 5: "i", 6: "q", 8: "B", 9: "H", 10: "I",
        11: "Q", 13: "f", 14: "d"}
KIND_INT, KIND_UINT, KIND_UINTPTR, KIND_STRING, KIND_STRUCT = 2, 7, 12, 24, 25


def from_descriptor(raw, t, depth):
    """A value of the type t (GoType *) in raw, printed as gdb would."""
    kind = int(t["kind"]) & 0x1F
    n = ptrsize()
    word = "<q" if n == 8 else "<i"
    if kind in INTS:
        v = struct.unpack("<" + INTS[kind], raw[:struct.calcsize(INTS[kind])])[0]
        return ("true" if v else "false") if kind == 1 else repr(v)
    if kind == KIND_INT:
        return repr(struct.unpack(word, raw[:n])[0])
    if kind in (KIND_UINT, KIND_UINTPTR):
        return repr(struct.unpack(word.upper(), raw[:n])[0])
    if kind == KIND_STRING:
        p, ln = struct.unpack("<QQ" if n == 8 else "<II", raw[:2 * n])
        return '"%s"' % gostring_at(p, ln)
    if kind == KIND_STRUCT and depth < 4:
        st = t.cast(gdb.lookup_type("GoStructType").pointer())
        gotype = gdb.lookup_type("GoType").pointer()
        fields = int(st["fields"])
        out = []
        for i in range(int(st["nfields"])):
            # GoStructField (gort.h): name, pkgpath, typ, offset, embedded
            f = fields + i * 7 * n
            name = gostring_at(readword(f), readword(f + n))
            ft = gdb.Value(readword(f + 4 * n)).cast(gotype)
            off = readword(f + 5 * n)
            out.append("%s = %s" % (name, from_descriptor(
                raw[off:off + int(ft["size"])], ft, depth + 1)))
        return "{%s}" % ", ".join(out)
    if len(raw) == n:  # pointers, maps, channels, funcs
        return "0x%x" % struct.unpack(word.upper(), raw)[0]
    return "{...}"


def lookup(val):
    t = val.type
    name = t.name
    if name is None or not name:
        # typedefs of the runtime's own
        name = t.strip_typedefs().name
    if name is None:
        return None
    code = t.strip_typedefs().code
    if name == "string" and code == gdb.TYPE_CODE_STRUCT:
        return StringPrinter(val)
    if name.startswith("[]") and code == gdb.TYPE_CODE_STRUCT:
        return SlicePrinter(val)
    if name.startswith("map[") and code == gdb.TYPE_CODE_PTR:
        return MapPrinter(val)
    if name.split(" ")[0] in ("chan", "chan<-", "<-chan") and \
            code == gdb.TYPE_CODE_PTR:
        return ChanPrinter(val)
    if code == gdb.TYPE_CODE_STRUCT:
        fields = [f.name for f in t.strip_typedefs().fields()]
        if fields in (["tab", "data"], ["_type", "data"]):
            return IfacePrinter(val)
    return None


lookup.gort = True
# Loaded again (a second program, or by hand): this copy replaces the last.
gdb.pretty_printers = [p for p in gdb.pretty_printers
                       if not getattr(p, "gort", False)]
gdb.pretty_printers.append(lookup)
