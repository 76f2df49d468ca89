#!/usr/bin/env bash
# Installs what is missing, then configures (once) and builds THADS into build/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="${THADS_BUILD_DIR:-$root/build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${THADS_BUILD_TYPE:-Release}"
fi
cmake --build "$build" --parallel "$(nproc)"
