# Sourced by the scripts: configure and build one preset, quietly, showing output only on failure.
# Usage: build_preset native-debug|native-release|native-asan|native-fuzz|wasm-release [TARGET...]
# FT_WERROR=1 in the environment makes every warning an error (scripts/test.sh, and so CI, sets it).
build_preset() {
  local preset=$1 log targets=()
  shift
  for t in "$@"; do targets+=(--target "$t"); done
  log=$(mktemp)
  export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs Debian's node modules (acorn)
  echo "build: $preset"
  local werror=OFF
  [ "${FT_WERROR:-0}" = 1 ] && werror=ON
  if ! { cmake --preset "$preset" -DFT_WERROR=$werror && cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"; } >"$log" 2>&1; then
    tail -60 "$log"
    echo "build: $preset FAILED (full log: $log)"
    return 1
  fi
  rm -f "$log"
}
