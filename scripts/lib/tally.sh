# How scripts/test.sh counts what it runs. Sourced by it, and tested on its own by tests/runner/run.sh,
# because a runner that can report green after a crash makes every other test worthless.
#
# The rule everywhere: a suite counts as passed only when it exited 0 AND printed the summary line we
# expect. A crash (signal), a non-zero exit or a missing or malformed summary is a failure, whatever the
# counts say.
passed=0
failed=0

suite_failed() { echo "FAILED: $1"; failed=$((failed + 1)); }

# run_doctest NAME LOG CMD [ARGS...]: a doctest binary; adds its test-case counts.
run_doctest() {
  local name=$1 log=$2 rc line p f
  shift 2
  "$@" >"$log" 2>&1
  rc=$?
  line=$(grep -E '^\[doctest\] test cases: *[0-9]+ *\| *[0-9]+ passed *\| *[0-9]+ failed' "$log" | tail -1)
  if [ -z "$line" ]; then
    tail -40 "$log"
    suite_failed "$name printed no doctest summary (exit status $rc)"
    return 1
  fi
  p=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")
  f=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" != 0 ] || [ "$f" != 0 ]; then
    tail -80 "$log"
    [ "$f" = 0 ] && suite_failed "$name exited with status $rc after a clean summary"
    return 1
  fi
  echo "ok: $name ($p test cases)"
}

# run_counted NAME LOG CMD [ARGS...]: a script whose last line is exactly "NAME: N passed, N failed".
run_counted() {
  local name=$1 log=$2 rc last p f
  shift 2
  "$@" >"$log" 2>&1
  rc=$?
  last=$(tail -n 1 "$log")
  if ! [[ $last =~ ^$name:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    tail -40 "$log"
    suite_failed "$name did not end with its summary line (exit status $rc)"
    return 1
  fi
  p=${BASH_REMATCH[1]}; f=${BASH_REMATCH[2]}
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" != 0 ] || [ "$f" != 0 ]; then
    grep -E '^(FAIL|not ok)' "$log" | head -40
    [ "$f" = 0 ] && suite_failed "$name exited with status $rc after a clean summary"
    return 1
  fi
  echo "ok: $name ($p checks)"
}

# run_tap NAME TAPFILE LOG CMD [ARGS...]: node's test runner writing TAP to TAPFILE; adds its counts.
run_tap() {
  local name=$1 tap=$2 log=$3 rc p f
  shift 3
  rm -f "$tap"
  "$@" >"$log" 2>&1
  rc=$?
  p=$(grep -E '^# pass [0-9]+$' "$tap" 2>/dev/null | awk '{print $3}' | tail -1)
  f=$(grep -E '^# fail [0-9]+$' "$tap" 2>/dev/null | awk '{print $3}' | tail -1)
  if [ -z "$p" ] || [ -z "$f" ]; then
    tail -60 "$log"
    suite_failed "$name reported no TAP summary (exit status $rc)"
    return 1
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" != 0 ] || [ "$f" != 0 ]; then
    cat "$log"
    [ "$f" = 0 ] && suite_failed "$name exited with status $rc after a clean summary"
    return 1
  fi
  # A test marked todo is known unfinished work: it runs and is shown, but is neither a pass nor a failure.
  local t
  t=$(grep -E '^# todo [0-9]+$' "$tap" 2>/dev/null | awk '{print $3}' | tail -1)
  if [ "${t:-0}" != 0 ]; then
    echo "ok: $name ($p tests; $t marked todo, unfinished work:)"
    grep -E '^\s*not ok .* # TODO' "$tap" | sed 's/^\s*/    /'
  else
    echo "ok: $name ($p tests)"
  fi
}

# run_check NAME LOG CMD [ARGS...]: one pass/fail check judged by its exit status alone (a fuzz run, a build).
run_check() {
  local name=$1 log=$2 rc
  shift 2
  "$@" >"$log" 2>&1
  rc=$?
  if [ "$rc" = 0 ]; then
    passed=$((passed + 1)); echo "ok: $name"
  else
    tail -40 "$log"; suite_failed "$name (exit status $rc)"
    return 1
  fi
}
