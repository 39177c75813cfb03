#!/usr/bin/env bash
# Builds fairterms and serves it on http://127.0.0.1:8080 until stopped (Ctrl+C).
#   ./scripts/run.sh               install what is missing, build, serve
#   ./scripts/run.sh --build-only  install what is missing and build dist/fairterms.html and the CLI
# The bundle also works opened straight from disk (file://), with no network at all.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build.sh

./scripts/setup.sh
build_preset native-release
build_preset wasm-release
echo
echo "App:  $PWD/dist/fairterms.html   (open it in a browser; it works offline)"
echo "CLI:  $PWD/build/native-release/fairterms --help"
[ "${1:-}" = "--build-only" ] && exit 0

port=${PORT:-8080}
echo "Serving on http://127.0.0.1:$port/fairterms.html  (Ctrl+C to stop)"
cd dist
exec python3 -m http.server "$port" --bind 127.0.0.1
