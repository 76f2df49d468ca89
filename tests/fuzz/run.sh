#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer, UBSan) into
# build-fuzz/ and runs each for a bounded time (default 600 s each):
#   tests/fuzz/run.sh [SECONDS]
# Not part of scripts/test.sh or CI; README says how long it last ran clean.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-600}"
"$root/scripts/install-deps.sh"
command -v clang++ >/dev/null || { echo "error: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2; exit 1; }
build="$root/build-fuzz"
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHADS_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)" --target fuzz_csvreader fuzz_caseimporter
corpus="$build/corpus"
mkdir -p "$corpus/csv" "$corpus/import"
cp "$root"/tests/golden/fixture-*.csv "$corpus/csv/"
cp "$root"/tests/golden/fixture-cases.csv "$corpus/import/"
export QT_QPA_PLATFORM=offscreen
for target in csvreader caseimporter; do
  dir=csv; [ "$target" = caseimporter ] && dir=import
  echo "== fuzz_$target for $seconds s"
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
      -print_final_stats=1 "$corpus/$dir"
done
