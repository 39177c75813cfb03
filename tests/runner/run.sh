#!/usr/bin/env bash
# Tests of the test runner's counting (scripts/lib/tally.sh) with stand-in suites that crash, lie or
# stay silent. Each case runs in a subshell with fresh counters and states what the runner must conclude.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tally="$here/../../scripts/lib/tally.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0

# expect WANT_PASSED WANT_FAILED DESCRIPTION -- FUNCTION ARGS...: runs one tally function on a stand-in.
expect() {
  local want_p=$1 want_f=$2 what=$3; shift 4
  local got
  got=$( source "$tally"; "$@" >/dev/null 2>&1; echo "$passed $failed" )
  if [ "$got" = "$want_p $want_f" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL: $what: counted '$got', wanted '$want_p $want_f'"; fi
}

summary='[doctest] test cases: 4 | 4 passed | 0 failed | 0 skipped'
cat >"$tmp/segv.sh" <<'X'
echo "[doctest] doctest version is 2.4.9"
kill -SEGV $$
X
cat >"$tmp/abort_after_summary.sh" <<X
echo '$summary'
exit 134
X
cat >"$tmp/clean.sh" <<X
echo '$summary'
X
cat >"$tmp/failures.sh" <<'X'
echo '[doctest] test cases: 5 | 3 passed | 2 failed | 0 skipped'
exit 1
X

expect 0 1 "a doctest binary that segfaults before its summary" -- run_doctest unit "$tmp/log" bash "$tmp/segv.sh"
expect 4 1 "a doctest binary that exits non-zero after a clean summary" -- run_doctest unit "$tmp/log" bash "$tmp/abort_after_summary.sh"
expect 4 0 "a clean doctest binary" -- run_doctest unit "$tmp/log" bash "$tmp/clean.sh"
expect 3 2 "a doctest binary with failures" -- run_doctest unit "$tmp/log" bash "$tmp/failures.sh"
expect 0 1 "a doctest binary that does not exist" -- run_doctest unit "$tmp/log" "$tmp/no-such-binary"

expect 7 0 "a counted script with its summary" -- run_counted cli "$tmp/log" bash -c 'echo "cli: 7 passed, 0 failed"'
expect 0 1 "a counted script that dies before its summary" -- run_counted cli "$tmp/log" bash -c 'echo "cli: 7 passed, 0 failed"; echo more; kill -SEGV $$'
expect 0 1 "a counted script with a malformed summary" -- run_counted cli "$tmp/log" bash -c 'echo "cli: 7 passed"'
expect 0 1 "a summary under another suite's name" -- run_counted cli "$tmp/log" bash -c 'echo "docs: 7 passed, 0 failed"'
expect 7 1 "a counted script that exits non-zero after a clean summary" -- run_counted cli "$tmp/log" bash -c 'echo "cli: 7 passed, 0 failed"; exit 3'
expect 5 2 "a counted script with failures" -- run_counted cli "$tmp/log" bash -c 'echo "cli: 5 passed, 2 failed"; exit 1'

expect 0 1 "a TAP run that wrote no TAP" -- run_tap browser "$tmp/none.tap" "$tmp/log" true
printf '# pass 9\n# fail 0\n' >"$tmp/ok.tap"
expect 9 1 "a TAP run that exits non-zero after a clean summary" -- run_tap browser "$tmp/copy.tap" "$tmp/log" bash -c "cp '$tmp/ok.tap' '$tmp/copy.tap'; exit 1"
expect 9 0 "a clean TAP run" -- run_tap browser "$tmp/copy.tap" "$tmp/log" bash -c "cp '$tmp/ok.tap' '$tmp/copy.tap'"

expect 1 0 "a check that passes" -- run_check fuzz "$tmp/log" true
expect 0 1 "a check that crashes" -- run_check fuzz "$tmp/log" bash -c 'kill -SEGV $$'

echo "runner: $pass passed, $fail failed"
[ "$fail" = 0 ]
