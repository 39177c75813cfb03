# Sourced by the scripts: configure and build one preset, quietly, showing output only on failure.
# Usage: build_preset native-debug|native-release|native-asan|native-fuzz|wasm-release [TARGET...]
build_preset() {
  local preset=$1 log targets=()
  shift
  for t in "$@"; do targets+=(--target "$t"); done
  log=$(mktemp)
  export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs Debian's node modules (acorn)
  echo "build: $preset"
  if ! { cmake --preset "$preset" && cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"; } >"$log" 2>&1; then
    tail -60 "$log"
    echo "build: $preset FAILED (full log: $log)"
    return 1
  fi
  rm -f "$log"
}
