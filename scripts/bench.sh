#!/usr/bin/env bash
# Prints fairterms' performance figures, one line per figure with its target (issue 14), measured in
# headless Chromium (tests/browser/bench.mjs does the measuring; nothing here asserts):
# - bundle size                                                        target <= 1.2 MB
# - first frame against a bare Dear ImGui page built the same way,
#   at least 11 interleaved runs, min / median / max, median ratio     target <= 1.3
# - click to frame (release to the end of the frame showing the result; the bare page's next frame),
#   median ratio over clicks after one warm-up visit to each screen (first visits printed apart),
#   frames drawn per click                                             target <= 1.5, result on the first frame
#   The bare page (tests/bench/hello.cpp) is a real page: full-density canvas, window shown on its first
#   frame, presses reaching it.
# - idle frames and the accessibility mirror's cost (issue 12)         targets 0 and <= 2 ms
# - the capped workspace (tests/bench/make_capped_workspace.py: 2,000 data assets, 500 quotes, 200 value
#   scenarios, 200 indicators each answered with 2,000 characters of evidence and an action): time to
#   open, main-thread frame time while scrolling on every screen, heap  targets <= 1 s, <= 8 ms, <= 64 MiB
# - frame time per screen per renderer at DPR 2 (issue 9)               target Canvas 2D <= 16 ms
# The whole run stays under 5 minutes on a 2-core machine. RUNS=N takes more start-up runs (at least 11).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh
# Built as scripts/test.sh builds (warnings as errors), so the bench reuses that build instead of redoing it.
export FT_WERROR=${FT_WERROR:-1}
./scripts/setup.sh >/dev/null
build_preset wasm-release >/dev/null
NODE_PATH=/usr/share/nodejs cmake --build build/wasm-release --target bench_hello >/dev/null
capped="$PWD/build/bench/capped-workspace.json"
mkdir -p "$(dirname "$capped")"
python3 tests/bench/make_capped_workspace.py "$capped" "$PWD"
cd tests/browser
FT_HELLO="$PWD/../../build/wasm-release/bench/bench_hello.html" FT_CAPPED="$capped" RUNS=${RUNS:-11} node ./bench.mjs
