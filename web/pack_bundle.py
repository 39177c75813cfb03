#!/usr/bin/env python3
"""Shrinks the single-file bundle: the embedded WebAssembly is stored gzip-compressed.

Emscripten's -sSINGLE_FILE embeds the wasm as base64 text, a third larger than the binary. Compressed
first, the module takes about a third of the space; pre.js inflates it with the browser's own
DecompressionStream before compiling it. Usage: pack_bundle.py BUNDLE.html (rewritten in place).
"""
import base64
import gzip
import os
import re
import sys

PREFIX = "data:application/octet-stream;base64,"


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        html = f.read()
    found = list(re.finditer(re.escape(PREFIX) + r"([A-Za-z0-9+/=]+)", html))
    if len(found) != 1:
        sys.exit(f"{path}: expected one embedded module, found {len(found)}")
    m = found[0]
    raw = base64.b64decode(m.group(1))
    if raw[:2] == b"\x1f\x8b":
        return  # already packed (a relink that left the file as it was)
    packed = base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(html[: m.start(1)] + packed + html[m.end(1):])
    os.replace(tmp, path)


if __name__ == "__main__":
    main(sys.argv[1])
