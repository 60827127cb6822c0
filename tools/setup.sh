#!/usr/bin/env bash
# Installs the Debian 12 packages gort needs, skipping apt when all are present.
# The multilib and ARM cross pairs go in separate apt-get runs: in one
# transaction apt fails to resolve them on Debian 12. They are named by gcc
# version: the unversioned gcc-multilib and gcc-arm-linux-gnueabihf conflict
# (each apt run would remove the other), gcc-12-* do not.
set -euo pipefail

groups=(
  "llvm-19-dev clang-19 lld-19 llvm-19-tools libunwind-19-dev libclang-rt-19-dev cmake ninja-build gdb gdb-multiarch qemu-user golang-go gccgo-12 python3 python3-psutil zlib1g-dev libzstd-dev libedit-dev libxml2-dev"
  "gcc-12-multilib g++-12-multilib"
  "gcc-12-arm-linux-gnueabihf g++-12-arm-linux-gnueabihf libc6-dev-armhf-cross binutils-arm-linux-gnueabihf"
)

missing() {
  local p out=()
  for p in $1; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out+=("$p")
  done
  echo "${out[@]:-}"
}

need=0
for g in "${groups[@]}"; do [ -n "$(missing "$g")" ] && need=1; done
[ "$need" = 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "setup: missing packages; run 'make' as root or install: $(for g in "${groups[@]}"; do missing "$g"; done)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
for g in "${groups[@]}"; do
  m=$(missing "$g")
  [ -z "$m" ] || apt-get install -y -qq --no-install-recommends $m
done
