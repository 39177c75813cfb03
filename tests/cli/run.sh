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

# ---- hostile and malformed input (issue 10): never a crash, every refusal one valid UTF-8 line with its pointer
expect_err() {  # expect_err CODE 'LINE REGEX' STDIN_FILE ARGS...: exit code, and stderr is exactly one such line
  local want=$1 re=$2 input=$3; shift 3
  "$bin" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" != "$want" ]; then bad "fairterms $* exited $got, wanted $want: $(head -c 300 "$tmp/err")"; return; fi
  if [ "$(wc -l <"$tmp/err")" != 1 ] || ! grep -Eq "^fairterms: $re" "$tmp/err"; then
    bad "fairterms $*: stderr is not one line matching '$re': $(head -c 300 "$tmp/err")"; return; fi
  iconv -f UTF-8 -t UTF-8 "$tmp/err" >/dev/null 2>&1 && ok || bad "fairterms $*: stderr is not valid UTF-8"
}
mk() { python3 -c "$2" >"$tmp/$1"; }  # mk NAME PYTHON: writes tmp/NAME from a Python one-liner's stdout
quote="$src/tests/golden/sde-commercial.quote.json"
q() {  # q NAME 'python changes to the dict r': a quote request with one change, written raw
  python3 - "$quote" "$2" >"$tmp/$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); exec(sys.argv[2]); sys.stdout.write(json.dumps(r, ensure_ascii=False))
PY
}
# Deep nesting inside a known part: refused at the 64th level with its pointer (was SIGSEGV, exit 139).
mk deep.json 'print("{\"schema\":\"fairterms/workspace@1\",\"app\":{\"x\":" + "["*20000 + "]"*20000 + "}}")'
expect_err 2 '/app/x(/0)+: is nested more than 64 levels deep$' "$tmp/deep.json" validate -
# Invalid UTF-8 in --format: a one-line valid UTF-8 refusal (was abort, exit 134).
expect_err 2 $'the quote can be written as json, html, csv, text, docx or docx-base64, not \'x\xef\xbf\xbd\'$' "$quote" quote - --format $'x\xff'
expect_err 2 $'the value share can be written as json, html, csv or split-csv, not \'x\xef\xbf\xbd\'$' "$src/tests/golden/imaging-consortium.value.json" value - --format $'x\xff'
# A folder as the input file (was abort, exit 134).
expect_err 2 "cannot read $tmp: is a folder, not a file$" /dev/null validate "$tmp"
# Numbers beyond a double (was exit 1 "internal error").
printf '{"schema":"fairterms/quote-request@1","duration_months":1e400}' >"$tmp/big.json"
expect_err 2 '/duration_months: is a number too large' "$tmp/big.json" quote -
printf '{"schema":"fairterms/value-request@1","data_attribution":-1e400}' >"$tmp/big.json"
expect_err 2 '/data_attribution: is a number too large' "$tmp/big.json" value -
# Duplicate keys, even schema; an answer given twice.
printf '{"schema":"fairterms/quote-request@1","schema":"fairterms/workspace@1"}' >"$tmp/dup.json"
expect_err 2 '/schema: is given twice in the same object' "$tmp/dup.json" validate -
printf '{"schema":"fairterms/assessment@1","answers":{"data_quality.linkage":{"level":1},"data_quality.linkage":{"level":5}}}' >"$tmp/dup.json"
expect_err 2 '/answers/data_quality.linkage: is given twice' "$tmp/dup.json" validate -
# Valid JSON followed by a NUL byte, or by anything.
printf '{"schema":"fairterms/workspace@1"}\0junk' >"$tmp/nul.json"
expect_err 2 'not valid JSON: it holds a NUL character, at character 35 \(line 1\)$' "$tmp/nul.json" validate -
printf '{"schema":"fairterms/workspace@1"} {}' >"$tmp/nul.json"
expect_err 2 'not complete or not valid JSON: it could not be read past character 36 \(line 1\)$' "$tmp/nul.json" validate -
# Decimals are read exactly: what binary floating point would change is refused with its pointer.
q exact.json 'r["datasets"][0]["years_of_data"] = 1; s = json.dumps(r).replace("\"years_of_data\": 1", "\"years_of_data\": 25.000000000000000001", 1); print(s); sys.exit()'
expect_err 2 '/datasets/0/years_of_data: has more significant digits' "$tmp/exact.json" quote -
sed 's/"duration_months": 25/"duration_months": 25.000000000000000001/' "$quote" >"$tmp/exact.json"
expect_err 2 '/duration_months: has more significant digits' "$tmp/exact.json" quote -
sed 's/"data_attribution":0.3/"data_attribution":0.30000000000000000004/' "$src/tests/golden/imaging-consortium.value.json" >"$tmp/exact.json"
expect_err 2 '/data_attribution: has more significant digits' "$tmp/exact.json" value -
sed 's/"data_attribution":0.3/"data_attribution":1e-400/' "$src/tests/golden/imaging-consortium.value.json" >"$tmp/exact.json"
expect_err 2 '/data_attribution: is too close to zero' "$tmp/exact.json" value -
sed 's/"data_attribution":0.3/"data_attribution":3e-1/' "$src/tests/golden/imaging-consortium.value.json" >"$tmp/exact.json"
expect_exit 0 "$(cat "$tmp/exact.json")" value -
# Length limits count characters: 150 "é" fit a 200-character limit, 201 do not.
q chars.json 'r["partner"]["name"] = "é" * 150'
expect_exit 0 "$(cat "$tmp/chars.json")" quote -
q chars.json 'r["partner"]["name"] = "é" * 201'
expect_err 2 '/partner/name: must be at most 200 characters' "$tmp/chars.json" quote -
# Dates stay within 1900-2100, so every date fairterms writes reads back.
q date.json 'r["date"] = "9999-12-01"'
expect_err 2 '/date: must be a date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31$' "$tmp/date.json" quote -
q date.json 'r["date"] = "2100-12-31"'
"$bin" quote "$tmp/date.json" >"$tmp/date.out" 2>"$tmp/err" && grep -q '"valid_until": "2101-03-31"' "$tmp/date.out" && ok \
  || bad "a quote dated 2100-12-31 is not valid until 2101-03-31: $(cat "$tmp/err")"
# A level given as text says a number is expected.
printf '{"schema":"fairterms/assessment@1","answers":{"data_quality.linkage":{"level":"3"}}}' >"$tmp/level.json"
expect_err 2 '/answers/data_quality.linkage/level: must be a number from 1 to 5, written without quotes' "$tmp/level.json" assess -
# Caps on counts, with the cap in the message.
mk many.json 'import json; print(json.dumps({"schema":"fairterms/assessment@1","assets":[{"id":"a%d"%i,"name":"A"} for i in range(2001)]}))'
expect_err 2 '/assets: must hold at most 2000 data assets, not 2001$' "$tmp/many.json" assess -
mk many.json 'import json; print(json.dumps({"schema":"fairterms/workspace@1","quotes":[{}]*501}))'
expect_err 2 '/quotes: must hold at most 500 quotes, not 501$' "$tmp/many.json" validate -
mk many.json 'import json; print(json.dumps({"schema":"fairterms/workspace@1","value_scenarios":[{}]*201}))'
expect_err 2 '/value_scenarios: must hold at most 200 value scenarios, not 201$' "$tmp/many.json" validate -
# The workspace's asset register has the same cap as an assessment file's, and every cap is inclusive.
mk many.json 'import json; print(json.dumps({"schema":"fairterms/workspace@1","assessment":{"assets":[{"id":"a%d"%i} for i in range(2001)]}}))'
expect_err 2 '/assessment/assets: must hold at most 2000 data assets, not 2001$' "$tmp/many.json" validate -
mk many.json 'import json; print(json.dumps({"schema":"fairterms/workspace@1","quotes":[{}]*500,"value_scenarios":[{}]*200,"assessment":{"assets":[{"id":"a%d"%i} for i in range(2000)]}}))'
expect_exit 0 "" validate "$tmp/many.json"

mk many.json 'import json; print(json.dumps({"schema":"fairterms/workspace@2","partnerships":[{}]*501}))'
expect_err 2 '/partnerships: must hold at most 500 partnerships, not 501$' "$tmp/many.json" validate -

# ---- partnerships (issue 15): bad records refused with their pointer; exclusivity refused citing DHSC
terms="$src/tests/golden/sepsis.terms.json"
t() {  # t NAME 'python changes to the dict r (a terms request; p is its partnership)': written raw
  python3 - "$terms" "$2" >"$tmp/$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); p = r["workspace"]["partnerships"][0]; exec(sys.argv[2]); sys.stdout.write(json.dumps(r))
PY
}
t excl.json 'p["exclusivity"] = True'
expect_err 2 "/workspace/partnerships/0/exclusivity: cannot be part of a partnership: DHSC's third principle" "$tmp/excl.json" terms -
t excl2.json 'p["ip"]["exclusive_licence"] = "partner"'
expect_err 2 "/workspace/partnerships/0/ip/exclusive_licence: cannot be part of a partnership: DHSC's third principle" "$tmp/excl2.json" terms -
t asset.json 'p["assets"] = ["epr", "no-such-asset"]'
expect_err 2 '/workspace/partnerships/0/assets/1: names a data asset \("no-such-asset"\) that is not in the workspace' "$tmp/asset.json" terms -
t gone.json 'r["workspace"]["quotes"] = r["workspace"]["quotes"][1:]'
expect_err 2 '/workspace/partnerships/0/quote: The linked quote "Sepsis model quote" is no longer in the workspace' "$tmp/gone.json" terms -
t route.json 'p["access_route"] = {"route": "extract"}'
expect_err 2 '/workspace/partnerships/0/access_route: must give the reason a secure data environment cannot be used' "$tmp/route.json" terms -
t weight.json 'p["value_profile"]["economic_development"]["weight"] = 3'
expect_err 2 '/workspace/partnerships/0/value_profile/economic_development/measure: must say how this value will be measured' "$tmp/weight.json" terms -
t which.json 'r["partnership"] = "Nothing by this name"'
expect_err 2 '/partnership: names no partnership in the workspace' "$tmp/which.json" terms -
# A workspace on its own names one partnership only when it holds exactly one.
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["workspace"]))' "$terms" >"$tmp/ws.json"
expect_err 2 '/partnerships: must hold exactly one partnership' "$tmp/ws.json" terms -
# The register still lists a partnership whose quote was deleted, and says so.
python3 -c 'import json,sys; w=json.load(open(sys.argv[1]))["workspace"]; w["quotes"]=w["quotes"][1:]; print(json.dumps(w))' "$terms" >"$tmp/ws.json"
"$bin" register "$tmp/ws.json" >"$tmp/reg.csv" 2>"$tmp/err" && grep -q 'the linked quote is no longer in the workspace' "$tmp/reg.csv" && ok \
  || bad "register with a deleted quote: $(cat "$tmp/err")"
# A version 1 workspace opens with an empty list of partnerships.
printf '{"schema":"fairterms/workspace@1","quotes":[]}' | "$bin" register - | grep -q '^.Partner,Purpose' && ok || bad "a version 1 workspace gives an empty register"

# ---- output files: exit 2 with the system's reason; links written through; the user's files left alone
echo '{}' >"$tmp/empty.json"
expect_err 2 "cannot write $tmp/no-such-folder/x.json: No such file or directory$" "$tmp/empty.json" rate-cards - -o "$tmp/no-such-folder/x.json"
mkdir -p "$tmp/afolder"
expect_err 2 "cannot write $tmp/afolder: is a folder$" "$tmp/empty.json" rate-cards - -o "$tmp/afolder"
expect_err 2 'cannot write /proc/fairterms-test.json: ' "$tmp/empty.json" rate-cards - -o /proc/fairterms-test.json
expect_err 2 'cannot write /sys/fairterms-test.json: ' "$tmp/empty.json" rate-cards - -o /sys/fairterms-test.json
echo old >"$tmp/target.json"; ln -s target.json "$tmp/link.json"; echo mine >"$tmp/out.json.part"
chmod 640 "$tmp/target.json"; cp "$tmp/target.json" "$tmp/out.json"; chmod 600 "$tmp/out.json"
"$bin" rate-cards - -o "$tmp/link.json" <"$tmp/empty.json" && [ -L "$tmp/link.json" ] && grep -q '"rate_cards"\|"id"' "$tmp/target.json" \
  && [ "$(stat -c %a "$tmp/target.json")" = 640 ] && ok || bad "-o through a symbolic link replaced the link or lost the mode"
"$bin" rate-cards - -o "$tmp/out.json" <"$tmp/empty.json" && [ "$(cat "$tmp/out.json.part")" = mine ] \
  && [ "$(stat -c %a "$tmp/out.json")" = 600 ] && [ -z "$(ls -A "$tmp" | grep fairterms-)" ] && ok \
  || bad "-o touched the user's out.json.part, reset the mode or left a temporary file"
if [ -w /dev/full ]; then
  "$bin" rate-cards - <"$tmp/empty.json" >/dev/full 2>"$tmp/err"; got=$?
  [ "$got" = 2 ] && grep -q '^fairterms: cannot write to standard output: No space left on device$' "$tmp/err" && ok \
    || bad "stdout on a full disk: exit $got, $(cat "$tmp/err")"
fi

# ---- user text is text in every format: no markup from user text, nothing a format cannot hold
strat="$src/tests/golden/northfield-html.strategy.json"
python3 - "$strat" "$tmp/hostile.strategy.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["organisation"] = "Trust \uffff\ufffe\u0001 <b>&"
s["sections"]["capability"] = "# Not a heading\n<img src=x onerror=alert(1)>\n\n![](http://host/x)\r\nbare\rcarriage\u0007 \uffff"
json.dump(s, open(sys.argv[2], "w"))
PY
"$bin" strategy "$tmp/hostile.strategy.json" --format md >"$tmp/s.md" 2>"$tmp/err" \
  && ! grep -q '^# Not a heading' "$tmp/s.md" && ! grep -qP '(?<!\\)<img' "$tmp/s.md" && ! grep -qP '(?<!\\)!\[' "$tmp/s.md" \
  && grep -q 'bare$' "$tmp/s.md" && ! LC_ALL=C grep -qP '[\x01\x07\r]|\xef\xbf\xbf|\xef\xbf\xbe' "$tmp/s.md" && ok \
  || bad "Markdown passes user text through as markup or raw control characters: $(grep -n 'heading\|img\|host' "$tmp/s.md" | head -5)"
"$bin" strategy "$tmp/hostile.strategy.json" --format html >"$tmp/s.html" 2>"$tmp/err" \
  && ! grep -q '<img' "$tmp/s.html" && ! LC_ALL=C grep -qP '[\x01\x07\r]|\xef\xbf\xbf|\xef\xbf\xbe' "$tmp/s.html" && ok \
  || bad "HTML holds raw markup or control characters from user text"
"$bin" strategy "$tmp/hostile.strategy.json" --format docx -o "$tmp/s.docx" 2>"$tmp/err" && python3 - "$tmp/s.docx" <<'PY' && ok || bad "word/document.xml is not well-formed XML 1.0"
import sys, zipfile, xml.dom.minidom
xml.dom.minidom.parseString(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))
PY
q csv.json 'r["datasets"][0]["name"] = "Acme\u0001\u0007 \uffff\rLtd"'
"$bin" quote "$tmp/csv.json" --format csv >"$tmp/q.csv" 2>"$tmp/err" && grep -q 'Acme' "$tmp/q.csv" && ! LC_ALL=C grep -qP '[\x01\x07]|\xef\xbf\xbf|[^\n]\r[^\n]' "$tmp/q.csv" && ok \
  || bad "CSV holds raw control characters from user text"

# ---- the capped workspace scripts/bench.sh opens (issue 14): every list at its cap, and every part valid ---------
python3 "$src/tests/bench/make_capped_workspace.py" "$tmp/capped.json" "$src"
expect_exit 0 "" validate "$tmp/capped.json"
python3 - "$tmp/capped.json" "$tmp" <<'PY'
import json, sys
w = json.load(open(sys.argv[1]))
a = w["assessment"]
assert (len(a["assets"]), len(w["quotes"]), len(w["value_scenarios"])) == (2000, 500, 200), "not at the caps"
assert len(a["answers"]) == 200 and all(len(x["evidence"]) == 2000 and x["action"]["text"] for x in a["answers"].values())
json.dump(a, open(sys.argv[2] + "/capped-assessment.json", "w"))
for kind, items in (("quote", w["quotes"]), ("value", w["value_scenarios"])):
    with open(f"{sys.argv[2]}/capped-{kind}.list", "w") as f:
        for i, item in enumerate(items):
            path = f"{sys.argv[2]}/capped-{kind}-{i}.json"
            json.dump(item["request"], open(path, "w"))
            f.write(path + "\n")
PY
[ $? = 0 ] && ok || bad "the capped workspace is not at the caps"
"$bin" assess "$tmp/capped-assessment.json" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if len(r["action_plan"]) == 200 else 1)' \
  && ok || bad "the capped assessment does not give 200 actions"
invalid=0
while read -r f; do "$bin" validate "$f" >/dev/null 2>"$tmp/err" || { invalid=1; echo "$f: $(cat "$tmp/err")"; }; done \
  < <(cat "$tmp/capped-quote.list" "$tmp/capped-value.list")
[ "$invalid" = 0 ] && ok || bad "a quote request or value request in the capped workspace is invalid"

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
