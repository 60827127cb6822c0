# Thin wrapper over CMake: `make demo`, `make check`, `make bench`,
# `make fuzz`.
BUILD ?= build
JOBS  ?= $(shell nproc)
LIT   := /usr/bin/python3 /usr/lib/llvm-19/build/utils/lit/lit.py
TARGETS ?= amd64 386 arm arm-thumb amd64-gc 386-gc arm-gc amd64-race

.PHONY: all setup configure build demo check bench bench-race conformance fuzz clean

all: build

setup:
	@bash tools/setup.sh

$(BUILD)/build.ninja: CMakeLists.txt | setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_ASM_COMPILER=clang-19

configure: setup $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash tools/demo.sh $(BUILD)

# Every lit suite once per target; LIT_ARGS narrows it, e.g.
#   make check TARGETS=arm LIT_ARGS='--filter smoke'
#   make check SANITIZE=address,undefined  (amd64's runtime, smoke and e2e
#   with the runtime under those sanitizers: the suite amd64-san)
ifneq ($(SANITIZE),)
TARGETS := amd64-san
endif
check: build
ifneq ($(SANITIZE),)
	cmake -DGORT_SANITIZE=$(SANITIZE) $(BUILD) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
endif
	@/usr/bin/python3 test/check.py $(BUILD) $(TARGETS) -- $(LIT_ARGS)

# The Go project's go1 test programs, all four tiers, with a pass count per
# tier (make check runs tiers 0 and 1 and requires them to pass).
GO1 := $(CURDIR)/../shared/conformance/go1
conformance: build
	@for t in 0 1 2 3; do \
	  printf 'tier %s: ' $$t; \
	  COMPILE='$(CURDIR)/$(BUILD)/bin/gort build -o $$BIN $$SRC' \
	    bash $(GO1)/run.sh $(GO1)/tier$$t.txt | tail -n 1; \
	done

bench: build
	@/usr/bin/python3 test/bench/run.py $(BUILD)

# The race detector's cost beside Go 1.19's (docs/PERFORMANCE.md).
bench-race: build
	@/usr/bin/python3 test/bench/race.py --gort $(BUILD)

# The fuzzer (docs/TESTING.md, "Fuzzing"): libFuzzer and ASan over the
# compiler, in a build dir of its own with only the harness, for FUZZ_TIME
# seconds; crashes go to $(FUZZ_BUILD)/fuzz-crashes/.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME  ?= 60
$(FUZZ_BUILD)/build.ninja: CMakeLists.txt | setup
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE= -DGORT_FUZZ=ON \
	  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_ASM_COMPILER=clang-19

fuzz: $(FUZZ_BUILD)/build.ninja
	cmake --build $(FUZZ_BUILD) --target gort-fuzz -j $(JOBS)
	@bash test/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_TIME)

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD)
