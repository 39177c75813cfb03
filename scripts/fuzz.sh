#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz/fuzz_*.cpp, ASan + UBSan) in turn for SECONDS each (default 60)
# and prints executions, coverage and any crash. Seeds come from tests/fuzz/corpus/<target>/ (read only);
# new inputs and crash files go to build/fuzz-runs/<target>/. A crash found becomes a regression test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -u
cd "$(dirname "$0")/.."
source scripts/lib/build.sh
seconds=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(for f in tests/fuzz/fuzz_*.cpp; do basename "$f" .cpp; done))
build_preset native-fuzz "${targets[@]}" || exit 1
status=0
for name in "${targets[@]}"; do
  runs=build/fuzz-runs/$name; mkdir -p "$runs/new"
  seeds=tests/fuzz/corpus/${name#fuzz_}
  [ -d "$seeds" ] || seeds=$runs/new
  if build/native-fuzz/tests/"$name" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10 \
       -artifact_prefix="$runs/" -print_final_stats=1 "$runs/new" "$seeds" >"$runs/log" 2>&1; then
    result=ok
  else
    result=FAILED; status=1
  fi
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$runs/log" | grep -oE '[0-9]+$')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$runs/log" | tail -1)
  echo "$result: $name, ${seconds}s, ${execs:-?} executions, ${cov:-no coverage line}"
  [ "$result" = ok ] || { grep -E 'ERROR|SUMMARY|artifact' "$runs/log" | head -10; }
done
exit $status
