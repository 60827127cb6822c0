# lit configuration shared by every target; lit.site.cfg.py sets the target.
import os
import shlex
import sys
import lit.formats

target = config.gort_target
config.name = "gort-" + config.gort_suite
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".go", ".test"]
config.excludes = ["Inputs", "tools", "bench", "golibdiff", "fuzz", "lit.cfg.py", "check.py"]
config.test_source_root = os.path.dirname(__file__)

src, obj = config.gort_src_root, config.gort_obj_root
go1 = os.path.normpath(os.path.join(src, "..", "shared", "conformance", "go1"))

# How this machine runs the target's programs: natively, or under qemu-user
# (arm always; 386 where the kernel refuses 32-bit programs). gort-exec
# decides by running a tiny i386 program.
sys.path.insert(0, f"{src}/tools")
import gort_exec  # noqa: E402
emulator = gort_exec.emulator(target)

# Every test runs on every target unless it says REQUIRES/UNSUPPORTED.
config.available_features.add(target)
if not emulator:
    config.available_features.add("native")
# What a target's port has so far: the context switch (sched) and
# __morestack (split); tests that need them say REQUIRES.
if os.path.exists(f"{src}/asm/{target}/asm_{target}.S"):
    config.available_features.add("sched")
if os.path.exists(f"{src}/compiler-rt-glue/morestack_{target}.S"):
    config.available_features.add("split")
if os.path.isdir(go1):
    config.available_features.add("go1")

run = " ".join(emulator)
# A variant suite (arm-thumb) compiles the C tests with extra flags and runs
# only the runtime suite.
if config.gort_cflags:
    config.excludes += ["smoke", "frontend", "e2e", "conformance", "debugger"]
    config.available_features.add("thumb")
# Another (TARGET-gc) runs the programs of e2e and conformance under
# collector stress (test/CMakeLists.txt); tests see it as feature gcstress.
if config.gort_gcstress:
    config.excludes += ["smoke", "frontend", "runtime", "debugger"]
    config.available_features.add("gcstress")
    config.environment["GOGC"] = "1"
    config.environment["GODEBUG"] = "clobberfree=1"

# Another (amd64-san) runs runtime, smoke and e2e with the runtime built
# with sanitizers, C tests compiled with them, Go programs linked with them
# ($GORTSANITIZE). A report goes to a file under sanitizer-reports, which
# check.py fails the run on: a test that exits as it should still counts.
if config.gort_sanitize:
    config.excludes += ["frontend", "conformance", "debugger"]
    config.available_features.add("sanitize")
    config.gort_cflags += f" --sanitize={config.gort_sanitize}"
    reports = os.path.join(config.test_exec_root, "sanitizer-reports")
    import shutil
    shutil.rmtree(reports, ignore_errors=True)
    os.makedirs(reports)
    log = f"log_path={reports}/report"
    # The runtime's own signal stacks stay its own (use_sigaltstack=0).
    config.environment["ASAN_OPTIONS"] = f"{log}:use_sigaltstack=0"
    config.environment["UBSAN_OPTIONS"] = f"{log}:print_stacktrace=1"
    config.environment["GORTSANITIZE"] = config.gort_sanitize
    # A test that expects a report: to stderr instead.
    config.substitutions.append(
        ("%san-stderr", "env ASAN_OPTIONS=use_sigaltstack=0 "
                        "UBSAN_OPTIONS=print_stacktrace=1"))

# Another (amd64-race) runs e2e with every program built by gort build
# -race; the tests of test/race, which ask for -race themselves, run in the
# amd64 suite (feature race).
if config.gort_race:
    config.excludes += ["smoke", "frontend", "runtime", "conformance",
                        "debugger", "race"]
    config.available_features.add("race-suite")
    config.substitutions += [("%gort build", f"{obj}/bin/gort build -race"),
                             ("%gort run", f"{obj}/bin/gort run -race")]
elif target == "amd64" and not config.gort_gcstress and not config.gort_sanitize:
    config.available_features.add("race")  # lib/amd64-race: always built

config.substitutions += [
    ("%cc", f"{src}/tools/gort-cc --target={target} --build={obj} {config.gort_cflags}".strip()),
    ("%gort", f"{obj}/bin/gort"),
    ("%target", target),
    ("%run", run),
    ("%python", "/usr/bin/python3"),
    ("%exitcode", f"/usr/bin/python3 {src}/test/tools/exitcode.py"),
    ("%sigquit", f"/usr/bin/python3 {src}/test/tools/sigquit.py"),
    ("%crash-core", f"/usr/bin/python3 {src}/test/tools/crash-core.py"),
    ("%gdb-run", f"/usr/bin/python3 {src}/test/tools/gdb-run.py"
                 + (" --qemu=" + shlex.quote(run) if emulator else "")),
    ("%pprof-check", f"/usr/bin/python3 {src}/test/tools/pprof-check.py"),
    ("%pprof", "/usr/lib/go-1.19/bin/go tool pprof"),
    ("%go1dir", go1),
    ("%src", src),
    ("%obj", obj),
]

# FileCheck, not, count from LLVM; the C toolchain and qemu from PATH.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, os.environ.get("PATH", "")])
# The build cache of library packages' objects (docs/DESIGN.md, "Packages
# and the build cache"): the build directory's, not the user's; keys tell
# the targets apart.
config.environment["GORTCACHE"] = f"{obj}/gort-cache"
for var in ("HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# A hang fails its own test instead of the whole run (needs psutil).
lit_config.maxIndividualTestTime = 300
