#!/usr/bin/env bash
# CLI contract tests over the real binary: exit codes, one-line errors with JSON pointers, golden outputs,
# and that a failed run never leaves a partial output file.
set -u
bin=$1; src=$2
pass=0; fail=0
ok()   { pass=$((pass + 1)); }
bad()  { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

expect_exit() {  # expect_exit CODE STDIN_TEXT ARGS...
  local want=$1 input=$2; shift 2
  printf '%s' "$input" | "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  [ "$got" = "$want" ] && ok || bad "fairterms $* exited $got, wanted $want: $(cat "$tmp/err")"
}

expect_exit 0 "" version
"$bin" version | grep -q '"name": "fairterms"' && ok || bad "version prints the name"
expect_exit 0 "" --help
"$bin" --help | grep -q 'fairterms validate' && ok || bad "help lists validate"
expect_exit 2 "" no-such-command -
expect_exit 2 "{oops" validate -
[ "$(wc -l <"$tmp/err")" = 1 ] && ok || bad "an input error is one line on stderr"
expect_exit 2 '{"schema":"nope@1"}' validate -
grep -q '^fairterms: /schema: ' "$tmp/err" && ok || bad "error names /schema: $(cat "$tmp/err")"
expect_exit 2 "" validate "$tmp/does-not-exist.json"
# A failed run leaves no output file behind: an input error fails before anything is written...
printf '{oops' | "$bin" validate - -o "$tmp/never.json" 2>/dev/null
[ ! -e "$tmp/never.json" ] && [ "$(ls "$tmp" | grep -c never)" = 0 ] && ok || bad "failed input left a file"
# ...and a write that fails half-way (here the file size limit, 1 KiB, stops a ~30 KB document) leaves
# neither a partial document nor a temporary file, and an older file of that name as it was.
html_input=$src/tests/golden/readiness-board-html.report.json
mkdir -p "$tmp/w" && printf 'earlier' >"$tmp/w/report.html"
( trap '' XFSZ; ulimit -f 1; "$bin" report "$html_input" --format html -o "$tmp/w/report.html" ) 2>"$tmp/err"
got=$?
[ "$got" != 0 ] && ok || bad "a write that failed half-way exited 0"
[ "$(cat "$tmp/w/report.html")" = earlier ] && [ "$(ls "$tmp/w")" = report.html ] && ok \
  || bad "a write that failed half-way left: $(ls -l "$tmp/w")"

# Golden outputs: each tests/golden/<name>.<command>.json input has an expected <name>.<command>.out.
for input in "$src"/tests/golden/*.*.json; do
  [ -e "$input" ] || continue
  base=${input%.json}; cmd=${base##*.}
  fmt=""; [ -f "$base.format" ] && fmt=$(cat "$base.format")
  if [ -n "$fmt" ]; then "$bin" "$cmd" "$input" --format "$fmt" >"$tmp/golden" 2>"$tmp/err"
  else "$bin" "$cmd" "$input" >"$tmp/golden" 2>"$tmp/err"; fi
  status=$?
  # A golden run must succeed and say nothing on stderr: an input the command refuses would otherwise
  # "match" an empty expected file.
  if [ "$status" != 0 ] || [ -s "$tmp/err" ] || [ ! -s "$base.out" ]; then
    bad "golden $(basename "$input") exited $status with: $(cat "$tmp/err")"
  elif cmp -s "$tmp/golden" "$base.out"; then ok
  else bad "golden $(basename "$input") differs:"; diff "$base.out" "$tmp/golden" | head -20; fi
done

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
