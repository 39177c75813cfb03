#!/usr/bin/env bash
# Installs everything fairterms needs to build and test, idempotently and only what is missing.
# Sources: Debian's packages (binary and source) and the npm registry; nothing else is reachable or used.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

IMGUI_VERSION=1.86
debs=(cmake g++ clang libclang-rt-14-dev emscripten nlohmann-json3-dev doctest-dev chromium
      fonts-noto-core fonts-dejavu-core fonttools xz-utils dpkg-dev
      libreoffice-writer poppler-utils)   # the documents tests: Word -> PDF, pdftotext, pdftoppm

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# imgui's .cpp files come from Debian's source package, so deb-src must be enabled.
src_list=/etc/apt/sources.list.d/fairterms-debian-src.sources
need_src=0
[ -f "$root/build/third_party/imgui-$IMGUI_VERSION/imgui.cpp" ] || need_src=1
if [ "$need_src" = 1 ] && [ ! -f "$src_list" ]; then
  sudo_ tee "$src_list" >/dev/null <<'X'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
X
fi

if [ ${#missing[@]} -gt 0 ] || [ "$need_src" = 1 ]; then
  echo "setup: apt-get update"
  sudo_ apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui sources, pinned, unpacked into the build tree (never into git).
if [ "$need_src" = 1 ]; then
  echo "setup: fetching imgui $IMGUI_VERSION source package"
  dl=$(mktemp -d)
  (cd "$dl" && apt-get source --download-only "imgui=$IMGUI_VERSION*" >/dev/null 2>&1 || \
               apt-get source --download-only imgui >/dev/null)
  tarball=$(ls "$dl"/imgui_${IMGUI_VERSION}*.orig.tar.* | head -1)
  mkdir -p "$root/build/third_party"
  rm -rf "$root/build/third_party/imgui-$IMGUI_VERSION"
  mkdir -p "$root/build/third_party/imgui-$IMGUI_VERSION"
  tar -xf "$tarball" -C "$root/build/third_party/imgui-$IMGUI_VERSION" --strip-components=1
  rm -rf "$dl"
fi

# Browser-test dependencies from the committed lockfile; never a browser download.
if [ -f tests/browser/package-lock.json ]; then
  # npm ls fails when anything the lockfile names is missing (a dependency added since the last install).
  if ! (cd tests/browser && npm ls --silent >/dev/null 2>&1); then
    echo "setup: npm ci (tests/browser)"
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
fi
echo "setup: ready"
