#!/usr/bin/env bash
# Every test, from a fresh machine: installs what is missing, builds native and wasm with warnings as errors,
# runs the test runner's own tests, the layout rules (which folder may include which), the unit, UI and CLI tests, the unit tests again under AddressSanitizer
# and UndefinedBehaviorSanitizer, short fuzz runs of every importer, then the browser end-to-end suite.
# The last line is "N passed, N failed"; the exit status is 0 only when nothing failed.
#
# Counting lives in scripts/lib/tally.sh: a suite that crashes, exits non-zero or prints no summary counts
# as failed, whatever it printed before (tests/runner/run.sh proves it).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh
source scripts/lib/tally.sh

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
export FT_WERROR=1   # warnings are errors in every build this script makes

finish() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

./scripts/setup.sh || { suite_failed "setup"; finish; }

run_counted runner "$logs/runner.log" bash tests/runner/run.sh
run_counted layout "$logs/layout.log" python3 tests/layout/check.py

build_preset native-debug || { suite_failed "native build"; finish; }
run_doctest ft_unit_tests "$logs/unit.log" build/native-debug/tests/ft_unit_tests --no-intro=true
run_doctest ft_ui_tests "$logs/ui.log" build/native-debug/tests/ft_ui_tests --no-intro=true
run_counted cli "$logs/cli.log" bash tests/cli/run.sh build/native-debug/fairterms "$PWD"

# Documents as recipients open them: Word through LibreOffice, CSV through Python's csv reader.
run_counted docs "$logs/docs.log" bash tests/docs/run.sh build/native-debug/fairterms "$PWD"

# Sanitizers: the unit tests again with ASan and UBSan (any report fails the run).
if [ "${FT_SKIP_ASAN:-0}" != 1 ]; then
  if build_preset native-asan ft_unit_tests; then
    ASAN_OPTIONS=detect_leaks=1 run_doctest "unit tests under ASan/UBSan" "$logs/asan.log" \
      build/native-asan/tests/ft_unit_tests --no-intro=true
  else
    suite_failed "ASan build"
  fi
fi

# Fuzzing: each importer's libFuzzer target for a short, fixed budget (FT_FUZZ_SECONDS sets it; long runs
# are scripts/fuzz.sh's job).
if [ "${FT_SKIP_FUZZ:-0}" != 1 ] && ls tests/fuzz/*.cpp >/dev/null 2>&1; then
  fuzz_targets=$(for f in tests/fuzz/fuzz_*.cpp; do basename "$f" .cpp; done)
  # shellcheck disable=SC2086
  if build_preset native-fuzz $fuzz_targets; then
    for name in $fuzz_targets; do
      target=build/native-fuzz/tests/$name
      [ -x "$target" ] || { suite_failed "$name was not built"; continue; }
      # Seeds: the committed corpus of that target (real documents and hostile shapes), read only; new
      # inputs go to a scratch folder.
      mkdir -p "$logs/$name"
      run_check "$name" "$logs/$name.log" "$target" -max_total_time="${FT_FUZZ_SECONDS:-15}" -rss_limit_mb=2048 \
        -max_len=65536 "$logs/$name" "tests/fuzz/corpus/${name#fuzz_}" \
        && grep -oE 'Done [0-9]+ runs' "$logs/$name.log" | tail -1 | sed "s/^/  $name: /"
    done
  else
    suite_failed "fuzz build"
  fi
fi

# The browser app and its end-to-end tests.
if build_preset wasm-release; then
  # shellcheck disable=SC2046
  run_tap browser "$logs/browser.tap" "$logs/browser.log" env -C tests/browser \
    node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
         --test-reporter=tap --test-reporter-destination="$logs/browser.tap" $(cd tests/browser && ls ./*.test.mjs)
  echo "screenshots: build/screenshots/"
else
  suite_failed "wasm build"
fi

finish
