#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora under tests/fuzz/corpus/<target>/ (committed; rerun after changing
a seed). Each target gets a few real documents of its kind and the hostile shapes issue 10 found: deep
nesting, numbers beyond a double or below its precision, invalid UTF-8, U+FFFF, duplicate keys, a NUL."""
import json
import os
import shutil

root = os.path.dirname(os.path.abspath(__file__))
src = os.path.dirname(os.path.dirname(root))
golden = os.path.join(src, "tests", "golden")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def documents(target):
    if target in ("quote", "value", "strategy"):
        return [os.path.join(golden, n) for n in sorted(os.listdir(golden)) if n.endswith("." + target + ".json")]
    if target in ("assess",):
        return [os.path.join(golden, n) for n in sorted(os.listdir(golden)) if n.endswith((".assess.json", ".report.json"))]
    if target == "rate_card":
        d = os.path.join(src, "assets", "rate-cards")
        return [os.path.join(d, n) for n in sorted(os.listdir(d))]
    if target == "instrument":
        return [os.path.join(src, "assets", "instrument", "readiness.json")]
    if target == "asset_rating":
        return [os.path.join(src, "assets", "instrument", "asset-rating.json")]
    # workspace, validate, text: every kind of document
    out = [os.path.join(golden, n) for n in sorted(os.listdir(golden)) if n.endswith(".json")][:8]
    out += [os.path.join(src, "assets", "instrument", "asset-rating.json"), os.path.join(src, "assets", "rate-cards", "nhse-sde-2026.json")]
    return out


def hostile(schema):
    head = b'{"schema":"' + schema.encode() + b'"'
    deep = b"[" * 1000 + b"]" * 1000
    return {
        "deep-top": deep,
        "deep-inside": head + b',"app":{"x":' + deep + b"}}",
        "huge-number": head + b',"duration_months":1e400,"data_attribution":-1e400}',
        "tiny-number": head + b',"duration_months":1e-400,"weight":0.30000000000000000004}',
        "long-digits": head + b',"users":25.000000000000000001,"n":99999999999999999999999}',
        "invalid-utf8": head + b',"title":"x\xff\xc0\x80\xed\xa0\x80"}',
        "noncharacters": head + b',"title":"a\xef\xbf\xbf\xef\xbf\xbe\\u0001\\r\\n# h <img src=x> ![](http://h/x)"}',
        "duplicate-keys": head + b',"schema":"fairterms/workspace@1","a":1,"a":2}',
        "nul-after": head + b"}\x00junk",
        "trailing": head + b"} {}",
        "level-text": b'{"schema":"fairterms/assessment@1","answers":{"data_quality.linkage":{"level":"3"}}}',
        "far-date": head + b',"date":"9999-12-01","assessed_on":"2100-12-31"}',
    }


schemas = {
    "quote": "fairterms/quote-request@1", "value": "fairterms/value-request@1", "assess": "fairterms/assessment@1",
    "strategy": "fairterms/strategy@1", "rate_card": "fairterms/rate-card@1", "instrument": "fairterms/instrument@1",
    "asset_rating": "fairterms/asset-rating@1", "workspace": "fairterms/workspace@1", "validate": "fairterms/workspace@1",
    "text": "fairterms/workspace@1",
}
for target, schema in schemas.items():
    out = os.path.join(root, "corpus", target)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    seen = set()
    for path in documents(target):
        data = read(path)
        if data in seen:  # the golden files share some inputs
            continue
        seen.add(data)
        with open(os.path.join(out, os.path.basename(path)), "wb") as f:
            f.write(data)
    for name, data in hostile(schema).items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
