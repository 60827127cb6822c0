#!/usr/bin/env bash
# Runs gort-fuzz (make fuzz; docs/TESTING.md, "Fuzzing") for SECONDS on
# the corpus kept in BUILD/fuzz-corpus, seeded afresh from test/ and the
# go1 programs (seed.sh). A crash, hang (10 s) or leak stops it with
# status 1 and its input in BUILD/fuzz-crashes/; reproduce it with
#   GORT_FUZZ_VERBOSE=1 BUILD/bin/gort-fuzz BUILD/fuzz-crashes/crash-...
#   test/fuzz/run.sh BUILD SECONDS [libFuzzer flags...]
set -euo pipefail
build=$1
time=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
max=16384
bash "$here/seed.sh" "$build/fuzz-seed" "$max"
mkdir -p "$build/fuzz-corpus" "$build/fuzz-crashes"
exec "$build/bin/gort-fuzz" -dict="$here/go.dict" -max_len="$max" \
  -timeout=10 -rss_limit_mb=4096 -max_total_time="$time" \
  -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/" "$@" \
  "$build/fuzz-corpus" "$build/fuzz-seed"
