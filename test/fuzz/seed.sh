#!/usr/bin/env bash
# Seeds gort-fuzz's corpus (docs/TESTING.md, "Fuzzing"): every .go file of
# test/ and, when present, of the go1 programs (../shared/conformance/go1),
# each at most MAXLEN bytes (the fuzzer's -max_len), copied into OUT under
# a name made from its path.
#   test/fuzz/seed.sh OUT [MAXLEN]
set -euo pipefail
out=$1
max=${2:-16384}
root=$(cd "$(dirname "$0")/../.." && pwd)
go1=$root/../shared/conformance/go1
rm -rf "$out"
mkdir -p "$out"
dirs=("$root/test")
[ -d "$go1" ] && dirs+=("$go1")
find "${dirs[@]}" -name '*.go' -size -"$((max + 1))"c -print0 |
  while IFS= read -r -d '' f; do
    rel=${f#"$root"/}
    rel=${rel#../}
    cp "$f" "$out/${rel//\//_}"
  done
echo "seed: $(ls "$out" | wc -l) files in $out"
