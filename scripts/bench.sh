#!/usr/bin/env bash
# Prints fairterms' performance figures, measured side by side in one run in headless Chromium:
# bundle size (bytes and gzipped), time from navigation to the first rendered frame for fairterms and for a
# bare Dear ImGui page built the same way (and their ratio), frames drawn over 3 s with no input, frames
# needed to react to one click, the wasm heap after start, and the frame time per screen at 1280x800 and
# devicePixelRatio 2 with the Canvas 2D renderer (machines without WebGL) and with WebGL. Targets:
# bundle <= 1.2 MB, first frame <= 1.5x the bare page, 0 idle frames, Canvas 2D frame <= 16 ms median.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh
./scripts/setup.sh >/dev/null
build_preset wasm-release >/dev/null
NODE_PATH=/usr/share/nodejs cmake --build build/wasm-release --target bench_hello >/dev/null
cd tests/browser
FT_HELLO="$PWD/../../build/wasm-release/bench/bench_hello.html" RUNS=${RUNS:-5} node ./bench.mjs
