#!/usr/bin/env bash
# Every test, from a fresh machine: installs what is missing, builds native and wasm, runs the unit, UI and
# CLI tests (ctest), the same under AddressSanitizer and UndefinedBehaviorSanitizer, short fuzz runs of
# every importer, then the browser end-to-end suite. The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh

passed=0; failed=0
count_doctest() {   # adds doctest's test-case counts from a log
  local line p f
  line=$(grep -E '^\[doctest\] test cases:' "$1" | tail -1)
  p=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}
suite_failed() { echo "FAILED: $1"; failed=$((failed + 1)); }

./scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

build_preset native-debug || { echo "0 passed, 1 failed"; exit 1; }
logs=$(mktemp -d)
for bin in build/native-debug/tests/ft_unit_tests build/native-debug/tests/ft_ui_tests; do
  name=$(basename "$bin")
  if "$bin" --no-intro=true >"$logs/$name.log" 2>&1; then echo "ok: $name"; else cat "$logs/$name.log"; fi
  grep -E '^\[doctest\] test cases:' "$logs/$name.log" | sed "s/^/$name: /"
  count_doctest "$logs/$name.log"
done
if bash tests/cli/run.sh build/native-debug/fairterms "$PWD" >"$logs/cli.log" 2>&1; then :; else cat "$logs/cli.log"; fi
tail -1 "$logs/cli.log"
p=$(tail -1 "$logs/cli.log" | sed -E 's/.* ([0-9]+) passed.*/\1/'); f=$(tail -1 "$logs/cli.log" | sed -E 's/.* ([0-9]+) failed.*/\1/')
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))

# Sanitizers: the unit tests again with ASan and UBSan (any report fails the run).
if [ "${FT_SKIP_ASAN:-0}" != 1 ]; then
  if build_preset native-asan ft_unit_tests; then
    if ASAN_OPTIONS=detect_leaks=1 build/native-asan/tests/ft_unit_tests --no-intro=true >"$logs/asan.log" 2>&1; then
      echo "ok: unit tests under ASan/UBSan"; count_doctest "$logs/asan.log"
    else
      tail -40 "$logs/asan.log"; suite_failed "unit tests under ASan/UBSan"
    fi
  else
    suite_failed "ASan build"
  fi
fi

# Fuzzing: each importer's libFuzzer target for a short, fixed budget (FT_FUZZ_SECONDS sets it).
if [ "${FT_SKIP_FUZZ:-0}" != 1 ] && ls tests/fuzz/*.cpp >/dev/null 2>&1; then
  fuzz_targets=$(for f in tests/fuzz/fuzz_*.cpp; do basename "$f" .cpp; done)
  # shellcheck disable=SC2086
  if build_preset native-fuzz $fuzz_targets; then
    for target in build/native-fuzz/tests/fuzz_*; do
      [ -x "$target" ] || continue
      name=$(basename "$target")
      # Seeds: the committed corpus of that target (real documents and hostile shapes), read only.
      mkdir -p "$logs/$name"
      if "$target" -max_total_time="${FT_FUZZ_SECONDS:-15}" -rss_limit_mb=2048 -max_len=65536 "$logs/$name" \
           "tests/fuzz/corpus/${name#fuzz_}" \
           >"$logs/$name.log" 2>&1; then
        echo "ok: $name ($(grep -oE 'Done [0-9]+ runs' "$logs/$name.log" | tail -1))"; passed=$((passed + 1))
      else
        tail -30 "$logs/$name.log"; suite_failed "$name"
      fi
    done
  else
    suite_failed "fuzz build"
  fi
fi

# The browser app and its end-to-end tests.
if build_preset wasm-release; then
  if (cd tests/browser && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$logs/browser.tap" ./*.test.mjs) >"$logs/browser.log" 2>&1; then
    echo "ok: browser tests"
  else
    cat "$logs/browser.log"
  fi
  grep -E '^# (pass|fail) ' "$logs/browser.tap" | sed 's/^/browser: /'
  p=$(grep -E '^# pass ' "$logs/browser.tap" | awk '{print $3}'); f=$(grep -E '^# fail ' "$logs/browser.tap" | awk '{print $3}')
  [ -z "$p" ] && suite_failed "browser suite did not report"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  echo "screenshots: build/screenshots/"
else
  suite_failed "wasm build"
fi

rm -rf "$logs"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
